import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CommentRow, CommentsRepository } from '@pollen/comments';
import { RequestContext, RequestScoped, byIdLoader } from '@pollen/kernel';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ReportModel } from './moderation.model';

interface Loaders {
  comments: DataLoader<string, CommentRow | null>;
  reports: Map<number, DataLoader<string, ReportModel[]>>;
}

/** Per-request loaders for the queue's items: a page of N items costs a fixed number of queries. */
@Injectable()
export class ModerationLoader {
  private readonly byRequest = new RequestScoped<object, Loaders>(() => ({
    comments: byIdLoader((ids) => this.comments.findByIds(ids)),
    reports: new Map(),
  }));

  constructor(
    private readonly comments: CommentsRepository,
    private readonly items: ModerationItemsRepository,
  ) {}

  comment(ctx: RequestContext, id: string): Promise<CommentRow | null> {
    return this.byRequest.get(ctx.req).comments.load(id);
  }

  reports(ctx: RequestContext, itemId: string, first: number): Promise<ReportModel[]> {
    const loaders = this.byRequest.get(ctx.req).reports;
    let loader = loaders.get(first);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.items.reports(ids, first);
        return ids.map((id) => rows.filter((row) => row.itemId === id));
      });
      loaders.set(first, loader);
    }
    return loader.load(itemId);
  }
}
