import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Route } from 'playwright-core';
import { cast, challenge, propose, vote } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import { rawGet } from './support/raw-get';

const HOSTILE = '</script><script>window.__injected = 1</script><!--';
const FIRST_PAGE = /<script type="application\/json" id="pollen-first-page">([^<]*)<\/script>/;

describe('web client: the challenge page carries its first data', () => {
  let web: WebTest;
  let challengeId: string;
  let draftId: string;
  let people: Awaited<ReturnType<typeof cast>>;
  let votedId: string;

  beforeAll(async () => {
    // The page waits for its data longer than in production: a loaded test machine can take over a second.
    web = await startWebTest({ FIRST_PAGE_TIMEOUT_MS: '20000' });
    people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
    draftId = await challenge(web.api, people.owner, people.orgId, 'DRAFT');
    await propose(web.api, people.ana, challengeId, { title: HOSTILE, body: 'A title that tries to end the data <b>early</b> & more.' });
    votedId = await propose(web.api, people.ben, challengeId, { title: 'Seats that turn around', body: 'Face each other when parked.' });
  });
  afterAll(() => web.close());

  const page = (path: string) => fetch(`${web.api.url}${path}`, { headers: { accept: 'text/html' } }).then((res) => res.text());

  /** A page as the server sends it (fetch would decode it). */
  const raw = (path: string, acceptEncoding: string) => rawGet(`${web.api.url}${path}`, { accept: 'text/html', 'accept-encoding': acceptEncoding });

  it('sends its pages compressed in the form the browser accepts, the drawn page as it is written, the same page once decoded', async () => {
    for (const path of [`/challenges/${challengeId}`, '/signin']) {
      const plain = await raw(path, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const text = plain.body.toString('utf8');
      for (const [accept, encoding, decode] of [['gzip, deflate, br, zstd', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
        const answer = await raw(path, accept);
        expect(answer.headers['content-encoding']).toBe(encoding);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/);
        expect(answer.body.length).toBeLessThan(plain.body.length / 2);
        const decoded = decode(answer.body).toString('utf8');
        if (path === '/signin') expect(decoded).toBe(text);
        else {
          // Two answers of the drawn page may differ in what moves by the second (a relative time, the stream's
          // sequence): the head is the same, and so are the challenge and ideas its data and markup carry.
          const head = (html: string) => html.slice(0, html.indexOf('<div id="root">'));
          expect(head(decoded)).toBe(head(text));
          const ideas = (html: string) => (JSON.parse(FIRST_PAGE.exec(html)![1]) as { feed: { ideas: { edges: { node: { id: string } }[] } } }).feed.ideas.edges.map((e) => e.node.id);
          expect(ideas(decoded)).toEqual(ideas(text));
          expect(decoded).toContain('Seats that turn around');
        }
      }
    }
  });

  it('answers the challenge and its first ideas in the page, escaped so no text ends the element', async () => {
    const html = await page(`/challenges/${challengeId}`);
    const data = FIRST_PAGE.exec(html);
    expect(data).not.toBeNull();
    // The hostile title never appears as markup; read back, it is the same text.
    expect(html).not.toContain('window.__injected = 1</script>');
    const first = JSON.parse(data![1]) as { challengeId: string; orderBy: string; challenge: { challenge: { title: string } }; feed: { ideas: { edges: { node: { title: string; viewerVote: string } }[] } } };
    expect(first.challengeId).toBe(challengeId);
    expect(first.orderBy).toBe('HOT');
    expect(first.challenge.challenge.title).toBe('City car 2030');
    expect(first.feed.ideas.edges.map((e) => e.node.title).sort()).toEqual([HOSTILE, 'Seats that turn around'].sort());
    // Read as a reader who is not signed in: nobody's own votes.
    expect(first.feed.ideas.edges.every((e) => e.node.viewerVote === 'NONE')).toBe(true);

    expect(JSON.parse(FIRST_PAGE.exec(await page(`/challenges/${challengeId}?sort=NEW`))![1]).orderBy).toBe('NEW');
    // A search, a challenge a reader may not see, an unknown one and other pages: the page alone.
    for (const path of [`/challenges/${challengeId}?q=seats`, `/challenges/${draftId}`, '/challenges/00000000-0000-4000-8000-000000000000', '/', `/challenges/${challengeId}/propose`]) {
      expect(await page(path)).not.toMatch(FIRST_PAGE);
    }
  });

  it('shows the first ideas before any request of the client is answered, then the reader’s own votes', async () => {
    const reader = await web.api.register({ displayName: 'Early Reader' });
    await vote(web.api, { token: reader.accessToken, id: reader.user.id, email: reader.email }, votedId, 'UP');
    const tab = await web.page();
    await signIn(tab, reader);
    // The client's own requests (the session's refresh, GraphQL) are held until the page is shown.
    const held: Route[] = [];
    const hold = (route: Route) => void held.push(route);
    await tab.route('**/graphql', hold);
    await tab.route('**/auth/refresh', hold);
    await tab.goto(`/challenges/${challengeId}`);
    const feed = tab.getByRole('feed');
    await expectPage(feed.getByRole('link', { name: HOSTILE })).toBeVisible();
    await expectPage(tab.getByRole('heading', { level: 1, name: 'City car 2030' })).toBeVisible();
    expect(await tab.getByRole('button', { name: 'Vote for “Seats that turn around”' }).isEnabled()).toBe(true);
    await expectPage(tab.getByRole('button', { name: 'Vote for “Seats that turn around”' })).toHaveAttribute('aria-pressed', 'false');
    expect(await tab.evaluate(() => (globalThis as { __injected?: number }).__injected)).toBeUndefined();

    const release = (route: Route) => void route.continue();
    await tab.route('**/graphql', release);
    await tab.route('**/auth/refresh', release);
    for (const route of held.splice(0)) await route.continue();
    await expectPage(tab.getByRole('button', { name: 'Vote for “Seats that turn around”' })).toHaveAttribute('aria-pressed', 'true');
    expect(web.pageErrors).toEqual([]);
  });
});
