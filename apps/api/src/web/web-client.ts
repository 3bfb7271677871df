import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { PollenConfig } from '@pollen/config';
import { AuthService, SessionCookieService } from '@pollen/identity';
import { firstPageElement, firstPageOf, readFirstPageData, readFirstPageQueries, type FirstPageData } from './first-page';
import { readTeamPageData, readTeamPageFiles, teamPageLinks, teamPageOf, type TeamPageData, type TeamPageFiles } from './team-page';
import type { DashboardInsights } from '@pollen/charts';
import { paintInsightsPage } from './insights-paint';
import { paintModerationPage, type PaintedQueue, type PaintedTeamChallenge } from './team-paint';
import { pageLanguage, paintChallengePage, readCatalogues, type Catalogues, type PaintedChallenge, type PaintedFeed } from './first-paint';

/**
 * The client's routes (apps/web/src/app/routes.tsx), by their first path segment: the only page
 * addresses answered with the client's page (200). Any other address a browser asks for gets the
 * page with 404, so the client shows its own "not found" to people and the status tells crawlers
 * and monitors the truth; the API's own paths and anything with a file extension never get it.
 * `web-client.spec.ts` checks this list against the router's.
 */
export const CLIENT_ROUTE_SEGMENTS = ['', 'signin', 'signup', 'challenges', 'ideas', 'people', 'notifications', 'manage', 'account'];
const API_PATHS = /^\/(graphql|socket\.io|health|metrics|auth|privacy|assets)(\/|$)/;
/** A host as the Host header may carry it (name or IPv4 and a port, or a bracketed IPv6): anything else is left out of the CSP. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function isClientRoute(path: string): boolean {
  return CLIENT_ROUTE_SEGMENTS.includes(path.split('/')[1] ?? '');
}

/**
 * What the client's page may load: its own scripts only, GraphQL and socket.io on the same origin
 * (ws/wss named, as not every browser counts them as 'self'), no framing. React sets styles
 * through the DOM, which style-src does not govern; 'unsafe-inline' stays for style attributes of
 * the accessible components' overlays.
 */
