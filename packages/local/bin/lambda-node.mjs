#!/usr/bin/env node
// Runs a command on the Node major that Lambda runs (`.node-version`), even where the machine's own
// Node is older: the project's tests and local cloud must behave as the deployed functions do.
//
//   node packages/local/bin/lambda-node.mjs <command> [args…]   run it on that Node
//   node packages/local/bin/lambda-node.mjs --env               print `export PATH=…` for a shell
//
// A machine whose Node already is that major or newer uses its own (no download). Otherwise the
// pinned build below comes from the npm registry (`node-<platform>-<arch>`, the platform packages
// behind npm's `node` package) once, into ${XDG_CACHE_HOME:-~/.cache}/plinth, and is reused.
// Plain JavaScript on purpose: it must run on an older Node before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { homedir, constants as osConstants } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The build fetched when the machine's Node is older; its major must equal `.node-version`'s (tested). */
export const PINNED_NODE = "24.22.3";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function wantedMajor() {
  const text = readFileSync(join(root, ".node-version"), "utf8").trim();
  const major = Number.parseInt(text, 10);
  if (!Number.isInteger(major)) throw new Error(`.node-version must start with a major version, got "${text}"`);
  return major;
}

function fail(message) {
  process.stderr.write(`plinth: ${message}\n`);
  process.exit(1);
}

/** The folder holding a `node` of the wanted major: null when the running one already is. */
function nodeBinDir() {
  const major = wantedMajor();
  if (Number.parseInt(process.versions.node, 10) >= major) return null;
  if (Number.parseInt(PINNED_NODE, 10) !== major) fail(`PINNED_NODE ${PINNED_NODE} is not Node ${major}`);
  try {
    return nodeFromRegistry(PINNED_NODE, `this machine has Node ${process.versions.node}; Lambda runs Node ${major}.`);
  } catch (error) {
    fail(
      `${error.message}. Install Node ${major} yourself (nvm install ${major}, fnm, or nodejs.org) and run the command again.`,
    );
  }
}

/**
 * The `bin` folder of Node `version` from the npm registry, fetched once into the cache (also used by
 * the test that runs the CLI on older Node releases). `why` prefixes the one line printed on a fetch.
 */
export function nodeFromRegistry(version, why = "") {
  const pkg = `node-${process.platform}-${process.arch}`;
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "plinth", `node-v${version}`);
  const bin = join(cache, "node_modules", pkg, "bin");
  if (existsSync(join(bin, "node"))) return bin;

  process.stderr.write(
    `plinth: ${why ? `${why} ` : ""}Fetching ${pkg}@${version} from the npm registry into ${cache} (once)…\n`,
  );
  const staging = `${cache}.partial-${process.pid}`;
  mkdirSync(staging, { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const install = spawnSync(
    npm,
    ["install", "--prefix", staging, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", `${pkg}@${version}`],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  if (install.status !== 0 || !existsSync(join(staging, "node_modules", pkg, "bin", "node"))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`could not fetch ${pkg}@${version} (npm exited ${install.status})`);
  }
  rmSync(cache, { recursive: true, force: true });
  renameSync(staging, cache);
  return bin;
}

// Imported by the consistency test for its constants; runs only as a command.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) fail("usage: lambda-node.mjs --env | <command> [args…]");
  const bin = nodeBinDir();
  const PATH = bin ? `${bin}${delimiter}${process.env.PATH ?? ""}` : (process.env.PATH ?? "");

  if (args[0] === "--env") {
    process.stdout.write(`export PATH=${JSON.stringify(PATH)}\n`);
  } else {
    const child = spawn(args[0], args.slice(1), { stdio: "inherit", env: { ...process.env, PATH } });
    // Ctrl-C already reaches the whole process group; a SIGTERM from a supervisor reaches only us: pass
    // it on. Either way, stay alive until the command has shut down and exit as it did.
    process.on("SIGINT", () => undefined);
    for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
    child.on("error", (error) => fail(`could not run ${args[0]}: ${error.message}`));
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (osConstants.signals[signal] ?? 1) : 1)));
  }
}
