import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from '../gql';
import type { ModerationTargetType, ReportReason } from '../gql/graphql';
import { cast, challenge, comment, joinTeam, propose, setPhase, vote } from '../support/co-creation';
import { send } from '../support/graphql';
import { expect as expectPage } from './support/expect';
import { PHONE, signIn, startWebTest, type WebTest } from './support/browser';

/**
 * The main pages on a desktop and on a phone. With UPDATE_SCREENSHOTS=1 they are written to
 * docs/screenshots/ (shown in the README); otherwise to a temporary folder, so a test run leaves
 * the work tree as it was.
 */
const OUT = process.env.UPDATE_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'pollen-shots-'));

describe('web client: screenshots of the main pages', () => {
  let web: WebTest;
  let challengeId: string;
  let ideaId: string;
  let reader: Awaited<ReturnType<WebTest['api']['register']>>;
  let lead: Awaited<ReturnType<WebTest['api']['register']>>;
  let reviewId: string;

  beforeAll(async () => {
    web = await startWebTest();
    const people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
    ideaId = await propose(web.api, people.ana, challengeId, { title: 'Seats that fold into a cargo bay', body: 'Rear seats fold flat into the floor, so the city car carries a week of shopping or a folded bike.', tags: ['interior', 'cargo'] });
    const solar = await propose(web.api, people.ben, challengeId, { title: 'A solar roof that charges the battery', body: 'Thin-film cells across the whole roof add a few kilometres a day.', tags: ['energy'] });
    await propose(web.api, people.ana, challengeId, { title: 'Doors that slide along the body', body: 'No door ever opens into a cyclist.', buildsOn: [] });
    await propose(web.api, people.owner, challengeId, { title: 'Solar canopy for parking', body: 'Unfolds from the roof.', buildsOn: [solar] });
    for (const voter of [people.ben, people.owner]) await vote(web.api, voter, ideaId, 'UP');
    await vote(web.api, people.ana, solar, 'UP');
    const first = await comment(web.api, people.ben, ideaId, 'Could the seats also turn to face each other?');
    await comment(web.api, people.ana, ideaId, 'Yes, on rails: that is the next revision.', first.data.addComment.id);
    await web.api.foldCounters();
    await web.api.sealLedger();
    reader = await web.api.register({ displayName: 'Marta Reis' });

    // The brand's side: reports in the queue, and a second challenge in REVIEW with a board to decide on.
    lead = await web.api.register({ displayName: 'Lea Brand' });
    await joinTeam(web.api, people.owner, people.orgId, { token: lead.accessToken, id: lead.user.id, email: lead.email }, 'OWNER');
    const REPORT = graphql(`mutation ScreenshotsReport($i: ReportInput!) { report(input: $i) { targetId } }`);
    const report = async (token: string, targetType: ModerationTargetType, targetId: string, reason: ReportReason, details?: string) =>
      expect((await send(web.api, token, REPORT, { i: { targetType, targetId, reason, details } })).errors).toBeUndefined();
    await report(people.ben.token, 'IDEA', ideaId, 'OFF_TOPIC');
    await report(reader.accessToken, 'IDEA', ideaId, 'SPAM');
    await report(people.ana.token, 'IDEA', solar, 'OTHER', 'The same roof was proposed last week, with drawings.');
    await report(people.ana.token, 'COMMENT', first.data.addComment.id, 'OFFENSIVE');
    reviewId = await challenge(web.api, people.owner, people.orgId);
    const board = [
      await propose(web.api, people.ana, reviewId, { title: 'A bench seat for three across the front', body: 'Three friends, one row, no back seat.' }),
      await propose(web.api, people.ben, reviewId, { title: 'Wheels that turn ninety degrees to park sideways', body: 'Parallel parking becomes a sideways glide.' }),
      await propose(web.api, people.owner, reviewId, { title: 'A removable battery carried like luggage', body: 'Charge it in the flat, not in the street.' }),
    ];
    await setPhase(web.api, people.owner, reviewId, 'VOTING');
    for (const [voter, idea, value] of [[people.ben, board[0], 'UP'], [reader, board[0], 'UP'], [people.ana, board[1], 'UP'], [people.owner, board[1], 'DOWN'], [people.ana, board[2], 'UP']] as const) {
      await vote(web.api, 'token' in voter ? voter : { token: voter.accessToken, id: voter.user.id, email: voter.email }, idea, value);
    }
    await setPhase(web.api, people.owner, reviewId, 'REVIEW');
    await web.api.foldCounters();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(() => web.close());

  it.each([
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['phone', PHONE],
  ])('takes the main pages on a %s', async (device, options) => {
    const page = await web.page(options);
    await signIn(page, reader);
    const shots: [string, string, string][] = [
      ['challenges', '/', 'Open challenges'],
      ['challenge', `/challenges/${challengeId}`, 'City car 2030'],
      ['idea', `/ideas/${ideaId}`, 'Seats that fold into a cargo bay'],
      ['statement', `/challenges/${challengeId}/statement`, 'Ownership statement'],
    ];
    for (const [name, path, heading] of shots) {
      await page.goto(path);
      await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (name === 'statement') await page.locator('figure.chart svg').first().waitFor();
      await page.waitForTimeout(300);
      const file = join(OUT, `${name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: name !== 'challenge' });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }
    await page.goto(`/challenges/${challengeId}/propose`);
    await page.getByLabel('Title').pressSequentially('Solar roof', { delay: 20 });
    await expectPage(page.getByRole('heading', { name: 'Similar ideas' })).toBeVisible();
    await page.screenshot({ path: join(OUT, `propose-${device}.png`) });
  }, 120_000);

  it("takes the control room's moderation queue and review board on a desktop", async () => {
    const page = await web.page({ viewport: { width: 1280, height: 900 } });
    await signIn(page, lead);
    const shots: [string, string, string][] = [
      ['control-room-moderation', `/manage/challenges/${challengeId}/moderation`, 'Moderation of “City car 2030”'],
      ['control-room-review', `/manage/challenges/${reviewId}/review`, 'Review of “City car 2030”'],
    ];
    for (const [name, path, heading] of shots) {
      await page.goto(path);
      await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectPage(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
      if (name === 'control-room-moderation') await expectPage(page.getByRole('list', { name: 'Queue' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(3);
      else await expectPage(page.getByRole('heading', { level: 2, name: /A bench seat for three/ })).toBeVisible();
      await page.waitForTimeout(300);
      const file = join(OUT, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }
  }, 120_000);
});
