import { oneRoundTrip } from './sql-steps';

describe('oneRoundTrip', () => {
  it('numbers each step’s parameters after the steps before it and answers the last step’s rows', () => {
    const sql = oneRoundTrip(
      ['a', { text: 'INSERT INTO t (x, y) VALUES ($1, $2) RETURNING 1', params: [1, 2] }],
      ['b', { text: 'INSERT INTO u (x, y, z) SELECT $2, $1, $3 FROM a RETURNING $1', params: ['p', 'q', 'r'] }],
    );
    expect(sql.text).toBe(
      'WITH a AS (INSERT INTO t (x, y) VALUES ($1, $2) RETURNING 1),\nb AS (INSERT INTO u (x, y, z) SELECT $4, $3, $5 FROM a RETURNING $3)\nSELECT * FROM b',
    );
    expect(sql.params).toEqual([1, 2, 'p', 'q', 'r']);
  });

  it('refuses two steps of one name when it is built, naming it', () => {
    const step = { text: 'SELECT 1', params: [] };
    expect(() => oneRoundTrip(['vote', step], ['delta', step], ['vote', step])).toThrow('two steps are named "vote" (vote, delta, vote)');
  });

  it('refuses to be built without a step', () => {
    expect(() => oneRoundTrip()).toThrow('at least one step');
  });
});