export function clientCsp(host: string | undefined): string {
  // Only a well-formed host: the header is the client's to write, and this one goes into a response header.
  const socketOrigins = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${socketOrigins}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** apps/web/dist, found from the source tree (tests) or from dist/ (npm start). */
export function findWebDir(config: PollenConfig): string | null {
  const candidates = config.webDir
    ? [config.webDir]
    : [resolve(__dirname, '../../../web/dist'), resolve(__dirname, '../../../../../apps/web/dist'), resolve(process.cwd(), 'apps/web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** What the build puts in assets/ (hashed file names), by type. */
const ASSET_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** An asset as the build made it, with its brotli and gzip forms when the build made them (apps/web/vite.config.ts). */
export interface Asset {
  body: Buffer;
  type: string;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The build's assets, read once at start-up and answered from memory. They never change under a
 * running server (their names are their contents' hashes), and a page's scripts are asked for
 * while the same process answers its first data: a file streamed from disk in 64 KB reads took
 * an event-loop turn per read among that work (the first chunk, 450 KB, arrived last of the
 * page's files on a loaded machine), where one buffer is one write.
 */
export function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  const names = new Set(readdirSync(dir));
  const beside = (name: string) => (names.has(name) ? readFileSync(join(dir, name)) : undefined);
  for (const name of names) {
    const type = ASSET_TYPES[extname(name)];
    if (type) assets.set(`/assets/${name}`, { body: readFileSync(join(dir, name)), type, br: beside(`${name}.br`), gzip: beside(`${name}.gz`) });
  }
  return assets;
}

/**
 * The form of an asset to send: brotli when the browser accepts it (smaller than gzip, whatever
 * order its Accept-Encoding lists them in: Chromium says "gzip, deflate, br, zstd"), else gzip,
 * else as it is. `accepted`: the encodings the request accepts (express's `acceptsEncodings()`).
 */
export function encodedAsset(asset: Asset, accepted: string[]): { body: Buffer; encoding?: 'br' | 'gzip' } {
  if (asset.br && accepted.includes('br')) return { body: asset.br, encoding: 'br' };
  if (asset.gzip && accepted.includes('gzip')) return { body: asset.gzip, encoding: 'gzip' };
  return { body: asset.body };
}

/**
 * The pages are compressed too (the drawn challenge page is ~50 KB, ~10 KB as brotli): brotli
 * when the browser accepts it, else gzip. They carry no secret for a BREACH-style attack to
 * recover through their length (the drawn page is the one a reader not signed in sees, its data
 * public; tokens are never in a page; a team page with its reader's data is made only for a
 * request carrying the SameSite=Strict cookie, which no other site can start: team-page.ts),
 * which is why the pages are and the API's answers (tokens in `login` and `/auth/refresh`) are not.
 */
function pageEncoding(accepted: string[]): 'br' | 'gzip' | null {
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/** A page written in parts (its head at once, the rest when its data is there), compressed as it goes when `encoding` says so. */
function pageWriter(res: Response, encoding: 'br' | 'gzip' | null): { head(text: string): void; end(text: string): void } {
  if (!encoding) return { head: (text) => void res.write(text), end: (text) => void res.end(text) };
  res.set('content-encoding', encoding);
  // Quality 5 and level 6: a few milliseconds for the page, most of what the slowest setting saves.
  const stream = encoding === 'br' ? createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : createGzip({ level: 6 });
  stream.pipe(res);
  return {
    head: (text) => {
      stream.write(text);
      // Sent now, not when the compressor's window fills: the browser fetches the scripts the head names meanwhile.
      stream.flush();
    },
    end: (text) => void stream.end(text),
  };
}

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pollen</title></head>
<body><main><h1>The web client has not been built</h1>
<p>The API is running (GraphQL at <a href="/graphql">/graphql</a>). Build the client with <code>npm run web:build</code>
(<code>npm start</code> does it for you) and reload.</p></main></body></html>`;

/**
 * Serves the built client at `/` from the API's own origin: hashed assets cached for a year,
 * index.html never cached (a deploy is seen at the next load), and index.html for the client's
 * routes (200) and other page addresses (404, the client's own "not found"), never for the API's paths.
 */
export function serveWebClient(app: NestExpressApplication, config: PollenConfig): void {
  const dir = findWebDir(config);
  if (!dir) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path !== '/') return next();
      res.status(404).type('html').set('cache-control', 'no-cache').send(NOT_BUILT);
    });
    return;
  }
  const assets = readAssets(join(dir, 'assets'));
  const html = inlineStylesheets(readFileSync(join(dir, 'index.html'), 'utf8'), assets);
  const index = Buffer.from(html);
  // The page without first data is the same for everyone: compressed once, at the strongest setting, and sent as an asset is.
  const indexAsset: Asset = { body: index, type: 'text/html', br: brotliCompressSync(index, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(index, { level: 9 }) };
  const parts = pageParts(html);
  const firstPage = readFirstPageQueries(dir);
  const teamPageFiles = readTeamPageFiles(dir);
  // Each team page's head, with the links to its chunks, made once.
  const teamHeads = parts ? { moderation: teamHead(parts.head, teamPageFiles.moderation), insights: teamHead(parts.head, teamPageFiles.insights) } : null;
  const catalogues = readCatalogues(dir);
  const auth = app.get(AuthService);
  const cookies = app.get(SessionCookieService);
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const asset = assets.get(`/assets${req.path}`);
    if (!asset) return void res.status(404).type('text').set('cache-control', 'no-cache').send('Not found');
    const { body, encoding } = encodedAsset(asset, req.acceptsEncodings());
    // end(), not send(): send() would hash the whole body for an ETag on every request, and a hashed name never changes.
    res.status(200).set({ 'content-type': asset.type, 'content-length': String(body.length), 'cache-control': 'public, max-age=31536000, immutable' });
    if (asset.br || asset.gzip) res.vary('Accept-Encoding');
    if (encoding) res.set('content-encoding', encoding);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || /\.[a-z0-9]+$/i.test(req.path)) return next();
    // The answer depends on Accept (the page for a browser, the API's 404 for a script): caches must know.
    res.vary('Accept');
    if (!req.accepts('html')) return next();
    res
      .status(isClientRoute(req.path) ? 200 : 404)
      .type('html')
      .set('cache-control', 'no-cache')
      .set('content-security-policy', clientCsp(req.headers.host))
      // Not helmet's no-referrer: under it a page's forms are posted with `Origin: null`, and the
      // vote form (vote-form.controller.ts) is accepted only from this site's own origin. Other
      // sites still get no referrer.
      .set('referrer-policy', 'same-origin');
    res.vary('Accept-Encoding');
    const page = req.method === 'GET' && firstPage && parts ? firstPageOf(req.path, req.query) : null;
    const team = req.method === 'GET' && parts ? teamPageOf(req.path) : null;
    if (team && parts && teamHeads) {
      // A team page: its chunks named in the head; its first data read as its reader when the page's cookie names one (team-page.ts).
      const token = firstPage ? cookies.readForPage(req) : null;
      res.vary('Cookie');
      if (token) res.set('cache-control', 'no-store');
      const language = catalogues ? pageLanguage(req, catalogues) : 'en';
      const out = pageWriter(res, pageEncoding(req.acceptsEncodings()));
      out.head(teamHeads[team.page].replace(/<html lang="[^"]*"/, `<html lang="${language}"`));
      const data = token && firstPage ? readTeamPageData(req, team, token, firstPage, auth, config.firstPageTimeoutMs) : Promise.resolve(null);
      void data.then((first) => {
        const painted = first && catalogues ? paintTeamPage(first, language, catalogues) : '';
        out.end(painted + parts.rootEnd + (first ? firstPageElement(first) : '') + parts.entry + parts.tail);
      });
      return;
    }
    if (!page || !firstPage || !parts) {
      const { body, encoding: sent } = encodedAsset(indexAsset, req.acceptsEncodings());
      if (!sent) return void res.send(index);
      // end(), not send(): send() would hash the body for an ETag on every request.
      res.set({ 'content-encoding': sent, 'content-length': String(body.length) });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    // The head goes at once (the browser fetches the scripts meanwhile), in the language the page
    // will be drawn in; then, when there is data, the page drawn from it in the root and the data
    // itself before </body>.
    const language = catalogues ? pageLanguage(req, catalogues) : 'en';
    const out = pageWriter(res, pageEncoding(req.acceptsEncodings()));
    out.head(parts.head.replace(/<html lang="[^"]*"/, `<html lang="${language}"`));
    void readFirstPageData(req, page, firstPage, config.firstPageTimeoutMs).then((data) => {
      const painted = data && catalogues ? paint(data, req.originalUrl, language, catalogues) : '';
      out.end(painted + parts.rootEnd + (data ? firstPageElement(data) : '') + parts.entry + parts.tail);
    });
  });
}

/** The largest stylesheet written into the page instead of linked. */
const INLINE_CSS_MAX = 16 * 1024;
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g;

/**
 * The entry's stylesheet (6–7 KB) in the page itself: a linked one blocks the first paint until
 * it has been asked for and has arrived, and the browser asks for it only once it has committed
 * the navigation and parsed the head (~100 ms into a load on a busy machine), while a drawn
 * challenge page (first-paint.ts) is otherwise ready to be painted as soon as it arrives. The
 * CSP allows inline styles already ('unsafe-inline', for the components' overlays). A sheet
 * larger than INLINE_CSS_MAX stays linked.
 */
export function inlineStylesheets(html: string, assets: Map<string, Asset>): string {
  return html.replace(STYLESHEET_LINK, (link, path: string) => {
    const css = assets.get(path)?.body;
    return css && css.length <= INLINE_CSS_MAX && !css.includes('</style') ? `<style>${css.toString('utf8')}</style>` : link;
  });
}

const ENTRY_SCRIPT = /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/;

/**
 * index.html in the parts a challenge page is written in: up to the root's opening tag (sent at
 * once), the root's end and what follows it up to </body>, the entry script, and the rest. The
 * entry script moves from the head to the end of the body: its modules are still fetched from
 * the start (the head's modulepreload links), but they run only once the page drawn from the
 * first data is parsed, instead of holding up its parsing (~100 ms of evaluation on a busy
 * core). Null for a page without those parts (then it is sent whole).
 */
function pageParts(html: string): { head: string; rootEnd: string; entry: string; tail: string } | null {
  const entry = ENTRY_SCRIPT.exec(html)?.[0].trim() ?? '';
  const page = entry ? html.replace(ENTRY_SCRIPT, '') : html;
  const root = page.indexOf('<div id="root">');
  const end = page.lastIndexOf('</body>');
  if (root < 0 || end < root) return null;
  const open = root + '<div id="root">'.length;
  const close = page.indexOf('</div>', open);
  if (close < 0 || close > end) return null;
  return { head: page.slice(0, open), rootEnd: page.slice(close, end), entry, tail: page.slice(end) };
}

/** The page drawn on the server from its first data (first-paint.ts); '' if a piece it needs is missing. */
function paint(data: FirstPageData, path: string, language: string, catalogues: Catalogues): string {
  const challenge = (data.challenge as { challenge?: PaintedChallenge }).challenge;
  const feed = (data.feed as { ideas?: PaintedFeed }).ideas;
  const catalogue = catalogues[language] ?? catalogues.en;
  if (!challenge || !feed || !catalogue) return '';
  try {
    return paintChallengePage({ challenge, feed, orderBy: data.orderBy, path, locale: language, catalogue });
  } catch {
    return '';
  }
}

/** The page's head with the links to a team page's chunks and stylesheets before `</head>`. */
function teamHead(head: string, files: TeamPageFiles | undefined): string {
  return head.replace('</head>', `${teamPageLinks(files)}</head>`);
}

/** A team page drawn on the server from its first data (team-paint.ts: the moderation queue's; insights-paint.ts: the dashboard's); '' if a piece it needs is missing. */
function paintTeamPage(data: TeamPageData, language: string, catalogues: Catalogues): string {
  const read = (query: string) => data.reads.find((r) => r.query === query)?.data as Record<string, unknown> | undefined;
  const challenge = read('teamChallenge')?.challenge as PaintedTeamChallenge | undefined;
  const catalogue = catalogues[language] ?? catalogues.en;
  if (!challenge || !catalogue) return '';
  try {
    if (data.page === 'insights') {
      const insights = read('challengeInsights')?.challengeInsights as DashboardInsights | undefined;
      return insights ? paintInsightsPage({ challenge, insights, reader: data.reader, locale: language, catalogue }) : '';
    }
    const queue = read('moderationQueue')?.moderationQueue as PaintedQueue | undefined;
    return queue ? paintModerationPage({ challenge, queue, reader: data.reader, locale: language, catalogue }) : '';
  } catch {
    return '';
  }
}
