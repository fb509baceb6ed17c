import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCli } from "../packages/cli/build.mjs";
import { startLocalCloud } from "../packages/local/src/cloud";
import { portalDist } from "../packages/local/src/portal";
import { PLINTH_BIN } from "../test/support/cli";
import { machine, percentile, smoke, table } from "./support";

/**
 * The `plinth` binary's start-up (`--version`: process start to exit) and a one-request command
 * (`template list --json`) beside the API's own time for the same request, over the same loopback.
 */
const rounds = smoke ? 5 : 30;
await buildCli();
const cloud = await startLocalCloud({
  stage: "bench",
  timeScale: 0.001,
  logLevel: "ERROR",
  portal: { distDir: portalDist },
});
try {
  const home = mkdtempSync(join(tmpdir(), "plinth-bench-"));
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    XDG_CONFIG_HOME: home,
    PLINTH_API_URL: cloud.apiUrl,
    PLINTH_TOKEN: cloud.tokens.ALICE ?? "",
  };
  const timed = (args: string[]) => {
    const started = performance.now();
    // Blocking is fine here: these commands call nothing. Commands that call the in-process API run
    // asynchronously (`timedAsync`), so the API can answer them.
    execFileSync(process.execPath, [PLINTH_BIN, ...args], { env, cwd: home, stdio: "ignore" });
    return performance.now() - started;
  };
  const timedAsync = async (args: string[]) => {
    const { execFile } = await import("node:child_process");
    const started = performance.now();
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [PLINTH_BIN, ...args], { env, cwd: home }, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    return performance.now() - started;
  };
  const series = async (run: () => Promise<number> | number) => {
    const times: number[] = [];
    await run(); // the first run writes V8's code cache
    for (let i = 0; i < rounds; i++) times.push(await run());
    return times.sort((a, b) => a - b);
  };
  const bareNode = await series(() => {
    const started = performance.now();
    execFileSync(process.execPath, ["-e", "0"], { stdio: "ignore" });
    return performance.now() - started;
  });
  const version = await series(() => timed(["--version"]));
  const help = await series(() => timed(["request", "create", "--help"]));
  const oneRequest = await series(() => timedAsync(["template", "list", "--json"]));
  const api = await series(async () => {
    const started = performance.now();
    const response = await fetch(`${cloud.apiUrl}/v1/templates`, {
      headers: { authorization: `Bearer ${cloud.tokens.ALICE}` },
    });
    await response.arrayBuffer();
    return performance.now() - started;
  });
  const row = (name: string, times: number[]) => [name, percentile(times, 0.5), percentile(times, 0.95)];
  console.log(`\n## plinth CLI (${machine()}, ${rounds} runs each)\n`);
  console.log(
    table(
      ["what", "p50 ms", "p95 ms"],
      [
        row("node -e 0 (the floor: Node's own start)", bareNode),
        row("plinth --version", version),
        row("plinth request create --help", help),
        row("plinth template list --json (one request)", oneRequest),
        row("  of which the API (GET /v1/templates from here)", api),
      ],
    ),
  );
  console.log(
    `\nOne-request command minus the API's time: ${(percentile(oneRequest, 0.5) - percentile(api, 0.5)).toFixed(0)} ms (goal < 300 ms); --version ${percentile(version, 0.5).toFixed(0)} ms (goal < 150 ms).`,
  );
} finally {
  await cloud.stop();
}
