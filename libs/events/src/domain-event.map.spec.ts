import type { DomainEventInput } from './domain-event';
import { outboxInsert } from './domain-event.recorder';

// What `record()` accepts is checked by the compiler (`npm run typecheck` covers spec files): each
// line marked @ts-expect-error must stay refused, or the typecheck fails.
const base = { challengeId: 'c', aggregateId: 'a', actorId: null };

const accepted: DomainEventInput[] = [
  { ...base, type: 'comment.deleted', payload: { commentId: 'k', ideaId: 'i', challengeId: 'c', stance: null, createdAt: 'now' } },
  // A time may be handed over as a Date; it is stored as its ISO string.
  { ...base, type: 'comment.edited', payload: { commentId: 'k', ideaId: 'i', challengeId: 'c', body: 'b', editedAt: new Date(0), stance: 'FOR', previousStance: null, createdAt: new Date(0) } },
];

const refused: DomainEventInput[] = [
  // @ts-expect-error the payload of another type (a tally under comment.deleted)
  { ...base, type: 'comment.deleted', payload: { ideaId: 'i', score: 1, upvotes: 1, downvotes: 0 } },
  // @ts-expect-error a field missing (ideaId)
  { ...base, type: 'comment.deleted', payload: { commentId: 'k', challengeId: 'c' } },
  // @ts-expect-error a field of the wrong type (a number for a body)
  { ...base, type: 'comment.edited', payload: { commentId: 'k', ideaId: 'i', challengeId: 'c', body: 42, editedAt: null } },
  // @ts-expect-error a type that is not in DomainEventMap
  { ...base, type: 'comment.exploded', payload: {} },
];

describe('DomainEventMap: the events record() accepts', () => {
  it('records the type and the payload it was given, a Date as its ISO string', () => {
    const [deleted, edited] = accepted.map((event) => outboxInsert(event).params);
    expect(deleted.slice(0, 2)).toEqual(['comment.deleted', 'c']);
    expect(JSON.parse(edited[4] as string)).toEqual({ commentId: 'k', ideaId: 'i', challengeId: 'c', body: 'b', editedAt: '1970-01-01T00:00:00.000Z', stance: 'FOR', previousStance: null, createdAt: '1970-01-01T00:00:00.000Z' });
    expect(refused).toHaveLength(4);
  });
});
