import DataLoader from 'dataloader';

/**
 * Per-request memo for singletons (DataLoader factories): the value lives as long as the
 * request object and is never shared between requests, so nothing grows in a singleton.
 */
export class RequestScoped<K extends object, V> {
  private readonly values = new WeakMap<K, V>();

  constructor(private readonly create: (key: K) => V) {}

  get(key: K): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.create(key);
      this.values.set(key, value);
    }
    return value;
  }
}

/** A DataLoader of rows by id, answering null for ids that do not exist. */
export function byIdLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
