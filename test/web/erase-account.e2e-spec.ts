import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

describe('web client: erasing one’s account', () => {
  let web: WebTest;
  beforeAll(async () => {
    web = await startWebTest();
  });
  afterAll(() => web.close());

  it('asks for the choices and the password, refuses a wrong one, then erases the account and signs out', async () => {
    const who = await web.api.register({ displayName: 'Eva Erased' });
    const page = await web.page();
    await signIn(page, who);
    await page.goto('/account/erase');
    await expectPage(page.getByRole('heading', { name: 'Erase my account' })).toBeVisible();
    // By keyboard, as a person without a mouse does (React Aria's inputs are visually hidden under their labels).
    const removeTexts = page.getByRole('checkbox', { name: /Also remove my ideas/ });
    await removeTexts.focus();
    await page.keyboard.press('Space');
    await expectPage(removeTexts).toBeChecked();
    const keep = page.getByRole('radio', { name: /Keep it/ });
    await keep.focus();
    await page.keyboard.press('Space');
    await expectPage(keep).toBeChecked();
    await page.getByLabel('Your password, to confirm').fill('not-my-password-9');
    await page.getByLabel('Payout contact').fill('eva@bank.example');
    await page.getByRole('button', { name: 'Erase my account for good' }).click();
    await expectPage(page.getByRole('alert')).toContainText('password');
    const [still] = await web.api.sql(`SELECT erased_at FROM app_user WHERE id = $1`, [who.user.id]);
    expect(still.erased_at).toBeNull();

    await page.getByLabel('Your password, to confirm').fill(who.password);
    await page.getByRole('button', { name: 'Erase my account for good' }).click();
    await expectPage(page.getByRole('main').getByRole('status')).toContainText(/Participant [0-9a-f]{8}/); // the page's own, not the header's live status
    await expectPage(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    const [row] = await web.api.sql(`SELECT email, display_name FROM app_user WHERE id = $1`, [who.user.id]);
    expect(row.email).toBeNull();
    expect(row.display_name).toMatch(/^Participant [0-9a-f]{8}$/);
    expect(await web.api.sql(`SELECT content_removed, credit FROM account_erasure WHERE user_id = $1`, [who.user.id])).toEqual([{ content_removed: true, credit: 'KEPT' }]);
    expect(await web.api.sql(`SELECT contact FROM erasure_payout WHERE user_id = $1`, [who.user.id])).toEqual([{ contact: 'eva@bank.example' }]);
  });
});
