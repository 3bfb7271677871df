import { Pool } from 'pg';
import { hash, Algorithm } from '@node-rs/argon2';
import { ContributionKind } from '@pollen/ledger';
import { copyRows, CopyValue } from './copy-writer';
import { SeedAct, seedLedger } from './seed-ledger';
import { seedModeration } from './seed-moderation';
import { Random, WeightedPicker } from './random';
import { LANGUAGE_SHARE, Language, VOCABULARY } from './vocabulary';

/** Scale 1 is Fiat Mio: 17,000 participants, 11,000 ideas, ~110,000 comments, ~600,000 votes over 14 months. */
export const FIAT_MIO = { users: 17_000, ideas: 11_000, comments: 110_000, votes: 600_000, months: 14 };
export const SEEDED_PASSWORD = 'Seeded-user-1!';

export interface SeedOptions {
  scale: number;
  force?: boolean;
  seed?: number;
  progress?: (table: string, rows: number, total: number) => void;
}

export interface SeedResult {
  challengeId: string;
  ownerEmail: string;
  rows: Record<string, number>;
  seconds: number;
}

export class SeedRefused extends Error {}

const DAY = 86_400_000;
const FIRST_NAMES = ['Ana', 'Lucas', 'Maya', 'João', 'Camille', 'Pedro', 'Sofia', 'Léa', 'Rafael', 'Emma', 'Hugo', 'Beatriz', 'Noah', 'Chloé', 'Gabriel', 'Lia'];
const LAST_NAMES = ['Souza', 'Martin', 'Chen', 'Silva', 'Dubois', 'Costa', 'Smith', 'Bernard', 'Oliveira', 'Moreau', 'Santos', 'Brown'];

function languageOf(random: Random): Language {
  let r = random.next();
  for (const [language, share] of LANGUAGE_SHARE) if ((r -= share) < 0) return language;
  return 'pt';
}

function ideaText(random: Random, language: Language): { title: string; body: string; tags: string[] } {
  const v = VOCABULARY[language];
  const noun = random.pick(v.nouns);
  const adjective = random.pick(v.adjectives);
  const other = random.pick(v.nouns);
  const title = `${random.pick(v.phrases)} ${noun} ${adjective} ${random.int(1000)}`.slice(0, 140);
  const body = `${random.pick(v.phrases)} ${noun} ${adjective}, ${other} ${random.pick(v.adjectives)}. ${random.pick(v.comments)}.`;
  const tags = [...new Set([noun.split(' ')[0], adjective].map((tag) => tag.toLowerCase()))];
  return { title, body, tags };
}

/**
 * Fills a database with a realistic co-creation at `scale` × Fiat Mio, with COPY. Ideas, votes
 * and comments follow a power law; a quarter of ideas build on earlier ones (lineage several
 * generations deep); some ideas were revised; replies thread under comments. Tallies and reply
 * counts are computed from the rows written, so the same invariants hold as through the API.
 * The seeded history has no outbox events: realtime and ledger start after it.
 */
