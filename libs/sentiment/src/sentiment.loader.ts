import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped } from '@pollen/kernel';
import { SentimentRepository, SentimentRow, SentimentTarget } from './sentiment.repository';

/** Per-request loaders of labels: a page of N ideas or comments costs one query for their sentiment. */
@Injectable()
export class SentimentLoader {
  private readonly byRequest = new RequestScoped<object, Record<SentimentTarget, DataLoader<string, SentimentRow | null>>>(() => ({
    IDEA: this.loader('IDEA'),
    COMMENT: this.loader('COMMENT'),
  }));

  constructor(private readonly sentiments: SentimentRepository) {}

  load(ctx: RequestContext, kind: SentimentTarget, id: string): Promise<SentimentRow | null> {
    return this.byRequest.get(ctx.req)[kind].load(id);
  }

  private loader(kind: SentimentTarget): DataLoader<string, SentimentRow | null> {
    return new DataLoader(async (ids) => {
      const rows = new Map((await this.sentiments.byTargets(kind, ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }
}
