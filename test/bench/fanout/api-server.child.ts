import 'reflect-metadata';
import { loadConfig } from '@pollen/config';
import { RunningServer, startServer } from '../../../apps/api/src/server';
import { serve, usage } from './child-rpc';

// The real Pollen API (the same startServer as `npm start`), in a process of its own so that its
// CPU and heap are measured apart from the clients and the vote driver.
let server: RunningServer | null = null;

serve(
  {
    start: async (env: Record<string, string>) => {
      server = await startServer(loadConfig({ ...process.env, ...env }));
      return { url: server.url };
    },
    usage,
  },
  async () => {
    await server?.close();
  },
);
