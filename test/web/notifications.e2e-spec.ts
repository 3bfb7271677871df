import { cast, challenge, comment, propose } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

describe('web client: notifications and the profile', () => {
  let web: WebTest;
  let people: Awaited<ReturnType<typeof cast>>;
  let challengeId: string;

  beforeAll(async () => {
    web = await startWebTest();
    people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
  });
  afterAll(() => web.close());

  it('counts unread notifications live in the bell, keeps them in the inbox, and marks them read', async () => {
    const ana = await web.api.register({ displayName: 'Ana Inbox' });
    const page = await web.page();
    await signIn(page, ana);
    const ideaId = await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Heated seats' });
    const mine = await comment(web.api, { token: ana.accessToken } as never, ideaId, 'First thought');
    await page.goto(`/challenges/${challengeId}`);
    await expectPage(page.getByRole('link', { name: 'Notifications' })).toBeVisible();

    // Someone replies and builds on the idea while Ana reads the challenge.
    await comment(web.api, people.ben, ideaId, 'A reply for you', mine.data.addComment.id);
    await expectPage(page.getByRole('link', { name: 'Notifications, 1 unread' }), 20_000).toBeVisible();
    await propose(web.api, people.ben, challengeId, { title: 'Heated seats and wheel', buildsOn: [ideaId] });
    await expectPage(page.getByRole('link', { name: 'Notifications, 2 unread' }), 20_000).toBeVisible();

    await page.getByRole('link', { name: 'Notifications, 2 unread' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    await expectPage(page.getByRole('listitem')).toContainText('replied to your comment on “Heated seats”');
    await expectPage(page.getByRole('listitem')).toContainText('built on your idea: “Heated seats and wheel”');
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expectPage(page.getByRole('link', { name: 'Notifications' })).toHaveAttribute('aria-label', 'Notifications');

    // Kept for someone who was away: a new tab reads them from the inbox.
    await page.reload();
    await expectPage(page.getByText('built on your idea: “Heated seats and wheel”')).toBeVisible();
  });

  it("shows a participant's profile: ideas, comments, contributions and the current share with its ledger head", async () => {
    const ideaId = await propose(web.api, people.ana, challengeId, { title: 'Seats on rails' });
    await comment(web.api, people.ana, ideaId, 'More on this soon');
    await web.api.sealLedger();
    const reader = await web.api.register({ displayName: 'Profile Reader' });
    const page = await web.page();
    await signIn(page, reader);
    await page.goto(`/ideas/${ideaId}`);
    await page.goto(`/people/${people.ana.id}`);
    await expectPage(page.getByRole('heading', { level: 2, name: 'Ideas' })).toBeVisible();
    await expectPage(page.getByRole('link', { name: 'Seats on rails' })).toBeVisible();
    await expectPage(page.getByText('More on this soon')).toBeVisible();
    await expectPage(page.getByText(/% of “City car 2030”/)).toBeVisible();
    await expectPage(page.getByText(/Computed from the ledger up to entry \d+, hash [0-9a-f]{64}/)).toBeVisible();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expectPage(page.getByText(/The chain checks out/)).toBeVisible();
  });
});
