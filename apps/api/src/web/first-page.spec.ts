import { firstPageOf, jsonForScriptElement } from './first-page';

describe('the challenge page’s first data', () => {
  const id = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';

  it('is asked for a challenge’s address only, in the order the page shows first', () => {
    expect(firstPageOf(`/challenges/${id}`, {})).toEqual({ challengeId: id, orderBy: 'HOT' });
    expect(firstPageOf(`/challenges/${id.toUpperCase()}/`, { sort: 'NEW' })).toEqual({ challengeId: id, orderBy: 'NEW' });
    // An order the page does not offer is its default, as the client reads it.
    expect(firstPageOf(`/challenges/${id}`, { sort: 'RELEVANCE' })).toEqual({ challengeId: id, orderBy: 'HOT' });
    for (const [path, query] of [[`/challenges/${id}`, { q: 'seats' }], [`/challenges/${id}/propose`, {}], ['/challenges/123', {}], ['/', {}], [`/ideas/${id}`, {}]] as const) {
      expect(firstPageOf(path, query)).toBeNull();
    }
  });

  it('cannot end its script element or open a comment, and reads back as the same text', () => {
    const title = '</script><script>alert(1)</script><!-- & \u2028';
    const json = jsonForScriptElement({ title });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ title });
  });
});
