import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { ChallengesService, textSearchConfig } from '@pollen/challenges';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { PollenError, Viewer } from '@pollen/kernel';
import { ContributorVisibility } from '@pollen/privacy';
import { IdeaRow, IdeasRepository } from './ideas.repository';
import { FEED_PAGES_MAX, FEED_PAGES_MAX_BYTES, FeedPage, FeedPageQuery, asSeenNow, pageKey, sizeOf } from './shared-feed-pages.util';

/**
 * The NEW, TOP and HOT pages of a challenge's feed, shared by readers for FEED_CACHE_MS (250 ms by default, the counter fold interval:
 * the TOP and HOT orders only move when counters are folded). A page costs three queries
 * (challenge, ideas, authors with their consent from libs/privacy) once per interval per instance instead of once per reader, and
 * concurrent readers of a page being read wait for that one read (lru-cache's `fetch`).
 *
 * What is shared is the page's membership, order, text and authors, at most FEED_CACHE_MS old.
 * What changes by the second (tallies, status, the viewer's own vote) is read per request, exact,
 * in one query (IdeasRepository.live): a voter sees their vote in every feed at once.
 * Visibility is checked per request on the shared challenge row. Nothing viewer-specific is kept.
 */
@Injectable()
export class SharedFeedPages {
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
            fetchMethod: async (_key, _stale, { context }) => (await this.readShared(context)) ?? undefined,
          })
        : null;
  }

  /**
   * The page as this reader sees it: the shared page refreshed with the reader's exact tallies,
   * status and own votes in one query. An idea gone since the page was read is left out; a
   * challenge the reader may not see is NOT_FOUND. `eventSequence`: the challenge's stream when
   * the shared page was read (its row is read before its ideas), for a live client to catch up from.
   */
  async read(viewer: Viewer | null, query: FeedPageQuery): Promise<{ rows: IdeaRow[]; eventSequence: number }> {
    const page = await this.shared(query);
    if (!page || !(await this.challenges.canSee(page.challenge, viewer))) throw PollenError.notFound('Challenge', query.challengeId);
    const eventSequence = page.challenge.eventSequence;
    if (page.rows.length === 0) return { rows: [], eventSequence };
    return { rows: asSeenNow(page, await this.ideas.live(page.rows.map((row) => row.id), viewer?.userId ?? null)), eventSequence };
  }

  /** The shared page, or null when the challenge does not exist (visibility is checked by `read`). */
  private async shared(query: FeedPageQuery): Promise<FeedPage | null> {
    if (!this.cache) return this.readShared(query);
    return (await this.cache.fetch(pageKey(query), { context: query })) ?? null;
  }

  private async readShared(query: FeedPageQuery): Promise<FeedPage | null> {
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
    // Authors who chose not to be named outside the brand team are not shared: their rows leave `author` to the field resolver.
    const { users, unnamed } = await this.visibility.authorsOf(authorIds);
    return { challenge, rows, authors: new Map(users.map((user) => [user.id, user])), unnamed };
  }
}
