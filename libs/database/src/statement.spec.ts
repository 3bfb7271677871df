import { chain } from './statement';

describe('chain', () => {
  it('numbers each step’s parameters after the steps before it and answers the last step’s rows', () => {
    const statement = chain(
      ['a', { text: 'INSERT INTO t (x, y) VALUES ($1, $2) RETURNING 1', params: [1, 2] }],
      ['b', { text: 'INSERT INTO u (x, y, z) SELECT $2, $1, $3 FROM a RETURNING $1', params: ['p', 'q', 'r'] }],
    );
    expect(statement.text).toBe(
      'WITH a AS (INSERT INTO t (x, y) VALUES ($1, $2) RETURNING 1),\nb AS (INSERT INTO u (x, y, z) SELECT $4, $3, $5 FROM a RETURNING $3)\nSELECT * FROM b',
    );
    expect(statement.params).toEqual([1, 2, 'p', 'q', 'r']);
  });
});
