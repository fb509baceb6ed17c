// The CLI's start once plinth.mjs has checked the Node version: run the bundle, rebuilt when stale.

import { existsSync, readdirSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// A reader that stops early (`plinth request list | head`) closes the pipe: stop quietly, as gh does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// V8's code cache for the bundle (Node 22.1+; in the OS temp folder): later starts skip compiling it.
nodeModule.enableCompileCache?.();

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "plinth.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = [join(root, "src"), join(root, "../client/src")].filter(existsSync);
if (sources.length > 0) {
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  if (sources.some((dir) => newestSource(dir) > built)) await (await import("../build.mjs")).buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
await main();
