import { ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * A tiny request/answer protocol over Node's IPC channel, so the bench can drive the processes
 * it measures (the API, the reference servers, the client fleets) and ask each for its own CPU
 * and heap: a process's heap can only be read, after a full GC, from inside it.
 */
export interface ChildHandle {
  pid: number;
  call<T = unknown>(command: string, args?: unknown): Promise<T>;
  /** Asks the child to stop, then kills it if it has not exited within two seconds. */
  stop(): Promise<void>;
}

interface Answer {
  id: number;
  result?: unknown;
  error?: string;
}

/** Starts a TypeScript file of this folder in a new Node process (through @swc-node/register). */
export function startChild(file: string, options: { env?: Record<string, string>; execArgv?: string[] } = {}): ChildHandle {
  const child: ChildProcess = fork(file, [], {
    execArgv: [...(options.execArgv ?? []), '-r', '@swc-node/register'],
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 1;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  child.on('message', (message: Answer) => {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error !== undefined) pending.reject(new Error(message.error));
    else pending.resolve(message.result);
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      for (const pending of waiting.values()) pending.reject(new Error(`${file} exited (${code ?? signal})`));
      waiting.clear();
      resolve();
    }),
  );
  return {
    pid: child.pid!,
    call: <T>(command: string, args?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command, args });
      }),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ id: 0, command: 'exit' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The child's side: answers each command with its handler's result. `exit` ends the process. */
export function serve(handlers: Record<string, (args: any) => unknown>, onExit: () => Promise<void> = async () => undefined): void {
  process.on('message', (message: { id: number; command: string; args: unknown }) => {
    if (message.command === 'exit') {
      void onExit().finally(() => process.exit(0));
      return;
    }
    Promise.resolve()
      .then(() => {
        const handler = handlers[message.command];
        if (!handler) throw new Error(`unknown command ${message.command}`);
        return handler(message.args);
      })
      .then(
        (result) => process.send!({ id: message.id, result }),
        (error: Error) => process.send!({ id: message.id, error: error.message }),
      );
  });
  process.on('disconnect', () => void onExit().finally(() => process.exit(0)));
}

export interface Usage {
  /** CPU time of the process since it started, user + system, in seconds. */
  cpuSeconds: number;
  /** Heap in use after two full collections, in bytes. */
  heapUsed: number;
  /** Resident memory outside the V8 heap (RSS less the heap's reserved size), in bytes: buffers, native add-ons, malloc. */
  outsideHeap: number;
  /** Event-loop time so far, busy and idle, in ms (perf_hooks): busy/(busy + idle) over a phase against its CPU tells a process that waited from one the machine starved. */
  loop: { active: number; idle: number };
}

/**
 * CPU so far and heap, measured inside the process (started with --expose-gc). `gc` collects
 * first, for a live-heap figure; without it the reading costs no CPU worth counting.
 */
export function usage(args: { gc?: boolean } = {}): Usage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (args.gc) {
    gc?.();
    gc?.();
  }
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  const loop = performance.eventLoopUtilization();
  return { cpuSeconds: (cpu.user + cpu.system) / 1e6, heapUsed: memory.heapUsed, outsideHeap: memory.rss - memory.heapTotal, loop: { active: loop.active, idle: loop.idle } };
}
