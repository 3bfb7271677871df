import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | Date | null | string[];

// COPY text format: backslash escapes for the characters that delimit rows and columns.
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return text(`{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return text(String(value));
}

/**
 * Streams rows into a table with COPY … FROM STDIN, in ~256 KB chunks, honouring back-pressure.
 * Returns the number of rows written.
 */
export async function copyRows(
  client: PoolClient,
  table: string,
  columns: string[],
  rows: Iterable<CopyValue[]>,
  onRows: (count: number) => void = () => undefined,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let chunk = '';
  let count = 0;
  for (const row of rows) {
    chunk += `${row.map(field).join('\t')}\n`;
    count++;
    if (chunk.length > 256 * 1024) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
      onRows(count);
    }
  }
  if (chunk) stream.write(chunk);
  stream.end();
  await finished(stream);
  onRows(count);
  return count;
}
