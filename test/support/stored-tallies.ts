import type { TestApp } from '../setup/test-app';

/** A small deterministic generator, so a failure can be replayed. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Inserts rows into a tally table (ownership_participation, ownership_idea …), 500 to a statement. */
export async function insertRows(t: TestApp, table: string, columns: string, rows: unknown[][]): Promise<void> {
  const width = rows[0].length;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = chunk.map((_, r) => `(${Array.from({ length: width }, (__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    await t.sql(`INSERT INTO ${table} (${columns}) VALUES ${values}`, chunk.flat());
  }
}
