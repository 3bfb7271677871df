/**
 * NestJS 12 and a few of its dependencies ship as ES modules only. Node 20 require()s them
 * natively, but Jest's module system (before Node 24.9) cannot, so Jest compiles them to
 * CommonJS with SWC like our own code. Their `createRequire(import.meta.url)` idiom is mapped
 * to the CommonJS `require` and `__filename` first, as SWC leaves `import.meta` as is.
 */
const { createTransformer } = require('@swc/jest');

module.exports = {
  createTransformer(options) {
    const swc = createTransformer(options);
    const adapt = (source, filename) =>
      filename.includes('/node_modules/')
        ? source
            .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
            .replace(/import\.meta\.url/g, "require('node:url').pathToFileURL(__filename).href")
        : source;
    return {
      ...swc,
      process: (source, filename, transformOptions) => swc.process(adapt(source, filename), filename, transformOptions),
      processAsync: (source, filename, transformOptions) => swc.processAsync(adapt(source, filename), filename, transformOptions),
      getCacheKey: (source, filename, transformOptions) => swc.getCacheKey(adapt(source, filename), filename, transformOptions),
    };
  },
};
