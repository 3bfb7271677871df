import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { brand, challenge, comment, joinTeam, propose, vote, type Person } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import type { Registered } from '../setup/test-app';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });

// The brand team's pages in a real browser: members (add by invitation, change a role, remove,
// the last owner refused), a challenge from its draft through its phases, and the ownership page.
describe('control room: team, challenges and ownership', () => {
  let web: WebTest;
  let lead: Registered;
  let mia: Registered;
  let orgId: string;

  beforeAll(async () => {
    web = await startWebTest();
    lead = await web.api.register({ displayName: 'Lea Brand' });
    mia = await web.api.register({ displayName: 'Mia Mod' });
    orgId = await brand(web.api, asPerson(lead));
  }, 180_000);
  afterAll(() => web.close());

  it('adds a member by invitation, changes their role, removes them, and keeps the last owner', async () => {
    const page = await web.page();
    await signIn(page, lead);
    await page.goto(`/manage/organizations/${orgId}/members`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Team of Brand' })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Email').fill(mia.email);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await expectPage(page.getByRole('status').filter({ hasText: `Invitation sent to ${mia.email}.` })).toBeVisible();
    await expectPage(page.getByRole('button', { name: `Withdraw the invitation of ${mia.email}` })).toBeVisible();

    // Mia accepts in her own browser and finds the team's control room.
    const other = await web.page();
    await signIn(other, mia);
    await other.goto('/manage/invitations');
    await other.getByRole('button', { name: 'Accept the invitation of Brand' }).click();
    await expectPage(other.getByRole('status').filter({ hasText: 'You joined Brand.' })).toBeVisible();
    expect(await violations(other)).toEqual([]);

    await page.reload();
    const row = page.getByRole('row', { name: /Mia Mod/ });
    await expectPage(row).toContainText('Moderator');
    // The last owner: refused, with the rule said, and nothing changed.
    await page.getByRole('button', { name: 'Make Lea Brand a moderator' }).click();
    const dialog = page.getByRole('alertdialog');
    await expectPage(dialog).toContainText('will moderate, review and read insights');
    await dialog.getByRole('button', { name: 'Change the role' }).click();
    // Said in the reader's language from the refusal's rule (LAST_OWNER), not in the API's words.
    await expectPage(dialog.getByRole('alert')).toContainText('The organisation needs at least one owner: make someone else an owner first.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectPage(page.getByRole('row', { name: /Lea Brand/ })).toContainText('Owner');
    expect((await web.api.sql(`SELECT role FROM organization_member WHERE organization_id = $1 AND user_id = $2`, [orgId, lead.user.id]))[0].role).toBe('OWNER');

    // Promote Mia, then take the role back, then remove her.
    await page.getByRole('button', { name: 'Make Mia Mod an owner' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Change the role' }).click();
    await expectPage(row).toContainText('Owner');
    await page.getByRole('button', { name: 'Make Mia Mod a moderator' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Change the role' }).click();
    await expectPage(row).toContainText('Moderator');
    await page.getByRole('button', { name: 'Remove Mia Mod from the team' }).click();
    await expectPage(page.getByRole('alertdialog')).toContainText('Mia Mod will no longer see');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from the team' }).click();
    await expectPage(row).toBeHidden();
    expect(await web.api.sql(`SELECT role FROM organization_member WHERE organization_id = $1 AND user_id = $2`, [orgId, mia.user.id])).toEqual([]);

    // Removed, Mia is refused the team's pages.
    await other.goto(`/manage/organizations/${orgId}/members`);
    await expectPage(other.getByRole('heading', { level: 1, name: 'Team of Brand' })).toBeHidden();
    expect(await other.getByRole('table').count()).toBe(0);
    expect(web.pageErrors).toEqual([]);
  }, 180_000);

  it('creates a draft, writes its brief, previews the policy, and moves it through its phases with a confirmation', async () => {
    const page = await web.page();
    await signIn(page, lead);
    await page.goto('/manage/challenges/new');
    await expectPage(page.getByRole('heading', { level: 1, name: 'New challenge' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel('Title').fill('Cargo bike 2030');
    await page.getByLabel('Brief', { exact: true }).fill('Quelle est la bonne taille ?');
    await page.getByLabel('Language of the challenge').selectOption('FR');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Settings: Cargo bike 2030' })).toBeVisible();
    const [created] = await web.api.sql(`SELECT id, phase, language, brief FROM challenge WHERE title = 'Cargo bike 2030'`);
    expect(created).toMatchObject({ phase: 'DRAFT', language: 'fr', brief: 'Quelle est la bonne taille ?' });

    // The weights' preview follows the fields.
    const preview = page.getByRole('group', { name: 'What these weights mean' });
    await expectPage(preview).toContainText('A vote weighs 0.5 points, a proposed idea 10, an adopted idea 200.');
    await expectPage(preview).toContainText('earns 30 points; 230 if their idea is adopted');
    await page.getByLabel('Vote', { exact: true }).fill('1');
    await expectPage(preview).toContainText('earns 40 points');
    await expectPage(preview).toContainText('A proposal is worth 10 votes');
    await page.getByLabel('Licence (SPDX identifier)').fill('CC-BY-4.0');
    await page.getByRole('button', { name: 'Save the policy' }).click();
    await expectPage(page.getByRole('status').filter({ hasText: 'Policy saved.' })).toBeVisible();
    const [policy] = await web.api.sql(`SELECT licence, weights->>'VOTE_CAST' AS vote FROM ownership_policy WHERE challenge_id = $1`, [created.id]);
    expect(policy).toEqual({ licence: 'CC-BY-4.0', vote: '1000' });
    expect(await violations(page)).toEqual([]);

    // Who may do what now, then the move to IDEATION after a confirmation saying what it allows.
    const now = page.getByRole('table', { name: 'Who may do what now' });
    await expectPage(now.getByRole('row', { name: /Participants propose ideas/ })).toContainText('No');
    await page.getByRole('button', { name: 'Move to Ideation' }).click();
    const dialog = page.getByRole('alertdialog');
    await expectPage(dialog).toContainText('In this phase, participants may: proposing ideas, revising them, voting, and commenting.');
    await expectPage(dialog).toContainText('freezes its ownership policy and licence');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Move to Ideation' }).click();
    await expectPage(page.getByRole('heading', { level: 2, name: 'Phase: Ideation' })).toBeVisible();
    await expectPage(now.getByRole('row', { name: /Participants propose ideas/ })).toContainText('Yes');
    await expectPage(page.getByRole('button', { name: 'Save the policy' })).toBeHidden();
    expect((await web.api.sql(`SELECT phase FROM challenge WHERE id = $1`, [created.id]))[0].phase).toBe('IDEATION');

    // Cancelling a confirmation changes nothing.
    await page.getByRole('button', { name: 'Move to Closed' }).click();
    await expectPage(page.getByRole('alertdialog')).toContainText('Closing is final');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await web.api.sql(`SELECT phase FROM challenge WHERE id = $1`, [created.id]))[0].phase).toBe('IDEATION');

    await page.getByRole('button', { name: 'Move to Review' }).click();
    await expectPage(page.getByRole('alertdialog')).toContainText('In this phase, participants may: commenting.');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Move to Review' }).click();
    await expectPage(now.getByRole('row', { name: /The team shortlists/ })).toContainText('Yes');

    // In French.
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await expectPage(page.getByRole('heading', { level: 2, name: 'Phase : Évaluation' }).or(page.getByRole('heading', { level: 2, name: /^Phase : / }))).toBeVisible();
    await expectPage(page.getByRole('table', { name: 'Qui peut faire quoi maintenant' })).toBeVisible();
  }, 180_000);

  it('shows the team its statement with the ledger head, previews payouts for a pool, and verifies the ledger', async () => {
    const owner = asPerson(lead);
    const challengeId = await challenge(web.api, owner, orgId);
    const [ana, ben] = [await web.api.register({ displayName: 'Ana Idea' }), await web.api.register({ displayName: 'Ben Vote' })];
    const ideaId = await propose(web.api, asPerson(ana), challengeId);
    await vote(web.api, asPerson(ben), ideaId, 'UP');
    await comment(web.api, asPerson(ben), ideaId, 'Nice');
    await web.api.sealLedger();
    const moderator = await web.api.register({ displayName: 'Mo Derator' });
    await joinTeam(web.api, owner, orgId, asPerson(moderator), 'MODERATOR');

    const page = await web.page();
    await signIn(page, moderator);
    await page.goto(`/manage/challenges/${challengeId}/ownership`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Ownership: City car 2030' })).toBeVisible();
    const [head] = await web.api.sql(`SELECT seq::text AS seq, hash FROM ledger_head WHERE challenge_id = $1`, [challengeId]);
    await expectPage(page.getByText(`Ledger head: entry ${head.seq}, hash ${head.hash}`)).toBeVisible();
    await expectPage(page.getByRole('row', { name: /Ana Idea/ })).toBeVisible();

    await page.getByLabel('Pool to share out, in minor units (e.g. cents)').fill('100000');
    await page.getByRole('button', { name: 'Preview the payouts' }).click();
    const table = page.getByRole('table', { name: /payouts of a pool of 100,000/ });
    await expectPage(table).toBeVisible();
    const payouts = (await table.getByRole('row').allInnerTexts()).slice(1).map((line) => Number(line.split('\t').pop()!.replace(/,/g, '')));
    expect(payouts.reduce((a, b) => a + b, 0)).toBe(100_000);

    await page.getByRole('button', { name: 'Verify the ledger on the server' }).click();
    await expectPage(page.getByRole('status').filter({ hasText: 'The ledger checks out on the server' })).toBeVisible();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expectPage(page.getByRole('status').filter({ hasText: 'The chain checks out' })).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await violations(page)).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  }, 180_000);
});
