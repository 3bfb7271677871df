import { returnPath } from './vote-form.controller';

describe('where a vote posted without script comes back to', () => {
  it('is a page of the client on this origin', () => {
    const id = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
    expect(returnPath(`/challenges/${id}?sort=NEW`)).toBe(`/challenges/${id}?sort=NEW`);
    expect(returnPath(`/ideas/${id}`)).toBe(`/ideas/${id}`);
  });

  it('is never another site, an API path or anything but a path', () => {
    for (const value of ['//elsewhere.example/x', 'https://elsewhere.example/', '/\\elsewhere.example', '/graphql', '/auth/vote', 'challenges', 42, undefined, `/${'a'.repeat(600)}`]) {
      expect(returnPath(value)).toBe('/');
    }
  });
});
