import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../libs/database/src/embedded-postgres';

/** Stops the embedded PostgreSQL the global setup started, if any, and removes its folder. */
export default async function globalTeardown(): Promise<void> {
  const slot = globalThis as Record<string, unknown>;
  const state = slot.__POLLEN_EMBEDDED__ as { embedded: EmbeddedDatabase; dataDir: string } | undefined;
  if (!state) return;
  delete slot.__POLLEN_EMBEDDED__; // once only: teardown, a failed setup and a signal may all ask
  await state.embedded.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
}
