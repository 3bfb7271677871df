import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser must fetch before the challenge page can work: index.html's module
 * script and every chunk it preloads (Vite's modulepreload links for static imports), gzipped
 * as a server would send them (level 6, the usual default). Chunks loaded later (other pages,
 * socket.io after the first paint, the chart) are not counted.
 */
export function initialJavaScript(webDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of new Set(files)) {
    const body = readFileSync(join(webDir, file));
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 6 }).length;
  }
  return { files: [...new Set(files)], gzipBytes, rawBytes };
}
