import { DynamoCostStore } from "../packages/aws/src/dynamodb/cost-store";
import { Cost } from "../packages/core/src";
import { startLocalCloud } from "../packages/local/src/cloud";
import type { ResourceLifetime } from "../packages/local/src/standins/cloudformation";
import { CostExplorerStandIn } from "../packages/local/src/standins/cost-explorer";
import { TrafficModel } from "../packages/local/src/standins/traffic";
import { manualClock } from "../packages/local/src/stepfunctions/clock";
import { machine, percentile, putRequestCopy, smoke, storedRequest, table } from "./support";

/**
 * bench/cost.ts — (1) Cost Explorer calls a day (at $0.01 each) as live resources grow: one
 * CostIngestion run reads the previous month and this one, paged; the count depends on resources ×
 * days ÷ page size and never on how often anyone reads /v1/costs. (2) GET /v1/costs latency as a
 * team's requests grow, each with 45 days of measured lines, read through the API.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;

async function callsPerRun(resources: number, pageSize: number, dayOfMonth: number) {
  const start = Date.parse("2026-11-01T00:00:00Z");
  const now = start + (30 + dayOfMonth - 1) * DAY + 12 * HOUR;
  const clock = manualClock(now);
  const lifetimes: ResourceLifetime[] = Array.from({ length: resources }, (_, i) => ({
    stack: `plinth-bench-payments-dev-q${i}`,
    logicalId: "Key",
    physicalId: `key-${i}`,
    type: "AWS::KMS::Key",
    properties: {},
    tags: { "plinth:stage": "bench", "plinth:request": `pr-${i}` },
    from: start,
  }));
  const standIn = new CostExplorerStandIn({
    clock,
    lifetimes: () => lifetimes,
    traffic: new TrafficModel(clock, () => lifetimes),
    pageSize,
  });
  const window = Cost.costWindow(new Date(now));
  let token: string | undefined;
  do {
    // As the SDK reaches it: the service on the gateway, its answer parsed as the workflow's task does.
    const answer = await standIn.service.handle("GetCostAndUsage", {
      TimePeriod: window,
      ...Cost.costQuery,
      ...(token ? { NextPageToken: token } : {}),
    });
    token = Cost.CostAndUsagePage.parse(answer).NextPageToken;
  } while (token);
  return { calls: standIn.calls, days: (Date.parse(window.End) - Date.parse(window.Start)) / DAY };
}

async function readLatency(): Promise<{ reads: (string | number)[][]; scans: (string | number)[][] }> {
  const sizes = smoke ? [10] : [10, 100, 500];
  const calls = smoke ? 5 : 20;
  const cloud = await startLocalCloud({
    stage: "benchcost",
    logLevel: "SILENT",
    timeScale: 0.001,
    schedulesDisabled: true,
  });
  const headers = { authorization: `Bearer ${cloud.tokens.ALICE}` };
  const { item: original, record } = await storedRequest(cloud);
  const store = new DynamoCostStore(cloud.apiClients.dynamodb, cloud.tableName);
  const today = Date.parse(`${cloud.clock.now().toISOString().slice(0, 10)}T00:00:00Z`);
  const rows: (string | number)[][] = [];
  const scans: (string | number)[][] = [];
  let written = 0;
  for (const size of sizes) {
    for (; written < size; written++) {
      const id = `pr-cost${String(written).padStart(13, "0")}`;
      const at = new Date(today - 50 * DAY).toISOString();
      await putRequestCopy(
        cloud,
        { item: original, record },
        {
          id,
          at,
          attributes: { status: "SUCCEEDED" },
          record: { status: "SUCCEEDED", outputs: { QueueArn: `arn:aws:sqs:us-east-1:000000000000:bench-${id}` } },
        },
      );
      await store.put(
        Array.from({ length: 45 }, (_, d) => ({
          team: "payments",
          day: new Date(today - (45 - d) * DAY).toISOString().slice(0, 10),
          request: id,
          amountUsd: 0.04,
          estimated: false,
          readAt: new Date().toISOString(),
        })),
      );
    }
    const latencies: number[] = [];
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const answer = await fetch(`${cloud.apiUrl}/v1/costs?team=payments`, { headers });
      await answer.json();
      if (!answer.ok) throw new Error(`GET /v1/costs answered ${answer.status}`);
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    rows.push([size, size * 45, percentile(latencies, 0.5), percentile(latencies, 0.95)]);
    // The daily idle scan over the same requests (none has a live queue: every one is found idle).
    const before = cloud.awsMetrics.calls;
    const started = performance.now();
    const scan = await cloud.runWorkflow("ResourceRecommendations", {});
    if (scan.status !== "SUCCEEDED") throw new Error(`ResourceRecommendations ${scan.status}: ${scan.cause}`);
    const open = (await (await fetch(`${cloud.apiUrl}/v1/recommendations?team=payments`, { headers })).json()) as {
      open: number;
    };
    scans.push([size, cloud.awsMetrics.calls - before, open.open, ((performance.now() - started) / 1000).toFixed(1)]);
  }
  await cloud.stop();
  return { reads: rows, scans };
}

async function main(): Promise<void> {
  const resources = smoke ? [10, 100] : [10, 100, 1000];
  const calls: (string | number)[][] = [];
  for (const n of resources)
    for (const pageSize of [100, 1000]) {
      const early = await callsPerRun(n, pageSize, 6);
      const late = await callsPerRun(n, pageSize, 28);
      calls.push([n, pageSize, early.calls, late.calls, `$${(late.calls * 0.01).toFixed(2)}`]);
    }
  console.log(`\n## Cost Explorer calls a day — ${machine()}`);
  console.log(
    "One CostIngestion run a day (the rule's rate), reading from the first of the previous month to today, grouped by stage and request; entries (day × request) per page as given (AWS does not document its page size). API reads of /v1/costs add no calls.\n",
  );
  console.log(
    table(["live resources", "entries per page", "calls (6th of month)", "calls (28th)", "cost a day (28th)"], calls),
  );
  const { reads, scans } = await readLatency();
  console.log(`\n## GET /v1/costs — ${machine()}`);
  console.log("A team with N live requests, each with 45 days of measured lines; through the API, DynamoDB Local.\n");
  console.log(table(["live requests", "cost lines", "p50 ms", "p95 ms"], reads));
  console.log(`\n## The daily idle scan (ResourceRecommendations) — ${machine()}`);
  console.log(
    "N live SQS queues old enough to judge (14 days), all idle; GetMetricData calls in one run (≤ 178 queues a call: 2 metrics × 14 days within a state's 5,000 datapoints), the recommendations it opened, and the run's wall time on the local cloud.\n",
  );
  console.log(table(["live queues", "GetMetricData calls", "recommendations open", "run seconds"], scans));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
