import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../../libs/database/src/migrate';
import { withDatabase } from '../../setup/global-setup';
import { BenchContext, BenchFigure } from '../bench-figure';
import { ChildHandle, startChild, Usage } from './child-rpc';
import { LatencyHistogram } from './latency-histogram';
import { PollenStory } from './pollen-story';

/**
 * Fan-out: N socket.io clients (from separate processes) follow one challenge while votes are
 * cast at a steady rate through the real API; the same messages are then broadcast by a raw
 * `ws` server (the reference) and by a stock socket.io server to the same number of clients.
 *
 * Vote pattern: VOTES_PER_SECOND votes round-robin over IDEAS ideas, so each idea takes a vote
 * every IDEAS / VOTES_PER_SECOND seconds, far apart from the 250 ms tally window: every vote
 * is one broadcast, none is coalesced away, and the references replay exactly the broadcasts
 * Pollen emitted (captured by a client), at the same rate.
 *
 * The API runs as two instances of the real server on one database, as in a deployment: a
 * writer taking the votes (relay off) and the measured one holding the relay and the sockets,
 * so its CPU is the cost of delivery (relay, tally reads, broadcast, heartbeats), not of the
 * GraphQL mutations.
 */
const VOTES_PER_SECOND = 10;
const IDEAS = 50;
const CLIENTS_PER_PROCESS = 2_500;
const DRAIN_MS = 15_000;

export interface PhaseResult {
  name: string;
  clients: number;
  failedConnections: number;
  firstError: string | null;
  messages: number;
  deliveries: number;
  expected: number;
  histogram: LatencyHistogram;
  cpuSeconds: number;
  heapPerSocketKiB: number;
  outsideHeapPerSocketKiB: number;
  /** Share of the broadcast's wall time the server's event loop was busy (not waiting for I/O or timers). */
  loopBusy: number;
  /** Wall time from the first broadcast to the end of the drain, seconds. */
  wallSeconds: number;
  disconnects: number;
  serverErrors: number;
  minPerClient: number;
  /** References only: how far behind its schedule its last broadcast started, ms (its latencies count from the schedule). */
  lateMs?: number;
}

type Replayed = Array<[string, { occurredAt: string } & Record<string, unknown>]>;

interface Report {
  deliveries: number;
  minPerClient: number;
  maxPerClient: number;
  histogram: { buckets: Array<[number, number]>; max: number };
  captured: Replayed;
  disconnects: number;
  serverErrors: number;
}

const here = (file: string) => join(__dirname, file);
const GC = ['--expose-gc'];
/** BENCH_CPU_PROF=<dir>: a `node --cpu-prof` profile per measured API process (read with cpu-profile-top.ts). */
const API_FLAGS = [...GC, ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])];

/** Starts ceil(N / CLIENTS_PER_PROCESS) client processes and connects N clients through them. */
async function fleet(kind: 'socket.io' | 'socket.io-client' | 'ws', url: string, clients: number, joinTarget: Record<string, string>) {
  const processes = Math.ceil(clients / CLIENTS_PER_PROCESS);
  const handles = Array.from({ length: processes }, () => startChild(here('fanout-clients.child.ts'), { execArgv: ['--max-old-space-size=2048'] }));
  const shares = handles.map((_, i) => Math.floor(clients / processes) + (i < clients % processes ? 1 : 0));
  const answers = await Promise.all(
    handles.map((handle, i) =>
      handle.call<{ connected: number; failed: number; firstError: string | null }>('connect', { kind, url, count: shares[i], join: joinTarget, concurrency: 100, capture: i === 0 }),
    ),
  );
  return {
    connected: answers.reduce((sum, a) => sum + a.connected, 0),
    failed: answers.reduce((sum, a) => sum + a.failed, 0),
    firstError: answers.find((a) => a.firstError)?.firstError ?? null,
    arm: () => Promise.all(handles.map((handle) => handle.call('arm'))),
    report: async () => (await Promise.all(handles.map((handle) => handle.call<Report>('report')))) as Report[],
    stop: () => Promise.all(handles.map((handle) => handle.stop())),
  };
}

