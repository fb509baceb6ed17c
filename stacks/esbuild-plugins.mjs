// esbuild plugins for every Lambda bundle (sst.config.ts `nodejs.plugins`; bench/api.ts measures with them).
//
// zod 4 re-exports every locale (~50 languages, ~250 KiB minified) as a namespace that esbuild cannot
// tree-shake; Plinth's messages are English, so the locales index resolves to English alone.
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales-en", namespace: "plinth" } : undefined,
    );
    build.onLoad({ filter: /^zod-locales-en$/, namespace: "plinth" }, () => ({
      contents: 'export { default as en } from "zod/v4/locales/en.js";',
      resolveDir: process.cwd(),
      loader: "js",
    }));
  },
};

export default [zodEnglishOnly];
