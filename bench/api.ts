import { spawn, spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { workflows } from "@plinth/workflows";
import { build } from "esbuild";
import lambdaPlugins from "../stacks/esbuild-plugins.mjs";
import { load, machine, smoke, startLocalCloudProcess, stopChild, table } from "./support";

/**
 * bench/api.ts — the API over HTTP against the local cloud, beside a bare Hono hello-world measured
 * in the same run, and the cold-start cost of the API Lambda bundle.
 */
const seconds = smoke ? 1 : 10;
/** One client shows the latency a person sees; eight show what the process sustains. */
const concurrencies = [1, 8];

async function main(): Promise<void> {
  const hello = spawn(process.execPath, ["--import", "tsx", "bench/hello-hono.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const helloPort = await new Promise<string>((resolve) =>
    hello.stdout.on("data", (chunk: Buffer) => {
      const port = /listening on (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(port);
    }),
  );
  const cloud = await startLocalCloudProcess();
  const api = cloud.env.PLINTH_API_URL as string;
  const auth = { authorization: `Bearer ${cloud.env.PLINTH_TOKEN_ALICE}` };

  const cases: [string, string, Record<string, string>][] = [
    ["bare Hono hello-world", `http://127.0.0.1:${helloPort}/`, {}],
    ["GET /healthz", `${api}/healthz`, {}],
    ["GET /v1/me (JWT verify + DynamoDB GetItem)", `${api}/v1/me`, auth],
  ];
  // Warm up each server (JIT, keep-alive sockets, DynamoDB Local's JVM) before measuring.
  for (const [, url, headers] of cases) await load(url, headers, 8, smoke ? 0.2 : 3);
  const rows = [];
  for (const connections of concurrencies) {
    let baseline = Number.NaN;
    for (const [name, url, headers] of cases) {
      const r = await load(url, headers, connections, seconds);
      if (Number.isNaN(baseline)) baseline = r.p50;
      rows.push([
        name,
        connections,
        r.requests,
        r.errors,
        r.p50,
        r.p95,
        r.p99,
        r.rps,
        `${(r.p50 / baseline).toFixed(1)}×`,
      ]);
    }
  }
  await cloud.stop();
  await stopChild(hello);

  console.log(`\n## API over HTTP — ${machine()}`);
  console.log(
    `Keep-alive HTTP/1.1, ${seconds} s per case after warm-up; load generator, API and DynamoDB Local in separate processes.\n`,
  );
  console.log(
    table(
      ["case", "connections", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s", "p50 vs hello-world"],
      rows,
    ),
  );

  console.log("\n## Cold start of the API Lambda bundle (functions/api.ts)\n");
  const bundles = [];
  for (const [variant, external] of [
    ["everything bundled (as deployed: nodejs24.x, splitting)", []],
    ["@aws-sdk/* left to the Lambda runtime", ["@aws-sdk/*"]],
  ] as [string, string[]][]) {
    // Inside the repository, so the variant with external @aws-sdk/* resolves them from node_modules.
    const outdir = resolve(".plinth", "bench", external.length ? "api-external-sdk" : "api");
    rmSync(outdir, { recursive: true, force: true });
    // What stacks/api.ts deploys: ESM, code splitting (the S3 client is a chunk loaded on first use), our plugins.
    const result = await build({
      entryPoints: { api: "functions/api.ts" },
      bundle: true,
      minify: true,
      splitting: true,
      platform: "node",
      format: "esm",
      target: "node24",
      outdir,
      outExtension: { ".js": ".mjs" },
      external,
      metafile: true,
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
      plugins: lambdaPlugins,
      logLevel: "error",
    });
    // What a cold start loads: the entry and the chunks it imports statically.
    const outputs = result.metafile.outputs;
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const imported of outputs[file]?.imports ?? [])
        if (imported.kind === "import-statement" && outputs[imported.path]) visit(imported.path);
    };
    const entry = Object.keys(outputs).find((file) => file.endsWith("api.mjs")) as string;
    visit(entry);
    const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);
    const gzipOf = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    const all = Object.keys(outputs).filter((file) => file.endsWith(".mjs"));
    bundles.push([
      variant,
      `${(sizeOf([...loaded]) / 1024).toFixed(0)} KiB`,
      `${(gzipOf([...loaded]) / 1024).toFixed(0)} KiB`,
      `${(sizeOf(all) / 1024).toFixed(0)} KiB`,
      importTime(resolve(entry), smoke ? 3 : 10),
    ]);
  }
  console.log(
    table(["bundle (esbuild, minified)", "loaded at start", "gzip", "all chunks", "import ms (median)"], bundles),
  );
}

/** Median time for a fresh Node process to import the bundle (module evaluation: adapters built, app created). */
function importTime(file: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const probe = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
      ],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          SST_RESOURCE_Table: '{"name":"bench"}',
          SST_RESOURCE_Bus: '{"name":"bench"}',
          SST_RESOURCE_Lake: '{"name":"bench"}',
          // The state machines SST links into the API function.
          ...Object.fromEntries(
            workflows.map(({ name }) => [
              `SST_RESOURCE_${name}`,
              JSON.stringify({ name, arn: `arn:aws:states:us-east-1:000000000000:stateMachine:plinth-bench-${name}` }),
            ]),
          ),
          AWS_REGION: "us-east-1",
          // What the stack sets (stacks/api.ts): the function refuses to start without it.
          PLINTH_ACCOUNT: "000000000000",
          // sst.config.ts gives every function its stage.
          PLINTH_STAGE: "bench",
          POWERTOOLS_LOG_LEVEL: "SILENT",
        },
      },
    );
    if (probe.status !== 0) throw new Error(`importing ${file} failed:\n${probe.stderr}`);
    times.push(Number(probe.stdout.trim()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
