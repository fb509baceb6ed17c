#!/usr/bin/env node
// Runs the prebuilt CLI (dist/plinth.mjs), rebuilding it first when a source is newer than the build,
// so `npx plinth` from a fresh clone and after every edit runs the current code, and starts fast.
import { existsSync, readdirSync, statSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// V8's code cache for the bundle (in the OS temp folder): later starts skip compiling it.
enableCompileCache?.();
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
