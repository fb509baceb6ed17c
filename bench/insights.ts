import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, putRequestCopy, smoke, storedRequest, table } from "./support";

/**
 * bench/insights.ts — what GET /v1/insights costs per call as a team's records in the window grow:
 * DynamoDB queries, items and read units (as DynamoDB reports them) and latency through the API.
 * The records are copies of one real request (made through the API) with their own ids and times,
 * written straight to the table so the set-up does not run thousands of workflows.
 */
const sizes = smoke ? [10, 100] : [10, 100, 1000, 2000, 3000];
const calls = smoke ? 5 : 20;

async function main(): Promise<void> {
  const cloud = await startLocalCloud({ stage: "benchinsights", logLevel: "SILENT", timeScale: 0.001 });
  const headers = { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" };
  const { item: original, record } = await storedRequest(cloud, { maxReceiveCount: 3 });

  let written = 1;
  const rows: (string | number)[][] = [];
  for (const size of sizes) {
    for (; written < size; written++) {
      const id = `pr-bench${String(written).padStart(12, "0")}`;
      const at = new Date(Date.now() - written * 60_000).toISOString();
      await putRequestCopy(cloud, { item: original, record }, { id, at });
    }
    const latencies: number[] = [];
    let cost: { queries: number; itemsRead: number; readUnits: number; truncated: boolean } | undefined;
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const answer = (await (
        await fetch(
          `${cloud.apiUrl}/v1/insights?team=payments&from=${new Date(Date.now() - 90 * 86_400_000).toISOString()}`,
          {
            headers,
          },
        )
      ).json()) as { cost: typeof cost; provisioning: { requests: number } };
      latencies.push(performance.now() - started);
      cost = answer.cost;
    }
    latencies.sort((a, b) => a - b);
    rows.push([
      size,
      cost?.queries ?? 0,
      cost?.itemsRead ?? 0,
      cost?.readUnits ?? 0,
      cost?.truncated ? "yes" : "no",
      percentile(latencies, 0.5),
      percentile(latencies, 0.95),
    ]);
  }
  await cloud.stop();
  console.log(`\n## GET /v1/insights: cost per call — ${machine()}`);
  console.log(
    `A team with N requests in the window (and no datasets or incidents); ${calls} calls each; read units as DynamoDB Local reports them (eventually consistent, 0.5 per 4 KB).\n`,
  );
  console.log(
    table(["requests in window", "queries", "items read", "read units", "truncated", "p50 ms", "p95 ms"], rows),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
