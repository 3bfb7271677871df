import { cast, challenge, propose } from '../support/co-creation';
import { signIn, startWebTest } from './support/browser';

it('debug', async () => {
  const web = await startWebTest();
  const { owner, orgId } = await cast(web.api);
  const challengeId = await challenge(web.api, owner, orgId);
  const ana = await web.api.register({ displayName: 'Ana Costa' });
  const mine = await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Bike rack in the boot', body: 'Two bikes.' });
  const page = await web.page();
  page.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
  page.on('requestfailed', (r) => console.log('FAILED', r.url(), r.failure()?.errorText));
  page.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
  await signIn(page, ana);
  await page.goto(`/ideas/${mine}`);
  await page.waitForTimeout(3000);
  console.log(await page.locator('body').innerText());
  await web.close();
});
