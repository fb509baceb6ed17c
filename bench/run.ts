import { spawnSync } from "node:child_process";

/** `npm run bench [-- --smoke]`: every benchmark in its own process, so none skews another. */
const benches = [
  "bench/api.ts",
  "bench/stepfunctions.ts",
  "bench/eventbridge.ts",
  "bench/provisioning.ts",
  "bench/remediation.ts",
  "bench/promotion.ts",
  "bench/landing.ts",
  "bench/portal.ts",
  "bench/cli.ts",
  "bench/insights.ts",
  "bench/cost.ts",
  "bench/catalog.ts",
  "bench/pipelines.ts",
  "bench/webhooks.ts",
];
const args = process.argv.slice(2);
let failed = false;
for (const bench of benches) {
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", bench, ...args], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${bench} exited with ${result.status}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
