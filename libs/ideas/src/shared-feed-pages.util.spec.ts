import type { ChallengeRow } from '@pollen/challenges';
import type { UserEntity } from '@pollen/identity';
import { Visibility } from '@pollen/kernel';
import { IdeaOrder, IdeaStatus } from './idea.model';
import type { IdeaRow, LiveIdeaRow } from './ideas.repository';
import { FeedPage, asSeenNow, pageKey, sizeOf } from './shared-feed-pages.util';

const row = (id: string, authorId: string, title = `Idea ${id}`): IdeaRow => ({
  id,
  challengeId: 'c1',
  authorId,
  title,
  body: 'A body',
  tags: ['seats'],
  status: IdeaStatus.OPEN,
  visibility: Visibility.VISIBLE,
  mergedInto: null,
  revision: 1,
  upvotes: 0,
  downvotes: 0,
  score: 0,
  commentCount: 0,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  createdKey: '1970-01-01 00:00:00+00',
  sortScore: 0,
  hot: 0,
  cursor: `cursor-${id}`,
});
const live = (id: string, changes: Partial<LiveIdeaRow> = {}): LiveIdeaRow => ({
  id,
  status: IdeaStatus.OPEN,
  visibility: Visibility.VISIBLE,
  upvotes: 0,
  downvotes: 0,
  score: 0,
  commentCount: 0,
  viewerVote: null,
  ...changes,
});
const ana = { id: 'u-ana', displayName: 'Ana' } as UserEntity;
const ben = { id: 'u-ben', displayName: 'Ben' } as UserEntity;
const page = (rows: IdeaRow[]): FeedPage => ({ challenge: { id: 'c1' } as ChallengeRow, rows, authors: new Map([ana, ben].map((user) => [user.id, user])), unnamed: new Set() });

describe('the shared feed page as one reader sees it', () => {
  it('keeps the shared order, text and author, and takes tallies, status and the vote from the live read', () => {
    const shared = page([row('i1', 'u-ana'), row('i2', 'u-ben')]);
    // The live read comes back in any order: the page's order stands.
    const seen = asSeenNow(shared, [live('i2', { upvotes: 3, score: 3, viewerVote: -1 }), live('i1', { status: IdeaStatus.SHORTLISTED, commentCount: 2, viewerVote: 1 })]);
    expect(seen.map((idea) => [idea.id, idea.title, idea.author?.displayName, idea.cursor])).toEqual([
      ['i1', 'Idea i1', 'Ana', 'cursor-i1'],
      ['i2', 'Idea i2', 'Ben', 'cursor-i2'],
    ]);
    expect(seen[0]).toMatchObject({ status: IdeaStatus.SHORTLISTED, commentCount: 2, viewerVote: 1, upvotes: 0 });
    expect(seen[1]).toMatchObject({ status: IdeaStatus.OPEN, upvotes: 3, score: 3, viewerVote: -1 });
  });

  it('answers an anonymous reader (no vote) with a vote of 0, never undefined (so viewerVote answers from the row)', () => {
    expect(asSeenNow(page([row('i1', 'u-ana')]), [live('i1')])[0].viewerVote).toBe(0);
  });

  it('leaves out at once an idea held, hidden or merged since the page was shared, or gone', () => {
    const shared = page(['i1', 'i2', 'i3', 'i4', 'i5'].map((id) => row(id, 'u-ana')));
    const seen = asSeenNow(shared, [
      live('i1'),
      live('i2', { visibility: Visibility.HELD }),
      live('i3', { visibility: Visibility.HIDDEN }),
      live('i4', { visibility: Visibility.MERGED }),
    ]);
    expect(seen.map((idea) => idea.id)).toEqual(['i1']);
  });

  it('never changes the shared page it reads (the next reader gets it as shared)', () => {
    const shared = page([row('i1', 'u-ana')]);
    asSeenNow(shared, [live('i1', { upvotes: 9, viewerVote: 1 })]);
    expect(shared.rows[0]).toMatchObject({ upvotes: 0 });
    expect(shared.rows[0].viewerVote).toBeUndefined();
  });
});

describe('the shared feed page in its cache', () => {
  it('is one page per challenge, order, size and position, whoever reads it', () => {
    const base = { challengeId: 'c1', order: IdeaOrder.HOT as const, limit: 21, after: null };
    expect(pageKey(base)).toBe(pageKey({ ...base }));
    const others = [
      { ...base, challengeId: 'c2' },
      { ...base, order: IdeaOrder.TOP as const },
      { ...base, limit: 11 },
      { ...base, after: [0.5, 'i9'] },
      { ...base, after: [0.5, 'i8'] },
    ].map(pageKey);
    expect(new Set([pageKey(base), ...others]).size).toBe(6);
  });

  it('weighs a page by its text (two bytes a character) plus a fixed cost per row', () => {
    const small = sizeOf(page([row('i1', 'u-ana', 'x')]));
    const larger = sizeOf(page([row('i1', 'u-ana', 'x'.repeat(1001))]));
    expect(larger - small).toBe(2_000);
    expect(sizeOf(page([row('i1', 'u-ana'), row('i2', 'u-ana')]))).toBeGreaterThan(sizeOf(page([row('i1', 'u-ana')])));
    expect(sizeOf(page([]))).toBeGreaterThan(0); // lru-cache refuses a size of 0
  });
});
