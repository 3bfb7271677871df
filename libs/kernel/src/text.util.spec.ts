import { PollenError } from './pollen.error';
import { cleanText } from './text.util';
import { decodeCursor, encodeCursor, pageSize } from './cursor.util';

const fieldOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PollenError);
    return (error as PollenError).details.field;
  }
  throw new Error('expected a PollenError');
};

describe('cleanText', () => {
  it('normalises to NFC, trims, and counts characters, not UTF-16 units', () => {
    expect(cleanText('  Cafe\u0301  ', { field: 'title', max: 10 })).toBe('Café');
    expect(cleanText('🚗🚗🚗', { field: 'title', min: 3, max: 3 })).toBe('🚗🚗🚗');
  });

  it('refuses control and invisible characters, naming the field', () => {
    expect(fieldOf(() => cleanText('a\u0000b', { field: 'title', max: 10 }))).toBe('title');
    expect(fieldOf(() => cleanText('evil\u202etxt', { field: 'displayName', max: 20 }))).toBe('displayName');
    expect(cleanText('line one\nline two\ttab', { field: 'body', max: 50, multiline: true })).toBe('line one\nline two\ttab');
    expect(fieldOf(() => cleanText('bell\u0007', { field: 'body', max: 50, multiline: true }))).toBe('body');
  });

  it('enforces length limits', () => {
    expect(fieldOf(() => cleanText('ab', { field: 'title', min: 3, max: 10 }))).toBe('title');
    expect(fieldOf(() => cleanText('abcdefghijk', { field: 'title', max: 10 }))).toBe('title');
    expect(fieldOf(() => cleanText('   ', { field: 'body', max: 10 }))).toBe('body');
    expect(fieldOf(() => cleanText(42, { field: 'body', max: 10 }))).toBe('body');
  });
});

describe('cursors', () => {
  it('round-trip and refuse a cursor of another ordering or a forged one', () => {
    const cursor = encodeCursor('ideas:TOP', [3, '2030-01-01 00:00:00.123456+00', 'id']);
    expect(decodeCursor(cursor, 'ideas:TOP', ['number', 'timestamp', 'string'])).toEqual([3, '2030-01-01 00:00:00.123456+00', 'id']);
    expect(fieldOf(() => decodeCursor(cursor, 'ideas:TOP', ['number', 'timestamp', 'uuid']))).toBe('after');
    expect(fieldOf(() => decodeCursor(encodeCursor('ledger', ['1.5', '2']), 'ledger', ['digits', 'digits']))).toBe('after');
    expect(fieldOf(() => decodeCursor(encodeCursor('shares', [-1]), 'shares', ['integer']))).toBe('after');
    expect(fieldOf(() => decodeCursor(encodeCursor('c', ['2030-02-30 00:00:00+00']), 'c', ['timestamp']))).toBe('after');
    expect(decodeCursor(encodeCursor('c', ['2030-02-28 23:59:59.5+01:30']), 'c', ['timestamp'])).toEqual(['2030-02-28 23:59:59.5+01:30']);
    expect(fieldOf(() => decodeCursor(cursor, 'ideas:NEW', ['string', 'string']))).toBe('after');
    expect(fieldOf(() => decodeCursor('not base64 json', 'ideas:TOP', ['number']))).toBe('after');
    expect(fieldOf(() => decodeCursor(encodeCursor('ideas:TOP', ['3', 'x', 'y']), 'ideas:TOP', ['number', 'string', 'string']))).toBe('after');
  });

  it('caps page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(fieldOf(() => pageSize(101))).toBe('first');
    expect(fieldOf(() => pageSize(0))).toBe('first');
  });
});
