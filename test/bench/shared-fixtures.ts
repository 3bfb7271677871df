/** Things several scenarios share for the length of a run (a seeded database, the API on it), stopped once at the end. */
const stops: Array<() => Promise<void>> = [];

export function onRunEnd(stop: () => Promise<void>): void {
  stops.push(stop);
}

export async function stopSharedFixtures(): Promise<void> {
  while (stops.length) await stops.pop()!();
}
