import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainEventRecorder, OutboxConsumerJob, OutboxConsumerRuntime, OutboxEvent } from '@pollen/events';
import { labelSentiment, SENTIMENT_MODEL_VERSION } from './sentiment-classifier';
import { ContentText, SentimentChange, SentimentRepository } from './sentiment.repository';

export const SENTIMENT_CONSUMER = 'sentiment';
/** The analyser reads this much of a text (a comment's whole limit; an idea's title and first pages): bounded work per text. */
export const SENTIMENT_TEXT_MAX = 5_000;

/**
 * Labels ideas and comments from the outbox, off the request path: an idea when it is proposed
 * or revised, a comment when it is written or edited; a deleted comment loses its label. It
 * labels the content's *current* text (read in the batch), not the event's copy, so the order in
 * which two revisions arrive cannot leave an old label behind; an unchanged text is not written
 * again. Each change is recorded as a `sentiment.labelled` event (for insights), in the batch's
 * transaction.
 */
@Injectable()
export class SentimentLabellingJob extends OutboxConsumerJob {
  constructor(
    runtime: OutboxConsumerRuntime,
    private readonly sentiments: SentimentRepository,
    private readonly events: DomainEventRecorder,
  ) {
    // A pass a second at most (the default is four): a label a second late is on time for the
    // dashboard and the queue, and larger batches make fewer transactions, events and wake-ups
    // of the consumers that read the labels (test/bench propose-idea).
    super(runtime, { name: SENTIMENT_CONSUMER, types: ['idea.created', 'idea.revised', 'comment.created', 'comment.edited', 'comment.deleted'], minGapMs: 1_000 });
  }

  protected async handle(batch: OutboxEvent[]): Promise<void> {
    const ideaIds = new Set<string>();
    const commentIds = new Set<string>();
    for (const event of batch) (event.type.startsWith('idea.') ? ideaIds : commentIds).add(event.aggregateId);
    const texts = await this.sentiments.texts([...ideaIds], [...commentIds]);
    const labelled = texts.filter((content): content is ContentText & { text: string } => content.text !== null).map((content) => {
      const { label, score } = labelSentiment(content.text.slice(0, SENTIMENT_TEXT_MAX), content.language);
      const textHash = createHash('sha1').update(`${SENTIMENT_MODEL_VERSION}\n${content.language}\n${content.text}`).digest('base64url');
      return { kind: content.kind, id: content.id, challengeId: content.challengeId, label, score, language: content.language, textHash, contentCreatedAt: content.createdAt };
    });
    const deleted = texts.filter((content) => content.text === null).map((content) => content.id);
    const changes = [...(await this.sentiments.upsert(labelled)), ...(await this.sentiments.remove('COMMENT', deleted))];
    await this.events.recordMany(changes.map(toEvent));
  }
}

function toEvent(change: SentimentChange) {
  return {
    type: 'sentiment.labelled' as const,
    // Server-side only: outside the challenge's stream, so clients' per-challenge sequences keep no gaps for it.
    challengeId: null,
    aggregateId: change.id,
    actorId: null,
    payload: {
      challengeId: change.challengeId,
      targetKind: change.kind,
      targetId: change.id,
      label: change.label,
      previousLabel: change.previousLabel,
      score: change.score,
      contentCreatedAt: change.contentCreatedAt,
    },
  };
}
