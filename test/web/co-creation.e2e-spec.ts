import { cast, challenge, propose } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import type { Registered } from '../setup/test-app';

describe('web client: co-creating in a challenge', () => {
  let web: WebTest;
  let challengeId: string;
  let ana: Registered;
  let solarId: string;

  beforeAll(async () => {
    web = await startWebTest();
    const { owner, orgId } = await cast(web.api);
    challengeId = await challenge(web.api, owner, orgId);
    const ben = { token: (await web.api.register({ displayName: 'Ben Silva' })).accessToken } as { token: string; id: string; email: string };
    solarId = await propose(web.api, ben, challengeId, { title: 'Solar roof that charges the battery', body: 'Thin-film cells across the roof.', tags: ['energy'] });
    await propose(web.api, ben, challengeId, { title: 'Seats that fold into a cargo bay', body: 'For the weekly shop.' });
    ana = await web.api.register({ displayName: 'Ana Costa' });
  });
  afterAll(() => web.close());

  it('browses open challenges, reads the brief and phase, sorts and searches ideas', async () => {
    const page = await web.page();
    await page.goto('/');
    await page.getByRole('link', { name: 'City car 2030' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'City car 2030' })).toBeVisible();
    await expectPage(page.getByText('Open now for proposing, revising, voting, and commenting.')).toBeVisible();
    const feed = page.getByRole('feed');
    await expectPage(feed.getByRole('article')).toHaveCount(2);

    await page.getByRole('link', { name: 'New' }).click();
    await expectPage(page.getByRole('link', { name: 'New' })).toHaveAttribute('aria-current', 'page');
    await expectPage(feed.getByRole('article').first()).toContainText('Seats that fold');

    await page.getByRole('searchbox', { name: 'Search ideas' }).fill('solar roofs');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectPage(page.getByRole('feed', { name: 'Search results' }).getByRole('article')).toHaveCount(1);
    await expectPage(page.getByRole('feed', { name: 'Search results' })).toContainText('Solar roof that charges the battery');
  });

  it('proposes an idea, offered a similar one while typing, and builds on it', async () => {
    const page = await web.page();
    await signIn(page, ana);
    await page.goto(`/challenges/${challengeId}`);
    await page.getByRole('link', { name: 'Propose an idea' }).click();
    await page.getByLabel('Title').pressSequentially('Solar roof', { delay: 30 });
    // After a pause in typing, the similar idea is offered, with an invitation to build on it.
    await expectPage(page.getByRole('heading', { name: 'Similar ideas' })).toBeVisible();
    await page.getByRole('button', { name: 'Build on “Solar roof that charges the battery”' }).click();
    await expectPage(page.getByRole('button', { name: 'Build on “Solar roof that charges the battery”' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('Title').fill('Solar roof with a folding canopy');
    await expectPage(page.getByRole('heading', { name: 'Your idea builds on 1 idea.' })).toBeVisible();
    await page.getByLabel('Describe your idea').fill('The solar roof unfolds into a canopy when parked.');
    await page.getByLabel('Tags').fill('energy, comfort');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();

    await expectPage(page.getByRole('heading', { level: 1, name: 'Solar roof with a folding canopy' })).toBeVisible();
    const lineage = page.getByRole('group', { name: 'Lineage' });
    await expectPage(lineage.getByRole('link', { name: 'Solar roof that charges the battery' })).toBeVisible();

    // The idea it builds on now shows its descendant.
    await lineage.getByRole('link', { name: 'Solar roof that charges the battery' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Solar roof that charges the battery' })).toBeVisible();
    await expectPage(page.getByRole('group', { name: 'Lineage' }).getByRole('link', { name: 'Solar roof with a folding canopy' })).toBeVisible();
  });

  it('refuses an idea with a bad title and says which field', async () => {
    const page = await web.page();
    await signIn(page, ana);
    await page.goto(`/challenges/${challengeId}/propose`);
    await page.getByLabel('Title').fill('No');
    await page.getByLabel('Describe your idea').fill('Too short a title.');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    // The browser's own check (minLength) stops it first; the field says why.
    await expectPage(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Title').fill('Bad tag idea');
    await page.getByLabel('Tags').fill('not a valid tag!');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    await expectPage(page.getByRole('alert')).toContainText('tags');
  });

  it('revises its own idea and shows the revisions', async () => {
    const page = await web.page();
    await signIn(page, ana);
    const mine = await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Bike rack in the boot', body: 'Two bikes.' });
    await page.goto(`/ideas/${mine}`);
    await page.getByRole('button', { name: 'Revise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revise your idea' });
    await dialog.getByLabel('Title').fill('Bike rack that slides out of the boot');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Bike rack that slides out of the boot' })).toBeVisible();
    await page.getByText('Revisions (2)').click();
    await expectPage(page.getByRole('heading', { name: 'Bike rack in the boot' })).toBeVisible();
  });

  it('votes at once and is corrected by the server; comments, replies, edits and deletes', async () => {
    const page = await web.page();
    await signIn(page, ana);
    await page.goto(`/ideas/${solarId}`);
    const up = page.getByRole('button', { name: 'Vote for “Solar roof that charges the battery”' });
    await up.click();
    await expectPage(up).toHaveAttribute('aria-pressed', 'true');
    // The score and its tally, not any "1" in the group.
    await expectPage(page.getByRole('group', { name: 'Votes for “Solar roof that charges the battery”' }).locator('.score')).toContainText('(1 for, 0 against)');
    // The tally above is the optimistic one: the vote is stored once the server has answered.
    let stored: unknown[] = [];
    for (let i = 0; i < 100 && stored.length === 0; i++) {
      stored = await web.api.sql(`SELECT value FROM vote WHERE idea_id = $1`, [solarId]);
      if (stored.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(stored).toHaveLength(1);

    await page.getByLabel('Add a comment').fill('Could the cells be recycled?');
    await page.getByRole('button', { name: 'Send' }).click();
    await expectPage(page.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Reply to Ana Costa' }).click();
    await page.getByLabel('Reply to Ana Costa').last().fill('Answering myself: yes, mostly.');
    await page.getByRole('button', { name: 'Send' }).first().click();
    await expectPage(page.getByText('Answering myself: yes, mostly.')).toBeVisible();
    await expectPage(page.getByRole('heading', { name: 'Comments (2)' })).toBeVisible();

    await page.getByRole('button', { name: 'Edit: Could the cells be recycled?' }).click();
    await page.getByRole('textbox', { name: 'Edit your comment' }).fill('Could the cells be recycled at the end?');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectPage(page.getByText('Could the cells be recycled at the end?')).toBeVisible();
    await page.getByRole('button', { name: 'Delete: Answering myself' }).click();
    await expectPage(page.getByText('This comment was deleted.')).toBeVisible();

    await page.reload();
    await expectPage(page.getByText('Could the cells be recycled at the end?')).toBeVisible();
    await expectPage(page.getByText('This comment was deleted.')).toBeVisible();
    await expectPage(page.getByRole('button', { name: 'Vote for “Solar roof that charges the battery”' })).toHaveAttribute('aria-pressed', 'true');
  });
});
