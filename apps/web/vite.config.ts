import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.POLLEN_API_URL ?? 'http://localhost:3000';

/**
 * `export const IDEAS_FEED = IdeasFeedDocument` (the optimizer's output) made a re-export of the
 * imported document, with the file's own uses of the name pointing at the import: a module that
 * defines several documents then no longer holds them all, and each goes where it is used.
 */
function reexportDocuments(): PluginObj {
  return {
    name: 'pollen-reexport-documents',
    visitor: {
      Program: {
        exit(program) {
          program.scope.crawl();
          const documents = new Set(
            program.node.body.flatMap((node) => (t.isImportDeclaration(node) && node.source.value.endsWith('/gql/graphql') ? node.specifiers.map((s) => s.local.name) : [])),
          );
          for (const path of program.get('body')) {
            if (!path.isExportNamedDeclaration()) continue;
            const declaration = path.node.declaration;
            if (!t.isVariableDeclaration(declaration) || declaration.kind !== 'const') continue;
            const pairs = declaration.declarations.map((d) => (t.isIdentifier(d.id) && t.isIdentifier(d.init) && documents.has(d.init.name) ? [d.id.name, d.init.name] : null));
            if (!pairs.every(Boolean)) continue;
            for (const [name, local] of pairs as string[][]) {
              for (const use of program.scope.getBinding(name)?.referencePaths ?? []) use.replaceWith(t.identifier(local));
            }
            path.replaceWith(t.exportNamedDeclaration(null, (pairs as string[][]).map(([name, local]) => t.exportSpecifier(t.identifier(local), t.identifier(name)))));
          }
        },
      },
    },
  };
}

/**
 * The documents of src/app/first-page.ts: a challenge page's two (CHALLENGE and IDEAS_FEED), and
 * a team page's (the guard's TEAM_CHALLENGE, then the queue's or the dashboard's first read).
 */
const FIRST_PAGE = {
  challenge: 'ChallengeDocument',
  feed: 'IdeasFeedDocument',
  teamChallenge: 'TeamChallengeDocument',
  moderationQueue: 'ModerationQueueDocument',
  challengeInsights: 'ChallengeInsightsDocument',
};

/**
 * The modules a team page's address shows (app/routes.tsx: the control room's layout, the guard,
 * the page), by the page's name in apps/api/src/web/team-page.ts. Their chunks, with what they
 * import and their stylesheets, go into `team-pages.json`, which the API names in the page's head
 * as `modulepreload` and stylesheet links: the browser fetches them beside the first chunk
 * instead of once the first chunk has run and asked for them.
 */
const TEAM_PAGE_MODULES: Record<string, string[]> = {
  moderation: ['control-room/components/ControlRoomLayout.tsx', 'control-room/components/ChallengeTeamGuard.tsx', 'moderation/components/ModerationPage.tsx'],
  insights: ['control-room/components/ControlRoomLayout.tsx', 'control-room/components/ChallengeTeamGuard.tsx', 'insights/components/InsightsPage.tsx'],
};

const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
const DOCUMENT_MODULE = '\0pollen-gql-document:';

/**
 * Each page's GraphQL documents in its own chunk. The codegen client preset's optimizer turns
 * each `graphql(`…`)` call into an import of that one document from src/gql/graphql.ts (so no
 * page carries gql.ts's map of every document and its source text); and graphql.ts is loaded as
 * re-exports of one module per document, so the bundler puts each document beside the code that
 * uses it instead of every document in one shared chunk of the first page.
 */
