import { Injectable } from '@nestjs/common';
import { OutboxConsumerJob, OutboxConsumerRuntime, OutboxEvent } from '@pollen/events';
import { STRONGLY_NEGATIVE_SCORE } from '@pollen/sentiment';
import { ModerationContentRepository } from './moderation-content.repository';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ModerationStateService } from './moderation-state.service';
import { ModerationActionKind, ModerationItemState, ModerationTargetType } from './moderation.enums';

export const NEGATIVE_CONTENT_CONSUMER = 'moderation-negative';

/**
 * Strongly negative content enters the queue by itself. Reads the sentiment consumer's
 * `sentiment.labelled` events off the request path and, for each labelled idea or comment,
 * the label it has *now* (a later revision wins): visible content at or below
 * STRONGLY_NEGATIVE_SCORE that is not in the queue already (or was resolved before this text was labelled)
 * becomes a FLAGGED item, logged as FLAG_NEGATIVE by Pollen itself; the content stays visible and
 * its author is told nothing. A flagged item whose text is no longer strongly negative, or that
 * was deleted, leaves the queue. Items the team or the crowd put in another state are left alone.
 */
@Injectable()
export class NegativeContentJob extends OutboxConsumerJob {
  constructor(
    runtime: OutboxConsumerRuntime,
    private readonly content: ModerationContentRepository,
    private readonly items: ModerationItemsRepository,
    private readonly state: ModerationStateService,
  ) {
    super(runtime, { name: NEGATIVE_CONTENT_CONSUMER, types: ['sentiment.labelled'] });
  }

  protected async handle(batch: OutboxEvent[]): Promise<void> {
    const targets = new Map<string, { kind: 'IDEA' | 'COMMENT'; id: string }>();
    for (const event of batch) {
      const kind = event.payload.targetKind === 'COMMENT' ? 'COMMENT' : 'IDEA';
      targets.set(`${kind}:${event.aggregateId}`, { kind, id: event.aggregateId });
    }
    const tones = await this.content.toneOf([...targets.values()], STRONGLY_NEGATIVE_SCORE);
    const negative = tones.filter((tone) => tone.negative);
    const flagged = new Set(negative.map((tone) => `${tone.targetType}:${tone.targetId}`));
    await this.items.unflag([...targets.entries()].filter(([key]) => !flagged.has(key)).map(([, target]) => target));
    const items = await this.items.findMany(
      negative.map((tone) => ({ organizationId: tone.organizationId, targetType: tone.targetType as ModerationTargetType, targetId: tone.targetId })),
      true,
    );
    const keyOf = (row: { organizationId: string; targetType: string; targetId: string }) => `${row.organizationId}:${row.targetType}:${row.targetId}`;
    const itemOf = new Map(items.map((item) => [keyOf(item), item]));
    // An item decided on after this text was labelled stays decided (a replay changes nothing); a new text is looked at again.
    const toFlag = negative.filter((tone) => {
      const item = itemOf.get(keyOf(tone));
      return !item || (item.state === ModerationItemState.RESOLVED && item.updatedAt < tone.labelledAt);
    });
    // One batch, three statements, however many are flagged (a wave of complaints is one pass).
    await this.state.recordMany(
      toFlag.map((tone) => {
        const type = tone.targetType as ModerationTargetType;
        return {
          subject: {
            type,
            id: tone.targetId,
            challengeId: tone.challengeId,
            organizationId: tone.organizationId,
            authors: [],
            authorId: tone.authorId,
            ideaId: tone.ideaId,
            commentId: type === ModerationTargetType.COMMENT ? tone.targetId : undefined,
          },
          change: { actorId: null, action: ModerationActionKind.FLAG_NEGATIVE, reason: `Strongly negative tone (sentiment ${tone.score.toFixed(2)})`, after: { score: tone.score }, notify: false },
        };
      }),
      ModerationItemState.FLAGGED,
    );
  }
}
