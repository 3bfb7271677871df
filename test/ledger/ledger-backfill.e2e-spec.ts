import { createTestApp, TestApp } from '../setup/test-app';
import { graphql } from '../gql';
import { send } from '../support/graphql';
import { olderDatabase } from '../support/older-database';

describe('the ledger migration on a database that already holds a challenge', () => {
  let drop: () => Promise<void>;
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { url, older, drop: dropIt } = await olderDatabase('pollen_backfill', 'ContributionLedger1763890000000');
    drop = dropIt;
    // What the co-creation core wrote before the ledger existed.
    const one = async (sql: string, params: unknown[] = []) => (await older.query(sql, params))[0];
    for (const name of ['owner', 'ana', 'ben']) {
      ids[name] = (await one(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, 'x') RETURNING id`, [`${name}@backfill.test`, name])).id;
    }
    const org = (await one(`INSERT INTO organization (name, slug, created_by) VALUES ('Brand', 'brand', $1) RETURNING id`, [ids.owner])).id;
    ids.challenge = (await one(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by) VALUES ($1, 'Old challenge', 'Brief', 'en', 'IDEATION', $2) RETURNING id`,
      [org, ids.owner],
    )).id;
    ids.draft = (await one(`INSERT INTO challenge (organization_id, title, brief, language, created_by) VALUES ($1, 'A draft', 'Brief', 'en', $2) RETURNING id`, [org, ids.owner])).id;
    const idea = async (author: string, title: string) =>
      (await one(`INSERT INTO idea (challenge_id, author_id, title, body, ts_config) VALUES ($1, $2, $3, 'Body', 'pollen_en') RETURNING id`, [ids.challenge, ids[author], title])).id;
    ids.x = await idea('ana', 'Idea X');
    ids.y = await idea('ben', 'Idea Y builds on X');
    await older.query(`INSERT INTO idea_lineage (challenge_id, idea_id, parent_id) VALUES ($1, $2, $3)`, [ids.challenge, ids.y, ids.x]);
    await older.query(`INSERT INTO vote (idea_id, user_id, value) VALUES ($1, $2, 1), ($3, $4, -1)`, [ids.x, ids.ben, ids.y, ids.ana]);
    await older.query(`INSERT INTO comment (idea_id, challenge_id, author_id, body) VALUES ($1, $2, $3, 'Nice')`, [ids.x, ids.challenge, ids.ben]);
    await older.query(`INSERT INTO comment (idea_id, challenge_id, author_id, body, deleted_at) VALUES ($1, $2, $3, NULL, now())`, [ids.x, ids.challenge, ids.ana]);
    await older.destroy();
    // The server applies the remaining migrations at start.
    t = await createTestApp({ sameDatabaseAs: { databaseUrl: url } as TestApp });
  });

  afterAll(async () => {
    await t?.close();
    await drop?.();
  });

  it('records what was there as a verifiable ledger with the default policy, frozen for open challenges only', async () => {
    // The sealer's first pass runs as the server starts and may already have chained the backfill.
    await t.sealLedger();
    const [chained] = await t.sql(`SELECT count(*)::int AS n FROM contribution WHERE challenge_id = $1 AND seq IS NOT NULL`, [ids.challenge]);
    expect(chained.n).toBe(9); // POLICY, 2 licences, 2 ideas, 1 built upon, 1 comment, 2 votes
    const auditor = await t.register();
    await t.sql(`INSERT INTO organization_member (organization_id, user_id, role) SELECT organization_id, $2, 'MODERATOR' FROM challenge WHERE id = $1`, [ids.challenge, auditor.user.id]);
    const verified = await send(t, auditor.accessToken, graphql(`query LedgerBackfillLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }`), { c: ids.challenge });
    expect(verified.data.ledgerVerification).toEqual({ ok: true, entries: 9, problem: null });
    const statement = await send(t, undefined, graphql(`query LedgerBackfillOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { edges { node { party participant { id } points } } } }`), { c: ids.challenge });
    // The backfilled votes are their voters' pseudonyms' (the private-ledger migration re-anchored them): never an account in the ledger.
    const voters = new Map((await t.sql(`SELECT pseudonym, participant_id FROM voter_pseudonym WHERE challenge_id = $1`, [ids.challenge])).map((r) => [r.pseudonym, r.participant_id]));
    const [{ n: named }] = await t.sql(`SELECT count(*)::int AS n FROM contribution WHERE challenge_id = $1 AND kind = 'VOTE_CAST' AND participant_id = ANY($2::uuid[])`, [ids.challenge, [ids.ana, ids.ben]]);
    expect(named).toBe(0);
    expect(statement.data.ownershipStatement.edges.map((e: any) => [e.node.participant?.id ?? voters.get(e.node.party), e.node.participant ? 'named' : 'voter', e.node.points])).toEqual([
      [ids.ana, 'named', 14], // X proposed 10, X built upon 4 (the deleted comment earns nothing)
      [ids.ben, 'named', 10], // Y proposed 10; his comment, not marked helpful, earns nothing (libs/ledger/README.md)
      ...[[ids.ana, 'voter', 0.5], [ids.ben, 'voter', 0.5]].sort((x, y) => ([...voters].find(([, p]) => p === x[0])![0] < [...voters].find(([, p]) => p === y[0])![0] ? -1 : 1)), // a vote each; ties by party
    ]);
    const [draft] = await t.sql(`SELECT frozen_at FROM ownership_policy WHERE challenge_id = $1`, [ids.draft]);
    expect(draft.frozen_at).toBeNull();
    const [authors] = await t.sql(`SELECT count(*)::int AS n FROM idea_author WHERE role = 'AUTHOR' AND share_bp = 10000`);
    expect(authors.n).toBe(2);
  });
});
