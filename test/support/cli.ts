import { execFile, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

export const PLINTH_BIN = resolve(import.meta.dirname, "../../packages/cli/bin/plinth.mjs");

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The built `plinth` binary as a user runs it: a child process in a temporary folder outside the
 * repository, with its own config home (profiles) and no inherited PLINTH_* settings. With `nodeBin`,
 * the binary is started as a shell starts it — `plinth` on PATH, through its `#!/usr/bin/env node`
 * line — with that folder's `node` first on PATH, so it runs on that Node.
 */
export function cliUser(options: { nodeBin?: string } = {}) {
  const home = mkdtempSync(join(tmpdir(), "plinth-cli-"));
  const bin = join(home, "bin");
  mkdirSync(bin);
  symlinkSync(PLINTH_BIN, join(bin, "plinth"));
  const env = {
    PATH: [options.nodeBin, bin, process.env.PATH ?? ""].filter(Boolean).join(delimiter),
    HOME: home,
    XDG_CONFIG_HOME: join(home, "config"),
    NO_COLOR: "1",
  };
  const exec = (file: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) =>
    new Promise<Ran>((done) => {
      const child = execFile(
        file,
        args,
        { cwd: home, env: { ...env, ...options.env }, timeout: 120_000 },
        (error, stdout, stderr) =>
          done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(options.stdin ?? "");
    });
  const plinth = (args: string[], runOptions: { stdin?: string; env?: Record<string, string> } = {}) =>
    options.nodeBin ? exec("plinth", args, runOptions) : exec(process.execPath, [PLINTH_BIN, ...args], runOptions);
  /** A command line run by `sh` with this user's PATH (pipes, as a user types them). */
  const shell = (script: string) => exec("sh", ["-c", script]);
  /** Starts a command, waits for its first output, sends Ctrl-C (SIGINT) and answers how it ended. */
  const interrupt = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [PLINTH_BIN, ...args], { cwd: home, env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => {
        if (!stdout) child.kill("SIGINT"); // once, at its first output
        stdout += chunk.toString();
      });
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on("close", (code) => done({ code, stdout, stderr }));
    });
  /** Starts a command and lets the test act while it runs: wait for a line on stderr, then for its end. */
  const start = (args: string[], extraEnv: Record<string, string> = {}) => {
    const child = spawn(process.execPath, [PLINTH_BIN, ...args], { cwd: home, env: { ...env, ...extraEnv } });
    let stdout = "";
    let stderr = "";
    const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
    const check = () => {
      for (const waiter of [...waiters]) {
        const match = stderr.match(waiter.pattern);
        if (match) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    const ended = new Promise<Ran>((done) => child.on("close", (code) => done({ code: code ?? 1, stdout, stderr })));
    return {
      /** The first match of `pattern` on its stderr (rejects if it ends first). */
      stderrMatch: (pattern: RegExp) =>
        Promise.race([
          new Promise<RegExpMatchArray>((resolve) => {
            waiters.push({ pattern, resolve });
            check();
          }),
          ended.then((ran) => {
            throw new Error(`plinth ended (${ran.code}) before printing ${pattern}: ${ran.stderr}`);
          }),
        ]),
      ended,
    };
  };
  return { home, plinth, shell, interrupt, start, configFile: join(home, "config", "plinth", "config.json") };
}
