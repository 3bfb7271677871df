import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '@pollen/config';

const docker = join(__dirname, '..', '..', 'docker');
const compose = parse(readFileSync(join(docker, 'compose.yml'), 'utf8')) as { services: Record<string, Service> };
const dockerfile = readFileSync(join(docker, 'Dockerfile'), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: string | number };
  restart?: string;
  ports?: string[];
  healthcheck?: unknown;
  stop_grace_period?: string;
}

/** Every variable the API reads: loadConfig run over an environment that records what it is asked. */
function variablesTheApiReads(): Set<string> {
  const asked = new Set<string>();
  const values: Record<string, string> = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48) };
  loadConfig(
    new Proxy(values, {
      get(target, name: string) {
        asked.add(name);
        return target[name];
      },
    }),
  );
  return asked;
}

/** A version pinned to at least major.minor (`postgres:18.1-bookworm`, `node:20.20.2-…`), never `latest`. */
const PINNED = /^[a-z0-9./-]+:\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$/;

// No Docker engine runs here: the deployment files are checked against the code instead.
describe('docker/: the image and the compose file', () => {
  const services = compose.services;

  it('sets only variables the API reads', () => {
    const known = variablesTheApiReads();
    expect(known).toContain('DATABASE_URL');
    expect(known).toContain('METRICS_PORT');
    for (const name of ['api', 'migrate']) {
      for (const variable of Object.keys(services[name].environment ?? {})) {
        expect({ service: name, variable, known: known.has(variable) }).toEqual({ service: name, variable, known: true });
      }
    }
    // And the values it sets are valid ones (with the secrets compose asks for filled in).
    const env = Object.fromEntries(
      Object.entries(services.api.environment!).map(([key, value]) => [key, String(value).replace(/\$\{(\w+)(:[-?][^}]*)?\}/g, (_, v: string, d?: string) => (v === 'JWT_SECRET' ? 'j'.repeat(48) : d?.startsWith(':-') ? d.slice(2) : 'secret'))]),
    );
    const config = loadConfig(env);
    expect(config).toMatchObject({ nodeEnv: 'production', metricsPort: 9464, logFormat: 'json', redisUrl: 'redis://redis:6379' });
    expect(config.shutdownGraceMs).toBeLessThan(30_000); // inside stop_grace_period
    expect(services.api.stop_grace_period).toBe('30s');
  });

  it('pins every image by version', () => {
    // The API image is built here (by the migration job's `build`), from the pinned bases below.
    const built = new Set(Object.values(services).filter((service) => service.build).map((service) => service.image));
    for (const [name, service] of Object.entries(services)) {
      if (built.has(service.image)) continue;
      expect({ name, image: service.image, pinned: PINNED.test(service.image ?? '') }).toEqual({ name, image: service.image, pinned: true });
    }
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    expect(bases.length).toBe(2);
    for (const base of bases) expect(base).toMatch(PINNED);
  });

  it('runs migrations once, before the API replicas, which sit behind a health-checked load balancer', () => {
    const { migrate, api, lb, postgres, redis } = services;
    expect(migrate.command).toEqual(['node', 'dist/libs/database/src/cli/migrate.js']);
    expect(migrate.restart).toBe('no');
    expect(migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(api.image).toBe(migrate.image);
    expect(api.depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' }, postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    expect(String(api.deploy?.replicas)).toMatch(/^\$\{API_REPLICAS:-[2-9]\}$/);
    expect(api.ports).toBeUndefined(); // only the load balancer is published
    expect(lb.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    expect(postgres.healthcheck).toBeDefined();
    expect(redis.healthcheck).toBeDefined();
    // Every service that uses the database starts after the migration job or is the job.
    for (const [name, service] of Object.entries(services)) {
      if (Object.values(service.environment ?? {}).some((value) => String(value).includes('@postgres:')) && name !== 'migrate') {
        expect(service.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
      }
    }
  });

  it('builds a non-root image with a health check', () => {
    const final = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
    expect(final).toMatch(/^USER node$/m);
    expect(final).not.toMatch(/^USER (root|0)\b/m);
    expect(final).toMatch(/^HEALTHCHECK .*\/health\/live/ms);
    expect(final).toMatch(/^CMD \["node", .*"dist\/apps\/api\/src\/main.js"\]$/m);
    expect(dockerfile).toMatch(/RUN npm run build/);
    // The web client is part of the build (`npm run build` builds apps/web when it exists) and shipped.
    expect(final).toMatch(/COPY --from=build .*\/app\/apps\/web\/dist/);
  });

  const haproxy = spawnSync('haproxy', ['-v']).status === 0;
  (haproxy ? it : it.skip)('has a load balancer configuration HAProxy accepts, WebSocket-aware and checking readiness', () => {
    const cfg = readFileSync(join(docker, 'haproxy.cfg'), 'utf8');
    const check = spawnSync('haproxy', ['-c', '-f', join(docker, 'haproxy.cfg')], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toMatch(/Configuration file is valid/);
    expect(cfg).toMatch(/timeout tunnel/);
    expect(cfg).toMatch(/uri \/health\/ready/);
    expect(cfg).toMatch(/server-template api- \d+ api:3000 check/);
  });
});
