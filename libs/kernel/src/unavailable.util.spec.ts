import { Client, DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { PollenError } from './pollen.error';
import { isUnavailable, publicError } from './unavailable.util';

const pgError = (code: string, message = 'x') => Object.assign(new DatabaseError(message, 0, 'error'), { code });

describe('which errors mean "retry later"', () => {
  it('a refused connection, as pg reports it, is unavailable', async () => {
    const client = new Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 1_000 });
    const error = await client.connect().then(() => null, (e: unknown) => e);
    expect(isUnavailable(error)).toBe(true);
    expect(publicError(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: expect.any(Number) } });
  });

  it.each(['08006', '08003', '57P01', '57P02', '57P03', '53300', '53200', '57014', '55P03', '40001', '40P01'])('PostgreSQL %s, wrapped by TypeORM or not', (code) => {
    expect(isUnavailable(pgError(code))).toBe(true);
    expect(isUnavailable(new QueryFailedError('SELECT 1', [], pgError(code)))).toBe(true);
  });

  it.each(['Connection terminated unexpectedly', 'timeout exceeded when trying to connect', 'Connection is closed.'])('"%s"', (message) => {
    expect(isUnavailable(new Error(message))).toBe(true);
  });

  it('bugs and constraint violations are not: they stay INTERNAL_SERVER_ERROR', () => {
    for (const error of [new TypeError('x is undefined'), pgError('23505'), pgError('42601'), new QueryFailedError('SELECT', [], pgError('22P02')), 'a string', null]) {
      expect(isUnavailable(error)).toBe(false);
      expect(publicError(error)).toBeNull();
    }
  });

  it('domain refusals keep their code', () => {
    const refusal = PollenError.notFound('Idea', 'x');
    expect(publicError(refusal)).toBe(refusal);
  });
});
