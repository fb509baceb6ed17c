import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * The API reference's files (Swagger UI, pinned in package.json) ship with the portal, so `/docs`
 * loads them from our own origin: nothing leaves the machine, locally or in AWS.
 */
function apiReferenceAssets(): Plugin {
  const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  return {
    name: "plinth-api-reference-assets",
    generateBundle() {
      for (const file of ["swagger-ui-bundle.js", "swagger-ui.css"])
        this.emitFile({ type: "asset", fileName: `docs/${file}`, source: readFileSync(join(folder, file)) });
      // A deployed stage's settings, also as /portal/config.json: the CLI finds its sign-in client there.
      const baked = process.env.VITE_PLINTH_CONFIG;
      if (baked) this.emitFile({ type: "asset", fileName: "config.json", source: baked });
      // The complete document (with the recorded examples), generated and committed in packages/client.
      this.emitFile({
        type: "asset",
        fileName: "openapi.json",
        source: readFileSync(join(import.meta.dirname, "../client/openapi.json")),
      });
    },
  };
}

/**
 * The portal is served under /portal/ next to the API (same origin: no CORS), locally by `npm start`
 * and in AWS behind the stage's Router. Everything it loads is bundled: no CDN at run time.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "/portal/",
  plugins: [react(), apiReferenceAssets()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, target: "es2022" },
  logLevel: "warn",
});
