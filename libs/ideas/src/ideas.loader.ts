import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped, Visibility, byIdLoader, isListed } from '@pollen/kernel';
import { IdeaAuthorRow, IdeaAuthorsRepository } from './idea-authors.repository';
import { IdeaRow, IdeasRepository } from './ideas.repository';

interface IdeaLoaders {
  byId: DataLoader<string, IdeaRow | null>;
  parents: DataLoader<string, string[]>;
  children: DataLoader<string, string[]>;
  authors: DataLoader<string, IdeaAuthorRow[]>;
}

/** Per-request loaders for ideas and their lineage: a page of N ideas costs a fixed number of queries. */
@Injectable()
export class IdeasLoader {
  private readonly byRequest = new RequestScoped<object, IdeaLoaders>(() => ({
    byId: byIdLoader((ids) => this.ideas.findByIds(ids)),
    parents: new DataLoader((ids) => this.lineage(ids, 'parents')),
    children: new DataLoader((ids) => this.lineage(ids, 'children')),
    authors: new DataLoader(async (ids) => {
      const rows = await this.authorRows.listMany(ids);
      return ids.map((id) => rows.filter((row) => row.ideaId === id));
    }),
  }));

  constructor(
    private readonly ideas: IdeasRepository,
    private readonly authorRows: IdeaAuthorsRepository,
  ) {}

  /** An idea's authors and invitees, batched across a page. */
  authors(ctx: RequestContext, ideaId: string): Promise<IdeaAuthorRow[]> {
    return this.byRequest.get(ctx.req).authors.load(ideaId);
  }

  load(ctx: RequestContext, id: string): Promise<IdeaRow | null> {
    return this.byRequest.get(ctx.req).byId.load(id);
  }

  /** The lineage as a list: by the visibility rule, only what everyone sees (a merged parent says where it went). */
  async related(ctx: RequestContext, id: string, direction: 'parents' | 'children'): Promise<IdeaRow[]> {
    const loaders = this.byRequest.get(ctx.req);
    const ids = await loaders[direction].load(id);
    const rows = await loaders.byId.loadMany(ids);
    return rows.filter((row): row is IdeaRow => row !== null && !(row instanceof Error) && (isListed(row.visibility) || row.visibility === Visibility.MERGED));
  }

  private async lineage(ids: readonly string[], direction: 'parents' | 'children'): Promise<string[][]> {
    const pairs = await this.ideas.lineage(ids, direction);
    return ids.map((id) => pairs.filter((pair) => pair.key === id).map((pair) => pair.other));
  }
}
