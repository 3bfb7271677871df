import { PollenError } from './pollen.error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.constant';
import { decodeCursor, encodeCursor, pageSize, toPage } from './cursor.util';

const badInput = (fn: () => unknown, field: string) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PollenError);
    expect((error as PollenError).code).toBe('BAD_USER_INPUT');
    expect((error as PollenError).message).toContain(field);
    return;
  }
  throw new Error('expected BAD_USER_INPUT');
};
const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const uuid = '0b7a5c4e-6f1d-4a8e-9c3b-2d1e0f9a8b7c';

describe('keyset cursors', () => {
  it('read back the key they were made of, for their own ordering', () => {
    const cursor = encodeCursor('ideas:TOP', [12, '2030-01-01 00:00:00.123456+00', uuid]);
    expect(decodeCursor(cursor, 'ideas:TOP', ['int', 'timestamp', 'uuid'])).toEqual([12, '2030-01-01 00:00:00.123456+00', uuid]);
  });

  it('are refused against another ordering, or with another number of parts', () => {
    const cursor = encodeCursor('ideas:NEW', ['2030-01-01 00:00:00+00', uuid]);
    badInput(() => decodeCursor(cursor, 'ideas:HOT', ['timestamp', 'uuid']), 'after');
    badInput(() => decodeCursor(cursor, 'ideas:NEW', ['timestamp', 'uuid', 'int']), 'after');
  });

  it('refuse garbage and forged values with BAD_USER_INPUT naming `after`, never reaching SQL', () => {
    const cases: Array<[unknown[], Parameters<typeof decodeCursor>[2]]> = [
      [['o', 1.5], ['int']],
      [['o', 2 ** 31], ['int']],
      [['o', 1e39], ['real']],
      [['o', -1], ['integer']],
      [['o', '99999999999999999999'], ['digits']],
      [['o', 'not-a-uuid'], ['uuid']],
      [['o', '2030-02-30 00:00:00+00'], ['timestamp']],
      [['o', '2030-01-01 00:00:00+16'], ['timestamp']],
      [['o', 'Infinity'], ['number']],
      [['o', 3], ['string']],
    ];
    for (const [parts, shape] of cases) badInput(() => decodeCursor(forged(parts), 'o', shape), 'after');
    badInput(() => decodeCursor('%%%not base64%%%', 'o', ['string']), 'after');
    badInput(() => decodeCursor(Buffer.from('{"o":1}').toString('base64url'), 'o', ['string']), 'after');
  });

  it('accept the edges of each part', () => {
    expect(decodeCursor(forged(['o', -(2 ** 31), 0, '9223372036854775807']), 'o', ['int', 'integer', 'digits'])).toEqual([-(2 ** 31), 0, '9223372036854775807']);
    expect(decodeCursor(forged(['o', '2028-02-29T23:59:59-15:59']), 'o', ['timestamp'])).toEqual(['2028-02-29T23:59:59-15:59']);
  });
});

describe('page sizes', () => {
  it('default when not asked, and refuse what is out of bounds naming `first`', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize(null, { default: 5, max: 10 })).toBe(5);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    for (const first of [0, -1, 1.5, MAX_PAGE_SIZE + 1]) badInput(() => pageSize(first), 'first');
    badInput(() => pageSize(11, { default: 5, max: 10 }), 'first');
  });
});

describe('a page from limit + 1 rows', () => {
  const cursorOf = (n: number) => `c${n}`;
  it('says whether there is a next page and ends at the last row shown', () => {
    expect(toPage([1, 2, 3], 2, cursorOf)).toEqual({ edges: [{ cursor: 'c1', node: 1 }, { cursor: 'c2', node: 2 }], pageInfo: { hasNextPage: true, endCursor: 'c2' } });
    expect(toPage([1, 2], 2, cursorOf).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c2' });
    expect(toPage([], 2, cursorOf)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
