import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../libs/database/src/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__POLLEN_EMBEDDED__ as { embedded: EmbeddedDatabase; dataDir: string } | undefined;
  if (!state) return;
  await state.embedded.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
}
