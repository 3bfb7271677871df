import { parse } from 'graphql';
import { fingerprintOf, lookupOf, mutationOf, open, parseIdempotencyKey, seal } from './idempotency-request.util';

describe('idempotency keys: parsing, fingerprints, sealed answers', () => {
  it('takes a token or a Structured Field string, refuses anything else naming the header', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"8e03978e-40d5"')).toBe('8e03978e-40d5');
    for (const bad of ['', '""', 'two words', 'x'.repeat(256), 'é', ['a', 'b']]) {
      expect(() => parseIdempotencyKey(bad)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'Idempotency-Key' } }));
    }
  });

  it('applies to mutations only, the one named when there are several', () => {
    expect(mutationOf({ query: 'mutation { logout }' })).not.toBeNull();
    expect(mutationOf({ query: '{ challenges { edges { node { id } } } }' })).toBeNull();
    expect(mutationOf({ query: 'query A { a } mutation B { b }', operationName: 'B' })).not.toBeNull();
    expect(mutationOf({ query: 'query A { a } mutation B { b }', operationName: 'A' })).toBeNull();
    expect(mutationOf({ query: 'query A { a } mutation B { b }' })).toBeNull();
    expect(mutationOf({ query: 'mutation {' })).toBeNull();
    expect(mutationOf([{ query: 'mutation { logout }' }])).toBeNull();
  });

  it('the same request gives the same fingerprint whatever its layout or key order; another request another', () => {
    const op = (query: string) => ({ document: parse(query), operationName: null });
    const one = fingerprintOf(op('mutation($v: X) { a(v: $v) { id } }'), { v: { b: 1, a: [1, 2] } });
    expect(fingerprintOf(op('mutation ($v: X) {\n  a(v: $v) {\n    id\n  }\n}'), { v: { a: [1, 2], b: 1 } }).equals(one)).toBe(true);
    expect(fingerprintOf(op('mutation($v: X) { a(v: $v) { id } }'), { v: { b: 2, a: [1, 2] } }).equals(one)).toBe(false);
    expect(lookupOf('user:1', 'k').equals(lookupOf('user:2', 'k'))).toBe(false);
  });

  it('a sealed answer opens with the same key, request and secret only', () => {
    const fingerprint = fingerprintOf({ document: parse('mutation { logout }'), operationName: null }, {});
    const sealed = seal('{"data":{"logout":true}}', 'key-1', fingerprint, 'secret');
    expect(sealed.includes(Buffer.from('logout'))).toBe(false);
    expect(open(sealed, 'key-1', fingerprint, 'secret')).toBe('{"data":{"logout":true}}');
    expect(open(sealed, 'key-2', fingerprint, 'secret')).toBeNull();
    expect(open(sealed, 'key-1', fingerprint, 'other secret')).toBeNull();
  });
});
