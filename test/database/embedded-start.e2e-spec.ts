import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The fresh-machine path: no DATABASE_URL, so the server starts its own PostgreSQL, migrates,
// seeds the demo and serves GraphQL; SIGINT stops both. Run as a child process, as `npm start` does.
const ROOT = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

const children: ChildProcess[] = [];

/** `group`: the server leads a process group of its own, as a terminal's foreground job does (a Ctrl-C signals the whole group). */
function start(env: NodeJS.ProcessEnv, group = false): { child: ChildProcess; output: () => string; ready: Promise<string> } {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
  children.push(child);
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // Ready once the whole banner is out (the demo lines come last).
      const match = output.match(/Pollen GraphQL API: (\S+)[\s\S]*Demo challenge:/);
      if (match) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

describe('npm start without DATABASE_URL (embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pollen-embedded-'));
  /** A fresh machine's environment: no DATABASE_URL, no secret, free ports. */
  const embeddedEnv = async () => {
    const [httpPort, pgPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, POLLEN_DATA_DIR: dataDir, POLLEN_EMBEDDED_PG_PORT: String(pgPort), PORT: String(httpPort), LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.JWT_SECRET;
    delete env.NODE_ENV;
    return { httpPort, pgPort, env };
  };
  afterAll(async () => {
    // A failed expectation must not leave a server (and its PostgreSQL) running.
    for (const child of children.filter((c) => c.exitCode === null && c.signalCode === null)) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo challenge, stops cleanly on SIGINT and keeps its data across restarts', async () => {
    const { httpPort, pgPort, env } = await embeddedEnv();

    const first = start(env);
    const url = await first.ready;
    expect(first.output()).toContain('Demo account:       demo@pollen.local');
    const health = await fetch(`http://127.0.0.1:${httpPort}/health`);
    expect(health.status).toBe(200);
    const login = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(input: {email: "demo@pollen.local", password: "Co-create-2030!"}) { accessToken } }` }),
    }).then((res) => res.json() as Promise<any>);  
    const token = login.data.login.accessToken;
    const challenges = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ challenges { edges { node { title phase } } } }` }),
    }).then((res) => res.json() as Promise<any>);  
    // The demo: the challenge in IDEATION, and one in REVIEW for the control room's review board.
    expect(challenges.data.challenges.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      expect.arrayContaining([
        { title: 'What should the city car of 2030 be?', phase: 'IDEATION' },
        { title: 'Which interior should the 2030 car ship with?', phase: 'REVIEW' },
      ]),
    );
    expect(challenges.data.challenges.edges).toHaveLength(2);

    first.child.kill('SIGINT');
    expect(await exited(first.child)).toBe(0);
    expect(await portOpen(pgPort)).toBe(false);

    // Second start: same data folder, same JWT secret (the token still works), no second demo.
    const second = start(env);
    const url2 = await second.ready;
    const me = await fetch(url2, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ me { email } challenges { edges { node { id phase } } } }` }),
    }).then((res) => res.json() as Promise<any>);  
    expect(me.data.me.email).toBe('demo@pollen.local');
    expect(me.data.challenges.edges).toHaveLength(2);
    const ideation = me.data.challenges.edges.find((edge: { node: { phase: string } }) => edge.node.phase === 'IDEATION').node.id;
    // The demo challenge's ledger was sealed by the first run: its statement is readable.
    const statement = await fetch(url2, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($c: ID!) { ownershipStatement(challengeId: $c, pool: "100000") { ledgerHead { seq } participantCount edges { node { shareBasisPoints payout } } } }`,
        variables: { c: ideation },
      }),
    }).then((res) => res.json() as Promise<any>);
    const shares = statement.data.ownershipStatement;
    expect(Number(shares.ledgerHead.seq)).toBeGreaterThan(10);
    // The three authors; the votes join the chain in their batch, LEDGER_VOTE_BATCH_MS after they were cast (Privacy).
    expect(shares.participantCount).toBeGreaterThanOrEqual(3);
    expect(shares.edges.reduce((sum: number, e: any) => sum + e.node.shareBasisPoints, 0)).toBe(10_000);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
  }, 120_000);

  it('survives a Ctrl-C in a terminal: the whole process group gets SIGINT, PostgreSQL stays up until Pollen has folded and sealed', async () => {
    const { pgPort, env } = await embeddedEnv();
    const run = start(env, true);
    await run.ready;
    expect(await portOpen(pgPort)).toBe(true);
    // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group.
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await exited(run.child)).toBe(0);
    expect(run.output()).not.toMatch(/at shutdown failed/);
    expect(run.output()).not.toMatch(/terminating connection|Connection terminated/i);
    expect(await portOpen(pgPort)).toBe(false);
  }, 120_000);

  it('stops cleanly on a Ctrl-C that comes while it is still starting', async () => {
    const { pgPort, env } = await embeddedEnv();
    const run = start(env, true);
    run.ready.catch(() => undefined);
    // The embedded PostgreSQL listens before the migrations, the demo and the listener: the
    // server is mid-start, its signal handlers already in place.
    while (!(await portOpen(pgPort))) {
      if (run.child.exitCode !== null) throw new Error(`server exited before PostgreSQL listened:\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await exited(run.child)).toBe(0);
    expect(run.output()).not.toMatch(/Pollen failed to start|at shutdown failed/);
    expect(await portOpen(pgPort)).toBe(false);
  }, 120_000);

  it('refuses a bad configuration with one line naming the variable', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'eighty', POLLEN_DATA_DIR: dataDir };
    const run = start(env);
    await expect(run.ready).rejects.toThrow(/Invalid configuration: PORT must be a whole number/);
    expect(run.child.exitCode).toBe(1);
  });
});
