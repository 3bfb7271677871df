import { readFileSync } from 'node:fs';
import { cast, challenge, comment, propose, vote } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

describe('web client: the ownership statement', () => {
  let web: WebTest;
  let challengeId: string;

  beforeAll(async () => {
    web = await startWebTest();
    const { owner, orgId, ana, ben } = await cast(web.api);
    challengeId = await challenge(web.api, owner, orgId);
    const idea = await propose(web.api, ana, challengeId, { title: 'Roof garden' });
    await vote(web.api, ben, idea, 'UP');
    await comment(web.api, ben, idea, 'Lovely');
    await web.api.sealLedger();
  });
  afterAll(() => web.close());

  it('shows the shares as a table and a chart, downloads the CSV and verifies the chain in the browser', async () => {
    const reader = await web.api.register({ displayName: 'Reader' });
    const page = await web.page({ acceptDownloads: true });
    await signIn(page, reader);
    await page.goto(`/challenges/${challengeId}`);
    await page.getByRole('link', { name: 'Who owns what' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Ownership statement' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Ownership statement' });
    await expectPage(table.getByRole('row')).toHaveCount(4); // ana, ben (his comment), and ben's votes under his voter pseudonym
    await expectPage(table).toContainText('%');
    await expectPage(page.getByText(/Ledger head: entry \d+, hash [0-9a-f]{64}/)).toBeVisible();
    // The chart is loaded with this page only, as SVG.
    await expectPage(page.locator('figure.chart svg').first()).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);

    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expectPage(page.getByText(/The chain checks out: \d+ entries up to \d+\./)).toBeVisible();
  });
});
