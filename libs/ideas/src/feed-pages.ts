import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ChallengeRow, ChallengesService, textSearchConfig } from '@pollen/challenges';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { UserEntity } from '@pollen/identity';
import { ContributorVisibility } from '@pollen/privacy';
import { IdeaOrder } from './idea.model';
import { IdeaRow, IdeasRepository } from './ideas.repository';

/** At most this many distinct pages are kept (each at most a page of rows and their authors)... */
export const FEED_PAGES_MAX = 1_000;
/**
 * ...and at most about this many bytes of them: a page of 100 ideas of 20,000 characters each is
 * 4 MB, and a client can ask for many distinct pages (any `first`, any forged keyset cursor).
 */
export const FEED_PAGES_MAX_BYTES = 64 * 1024 * 1024;
/** What a row costs besides its text: the other columns, the object, its cursor. */
const ROW_OVERHEAD_BYTES = 600;

export interface FeedPageQuery {
  challengeId: string;
  order: IdeaOrder.NEW | IdeaOrder.TOP | IdeaOrder.HOT;
  after: Array<string | number> | null;
  limit: number;
  /** The row's cursor in this feed, computed once per shared page. */
  cursorOf: (row: IdeaRow) => string;
}

/** A page as every reader sees it: which ideas, in which order, with their text and authors. */
export interface FeedPage {
  challenge: ChallengeRow;
  rows: IdeaRow[];
  authors: Map<string, UserEntity>;
  /** Authors who chose not to be named outside the brand team (libs/privacy): resolved per reader. */
  unnamed: Set<string>;
}

/**
 * Feed pages shared by readers for FEED_CACHE_MS (250 ms by default, the counter fold interval:
 * the TOP and HOT orders only move when counters are folded). A page costs three statements
 * (challenge, ideas, authors with their consent from libs/privacy) once per interval per
 * instance instead of once per reader, and concurrent readers of a page being read wait for that
 * one read (lru-cache's `fetch`). Authors who chose not to be named outside the brand team are
 * not shared: their rows leave `author` to the field resolver, which knows the reader.
 *
 * What is shared is the page's membership, order, text and authors, at most FEED_CACHE_MS old.
 * What changes by the second (tallies, status, the viewer's own vote) is read per request, exact,
 * in one statement (IdeasRepository.live): a voter sees their vote in every feed at once.
 * Visibility is checked per request on the shared challenge row. Nothing viewer-specific is kept.
 */
@Injectable()
export class FeedPages {
  private readonly cache: LRUCache<string, FeedPage, FeedPageQuery> | null;

  constructor(
    @Inject(POLLEN_CONFIG) config: PollenConfig,
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasRepository,
    private readonly visibility: ContributorVisibility,
  ) {
    this.cache =
      config.feedCacheMs > 0
        ? new LRUCache<string, FeedPage, FeedPageQuery>({
            max: FEED_PAGES_MAX,
            maxSize: FEED_PAGES_MAX_BYTES,
            sizeCalculation: sizeOf,
            ttl: config.feedCacheMs,
            // A missing challenge is not kept: `undefined` is answered and nothing is stored.
            fetchMethod: async (_key, _stale, { context }) => (await this.read(context)) ?? undefined,
          })
        : null;
  }

  /** The page, or null when the challenge does not exist (visibility is the caller's to check). */
  async get(query: FeedPageQuery): Promise<FeedPage | null> {
    if (!this.cache) return this.read(query);
    const key = [query.challengeId, query.order, query.limit, ...(query.after ?? [])].join('|');
    return (await this.cache.fetch(key, { context: query })) ?? null;
  }

  private async read(query: FeedPageQuery): Promise<FeedPage | null> {
    const challenge = await this.challenges.find(query.challengeId);
    if (!challenge) return null;
    const rows = await this.ideas.feed({
      challengeId: query.challengeId,
      order: query.order,
      search: null,
      tsConfig: textSearchConfig(challenge.language),
      after: query.after,
      limit: query.limit,
    });
    for (const row of rows) row.cursor = query.cursorOf(row);
    const authorIds = [...new Set(rows.map((row) => row.authorId))];
    const { users, unnamed } = await this.visibility.authorsOf(authorIds);
    return { challenge, rows, authors: new Map(users.map((user) => [user.id, user])), unnamed };
  }
}

/** A page's approximate size in memory: JavaScript strings take two bytes per character. */
function sizeOf(page: FeedPage): number {
  let bytes = ROW_OVERHEAD_BYTES;
  for (const row of page.rows) bytes += ROW_OVERHEAD_BYTES + 2 * (row.title.length + row.body.length + row.tags.join('').length);
  return bytes;
}
