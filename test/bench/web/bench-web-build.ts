import { ensureWebBuild } from '../../web/support/web-build';

/**
 * The client build a web scenario measures: the worktree's production build, or BENCH_WEB_DIR (a
 * build of another revision, `vite build --outDir <dir>` from `git archive <rev> apps/web`), for a
 * before/after measured in the same conditions.
 */
export async function benchWebBuild(): Promise<string> {
  return process.env.BENCH_WEB_DIR ?? (await ensureWebBuild());
}

/**
 * BENCH_WEB_BASE: another revision's client build, measured in the same rounds as this one (each
 * served by an API of its own on the same database): the before beside the after, same run.
 */
export function baseWebBuild(): string | undefined {
  return process.env.BENCH_WEB_BASE || undefined;
}
