import { firstPageOf, jsonForScriptElement } from './first-page';
import { translator } from './first-paint';
import { inlineStylesheets } from './web-client';

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

  it('is drawn with the client’s words: nested keys, values, `_zero` and the language’s plural forms', () => {
    const catalogue = { ideas: { comments_zero: 'No comments', comments_one: '{{formatted}} comment', comments_other: '{{formatted}} comments', comments_many: '{{formatted}} de commentaires' }, votes: { up: 'Vote for “{{title}}”' } };
    const en = translator(catalogue, 'en');
    expect(en('ideas.comments', { count: 0, formatted: '0' })).toBe('No comments');
    expect(en('ideas.comments', { count: 1, formatted: '1' })).toBe('1 comment');
    expect(en('ideas.comments', { count: 1200, formatted: '1,200' })).toBe('1,200 comments');
    expect(translator(catalogue, 'fr')('ideas.comments', { count: 1_000_000, formatted: '1 000 000' })).toBe('1 000 000 de commentaires');
    expect(en('votes.up', { title: 'Roof' })).toBe('Vote for “Roof”');
    expect(en('votes.missing')).toBe('votes.missing');
  });

  it('carries its small stylesheet in the page, and links a large one', () => {
    const asset = (css: string) => ({ body: Buffer.from(css), type: 'text/css' });
    const assets = new Map([['/assets/a.css', asset('main{color:red}')], ['/assets/big.css', asset('x'.repeat(20_000))]]);
    const html = '<link rel="stylesheet" crossorigin href="/assets/a.css"><link rel="stylesheet" crossorigin href="/assets/big.css">';
    expect(inlineStylesheets(html, assets)).toBe('<style>main{color:red}</style><link rel="stylesheet" crossorigin href="/assets/big.css">');
  });
});
