// Bundles the CLI into one ES module (dist/plinth.mjs) so `plinth` starts without compiling TypeScript.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = dirname(fileURLToPath(import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: [join(root, "src/main.ts")],
    outfile: join(root, "dist/plinth.mjs"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
