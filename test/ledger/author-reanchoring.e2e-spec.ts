import { randomBytes, randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ContributionKind, DEFAULT_POLICY, GENESIS_HASH, LedgerEntry, STATEMENT_SCALE, UnsealedEntry, buildStatement, entryHash, policyDetail, talliesFromEntries, voterCommitment } from '../../libs/ledger/src';
import { createTestApp, TestApp } from '../setup/test-app';
import { graphql } from '../gql';
import { send } from '../support/graphql';
import { olderDatabase } from '../support/older-database';

const ROOT = join(__dirname, '..', '..');
const STATEMENT = graphql(`query AuthorReanchoringStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party points shareBasisPoints } } } }`);
const VERIFY = graphql(`query AuthorReanchoringVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }`);

/**
 * The author-pseudonym migration on a database whose chain was sealed before it, as the ledger
 * wrote it then: authors' entries (the policy, licences, ideas, a co-authorship split, a comment
 * marked helpful, a deleted comment's compensation) under their accounts, votes under voter
 * pseudonyms, the head and the statement tallies keyed by those parties.
 */
describe('the author-pseudonym migration on a chain sealed with accounts', () => {
  let url: string;
  let drop: () => Promise<void>;
  let t: TestApp;
  const ids: Record<string, string> = {};
  let oldChain: LedgerEntry[] = [];
  let oldPoints: Map<string, bigint>;

  beforeAll(async () => {
    const made = await olderDatabase('pollen_authors', 'AuthorPseudonyms1796149717413');
    ({ url, drop } = made);
    const { older } = made;
    const one = async (sql: string, params: unknown[] = []) => (await older.query(sql, params))[0];
    for (const name of ['owner', 'ana', 'ben']) {
      ids[name] = (await one(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`, [`${name}@authors.test`, name])).id;
    }
    const org = (await one(`INSERT INTO organization (name, slug, created_by) VALUES ('Brand', 'brand', $1) RETURNING id`, [ids.owner])).id;
    await older.query(`INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [org, ids.owner]);
    const c = (ids.challenge = (await one(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by) VALUES ($1, 'Old challenge', 'Brief', 'en', 'IDEATION', $2) RETURNING id`,
      [org, ids.owner],
    )).id);
    const policy = DEFAULT_POLICY;
    await older.query(`INSERT INTO ownership_policy (challenge_id, weights, lineage_decay_bp, lineage_generations, licence, frozen_at) VALUES ($1, $2, $3, $4, $5, now())`, [
      c, JSON.stringify(policy.weights), policy.lineageDecayBp, policy.lineageGenerations, policy.licence,
    ]);
    const idea = async (author: string, title: string) =>
      (await one(`INSERT INTO idea (challenge_id, author_id, title, body, ts_config) VALUES ($1, $2, $3, 'Body', 'pollen_en') RETURNING id`, [c, ids[author], title])).id;
    const [x, y] = [await idea('ana', 'Idea X'), await idea('ben', 'Idea Y')];
    const salt = randomBytes(32);
    const anaVotes = voterCommitment(c, ids.ana, salt);
    await older.query(`INSERT INTO voter_pseudonym (challenge_id, participant_id, pseudonym, salt) VALUES ($1, $2, $3, $4)`, [c, ids.ana, anaVotes, salt]);
    const [helpedComment, deletedComment] = [randomUUID(), randomUUID()];
    const at = Date.parse('2026-11-01T10:00:00.000Z');
    const e = (kind: ContributionKind, participantId: string, points: number, more: Partial<UnsealedEntry> = {}): UnsealedEntry => ({
      challengeId: c, id: randomUUID(), kind, participantId, ideaId: null, commentId: null, points: BigInt(points), compensates: null, detail: {}, occurredAt: new Date(at), ...more,
    });
    const w = policy.weights;
    const split = [[ids.ana, 6000], [ids.ben, 4000]].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const deleted = e(ContributionKind.COMMENT, ids.ana, w.COMMENT, { ideaId: y, commentId: deletedComment });
    const entries: UnsealedEntry[] = [
      e(ContributionKind.POLICY, ids.owner, 0, { detail: policyDetail(policy) }),
      e(ContributionKind.LICENCE_ACCEPTED, ids.ana, 0, { detail: { licence: policy.licence } }),
      e(ContributionKind.IDEA_PROPOSED, ids.ana, w.IDEA_PROPOSED, { ideaId: x }),
      e(ContributionKind.LICENCE_ACCEPTED, ids.ben, 0, { detail: { licence: policy.licence } }),
      e(ContributionKind.IDEA_PROPOSED, ids.ben, w.IDEA_PROPOSED, { ideaId: y }),
      e(ContributionKind.AUTHORSHIP, ids.ana, 0, { ideaId: x, detail: { shares: split } }),
      e(ContributionKind.COMMENT, ids.ben, w.COMMENT, { ideaId: x, commentId: helpedComment }),
      e(ContributionKind.COMMENT_HELPFUL, ids.ben, w.COMMENT_HELPFUL, { ideaId: x, commentId: helpedComment }),
      deleted,
      e(ContributionKind.COMMENT, ids.ana, -w.COMMENT, { ideaId: y, commentId: deletedComment, compensates: deleted.id }),
      e(ContributionKind.VOTE_CAST, anaVotes, w.VOTE_CAST, { ideaId: y, occurredAt: new Date(at) }),
    ];
    // Sealed as the sealer did: the chain, its head, the statement tallies.
    let prev = GENESIS_HASH;
    oldChain = entries.map((entry, i) => {
      const seq = BigInt(i + 1);
      const hash = entryHash(prev, entry, seq);
      const sealed = { ...entry, seq, prevHash: prev, hash };
      prev = hash;
      return sealed;
    });
    for (const s of oldChain) {
      await older.query(
        `INSERT INTO contribution (id, challenge_id, kind, participant_id, idea_id, comment_id, points, compensates, detail, occurred_at, seq, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [s.id, c, s.kind, s.participantId, s.ideaId, s.commentId, s.points.toString(), s.compensates, JSON.stringify(s.detail), s.occurredAt, s.seq.toString(), s.prevHash, s.hash],
      );
    }
    await older.query(`INSERT INTO ledger_head (challenge_id, seq, hash) VALUES ($1, $2, $3)`, [c, oldChain.length, prev]);
    const tallies = talliesFromEntries(oldChain);
    for (const [table, key, map] of [['ownership_direct', 'participant_id', tallies.direct], ['ownership_idea', 'idea_id', tallies.ideas]] as const) {
      for (const [id, kinds] of map) {
        for (const [kind, tally] of kinds) await older.query(`INSERT INTO ${table} (challenge_id, ${key}, kind, entries, points) VALUES ($1, $2, $3, $4, $5)`, [c, id, kind, tally.entries, tally.points.toString()]);
      }
    }
    for (const [pair, kinds] of tallies.participation) {
      const [ideaId, participantId] = pair.split(' ');
      for (const [kind, tally] of kinds) {
        await older.query(`INSERT INTO ownership_participation (challenge_id, idea_id, participant_id, kind, entries, points) VALUES ($1, $2, $3, $4, $5, $6)`, [c, ideaId, participantId, kind, tally.entries, tally.points.toString()]);
      }
    }
    for (const [ideaId, shares] of tallies.authorship) {
      for (const [participantId, bp] of shares) await older.query(`INSERT INTO ownership_authorship (challenge_id, idea_id, participant_id, share_bp) VALUES ($1, $2, $3, $4)`, [c, ideaId, participantId, bp]);
    }
    oldPoints = new Map(buildStatement(tallies).participants.map((p) => [p.participantId, p.scaledPoints]));
    await older.destroy();
    // The server applies the remaining migrations at start.
    t = await createTestApp({ sameDatabaseAs: { databaseUrl: url } as TestApp });
  });

  afterAll(async () => {
    await t?.close();
    await drop?.();
  });

  it('names every author by a pseudonym, re-hashes the chain from genesis, keeps the old head and every statement figure, and verifies', async () => {
    const c = ids.challenge;
    const authors = new Map((await t.sql(`SELECT participant_id, pseudonym FROM author_pseudonym WHERE challenge_id = $1`, [c])).map((r) => [r.participant_id as string, r.pseudonym as string]));
    expect([...authors.keys()].sort()).toEqual([ids.owner, ids.ana, ids.ben].sort());
    const chain = await t.sql(`SELECT id, kind, participant_id, points::text AS points, detail, seq::int AS seq, hash FROM contribution WHERE challenge_id = $1 ORDER BY seq`, [c]);
    // The same entries in the same order, only the parties (and a split's) renamed; every hash new.
    expect(chain.map((r) => [r.id, r.kind, r.points])).toEqual(oldChain.map((e) => [e.id, e.kind, e.points.toString()]));
    expect(chain.map((r) => r.participant_id)).toEqual(oldChain.map((e) => authors.get(e.participantId) ?? e.participantId));
    expect(chain.filter((r, i) => r.hash === oldChain[i].hash)).toEqual([]);
    const [authorship] = chain.filter((r) => r.kind === 'AUTHORSHIP');
    expect(authorship.detail.shares).toEqual([[authors.get(ids.ana), 6000], [authors.get(ids.ben), 4000]].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    expect(JSON.stringify(chain)).not.toMatch(new RegExp([ids.owner, ids.ana, ids.ben].join('|')));
    // The replaced head is kept, with why.
    const [anchor] = await t.sql(`SELECT previous_seq::int AS seq, previous_hash AS hash, reason FROM ledger_reanchoring WHERE challenge_id = $1`, [c]);
    expect(anchor).toEqual({ seq: oldChain.length, hash: oldChain[oldChain.length - 1].hash, reason: expect.stringMatching(/author pseudonyms/) });
    // Verified over GraphQL and by the CLI, which names the re-anchoring.
    const owner = await t.register({ email: 'auditor@authors.test' });
    await t.sql(`INSERT INTO organization_member (organization_id, user_id, role) SELECT organization_id, $2, 'MODERATOR' FROM challenge WHERE id = $1`, [c, owner.user.id]);
    expect((await send(t, owner.accessToken, VERIFY, { c })).data.ledgerVerification).toEqual({ ok: true, entries: oldChain.length, problem: null });
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'apps/ledger/src/main.ts', 'verify', '--challenge', c], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(stdout).toContain(`ok   challenge ${c}: ${oldChain.length} entries`);
    expect(stdout).toContain(`from head ${oldChain.length} ${oldChain[oldChain.length - 1].hash}: authors named by per-challenge author pseudonyms`);
    // Every statement figure is the same party's as before, renamed.
    const rows = (await send(t, undefined, STATEMENT, { c })).data.ownershipStatement.edges.map((e) => e.node);
    const byOwner = new Map([...authors].map(([account, party]) => [party, account]));
    expect(new Map(rows.map((r) => [byOwner.get(r.party) ?? r.party, r.points]))).toEqual(new Map([...oldPoints].map(([party, scaled]) => [party, Number(scaled) / Number(STATEMENT_SCALE)])));
    expect(rows.reduce((sum, r) => sum + r.shareBasisPoints, 0)).toBe(10_000);
  });
});
