import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DataExportJob, ExportArchiveService } from '@pollen/privacy';
import { NotificationsConsumer } from '@pollen/notifications';
import { graphql } from '../gql';
import { createTestApp, Registered, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, joinTeam, propose, vote } from '../support/co-creation';
import { As, request, send } from '../support/graphql';
import { unzip } from '../support/zip';

const REQUEST = graphql(`mutation DataExportRequest { requestDataExport { id state progress } }`);
const ONE = graphql(`query DataExportOne($id: ID!) { dataExport(id: $id) { id state progress itemsDone itemsTotal finishedAt expiresAt sizeBytes } }`);
const ISSUE = graphql(`mutation DataExportIssueDownload($id: ID!, $password: String!) { issueDataExportDownload(exportId: $id, password: $password) { url expiresAt } }`);
const LIST = graphql(`query DataExportList { dataExports { id } }`);
const REVISE = graphql(`mutation DataExportReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }`);
const REPORT = graphql(`mutation DataExportReport($i: ReportInput!) { report(input: $i) { __typename } }`);
const VISIBILITY = graphql(`mutation DataExportSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }`);
const PREFERENCE = graphql(`mutation DataExportSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }`);

describe('privacy: the export of a participant’s data', () => {
  let t: TestApp;
  let owner: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const o = await t.register();
    owner = { token: o.accessToken, id: o.user.id, email: o.email };
    orgId = await brand(t, owner);
  });
  afterAll(() => t.close());

  const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });
  const ok = async <TData, TVars extends Record<string, unknown>>(query: TypedDocumentNode<TData, TVars>, variables: TVars, token?: As) => {
    const res = await request(t, token, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const download = (url: string) => fetch(`${t.url}${url}`);

  /** A participant who did a bit of everything, and their ready export. */
  async function participantWithExport() {
    const anaR = await t.register({ displayName: 'Ana Export' });
    const ana = asPerson(anaR);
    const ben = asPerson(await t.register());
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId, { title: 'Solar roof for the city car', body: 'Panels on the roof.' });
    await ok(REVISE, { i: { ideaId, title: 'Solar roof, revised' } }, ana.token);
    const bensIdea = await propose(t, ben, challengeId, { title: 'Seats on rails' });
    const c1 = (await comment(t, ana, bensIdea, 'I like the rails')).data.addComment.id;
    await comment(t, ben, bensIdea, 'Thanks Ana', c1);
    expect((await vote(t, ana, bensIdea, 'UP')).errors).toBeUndefined();
    await ok(REPORT, { i: { targetType: 'COMMENT', targetId: c1, reason: 'OTHER', details: 'Testing my report' } }, ben.token);
    await ok(REPORT, { i: { targetType: 'IDEA', targetId: bensIdea, reason: 'SPAM' } }, ana.token);
    await ok(VISIBILITY, { v: 'PSEUDONYM' }, ana.token);
    await ok(PREFERENCE, { k: 'IDEA_DECIDED', e: false }, ana.token);
    await t.app.get(NotificationsConsumer).consumeNow();
    await t.sealLedger();
    const requested = (await ok(REQUEST, {}, ana.token)).requestDataExport;
    expect(requested).toEqual({ id: expect.any(String), state: 'QUEUED', progress: 0 });
    await t.app.get(DataExportJob).exportNow();
    return { ana, anaR, ben, challengeId, ideaId, exportId: requested.id };
  }

  it('holds everything the database holds about the participant, file by file, with a README', async () => {
    const { ana, anaR, challengeId, exportId } = await participantWithExport();
    const ready = (await ok(ONE, { id: exportId }, ana.token)).dataExport!;
    expect(ready).toMatchObject({ state: 'READY', progress: 100, finishedAt: expect.any(String), expiresAt: expect.any(String) });
    expect(ready.itemsDone).toBe(ready.itemsTotal);
    const issued = (await ok(ISSUE, { id: exportId, password: anaR.password }, ana.token)).issueDataExportDownload;
    const res = await download(issued.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const files = await unzip(Buffer.from(await res.arrayBuffer()));
    const json = (name: string) => JSON.parse(files.get(`pollen-export/${name}`)!);

    const readme = files.get('pollen-export/README.md')!;
    for (const name of ['profile', 'ideas', 'comments', 'votes', 'reports', 'notifications', 'consents', 'settings', 'licences', 'ledger-entries', 'voter-pseudonyms', 'author-pseudonyms', 'shares', 'profile-views', 'exports']) {
      expect(readme).toContain(`\`${name}.json\``);
      expect(files.has(`pollen-export/${name}.json`)).toBe(true);
    }

    expect(json('profile.json')).toEqual({ id: ana.id, email: ana.email, displayName: 'Ana Export', createdAt: expect.any(String) });
    const idOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();
    const dbIds = async (sql: string) => (await t.sql(sql, [ana.id])).map((row) => row.id).sort();

    const ideas = json('ideas.json');
    expect(idOf(ideas)).toEqual(await dbIds(`SELECT id FROM idea WHERE author_id = $1 UNION SELECT idea_id FROM idea_author WHERE user_id = $1`));
    const revisions = await t.sql(`SELECT r.revision, r.title FROM idea_revision r JOIN idea i ON i.id = r.idea_id WHERE i.author_id = $1 ORDER BY 1`, [ana.id]);
    expect(ideas[0].revisions.map((r: { revision: number; title: string }) => ({ revision: r.revision, title: r.title }))).toEqual(revisions);
    expect(ideas[0].title).toBe('Solar roof, revised');

    expect(idOf(json('comments.json'))).toEqual(await dbIds(`SELECT id FROM comment WHERE author_id = $1`));
    expect(json('votes.json').map((v: { ideaId: string }) => v.ideaId).sort()).toEqual(await dbIds(`SELECT idea_id AS id FROM vote WHERE user_id = $1`));
    expect(idOf(json('reports.json'))).toEqual(await dbIds(`SELECT id FROM moderation_report WHERE reporter_id = $1`));
    expect(json('reports.json')).toHaveLength(1);
    const notifications = json('notifications.json');
    expect(notifications.length).toBeGreaterThan(0);
    expect(idOf(notifications)).toEqual(await dbIds(`SELECT id FROM notification WHERE recipient_id = $1`));
    expect(idOf(json('consents.json'))).toEqual(await dbIds(`SELECT id FROM consent_record WHERE user_id = $1`));
    expect(json('consents.json').map((c: { subject: string; choice: string; version: number }) => [c.subject, c.choice, c.version]).sort()).toEqual([
      ['NOTIFICATION:IDEA_DECIDED', 'OFF', 1],
      ['PARTNER_VISIBILITY', 'PSEUDONYM', 1],
    ]);
    expect(json('settings.json')).toMatchObject({ partnerVisibility: 'PSEUDONYM', notificationPreferences: [{ kind: 'IDEA_DECIDED', enabled: false }] });
    expect(json('licences.json')).toEqual([{ challengeId, challengeTitle: 'City car 2030', licence: 'CC-BY-SA-4.0', acceptedAt: expect.any(String) }]);

    // Her entries are those of her author pseudonym (all but her votes) and of her voter pseudonym (her votes), whose openings she holds.
    const [voter] = await t.sql(`SELECT pseudonym::text, encode(salt, 'hex') AS salt FROM voter_pseudonym WHERE participant_id = $1 AND challenge_id = $2`, [ana.id, challengeId]);
    const [author] = await t.sql(`SELECT pseudonym::text, encode(salt, 'hex') AS salt FROM author_pseudonym WHERE participant_id = $1 AND challenge_id = $2`, [ana.id, challengeId]);
    expect(voter).toBeDefined();
    expect(json('voter-pseudonyms.json')).toEqual([{ challengeId, pseudonym: voter.pseudonym, salt: voter.salt }]);
    expect(json('author-pseudonyms.json')).toEqual([{ challengeId, pseudonym: author.pseudonym, salt: author.salt }]);
    const parties = `(SELECT pseudonym FROM author_pseudonym WHERE participant_id = $1 UNION ALL SELECT pseudonym FROM voter_pseudonym WHERE participant_id = $1)`;
    const entries = json('ledger-entries.json');
    expect(idOf(entries)).toEqual(await dbIds(`SELECT id FROM contribution WHERE participant_id IN ${parties}`));
    expect(entries.filter((e: { party: string }) => e.party === voter.pseudonym).length).toBeGreaterThan(0);
    expect(entries.filter((e: { party: string }) => e.party === author.pseudonym).length).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain(ana.id);
    const sealed = await t.sql(`SELECT id, seq::text, hash FROM contribution WHERE participant_id IN ${parties} ORDER BY id`, [ana.id]);
    expect(entries.map((e: { id: string; seq: string; hash: string }) => ({ id: e.id, seq: e.seq, hash: e.hash })).sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual(sealed);
    const [head] = await t.sql(`SELECT seq::text, hash FROM ledger_head WHERE challenge_id = $1`, [challengeId]);
    // One row for her author pseudonym, one for her voter pseudonym; the statement's parties: the other author, her ideas and comments, her votes.
    const share = { challengeId, points: expect.any(Number), shareBasisPoints: expect.any(Number), rank: expect.any(Number), participantCount: 3, ledgerHead: { seq: head.seq, hash: head.hash } };
    expect(json('shares.json')).toEqual([
      { ...share, party: author.pseudonym },
      { ...share, party: voter.pseudonym },
    ]);
    expect(json('exports.json').map((e: { id: string }) => e.id)).toEqual([exportId]);
  });

  it('reads every section in one snapshot: what is written while it is built is in no file, or in all', async () => {
    const ana = asPerson(await t.register());
    const ben = asPerson(await t.register());
    const challengeId = await challenge(t, owner, orgId);
    const bensIdea = await propose(t, ben, challengeId, { title: 'Seats on rails' });
    await comment(t, ana, bensIdea, 'Before the export');
    // Ana keeps commenting while her archive is built: after each batch of each section (its progress report).
    let written = 0;
    const archive = await t.app.get(ExportArchiveService).build({ userId: ana.id, requestedAt: new Date() } as Parameters<ExportArchiveService['build']>[0], async () => {
      expect((await comment(t, ana, bensIdea, `While it is built ${++written}`)).errors).toBeUndefined();
      return true;
    });
    expect(written).toBeGreaterThan(3);
    const files = await unzip(archive);
    const json = (name: string) => JSON.parse(files.get(`pollen-export/${name}`)!) as Array<{ id: string; kind?: string; commentId?: string }>;
    const comments = json('comments.json').map((c) => c.id).sort();
    const commentEntries = json('ledger-entries.json').filter((e) => e.kind === 'COMMENT').map((e) => e.commentId).sort();
    // As the database was when the export began: one comment, in the comments and in the ledger alike.
    expect(comments).toHaveLength(1);
    expect(commentEntries).toEqual(comments);
    expect(await t.sql(`SELECT count(*)::int AS n FROM comment WHERE author_id = $1`, [ana.id])).toEqual([{ n: 1 + written }]);
  });

  it('is downloaded only by its owner, once, with a fresh password, within minutes', async () => {
    const { ana, anaR, exportId } = await participantWithExport();
    const benR = await t.register();
    const ben = asPerson(benR);
    const teamR = await t.register();
    await joinTeam(t, owner, orgId, asPerson(teamR), 'OWNER');

    // Nobody else learns that it exists.
    for (const [who, password] of [[ben.token, benR.password], [teamR.accessToken, teamR.password], [owner.token, 'Correct-Horse-42']] as const) {
      expect((await send(t, who, ONE, { id: exportId })).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await send(t, who, ISSUE, { id: exportId, password })).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await send(t, who, LIST)).data.dataExports).toEqual([]);
    }
    expect((await send(t, undefined, ONE, { id: exportId })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await send(t, undefined, ISSUE, { id: exportId, password: anaR.password })).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // The owner's session alone is not enough: the password again.
    const wrong = await send(t, ana, ISSUE, { id: exportId, password: 'not-my-password-1' });
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'password' });
    const issued = (await ok(ISSUE, { id: exportId, password: anaR.password }, ana.token)).issueDataExportDownload;

    // A guessed or altered token, or none, gets nothing.
    expect((await download('/privacy/exports/download')).status).toBe(404);
    expect((await download(`${issued.url}x`)).status).toBe(404);
    expect((await download(issued.url.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'))).status).toBe(404);
    const first = await download(issued.url);
    expect(first.status).toBe(200);
    const again = await download(issued.url);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: expect.objectContaining({ code: 'NOT_FOUND' }) });

    // An expired token gets nothing either.
    const late = (await ok(ISSUE, { id: exportId, password: anaR.password }, ana.token)).issueDataExportDownload;
    await t.sql(`UPDATE data_export_download SET expires_at = now() - interval '1 second' WHERE export_id = $1 AND used_at IS NULL`, [exportId]);
    expect((await download(late.url)).status).toBe(404);
  });

  it('allows one export in progress per account, and a queued export survives a restart', async () => {
    const ana = asPerson(await t.register());
    // A worker claimed an export of Ana's, then died without a word (the server restarted).
    const [queued] = await t.sql(`INSERT INTO data_export (user_id, state, attempts, claimed_at) VALUES ($1, 'RUNNING', 1, now()) RETURNING id`, [ana.id]);
    const second = await send(t, ana, REQUEST);
    expect(second.errors[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await t.sql(`SELECT count(*)::int AS n FROM data_export WHERE user_id = $1`, [ana.id])).toEqual([{ n: 1 }]);
    // Past the stale claim, another worker takes it over.
    await t.sql(`UPDATE data_export SET claimed_at = now() - interval '1 hour' WHERE id = $1`, [queued.id]);
    await t.app.get(DataExportJob).exportNow();
    const ready = (await ok(ONE, { id: queued.id }, ana.token)).dataExport;
    expect(ready).toMatchObject({ state: 'READY', progress: 100 });
    const [row] = await t.sql(`SELECT attempts FROM data_export WHERE id = $1`, [queued.id]);
    expect(row.attempts).toBe(2);
    // Once it is ready, a new one may be asked for.
    expect((await send(t, ana, REQUEST)).errors).toBeUndefined();
  });
});
