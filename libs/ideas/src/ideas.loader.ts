import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped, Visibility, byIdLoader, isListed } from '@pollen/kernel';
import { IdeaAuthorRow, IdeaAuthorsRepository, ProposalRow } from './idea-authors.repository';
import { DecisionRow, IdeaRow, IdeasRepository, RevisionRow } from './ideas.repository';

interface IdeaLoaders {
  byId: DataLoader<string, IdeaRow | null>;
  parents: DataLoader<string, string[]>;
  authors: DataLoader<string, IdeaAuthorRow[]>;
  proposals: DataLoader<string, ProposalRow | null>;
  decisions: DataLoader<string, DecisionRow[]>;
  /** By page size (and, for revisions, the revision they come before): one loader per shape asked. */
  children: Map<number, DataLoader<string, string[]>>;
  revisions: Map<string, DataLoader<string, RevisionRow[]>>;
}

/**
 * Per-request loaders for ideas and what hangs under them: a page of N ideas costs a fixed number
 * of queries, and each list reads at most the page asked of it (LIMIT per idea in SQL).
 */
@Injectable()
export class IdeasLoader {
  private readonly byRequest = new RequestScoped<object, IdeaLoaders>(() => ({
    byId: byIdLoader((ids) => this.ideas.findByIds(ids)),
    parents: new DataLoader(async (ids) => grouped(ids, await this.ideas.parents(ids), (pair) => pair.key, (pair) => pair.other)),
    authors: new DataLoader(async (ids) => grouped(ids, await this.authorRows.listMany(ids), (row) => row.ideaId, (row) => row)),
    proposals: new DataLoader(async (ids) => {
      const byIdea = new Map((await this.authorRows.proposalsOf(ids)).map((row) => [row.ideaId, row]));
      return ids.map((id) => byIdea.get(id) ?? null);
    }),
    decisions: new DataLoader(async (ids) => grouped(ids, await this.ideas.decisionsOf(ids), (row) => row.ideaId, withoutIdeaId)),
    children: new Map(),
    revisions: new Map(),
  }));

  constructor(
    private readonly ideas: IdeasRepository,
    private readonly authorRows: IdeaAuthorsRepository,
  ) {}

  /** An idea's authors and invitees, batched across a page. */
  authors(ctx: RequestContext, ideaId: string): Promise<IdeaAuthorRow[]> {
    return this.byRequest.get(ctx.req).authors.load(ideaId);
  }

  /** An idea's pending split of shares among its authors, batched across a page. */
  proposal(ctx: RequestContext, ideaId: string): Promise<ProposalRow | null> {
    return this.byRequest.get(ctx.req).proposals.load(ideaId);
  }

  load(ctx: RequestContext, id: string): Promise<IdeaRow | null> {
    return this.byRequest.get(ctx.req).byId.load(id);
  }

  decisions(ctx: RequestContext, ideaId: string): Promise<DecisionRow[]> {
    return this.byRequest.get(ctx.req).decisions.load(ideaId);
  }

  /** The latest `limit` revisions of an idea, older than `before` when given. */
  revisions(ctx: RequestContext, ideaId: string, limit: number, before: number | null): Promise<RevisionRow[]> {
    const loaders = this.byRequest.get(ctx.req).revisions;
    const shape = `${limit}:${before ?? ''}`;
    let loader = loaders.get(shape);
    if (!loader) {
      loader = new DataLoader(async (ids) => grouped(ids, await this.ideas.revisions(ids, limit, before), (row) => row.ideaId, withoutIdeaId));
      loaders.set(shape, loader);
    }
    return loader.load(ideaId);
  }

  /** The ideas this one builds on (all of them: at most BUILDS_ON_MAX), by the visibility rule: only what everyone sees (a merged parent says where it went). */
  async parents(ctx: RequestContext, id: string): Promise<IdeaRow[]> {
    const loaders = this.byRequest.get(ctx.req);
    return this.rows(loaders, await loaders.parents.load(id));
  }

  /** The first `limit` ideas that build on this one. */
  async children(ctx: RequestContext, id: string, limit: number): Promise<IdeaRow[]> {
    const loaders = this.byRequest.get(ctx.req);
    let loader = loaders.children.get(limit);
    if (!loader) {
      loader = new DataLoader(async (ids) => grouped(ids, await this.ideas.children(ids, limit), (pair) => pair.key, (pair) => pair.other));
      loaders.children.set(limit, loader);
    }
    return this.rows(loaders, await loader.load(id));
  }

  private async rows(loaders: IdeaLoaders, ids: string[]): Promise<IdeaRow[]> {
    const rows = await loaders.byId.loadMany(ids);
    return rows.filter((row): row is IdeaRow => row !== null && !(row instanceof Error) && (isListed(row.visibility) || row.visibility === Visibility.MERGED));
  }
}

/** Rows grouped under the keys they belong to, in the order read. */
function grouped<R, V>(keys: readonly string[], rows: R[], keyOf: (row: R) => string, valueOf: (row: R) => V): V[][] {
  const byKey = new Map<string, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(valueOf(row));
  return keys.map((key) => byKey.get(key)!);
}

function withoutIdeaId<T extends { ideaId: string }>({ ideaId: _ideaId, ...rest }: T): Omit<T, 'ideaId'> {
  return rest;
}
