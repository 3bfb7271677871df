import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cast, challenge, comment, propose, vote } from '../support/co-creation';
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
});
