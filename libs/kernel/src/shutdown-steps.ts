/**
 * The stop's own steps that are still running, for a stop that takes longer than its bound to say
 * what it is waiting on (apps/api/src/server.ts, `stopGracefully`): each lifecycle hook of Pollen's
 * that waits on something (a last pass of a job, the relay's hand-over, a connection closing)
 * runs through `shutdownStep`. Kept per process: the instances of a test cluster share it, and
 * each entry says whose it is by its name only.
 */
const running = new Map<symbol, { name: string; since: number }>();

export async function shutdownStep<T>(name: string, work: () => Promise<T>): Promise<T> {
  const key = Symbol(name);
  running.set(key, { name, since: Date.now() });
  try {
    return await work();
  } finally {
    running.delete(key);
  }
}

/** The steps under way, oldest first, each with how long it has run: `OutboxRelay.stop (12.4 s)`. */
export function shutdownStepsRunning(now = Date.now()): string[] {
  return [...running.values()].sort((a, b) => a.since - b.since).map((step) => `${step.name} (${((now - step.since) / 1000).toFixed(1)} s)`);
}
