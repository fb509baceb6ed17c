import { execFile, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const PLINTH_BIN = resolve(import.meta.dirname, "../../packages/cli/bin/plinth.mjs");

/**
 * The built `plinth` binary as a user runs it: a child process in a temporary folder outside the
 * repository, with its own config home (profiles) and no inherited PLINTH_* settings.
 */
export function cliUser() {
  const home = mkdtempSync(join(tmpdir(), "plinth-cli-"));
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: join(home, "config"),
    NO_COLOR: "1",
  };
  const plinth = (args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        [PLINTH_BIN, ...args],
        { cwd: home, env: { ...env, ...options.env }, timeout: 120_000 },
        (error, stdout, stderr) =>
          done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(options.stdin ?? "");
    });
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
  return { home, plinth, interrupt, configFile: join(home, "config", "plinth", "config.json") };
}
