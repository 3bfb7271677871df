import { PollenError } from '@pollen/kernel';
import { checkSessionRequest } from './session-request.policy';

const refused = (headers: Record<string, string>, trusted: string[] = []): string | null => {
  try {
    checkSessionRequest(headers, trusted);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(PollenError);
    expect((error as PollenError).code).toBe('FORBIDDEN');
    return (error as PollenError).message;
  }
};

describe('checkSessionRequest: who may use the refresh cookie', () => {
  const host = 'pollen.example';

  it('accepts the page’s own origin, whatever its scheme (a TLS proxy may sit in front)', () => {
    expect(refused({ host, origin: 'https://pollen.example', 'x-pollen-csrf': '1' })).toBeNull();
    expect(refused({ host, origin: 'http://pollen.example', 'x-pollen-csrf': '1' })).toBeNull();
    expect(refused({ host: 'localhost:3000', origin: 'http://localhost:3000', 'x-pollen-csrf': '1' })).toBeNull();
    expect(refused({ host: 'Pollen.Example', origin: 'https://pollen.example', 'x-pollen-csrf': '1' })).toBeNull();
  });

  it('accepts a request without Origin (not from a page) when it carries the header', () => {
    expect(refused({ host, 'x-pollen-csrf': 'curl' })).toBeNull();
  });

  it('accepts a trusted origin, exactly', () => {
    expect(refused({ host, origin: 'http://localhost:5173', 'x-pollen-csrf': '1' }, ['http://localhost:5173'])).toBeNull();
    expect(refused({ host, origin: 'http://localhost:5174', 'x-pollen-csrf': '1' }, ['http://localhost:5173'])).toMatch(/localhost:5174/);
  });

  it.each([
    [{ host, origin: 'https://pollen.example' }, /x-pollen-csrf/],
    [{ host, origin: 'https://pollen.example', 'x-pollen-csrf': '' }, /x-pollen-csrf/],
    [{ host, origin: 'https://evil.example', 'x-pollen-csrf': '1' }, /evil\.example/],
    [{ host, origin: 'https://app.pollen.example', 'x-pollen-csrf': '1' }, /app\.pollen\.example/],
    [{ host, origin: 'https://pollen.example:8443', 'x-pollen-csrf': '1' }, /8443/],
    [{ host, origin: 'null', 'x-pollen-csrf': '1' }, /opaque origin/],
    [{ host, origin: 'not a url', 'x-pollen-csrf': '1' }, /not a url/],
    [{ origin: 'https://pollen.example', 'x-pollen-csrf': '1' }, /pollen\.example/],
  ])('refuses %j', (headers, message) => {
    expect(refused(headers as Record<string, string>)).toMatch(message);
  });
});
