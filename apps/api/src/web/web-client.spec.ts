import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ROUTE_SEGMENTS, clientCsp, isClientRoute } from './web-client';

describe('the web client’s page addresses', () => {
  it('lists every route of the client’s router, and nothing else', () => {
    const web = join(__dirname, '../../../web/src');
    const routes = readFileSync(join(web, 'app/routes.tsx'), 'utf8');
    const segments = new Set([...routes.matchAll(/path: '([^']*)'/g)].map((m) => m[1].replace(/^\//, '').split('/')[0]).filter((s) => s !== '*'));
    // A feature's own route tree (features/<name>/routes.tsx) is mounted under its first path.
    for (const feature of readdirSync(join(web, 'features'))) {
      const file = join(web, 'features', feature, 'routes.tsx');
      const first = existsSync(file) ? /path: '([^'/]*)/.exec(readFileSync(file, 'utf8')) : null;
      if (first) segments.add(first[1]);
    }
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
