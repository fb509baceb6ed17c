import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

// Core's modules stay small enough to read in one sitting: past 400 lines a second responsibility
// has usually crept in, and the module is split where it did (issue 32: provisioning/service.ts).
const LIMIT = 400;
const root = import.meta.dirname;

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

it(`keeps every core module within ${LIMIT} lines`, () => {
  const long = modules(root)
    .map((path) => ({ path: relative(root, path), lines: readFileSync(path, "utf8").trimEnd().split("\n").length }))
    .filter((module) => module.lines > LIMIT)
    .map((module) => `${module.path}: ${module.lines} lines`);
  expect(long).toEqual([]);
});
