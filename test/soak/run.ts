import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminQuery, createBenchDatabase, dropBenchDatabase } from '../bench/bench-postgres';
import { describeMachine } from '../bench/bench-report';
import { apiNodeFlags, ROOT } from '../bench/child-server';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench/bench-tokens';
import { freePort } from '../setup/free-port';
import { Crowd, verify } from './crowd';
import { Phase, formatPhases, phaseFigures } from './soak-report';

/**
 * `npm run soak [-- --participants N --phase-seconds S --quick --keep]`: three API processes
 * behind HAProxy, on the machine's PostgreSQL and Redis, with a crowd of participants proposing,
 * voting, commenting, reading and following the challenge over socket.io; one instance is
 * killed with SIGKILL (and started again), then PostgreSQL restarts, then Redis restarts; at the
 * end every acknowledged write must be in the database, tallies must equal rows, the ledger
 * must verify, every client must have every event, and nothing may fail outside the fault
 * windows. It RESTARTS THE MACHINE'S POSTGRESQL AND REDIS: never run it while anything else
 * (another test run) uses them. Not part of `npm test` (test/ops/faults.e2e-spec.ts is the short
 * version, on a PostgreSQL of its own).
 */
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const quick = flag('quick');
const PARTICIPANTS = option('participants', quick ? 300 : 2_000);
const PHASE_MS = option('phase-seconds', quick ? 15 : 30) * 1_000;
const WORKERS = option('workers', 48);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_PORT = 6379;

const started = Date.now();
/** Children to stop whatever happens (an error must not leave API processes or HAProxy behind). */
const children: ChildProcess[] = [];
const log = (message: string) => console.log(`[soak ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ensureHaproxy(): void {
  if (spawnSync('haproxy', ['-v']).status === 0) return;
  log('HAProxy is missing: installing it from Debian\'s packages');
  execFileSync('apt-get', ['install', '-y', '-q', 'haproxy'], { stdio: 'inherit' });
}

/** The machine's services, restarted with the commands that started them (see the machine's description). */
const services = {
  postgresVersion: () => readdirSync('/etc/postgresql')[0],
  stopPostgres: () => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', '-m', 'fast', services.postgresVersion(), 'main', 'stop']),
  startPostgres: () => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', services.postgresVersion(), 'main', 'start']),
  stopRedis: () => spawnSync('redis-cli', ['-p', String(REDIS_PORT), 'shutdown', 'nosave']),
  startRedis: () =>
    execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log']),
};

class Instance {
  child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly name: string,
    readonly port: number,
    readonly metricsPort: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [...apiNodeFlags(), join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js')], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', METRICS_PORT: String(this.metricsPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    children.push(child);
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const deadline = Date.now() + 90_000;
    while ((await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).catch(() => null))?.status !== 200) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${this.name} did not start:\n${this.output}`);
      await sleep(200);
    }
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  async sockets(): Promise<number> {
    const text = await (await fetch(`http://127.0.0.1:${this.metricsPort}/metrics`)).text();
    return Number(/^pollen_sockets_connected (\d+)/m.exec(text)?.[1] ?? 0);
  }
}

