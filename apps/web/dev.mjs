// `npm run dev`: the API (built once, on :3000, embedded PostgreSQL unless DATABASE_URL) and Vite's
// hot-reloading server on :5173 proxying /graphql and /socket.io to it. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: root, stdio: 'inherit', env: { PORT: '3000', ...process.env } });
const { createServer } = await import('vite');
const vite = await createServer({ configFile: join(root, 'apps', 'web', 'vite.config.ts') });
await vite.listen();
vite.printUrls();

const stop = async () => {
  await vite.close();
  api.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  void vite.close().then(() => process.exit(code ?? 0));
});