export async function seed(databaseUrl: string, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const random = new Random(options.seed ?? 2009);
  const n = {
    users: Math.max(10, Math.round(FIAT_MIO.users * options.scale)),
    ideas: Math.max(5, Math.round(FIAT_MIO.ideas * options.scale)),
    comments: Math.round(FIAT_MIO.comments * options.scale),
    votes: Math.round(FIAT_MIO.votes * options.scale),
  };
  // Nobody votes on their own idea and a person votes once per idea: a tiny scale can hold fewer
  // votes than Fiat Mio's proportion asks for.
  n.votes = Math.min(n.votes, Math.floor(n.ideas * (n.users - 2) * 0.9));
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const client = await pool.connect();
  const rows: Record<string, number> = {};
  const progress = (table: string, total: number) => (count: number) => options.progress?.(table, count, total);
  try {
    const [{ users }] = (await client.query<{ users: number }>(`SELECT count(*)::int AS users FROM app_user`)).rows;
    if (users > 0 && !options.force) {
      throw new SeedRefused(`The database already holds data (${users} users). Seed an empty database, or pass --force to add a seeded challenge to it.`);
    }
    const run = random.uuid().slice(0, 8);
    const passwordHash = await hash(SEEDED_PASSWORD, { algorithm: Algorithm.Argon2id });
    const end = Date.now() - DAY;
    const start = end - FIAT_MIO.months * 30 * DAY;
    await client.query('BEGIN');

    const userIds = Array.from({ length: n.users }, () => random.uuid());
    const ownerEmail = `owner-${run}@seed.pollen.local`;
    rows.app_user = await copyRows(client, 'app_user', ['id', 'email', 'display_name', 'password_hash', 'created_at'],
      (function* () {
        for (let i = 0; i < n.users; i++) {
          const email = i === 0 ? ownerEmail : `participant-${run}-${i}@seed.pollen.local`;
          const name = i === 0 ? 'Seed Brand Lead' : `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]} ${i}`;
          yield [userIds[i], email, name, passwordHash, new Date(start - random.int(90) * DAY)];
        }
      })(), progress('app_user', n.users));

    const organizationId = random.uuid();
    const challengeId = random.uuid();
    await client.query(`INSERT INTO organization (id, name, slug, created_by) VALUES ($1, $2, $3, $4)`,
      [organizationId, `Fiat Mio ×${options.scale} (seed ${run})`, `seed-${run}`, userIds[0]]);
    await client.query(`INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [organizationId, userIds[0]]);
    await client.query(
      `INSERT INTO challenge (id, organization_id, title, brief, language, phase, created_by, created_at)
       VALUES ($1, $2, $3, $4, 'pt', 'IDEATION', $5, $6)`,
      [challengeId, organizationId, 'O carro da cidade do futuro', 'Crie com a gente o carro urbano de 2030.', userIds[0], new Date(start)],
    );

    // Ideas: popularity by a shuffled Zipf rank; counters decided before the rows are written.
    const popularity = new Float64Array(n.ideas);
    const rank = Int32Array.from({ length: n.ideas }, (_, i) => i + 1);
    for (let i = n.ideas - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [rank[i], rank[j]] = [rank[j], rank[i]];
    }
    for (let i = 0; i < n.ideas; i++) popularity[i] = 1 / Math.pow(rank[i], 1.1);
    const picker = new WeightedPicker(popularity);
    const voteCount = new Int32Array(n.ideas);
    const commentCount = new Int32Array(n.ideas);
    const maxVotes = n.users - 2;
    // An idea cannot take more votes than there are other people.
    for (let v = 0; v < n.votes; v++) {
      let i = picker.pick(random);
      // A full idea passes the vote on to another drawn by popularity (uniformly after a few tries).
      for (let tries = 0; voteCount[i] >= maxVotes; tries++) i = tries < 20 ? picker.pick(random) : random.int(n.ideas);
      voteCount[i]++;
    }
    for (let c = 0; c < n.comments; c++) commentCount[picker.pick(random)]++;
    const ideaIds = Array.from({ length: n.ideas }, () => random.uuid());
    const authors = Int32Array.from({ length: n.ideas }, () => 1 + random.int(n.users - 1));
    const createdAt = Float64Array.from({ length: n.ideas }, (_, i) => start + ((end - start) * i) / n.ideas + random.int(DAY / 2));
    const upShare = Float64Array.from({ length: n.ideas }, () => 0.6 + random.next() * 0.35);
    const upvotes = Int32Array.from(voteCount, (k, i) => Math.round(k * upShare[i]));
    const revisions: CopyValue[][] = [];
    const lineage: CopyValue[][] = [];
    rows.idea = await copyRows(client, 'idea',
      ['id', 'challenge_id', 'author_id', 'title', 'body', 'tags', 'ts_config', 'revision', 'upvotes', 'downvotes', 'comment_count', 'created_at', 'updated_at'],
      (function* () {
        for (let i = 0; i < n.ideas; i++) {
          const language = languageOf(random);
          const count = random.next() < 0.15 ? 2 + random.int(2) : 1;
          let text = ideaText(random, language);
          for (let r = 1; r <= count; r++) {
            if (r > 1) text = { ...text, body: `${text.body} (v${r}) ${ideaText(random, language).body}` };
            revisions.push([ideaIds[i], r, text.title, text.body, text.tags, userIds[authors[i]], new Date(createdAt[i] + (r - 1) * DAY)]);
          }
          if (i > 10 && random.next() < 0.25) {
            const parents = new Set([Math.floor(i * random.next() ** 0.5), Math.floor(i * random.next())]);
            for (const p of [...parents].slice(0, 1 + random.int(2))) lineage.push([challengeId, ideaIds[i], ideaIds[p], new Date(createdAt[i])]);
          }
          const created = new Date(createdAt[i]);
          yield [ideaIds[i], challengeId, userIds[authors[i]], text.title, text.body, text.tags, VOCABULARY[language].config, count,
            upvotes[i], voteCount[i] - upvotes[i], commentCount[i], created, new Date(createdAt[i] + (count - 1) * DAY)];
        }
      })(), progress('idea', n.ideas));
    await client.query(
      `INSERT INTO idea_author (idea_id, user_id, role, share_bp, invited_at, accepted_at)
       SELECT id, author_id, 'AUTHOR', 10000, created_at, created_at FROM idea WHERE challenge_id = $1`,
      [challengeId],
    );
    rows.idea_revision = await copyRows(client, 'idea_revision', ['idea_id', 'revision', 'title', 'body', 'tags', 'edited_by', 'created_at'], revisions, progress('idea_revision', revisions.length));
    rows.idea_lineage = await copyRows(client, 'idea_lineage', ['challenge_id', 'idea_id', 'parent_id', 'created_at'], lineage, progress('idea_lineage', lineage.length));

    // Votes: distinct voters per idea by striding through the users from a random offset.
    const voteIdea = new Int32Array(n.votes);
    const voteUser = new Int32Array(n.votes);
    const voteAt = new Float64Array(n.votes);
    let votes = 0;
    rows.vote = await copyRows(client, 'vote', ['idea_id', 'user_id', 'value', 'created_at', 'updated_at'],
      (function* () {
        for (let i = 0; i < n.ideas; i++) {
          const offset = random.int(n.users);
          let written = 0;
          for (let j = 0; written < voteCount[i]; j++) {
            const voter = (offset + j) % n.users;
            if (voter === authors[i]) continue;
            const at = new Date(createdAt[i] + random.next() * (end - createdAt[i]));
            [voteIdea[votes], voteUser[votes], voteAt[votes]] = [i, voter, at.getTime()];
            votes++;
            yield [ideaIds[i], userIds[voter], written < upvotes[i] ? 1 : -1, at, at];
            written++;
          }
        }
      })(), progress('vote', n.votes));

    // Comments, idea by idea, so that each parent is written before its replies with its reply count.
    const commentActs: SeedAct[] = [];
    const commentIds: string[] = [];
    const commentAuthors: string[] = [];
    rows.comment = await copyRows(client, 'comment', ['id', 'idea_id', 'challenge_id', 'author_id', 'parent_id', 'body', 'reply_count', 'created_at'],
      (function* () {
        for (let i = 0; i < n.ideas; i++) {
          const thread: Array<{ id: string; parent: number; author: number; body: string; at: number; replies: number }> = [];
          let at = createdAt[i];
          for (let c = 0; c < commentCount[i]; c++) {
            at += random.next() * Math.max(1, (end - at) / (commentCount[i] - c + 1));
            const parent = c > 0 && random.next() < 0.3 ? random.int(c) : -1;
            if (parent >= 0) thread[parent].replies++;
            thread.push({ id: random.uuid(), parent, author: 1 + random.int(n.users - 1), body: random.pick(VOCABULARY[languageOf(random)].comments), at, replies: 0 });
          }
          for (const comment of thread) {
            commentActs.push({ kind: ContributionKind.COMMENT, participantId: userIds[comment.author], ideaId: ideaIds[i], commentId: comment.id, at: comment.at });
            commentIds.push(comment.id);
            commentAuthors.push(userIds[comment.author]);
            yield [comment.id, ideaIds[i], challengeId, userIds[comment.author], comment.parent >= 0 ? thread[comment.parent].id : null,
              comment.body, comment.replies, new Date(comment.at)];
          }
        }
      })(), progress('comment', n.comments));

    const authorOf = new Map(ideaIds.map((id, i) => [id, userIds[authors[i]]]));
    rows.contribution = await seedLedger(client, challengeId, userIds[0], start, function* () {
      for (let i = 0; i < n.ideas; i++) yield { kind: ContributionKind.IDEA_PROPOSED, participantId: userIds[authors[i]], ideaId: ideaIds[i], commentId: null, at: createdAt[i] };
      for (const [, child, parent, at] of lineage as Array<[string, string, string, Date]>) {
        yield { kind: ContributionKind.IDEA_BUILT_UPON, participantId: authorOf.get(parent)!, ideaId: parent, commentId: null, at: at.getTime(), detail: { by: child } };
      }
      yield* commentActs;
      for (let v = 0; v < votes; v++) yield { kind: ContributionKind.VOTE_CAST, participantId: userIds[voteUser[v]], ideaId: ideaIds[voteIdea[v]], commentId: null, at: voteAt[v] };
    }, random, progress('contribution', n.ideas + lineage.length + n.comments + n.votes + n.users + 1));

    Object.assign(rows, await seedModeration(client, random, {
      organizationId, challengeId, ownerId: userIds[0], userIds, ideaIds, ideaAuthors: Array.from(authors, (a) => userIds[a]), commentIds, commentAuthors,
    }, end));

    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { challengeId, ownerEmail, rows, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}