/** Waits until every client has `perClient` messages, or DRAIN_MS after the last one was sent. */
async function drain(clients: Awaited<ReturnType<typeof fleet>>, perClient: number): Promise<Report[]> {
  const deadline = Date.now() + DRAIN_MS;
  for (;;) {
    const reports = await clients.report();
    if (reports.every((r) => r.minPerClient >= perClient) || Date.now() > deadline) return reports;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One measured broadcast phase: heap per socket from the joins, CPU and latency from the broadcast. */
async function phase(
  name: string,
  server: ChildHandle,
  clients: number,
  connect: () => ReturnType<typeof fleet>,
  broadcast: () => Promise<number>,
  expectedPerClient: () => number,
): Promise<{ result: PhaseResult; captured: Replayed }> {
  const before = await server.call<Usage>('usage', { gc: true });
  const fleetOf = await connect();
  try {
    const joined = await server.call<Usage>('usage', { gc: true });
    await fleetOf.arm();
    const start = await server.call<Usage>('usage', { gc: false });
    const startedAt = Date.now();
    const messages = await broadcast();
    const reports = await drain(fleetOf, expectedPerClient());
    const end = await server.call<Usage>('usage', { gc: false });
    const [cpuStart, cpuEnd] = [start.cpuSeconds, end.cpuSeconds];
    const busy = end.loop.active - start.loop.active;
    const histogram = LatencyHistogram.merge(reports.map((r) => r.histogram));
    return {
      captured: reports[0].captured,
      result: {
        name,
        clients: fleetOf.connected,
        failedConnections: fleetOf.failed,
        firstError: fleetOf.firstError,
        messages,
        deliveries: reports.reduce((sum, r) => sum + r.deliveries, 0),
        expected: expectedPerClient() * fleetOf.connected,
        histogram,
        cpuSeconds: cpuEnd - cpuStart,
        heapPerSocketKiB: (joined.heapUsed - before.heapUsed) / Math.max(1, fleetOf.connected) / 1024,
        outsideHeapPerSocketKiB: (joined.outsideHeap - before.outsideHeap) / Math.max(1, fleetOf.connected) / 1024,
        loopBusy: busy / Math.max(1, busy + end.loop.idle - start.loop.idle),
        wallSeconds: (Date.now() - startedAt) / 1000,
        disconnects: reports.reduce((sum, r) => sum + r.disconnects, 0),
        serverErrors: reports.reduce((sum, r) => sum + r.serverErrors, 0),
        minPerClient: Math.min(...reports.map((r) => r.minPerClient)),
      },
    };
  } finally {
    await fleetOf.stop();
  }
}

/** A reference server replaying Pollen's broadcasts to the same number of clients. */
async function referencePhase(
  context: BenchContext,
  name: string,
  start: Record<string, unknown>,
  clients: number,
  messages: Replayed,
  socketIoClient: 'socket.io' | 'socket.io-client',
  env?: Record<string, string>,
): Promise<PhaseResult> {
  const server = startChild(here('reference-server.child.ts'), { execArgv: GC, env });
  let late = 0;
  try {
    const { url } = await server.call<{ url: string }>('start', start);
    const kind = start.kind === 'ws' ? 'ws' : socketIoClient;
    const { result } = await phase(
      name,
      server,
      clients,
      () => fleet(kind, url, clients, { room: 'bench' }),
      async () => {
        const { sent, lateMs } = await server.call<{ sent: number; lateMs: number }>('broadcast', { messages, perSecond: VOTES_PER_SECOND });
        if (lateMs > 100) context.log(`  ${name}: its last broadcast started ${lateMs} ms behind schedule`);
        late = lateMs;
        return sent;
      },
      () => messages.length,
    );
    return { ...result, lateMs: late };
  } finally {
    await server.stop();
  }
}

export interface FanoutOptions {
  sizes: number[];
  seconds: number;
  /** Reference socket.io servers to add, by name: their start arguments and environment. */
  variants?: Array<{ name: string; start: Record<string, unknown>; env?: Record<string, string> }>;
  /** Environment for the measured API instance (e.g. WS_NO_BUFFER_UTIL=1 to measure the add-on). */
  apiEnv?: Record<string, string>;
  /** socket.io clients: the wire protocol over `ws` (default), or the socket.io-client library. */
  socketIoClient?: 'socket.io' | 'socket.io-client';
  /** The API as built at another revision (base-build.ts), measured beside this worktree's in the same run, on a database of its own. */
  base?: { label: string; build: string };
}

interface Stack {
  relay: ChildHandle;
  relayUrl: string;
  story: PollenStory;
  voter: Awaited<ReturnType<PollenStory['register']>>;
  challengeId: string;
  ideaIds: string[];
  stop(): Promise<void>;
}

/**
 * A database of its own, migrated, with two API instances on it, as in a deployment: a writer
 * taking the votes (relay off) and the measured one holding the relay and the sockets, so its
 * CPU is the cost of delivery, not of the GraphQL mutations; and a challenge with IDEAS ideas.
 */
async function startStack(context: BenchContext, apiEnv?: Record<string, string>): Promise<Stack> {
  const database = `fanout_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: context.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const databaseUrl = withDatabase(context.adminUrl, database);
  const children: ChildHandle[] = [];
  const stop = async () => {
    for (const child of children.reverse()) await child.stop().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  };
  try {
    // A base build migrates with its own list when it starts (it may lack later migrations).
    if (!apiEnv?.POLLEN_API_BUILD) await runMigrations(databaseUrl);
    const env = {
      DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', POLLEN_SEED_DEMO: 'false', RATE_LIMIT_SCALE: '1000000',
      // Every client of the bench comes from this machine's one address.
      SOCKETS_PER_ADDRESS: '1000000',
    };
    const writer = startChild(here('api-server.child.ts'), { execArgv: GC, env: apiEnv });
    children.push(writer);
    const writerUrl = (await writer.call<{ url: string }>('start', { ...env, POLLEN_RELAY: 'false' })).url;
    const relay = startChild(here('api-server.child.ts'), { execArgv: API_FLAGS, env: apiEnv });
    children.push(relay);
    const relayUrl = (await relay.call<{ url: string }>('start', env)).url;
    const story = new PollenStory(writerUrl);
    const owner = await story.register('owner');
    const voter = await story.register('voter');
    const { challengeId, ideaIds } = await story.challengeWithIdeas(owner, IDEAS);
    return { relay, relayUrl, story, voter, challengeId, ideaIds, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The measured API phase: votes at VOTES_PER_SECOND through the writer, delivered by the relay instance. */
async function apiPhase(context: BenchContext, name: string, stack: Stack, clients: number, votes: number, socketIoClient: 'socket.io' | 'socket.io-client') {
  let cast = 0;
  return phase(
    name,
    stack.relay,
    clients,
    () => fleet(socketIoClient, stack.relayUrl, clients, { challengeId: stack.challengeId }),
    async () => {
      const outcome = await stack.story.voteSteadily(stack.voter, stack.ideaIds, votes, VOTES_PER_SECOND);
      if (outcome.failed) context.log(`  ${outcome.failed} votes failed`);
      cast = outcome.cast;
      return cast;
    },
    () => cast,
  );
}

export async function measureFanout(context: BenchContext, options: FanoutOptions): Promise<PhaseResult[][]> {
  const stacks: Stack[] = [];
  try {
    const head = await startStack(context, options.apiEnv);
    stacks.push(head);
    const base = options.base ? await startStack(context, { ...options.apiEnv, POLLEN_API_BUILD: options.base.build }) : null;
    if (base) stacks.push(base);
    const votes = options.seconds * VOTES_PER_SECOND;
    const client = options.socketIoClient ?? 'socket.io';

    const table: PhaseResult[][] = [];
    for (const clients of options.sizes) {
      context.log(`fan-out ${clients}: Pollen API, ${votes} votes at ${VOTES_PER_SECOND}/s`);
      const pollen = await apiPhase(context, 'Pollen API (socket.io)', head, clients, votes, client);
      const rows = [pollen.result];
      if (base) {
        context.log(`fan-out ${clients}: Pollen API at ${options.base!.label}`);
        rows.push((await apiPhase(context, `Pollen API at ${options.base!.label} (before)`, base, clients, votes, client)).result);
      }
      context.log(`fan-out ${clients}: raw ws reference, ${pollen.captured.length} messages`);
      rows.unshift(await referencePhase(context, 'raw ws', { kind: 'ws' }, clients, pollen.captured, 'socket.io'));
      for (const variant of options.variants ?? []) {
        context.log(`fan-out ${clients}: ${variant.name}`);
        rows.push(await referencePhase(context, variant.name, variant.start, clients, pollen.captured, client, variant.env));
      }
      table.push(rows);
    }
    return table;
  } finally {
    for (const stack of stacks.reverse()) await stack.stop();
  }
}

/** The table lines: each phase beside the raw ws reference of the same run and size. */
export function toFigures(table: PhaseResult[][]): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const rows of table) {
    const ws = rows[0];
    for (const row of rows.slice(1)) {
      const scenario = `fan-out to ${row.clients.toLocaleString('en')} clients, ${row.name}`;
      const pollen = row.name === 'Pollen API (socket.io)';
      const base = { scenario, referenceName: `raw ws, ${ws.clients.toLocaleString('en')} clients`, better: 'lower' as const };
      const latency = (metric: string, of: (r: PhaseResult) => number, goal?: number): BenchFigure => ({
        ...base,
        metric,
        unit: 'ms',
        value: of(row),
        reference: of(ws),
        ...(goal && pollen ? { goal: { ratio: goal, comparison: '<=' as const } } : {}),
        note:
          pollen && metric === 'p50'
            ? 'from the vote transaction (occurredAt) to delivery; the references from when each message was due'
            : metric === 'p99' && (ws.lateMs ?? 0) > 100
              ? `raw ws fell behind: its last broadcast started ${((ws.lateMs ?? 0) / 1000).toFixed(1)} s late`
              : undefined,
      });
      figures.push(
        latency('p50', (r) => r.histogram.percentile(0.5)),
        latency('p99', (r) => r.histogram.percentile(0.99), 1.2),
        latency('max', (r) => Math.round(r.histogram.max)),
        {
          ...base,
          metric: 'delivered',
          unit: '%',
          value: (100 * row.deliveries) / Math.max(1, row.expected),
          reference: (100 * ws.deliveries) / Math.max(1, ws.expected),
          better: 'higher',
          ...(pollen ? { goal: { ratio: 1, comparison: '>=' as const } } : {}),
          note: `${row.deliveries.toLocaleString('en')} of ${row.expected.toLocaleString('en')} (${row.messages} messages); ${row.disconnects} disconnects, ${row.failedConnections} failed connections`,
        },
        {
          ...base,
          metric: 'server CPU per delivered message',
          unit: 'µs',
          value: (row.cpuSeconds * 1e6) / Math.max(1, row.deliveries),
          reference: (ws.cpuSeconds * 1e6) / Math.max(1, ws.deliveries),
          ...(pollen ? { goal: { ratio: 1.2, comparison: '<=' as const } } : {}),
          note: `${row.cpuSeconds.toFixed(1)} CPU-s against ${ws.cpuSeconds.toFixed(1)}`,
        },
        {
          ...base,
          metric: 'heap per socket',
          unit: 'KiB',
          value: row.heapPerSocketKiB,
          reference: ws.heapPerSocketKiB,
          // The goal is absolute (≤ 5 KiB), written as a ratio to this run's reference.
          ...(pollen && ws.heapPerSocketKiB > 0 ? { goal: { ratio: 5 / ws.heapPerSocketKiB, comparison: '<=' as const } } : {}),
        },
        {
          ...base,
          metric: 'resident memory outside the heap per socket',
          unit: 'KiB',
          value: row.outsideHeapPerSocketKiB,
          reference: ws.outsideHeapPerSocketKiB,
          note: "RSS less the V8 heap's reserved size, joined less before, over N: buffers and native memory (where a native engine's sockets live); not the kernel's socket buffers",
        },
      );
    }
  }
  return figures;
}