function graphqlDocuments(): Plugin {
  const artifactDirectory = resolve(__dirname, 'src/gql');
  const generated = resolve(artifactDirectory, 'graphql.ts');
  let documents = new Map<string, string>();
  return {
    name: 'pollen-graphql-documents',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(DOCUMENT_MODULE) ? id : null),
    load(id) {
      if (id.startsWith(DOCUMENT_MODULE)) {
        const name = id.slice(DOCUMENT_MODULE.length);
        return `export default ${documents.get(name)};`;
      }
      if (id !== generated) return null;
      documents = new Map([...readFileSync(generated, 'utf8').matchAll(DOCUMENT)].map((m) => [m[1], m[2]]));
      return [...documents.keys()].map((name) => `export { default as ${name} } from ${JSON.stringify(DOCUMENT_MODULE + name)};`).join('\n');
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(artifactDirectory) || !code.includes('graphql(`')) return null;
      const out = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }], reexportDocuments],
      });
      return out?.code ? { code: out.code, map: out.map } : null;
    },
    generateBundle(_options, bundle) {
      // The pages' first queries, as Apollo Client sends them (with __typename), for the API to answer in the page (apps/api/src/web/first-page.ts, team-page.ts).
      const text = (name: string) => print(addTypenameToDocument(JSON.parse(documents.get(name)!) as DocumentNode));
      const queries = Object.fromEntries(Object.entries(FIRST_PAGE).map(([key, name]) => [key, text(name)]));
      this.emitFile({ type: 'asset', fileName: 'first-page.json', source: JSON.stringify(queries) });
      this.emitFile({ type: 'asset', fileName: 'team-pages.json', source: JSON.stringify(teamPageFiles(bundle)) });
      // The catalogues, for the API to draw the challenge page in the reader's language before the scripts run (apps/api/src/web/first-paint.ts).
      const catalogues = Object.fromEntries(['en', 'fr', 'pt'].map((lng) => [lng, JSON.parse(readFileSync(resolve(__dirname, `src/i18n/locales/${lng}.json`), 'utf8'))]));
      this.emitFile({ type: 'asset', fileName: 'first-paint.json', source: JSON.stringify(catalogues) });
    },
  };
}

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** Each team page's chunks beyond the entry's (and the entry's shared chunks), with their stylesheets, in load order. */
function teamPageFiles(bundle: Record<string, unknown>): Record<string, { scripts: string[]; styles: string[] }> {
  const chunks = Object.values(bundle as Record<string, BundleChunk>).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // What index.html loads already: the entry and every chunk it imports.
  const loaded = new Set<string>();
  const mark = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    byName.get(name)?.imports?.forEach(mark);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => mark(c.fileName));
  const out: Record<string, { scripts: string[]; styles: string[] }> = {};
  for (const [page, modules] of Object.entries(TEAM_PAGE_MODULES)) {
    const scripts: string[] = [];
    const styles: string[] = [];
    const add = (name: string) => {
      if (loaded.has(name) || scripts.includes(name)) return;
      const chunk = byName.get(name);
      if (!chunk) return;
      scripts.push(name);
      chunk.imports?.forEach(add);
      chunk.viteMetadata?.importedCss.forEach((css) => styles.includes(css) || styles.push(css));
    };
    for (const module of modules) {
      const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/src/features/${module}`));
      if (!chunk) throw new Error(`team-pages.json: no chunk for ${module} (app/routes.tsx loads it lazily)`);
      add(chunk.fileName);
    }
    out[page] = { scripts: scripts.map((name) => `/${name}`), styles: styles.map((name) => `/${name}`) };
  }
  return out;
}

/**
 * Every module the entry imports statically, in one chunk: the first page then costs the server
 * two script requests instead of sixteen (each small shared chunk was a request of its own, and a
 * starved server answers them slowly). The chunks of later pages still import from it.
 */
function firstPageChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'pollen-first-page-chunk',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => id.endsWith('/src/main.tsx'));
      const pending = entry ? [entry] : [];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (modules.has(id)) continue;
        modules.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, test: (id) => modules.has(id) };
}

const firstPage = firstPageChunk();

/** Assets worth compressing: text, above one TCP packet. Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|css|json|svg)$/;

/**
 * Every text asset also as `.br` and `.gz` beside it, made once at build time with Node's zlib
 * (brotli at its best quality, gzip at 9), for the API to answer by the browser's Accept-Encoding
 * (apps/api/src/web/web-client.ts): the first chunk's 450 KB of script travel as ~120 KB, and no
 * request pays for compressing.
 */
function precompressed(): Plugin {
  return {
    name: 'pollen-precompressed',
    apply: 'build',
    enforce: 'post',
    // Once written: the files as served, after every other plugin has had its say on their code.
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const path = resolve(options.dir!, fileName);
        const source = readFileSync(path);
        if (source.length < 1_400) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }));
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [graphqlDocuments(), react(), firstPage.plugin, precompressed()],
  /**
   * React's API, rendered by Preact (preact/compat, ~45 KB gzipped less than React DOM): the code
   * and its types are React's; React Aria, react-router, Apollo Client and react-i18next run on it
   * (every browser spec passes on it).
   */
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
      // The dashboard's charts, drawn the same here and on the server (libs/charts).
      { find: /^@pollen\/charts$/, replacement: resolve(__dirname, '../../libs/charts/src/index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', test: firstPage.test }] } },
      onLog(level, log, handler) {
        // react-router reads React 19's useOptimistic in its data router only, which the client does not use (routes.tsx).
        if (log.code === 'IMPORT_IS_UNDEFINED' && log.message.includes('useOptimistic')) return;
        handler(level, log);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/socket.io': { target: api, ws: true, changeOrigin: true },
    },
  },
});