function haproxyConfig(port: number, instances: Instance[]): string {
  const servers = (check: string) =>
    [`  option httpchk`, `  http-check send meth GET uri ${check}`, `  http-check expect status 200`, ...instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check inter 1s fall 2 rise 2`)].join('\n');
  return `global
  maxconn 8000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout tunnel 1h
  # A dead instance fails its check at once (connection refused); a busy one may answer a check
  # in more than the 1 s interval, which without this counted as a failure: under load HAProxy
  # took every instance out in turn and answered 503 itself.
  timeout check 5s
frontend public
  bind 127.0.0.1:${port}
  use_backend api_live if { nbsrv(api_ready) eq 0 }
  default_backend api_ready
backend api_ready
  balance roundrobin
${servers('/health/ready')}
backend api_live
  balance roundrobin
${servers('/health/live')}
`;
}

async function main(): Promise<void> {
  log(`${PARTICIPANTS} participants, phases of ${PHASE_MS / 1000} s, ${WORKERS} request loops; PostgreSQL and Redis of this machine WILL BE RESTARTED`);
  ensureHaproxy();
  if (!flag('no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  log('built');
  const databaseUrl = await createBenchDatabase(ADMIN_URL, `soak_${Date.now().toString(36)}`);
  const [postgres] = await adminQuery<{ version: string }>(ADMIN_URL, `SELECT split_part(version(), ' on ', 1) AS version`);
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    REDIS_KEY_PREFIX: `soak-${Date.now().toString(36)}`,
    JWT_SECRET: BENCH_JWT_SECRET,
    // The crowd comes from one address; the limits' rules are not what is measured here.
    RATE_LIMIT_SCALE: '1000000',
    // Every socket comes through HAProxy from 127.0.0.1: 2,000 of them, two thirds of them on one
    // instance while another is down (the default allows 100 a client address).
    SOCKETS_PER_ADDRESS: String(Math.max(100, PARTICIPANTS * 2)),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    POLLEN_SEED_DEMO: 'false',
    SHUTDOWN_DRAIN_MS: '2000',
  };
  const instances: Instance[] = [];
  for (let n = 1; n <= 3; n++) instances.push(new Instance(`api-${n}`, await freePort(), await freePort(), env));
  await Promise.all(instances.map((instance) => instance.start()));
  log('3 instances ready');
  const lbPort = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'pollen-soak-'));
  writeFileSync(join(folder, 'haproxy.cfg'), haproxyConfig(lbPort, instances));
  const haproxy = spawn('haproxy', ['-db', '-f', join(folder, 'haproxy.cfg')], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(haproxy);
  const lb = `http://127.0.0.1:${lbPort}`;
  const lbBy = Date.now() + 30_000;
  while ((await fetch(`${lb}/health/ready`, { signal: AbortSignal.timeout(2_000) }).catch(() => null))?.status !== 200) {
    if (haproxy.exitCode !== null || Date.now() > lbBy) throw new Error(`HAProxy did not come up (exit ${haproxy.exitCode})`);
    await sleep(200);
  }
  log(`3 instances behind HAProxy at ${lb}`);

  // Accounts are rows, tokens minted with the API's secret (exactly what a login returns):
  // 2,000 argon2id logins would measure hashing, not the system under faults.
  const users = await adminQuery<{ id: string }>(
    databaseUrl,
    `INSERT INTO app_user (email, display_name, password_hash)
     SELECT 'soak-' || g || '@example.test', 'Participant ' || g, 'not-a-password' FROM generate_series(0, $1::int) g RETURNING id`,
    [PARTICIPANTS],
  );
  const tokens = await mintAccessTokens(databaseUrl, users.map((user) => user.id));
  const setup = new Crowd([lb], '');
  const org = await setup.call(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: 'Soak brand', slug: `soak-${Date.now()}` } }, tokens[0]);
  const created = await setup.call(
    `mutation($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`,
    { i: { organizationId: org.data.createOrganization.id, title: 'The soak challenge', brief: 'Under fire', language: 'EN' } },
    tokens[0],
  );
  const challengeId = created.data.createChallenge.id as string;
  await setup.call(`mutation($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }`, { id: challengeId }, tokens[0]);
  const crowd = new Crowd([lb], challengeId, 10_000);
  for (let from = 1; from <= PARTICIPANTS; from += 100) {
    await crowd.join(users.slice(from, Math.min(from + 100, PARTICIPANTS + 1)).map((user, i) => ({ id: user.id, token: tokens[from + i] })), lb);
  }
  log(`${PARTICIPANTS} participants connected: ${(await Promise.all(instances.map((i) => i.sockets()))).join(' + ')} sockets`);

  let stop = false;
  const load = crowd.run(WORKERS, () => stop, 50);
  const phases: Phase[] = [];
  const windows: Array<[number, number]> = [];
  const phase = async (name: string, fault?: () => Promise<string>) => {
    // --no-faults: the same run without touching the machine's services (to try the harness).
    if (fault && flag('no-faults')) fault = undefined;
    const from = Date.now();
    let note: string | undefined;
    if (fault) {
      note = await fault();
      // The window lasts until writes are acknowledged again, plus the clients' retry delay.
      const after = Date.now();
      while (!crowd.answers.some((a) => a.at > after && a.code === null && a.op !== 'read') && Date.now() - after < 60_000) await sleep(100);
      windows.push([from, Date.now() + 2_000]);
      note += `; writes acknowledged again ${((Date.now() - from) / 1000).toFixed(1)} s after the fault began`;
    }
    await sleep(Math.max(0, PHASE_MS - (Date.now() - from)));
    phases.push({ name, from, to: Date.now(), note, load: Math.round(loadavg()[0] * 10) / 10 });
    log(`${name} done${note ? `: ${note}` : ''}`);
  };

  await phase('steady');
  await phase('kill -9 of api-1', async () => {
    await instances[0].kill('SIGKILL');
    await sleep(5_000);
    await instances[0].start();
    return 'api-1 SIGKILLed, restarted 5 s later; its sockets reconnected through HAProxy to the others and caught up';
  });
  await phase('steady after the kill');
  await phase('PostgreSQL restart', async () => {
    services.stopPostgres();
    await sleep(5_000);
    services.startPostgres();
    return 'PostgreSQL stopped (fast), started again 5 s later';
  });
  await phase('steady after PostgreSQL');
  await phase('Redis restart', async () => {
    services.stopRedis();
    await sleep(3_000);
    services.startRedis();
    return 'Redis shut down (nothing kept), started again 3 s later';
  });
  await phase('steady after Redis');
  stop = true;
  await load;
  await sleep(3_000);

  const verdict = await verify(crowd, databaseUrl);
  const ledger = await crowd.call(`query($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }`, { c: challengeId }, tokens[0]);
  const figures = phaseFigures(crowd.answers, phases, windows);
  const unexpected = figures.reduce((n, f) => n + Object.values(f.unexpected).reduce((a, b) => a + b, 0), 0);
  const unavailable = crowd.answers.filter((a) => a.code === 'SERVICE_UNAVAILABLE');
  const report = {
    startedAt: new Date(started).toISOString(),
    machine: describeMachine(postgres.version),
    participants: PARTICIPANTS,
    workers: WORKERS,
    phaseSeconds: PHASE_MS / 1000,
    figures,
    outcome: {
      acknowledged: { ideas: crowd.ideas.length, comments: crowd.comments.length, votes: crowd.votes.size },
      lost: { ideas: verdict.missingIdeas.length, comments: verdict.missingComments.length, votes: verdict.wrongVotes.length },
      wrongTallies: verdict.wrongTallies.length,
      ledger: ledger.data?.ledgerVerification ?? ledger.code,
      events: verdict.events,
      clientsMissingEvents: verdict.clientsMissingEvents.length,
      staleTallies: verdict.staleTallies,
      unexpectedErrors: unexpected,
      serviceUnavailable: { count: unavailable.length, withRetryAfter: unavailable.filter((a) => (a.retryAfter ?? 0) > 0).length },
    },
  };
  mkdirSync(join(ROOT, 'test', 'bench', 'results'), { recursive: true });
  const file = join(ROOT, 'test', 'bench', 'results', `soak-${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`\n${formatPhases(figures)}\n`);
  for (const f of figures) if (f.note) console.log(`- ${f.phase}: ${f.note}`);
  console.log(`\n${JSON.stringify(report.outcome, null, 2)}\n\nwritten to ${file}`);

  crowd.close();
  await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
  haproxy.kill('SIGTERM');
  if (!flag('keep')) await dropBenchDatabase(ADMIN_URL, databaseUrl);
  const ok =
    Object.values(report.outcome.lost).every((n) => n === 0) &&
    report.outcome.wrongTallies === 0 &&
    report.outcome.clientsMissingEvents === 0 &&
    unexpected === 0 &&
    (ledger.data?.ledgerVerification?.ok ?? false);
  log(ok ? 'PASS: nothing lost, no error outside the fault windows' : 'FAIL: see the outcome above');
  process.exit(ok ? 0 : 1);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  process.exit(2);
});
