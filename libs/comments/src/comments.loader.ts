import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Page, RequestContext, RequestScoped, byIdLoader, pageSize, toPage } from '@pollen/kernel';
import { CommentRow, CommentsRepository, Thread } from './comments.repository';
import { commentCursor } from './comments.service';

/** A thread's page: an idea's first page says its challenge's stream sequence as of the read. */
export type ThreadPage = Page<CommentRow> & { eventSequence?: number | null };

/**
 * First pages of many threads in one query: a page of N ideas with `comments(first: k)` (or N
 * comments with `replies`) costs one query per distinct page size, whatever N.
 */
@Injectable()
export class CommentsLoader {
  private readonly byRequest = new RequestScoped<object, Map<string, DataLoader<string, ThreadPage>>>(() => new Map());

  private readonly byId = new RequestScoped<object, DataLoader<string, CommentRow | null>>(() => byIdLoader((ids) => this.comments.findByIds(ids)));

  constructor(private readonly comments: CommentsRepository) {}

  /** Comments by id, batched across a request (notifications point at them). */
  load(ctx: RequestContext, id: string): Promise<CommentRow | null> {
    return this.byId.get(ctx.req).load(id);
  }

  /** The thread's first page; an idea's with its challenge's `eventSequence`, read in the same query. */
  firstPage(ctx: RequestContext, thread: Thread, first: number | null | undefined): Promise<ThreadPage> {
    const limit = pageSize(first);
    const loaders = this.byRequest.get(ctx.req);
    const key = `${thread.kind}:${limit}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const { rows, sequences } = await this.comments.firstPages(thread.kind, ids, ctx.req.user?.userId ?? null, limit + 1);
        const parentOf = (row: CommentRow) => (thread.kind === 'idea' ? row.ideaId : row.parentId!);
        return ids.map((id) => ({ ...toPage(rows.filter((row) => parentOf(row) === id), limit, commentCursor), eventSequence: sequences.get(id) ?? null }));
      });
      loaders.set(key, loader);
    }
    return loader.load(thread.id);
  }
}
