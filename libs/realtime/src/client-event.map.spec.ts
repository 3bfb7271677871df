import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutboxEvent } from '@pollen/events';
import { CLIENT_EVENTS, ClientDomainType } from './client-event.map';
import { isTeamOnly, toClientData, toClientEvent } from './client-event';

const README = join(__dirname, '..', 'README.md');
const START = '<!-- client-events:start -->';
const END = '<!-- client-events:end -->';

/** The README's table of client events, as CLIENT_EVENTS says it (UPDATE_DOCS=1 writes it). */
function table(): string {
  const rows = (Object.keys(CLIENT_EVENTS) as ClientDomainType[]).map((type) => {
    const spec: { as: string; fields: readonly string[]; author?: true } = CLIENT_EVENTS[type];
    const data = [...spec.fields, ...(spec.author ? ['author'] : [])].join(', ');
    return `| \`${type}\` | \`${spec.as}\` | \`${data}\` | ${isTeamOnly(type) ? "the organisation's team" : 'followers of the challenge (and of its idea), the team'} |`;
  });
  return ['| outbox type | clients receive | data | rooms |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const event = <T extends ClientDomainType>(type: T, payload: OutboxEvent<T>['payload']): OutboxEvent<T> =>
  ({ position: '1', id: 'e', type, challengeId: 'c', aggregateId: 'a', actorId: 'x', payload, sequence: '7', occurredAt: new Date(0), requestId: null }) as OutboxEvent<T>;

describe('CLIENT_EVENTS: what clients receive of each outbox event', () => {
  it("is the README's table of client events", () => {
    const text = readFileSync(README, 'utf8');
    const [before, rest] = text.split(START);
    const after = rest.split(END)[1];
    if (process.env.UPDATE_DOCS) writeFileSync(README, `${before}${START}\n${table()}\n${END}${after}`);
    expect(text.split(START)[1].split(END)[0].trim()).toBe(table());
  });

  it('gives the listed fields and the author, never the rest of the payload', () => {
    const authors = new Map([['u', { id: 'u', displayName: 'Ana' }]]);
    const created = event('idea.created', { ideaId: 'i', challengeId: 'c', authorId: 'u', title: 't', body: 'b', tags: [], buildsOn: [], createdAt: 'now' });
    expect(toClientData(created, authors)).toEqual({ ideaId: 'i', title: 't', body: 'b', tags: [], buildsOn: [], createdAt: 'now', author: { id: 'u', displayName: 'Ana' } });
    const tally = event('idea.tallied', { ideaId: 'i', score: 2, upvotes: 3, downvotes: 1 });
    expect(toClientEvent(tally, toClientData(tally, authors))).toEqual({ id: 'e', type: 'idea.voted', challengeId: 'c', sequence: 7, occurredAt: '1970-01-01T00:00:00.000Z', data: { ideaId: 'i', score: 2, upvotes: 3, downvotes: 1 } });
    const actioned = event('moderation.actioned', {
      organizationId: 'o', challengeId: 'c', actionId: 'm', action: 'HIDE', targetType: 'IDEA', targetId: 'i', ideaId: 'i', commentId: null,
      from: 'VISIBLE', to: 'HIDDEN', mergedInto: null, until: null, reason: 'spam', affectedUserIds: ['u'],
    });
    // Never the moderator, nor whom it concerns.
    expect(Object.keys(toClientData(actioned, authors)).sort()).toEqual(['action', 'commentId', 'from', 'ideaId', 'mergedInto', 'reason', 'targetId', 'targetType', 'to']);
    // An author unknown (an erased account) is null, not left out.
    expect(toClientData(event('comment.created', { commentId: 'k', ideaId: 'i', challengeId: 'c', parentId: null, authorId: 'gone', body: 'b', stance: null, createdAt: 'now' }), authors).author).toBeNull();
  });
});
