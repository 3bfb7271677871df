import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ROUTE_SEGMENTS, clientCsp, isClientRoute } from './web-client';

describe('the web client’s page addresses', () => {
  it('lists every route of the client’s router, and nothing else', () => {
    const routes = readFileSync(join(__dirname, '../../../web/src/app/routes.tsx'), 'utf8');
    const segments = new Set([...routes.matchAll(/path: '([^']*)'/g)].map((m) => m[1].replace(/^\//, '').split('/')[0]).filter((s) => s !== '*'));
    segments.add(''); // the index route
    expect([...segments].sort()).toEqual([...CLIENT_ROUTE_SEGMENTS].sort());
  });

  it('tells client routes from other addresses by their first segment', () => {
    expect(['/', '/challenges/1', '/ideas/2', '/people/3', '/notifications', '/signin'].every(isClientRoute)).toBe(true);
    expect(['/wp-admin', '/challenges-old', '/.env'].some(isClientRoute)).toBe(false);
  });

  it('names the socket origins only for a well-formed host', () => {
    expect(clientCsp('pollen.example:8443')).toContain('connect-src \'self\' ws://pollen.example:8443 wss://pollen.example:8443;');
    expect(clientCsp('[::1]:3000')).toContain('ws://[::1]:3000');
    for (const host of ['evil.example; script-src *', 'a b', 'x"y', undefined]) expect(clientCsp(host)).toContain("connect-src 'self';");
  });
});
