import { ModulesContainer } from '@nestjs/core';
import { OUTBOX_CONSUMERS, loadConfig } from '@pollen/config';
import { OutboxConsumerJob } from '@pollen/events';
import { InsightsBucketingJob } from '@pollen/insights';
import { SENTIMENT_CONSUMER, SentimentLabellingJob } from '@pollen/sentiment';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, comment, propose } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const IDEA = graphql(`query SentimentIdea($id: ID!) { idea(id: $id) { id sentiment { label score language labelledAt } comments(first: 10) { edges { node { id body sentiment { label score } } } } } }`);

// Labels come from the outbox, after commit, off the request path: the spec runs the consumer's
// pass itself (as the poll or the outbox notification would) and reads the labels over GraphQL.
describe('sentiment of ideas and comments', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;
  let labelling: SentimentLabellingJob;
  const labelledEvents = async () => (await t.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'sentiment.labelled'`))[0].n as number;
  const read = async (ideaId: string) => {
    const res = await send(t, ana, IDEA, { id: ideaId });
    expect(res.errors).toBeUndefined();
    return res.data.idea;
  };

  beforeAll(async () => {
    // A slow poll: every label in this spec is the work of an explicit pass or of the notification.
    t = await createTestApp({ env: { OUTBOX_CONSUMER_POLL_MS: '600000' } });
    ({ owner, ana, ben, orgId } = await cast(t));
    labelling = t.app.get(SentimentLabellingJob);
  });
  afterAll(() => t.close());

  it('labels an idea in its challenge’s language, then again when it is revised', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION', 'FR');
    const ideaId = await propose(t, ana, challengeId, { title: 'Des sièges qui se replient', body: 'Franchement génial, très pratique pour les courses !' });
    await labelling.consumeNow();
    const labelled = await read(ideaId);
    expect(labelled.sentiment).toMatchObject({ label: 'POSITIVE', language: 'fr' });
    expect(labelled.sentiment!.score).toBeGreaterThan(0);

    const revised = await send(t, ana, graphql(`mutation SentimentReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }`), { input: { ideaId, body: "Après essai : inutile et beaucoup trop cher, je n'aime pas du tout." } });
    expect(revised.errors).toBeUndefined();
    await labelling.consumeNow();
    const again = await read(ideaId);
    expect(again.sentiment!.label).toBe('NEGATIVE');
    expect(again.sentiment!.score).toBeLessThan(0);
  });

  it('labels comments, again when edited, and forgets a deleted one', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION', 'EN');
    const ideaId = await propose(t, ana, challengeId, { title: 'A solar roof', body: 'Panels on the roof feed the battery.' });
    const praise = (await comment(t, ben, ideaId, 'Love this, brilliant idea 😍')).data.addComment.id;
    const question = (await comment(t, ben, ideaId, 'How many panels would fit on the roof?')).data.addComment.id;
    const sarcasm = (await comment(t, ana, ideaId, 'Great, another gadget that breaks in winter 🙄')).data.addComment.id;
    await labelling.consumeNow();
    const byId = (idea: { comments: { edges: Array<{ node: { id: string; sentiment: { label: string } | null } }> } }) =>
      Object.fromEntries(idea.comments.edges.map(({ node }) => [node.id, node.sentiment?.label ?? null]));
    expect(byId(await read(ideaId))).toEqual({ [praise]: 'POSITIVE', [question]: 'NEUTRAL', [sarcasm]: 'NEGATIVE' });

    const edited = await send(t, ben, graphql(`mutation SentimentEditComment($input: EditCommentInput!) { editComment(input: $input) { id } }`), { input: { commentId: praise, body: 'Actually, after reading the specs: useless.' } });
    expect(edited.errors).toBeUndefined();
    const deleted = await send(t, ben, graphql(`mutation SentimentDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }`), { id: question });
    expect(deleted.errors).toBeUndefined();
    await labelling.consumeNow();
    expect(byId(await read(ideaId))).toEqual({ [praise]: 'NEGATIVE', [question]: null, [sarcasm]: 'NEGATIVE' });
    expect(await t.sql(`SELECT 1 FROM content_sentiment WHERE target_id = $1`, [question])).toEqual([]);
    const changes = await t.sql(`SELECT payload->>'label' AS label, payload->>'previousLabel' AS previous FROM domain_event WHERE type = 'sentiment.labelled' AND aggregate_id = $1 ORDER BY position`, [praise]);
    expect(changes).toEqual([{ label: 'POSITIVE', previous: null }, { label: 'NEGATIVE', previous: 'POSITIVE' }]);
  });

  it('is idempotent: replaying the whole outbox changes no label and records nothing', async () => {
    await labelling.consumeNow();
    const labels = await t.sql(`SELECT target_id, label, score, labelled_at FROM content_sentiment ORDER BY target_id`);
    const events = await labelledEvents();
    await t.sql(`DELETE FROM outbox_consumer WHERE name = $1`, [SENTIMENT_CONSUMER]);
    await labelling.consumeNow();
    expect(await t.sql(`SELECT target_id, label, score, labelled_at FROM content_sentiment ORDER BY target_id`)).toEqual(labels);
    expect(await labelledEvents()).toBe(events);
  });

  it('is woken by the outbox notification once the application runs it', async () => {
    const live = await createTestApp({ sameDatabaseAs: t, env: { OUTBOX_CONSUMER_POLL_MS: '600000' } });
    try {
      const challengeId = await challenge(t, owner, orgId, 'IDEATION', 'PT');
      const ideaId = await propose(t, ana, challengeId, { title: 'Banco que gira', body: 'Péssima ideia, não gostei nada.' });
      const deadline = Date.now() + 10_000;
      let idea = await read(ideaId);
      while (!idea.sentiment && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        idea = await read(ideaId);
      }
      expect(idea.sentiment).toMatchObject({ label: 'NEGATIVE', language: 'pt' });
    } finally {
      await live.close();
    }
  });
});

describe('sentiment after a restart', () => {
  it('catches up on what was written while no instance labelled', async () => {
    const writer = await createTestApp({ env: { POLLEN_CONSUMERS: 'false' } });
    try {
      const { owner, ana, orgId } = await cast(writer);
      const challengeId = await challenge(writer, owner, orgId, 'IDEATION', 'ES');
      const ideas = [];
      for (const body of ['Me encanta, muy práctico.', 'No me gusta nada, demasiado caro.', '¿Cuánto pesa la batería?']) {
        ideas.push(await propose(writer, ana, challengeId, { title: 'Coche urbano', body }));
      }
      // Off the request path: with no instance running the consumers, writing works and nothing is labelled.
      expect(await writer.sql(`SELECT * FROM content_sentiment`)).toEqual([]);
      // An instance that runs the consumers starts: its first pass reads everything committed since the checkpoint.
      const successor = await createTestApp({ sameDatabaseAs: writer });
      try {
        await successor.app.get(SentimentLabellingJob).consumeNow();
        const rows = await writer.sql(`SELECT target_id AS id, label FROM content_sentiment WHERE target_kind = 'IDEA'`);
        const labels = Object.fromEntries(rows.map((row) => [row.id, row.label]));
        expect(ideas.map((id) => labels[id])).toEqual(['POSITIVE', 'NEGATIVE', 'NEUTRAL']);
      } finally {
        await successor.close();
      }
    } finally {
      await writer.close();
    }
  });
});

describe('instances given to the labeller (POLLEN_CONSUMERS lists consumers by name)', () => {
  it('names every consumer the application has, and refuses a name it does not know', () => {
    expect(() => loadConfig({ POLLEN_CONSUMERS: 'sentiment,insight' })).toThrow(
      'POLLEN_CONSUMERS must be true, false or consumers among sentiment, moderation-negative, insights, notifications (comma-separated), got "sentiment,insight"',
    );
    expect(loadConfig({ POLLEN_CONSUMERS: ' sentiment , moderation-negative' }).consumers).toEqual(new Set(['sentiment', 'moderation-negative']));
    expect(loadConfig({ POLLEN_CONSUMERS: '0' }).consumers).toBe('none');
  });

  it('labels on the instance that runs the labeller, and only there', async () => {
    const writer = await createTestApp({ env: { POLLEN_CONSUMERS: 'insights,notifications' } });
    try {
      const jobs = [...writer.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()].map((wrapper) => wrapper.instance)).filter((instance): instance is OutboxConsumerJob => instance instanceof OutboxConsumerJob);
      expect(jobs.map((job) => job.options.name).sort()).toEqual([...OUTBOX_CONSUMERS].sort());
      expect(Object.fromEntries(jobs.map((job) => [job.options.name, job.runsHere]))).toEqual({ sentiment: false, 'moderation-negative': false, insights: true, notifications: true });

      const { owner, ana, orgId } = await cast(writer);
      const challengeId = await challenge(writer, owner, orgId, 'IDEATION', 'EN');
      const ideaId = await propose(writer, ana, challengeId, { title: 'Folding seats', body: 'I love it, so practical.' });
      // The writer's own consumers ran (its insights count the idea), its labeller did not.
      await writer.app.get(InsightsBucketingJob).consumeNow();
      expect(await writer.sql(`SELECT sum(count)::int AS n FROM insight_bucket WHERE challenge_id = $1 AND metric = 'ideas'`, [challengeId])).toEqual([{ n: 1 }]);
      expect(await writer.sql(`SELECT * FROM content_sentiment`)).toEqual([]);

      const labeller = await createTestApp({ sameDatabaseAs: writer, env: { POLLEN_CONSUMERS: 'sentiment,moderation-negative' } });
      try {
        await labeller.app.get(SentimentLabellingJob).consumeNow();
        expect(await writer.sql(`SELECT target_id AS id, label FROM content_sentiment`)).toEqual([{ id: ideaId, label: 'POSITIVE' }]);
      } finally {
        await labeller.close();
      }
    } finally {
      await writer.close();
    }
  });
});
