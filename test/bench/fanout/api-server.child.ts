import 'reflect-metadata';
import { join } from 'node:path';
import type { loadConfig } from '@pollen/config';
import type { RunningServer, startServer } from '../../../apps/api/src/server';
import { serve, usage } from './child-rpc';

// The real Pollen API (the same startServer as `npm start`), in a process of its own so that its
// CPU and heap are measured apart from the clients and the vote driver. With POLLEN_API_BUILD set
// to another checkout's folder (test/bench/base-build.ts), that checkout's build runs instead: a
// before/after in the same run.
let server: RunningServer | null = null;

/** Loaded on demand: a process holds one build only (two would register their GraphQL types twice). */
function entryPoints(): { start: typeof startServer; load: typeof loadConfig } {
  const build = process.env.POLLEN_API_BUILD;
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (!build) {
    return {
      start: (require('../../../apps/api/src/server') as { startServer: typeof startServer }).startServer,
      load: (require('../../../libs/config/src') as { loadConfig: typeof loadConfig }).loadConfig,
    };
  }
  const { startServer: start } = require(join(build, 'dist', 'apps', 'api', 'src', 'server.js')) as { startServer: typeof startServer };
  const { loadConfig: load } = require(join(build, 'dist', 'libs', 'config', 'src', 'index.js')) as { loadConfig: typeof loadConfig };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { start, load };
}

serve(
  {
    start: async (env: Record<string, string>) => {
      const { start, load } = entryPoints();
      server = await start(load({ ...process.env, ...env }));
      return { url: server.url };
    },
    usage,
  },
  async () => {
    await server?.close();
  },
);
