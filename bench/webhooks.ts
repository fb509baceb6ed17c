import { randomUUID } from "node:crypto";
import { DisableRuleCommand, EnableRuleCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { sign } from "@octokit/webhooks-methods";
import { DynamoRunStore, DynamoWebhookDeliveryStore } from "../packages/aws/src";
import { physicalName } from "../packages/core/src";
import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, smoke, table } from "./support";

/**
 * bench/webhooks.ts — GitHub's webhooks into Plinth (issue 29):
 *   1. ingest: signed `workflow_job` deliveries sent open-loop at 25, 50, 100 and 200 a second (as GitHub's
 *      bursts come), each answered by the receiver after it verified, recorded and put one event on the
 *      bus — with the processing rule off, so the receiver is measured alone (in AWS the processing runs
 *      in other functions; locally it shares one process on two cores and DynamoDB Local, ~15 ms a
 *      write). Then the rule on and every delivery redelivered: processed behind the rule, counted.
 *      Goal: p95 < 50 ms at 200/s, 0 lost.
 *   2. redelivery: a sample of those deliveries sent 10 times more each (GitHub's "Redeliver", the sweep):
 *      goal 0 double-processed (each delivery claimed once) and nothing new written.
 *   3. DORA for a year of one team's history (5 services, 3 production deployments a day each): the reads
 *      the team's insights (DynamoDB's consumed capacity) and a service's DORA take.
 */
/** Offered rates, deliveries a second, each for `seconds` (200/s is the goal's rate). */
const RATES = [25, 50, 100, 200];
const seconds = smoke ? 1 : 5;
const redelivered = smoke ? 20 : 200;
const REPEAT = 10;

async function main(): Promise<void> {
  // Real time: a processor's lease (5 minutes) is then what it is in AWS.
  const cloud = await startLocalCloud({ stage: "benchhook", logLevel: "SILENT" });
  const secret = cloud.env.PLINTH_GITHUB_WEBHOOK_SECRET ?? "";
  const deliveries = new DynamoWebhookDeliveryStore(cloud.apiClients.dynamodb, cloud.tableName);
  /** Five jobs a run, as a pipeline has (a job delivery's processing reads its run's jobs). */
  const runOf = (jobId: number) => 900_000_000 + Math.floor(jobId / 5);
  const payload = (jobId: number) =>
    JSON.stringify({
      action: "completed",
      repository: { name: "bench", full_name: "acme/bench", owner: { login: "acme" } },
      installation: { id: 1 },
      workflow_job: {
        id: jobId,
        run_id: runOf(jobId),
        run_attempt: 1,
        name: `job ${jobId}`,
        head_sha: "0".repeat(40),
        status: "completed",
        conclusion: "success",
        started_at: "2026-12-01T10:00:00Z",
        completed_at: "2026-12-01T10:01:00Z",
        html_url: "https://github.com/acme/bench/actions/runs/1/job/1",
        steps: [],
      },
    });
  const send = async (guid: string, body: string) => {
    const started = performance.now();
    try {
      return await post(guid, body, started);
    } catch {
      return { ms: performance.now() - started, ok: false };
    }
  };
  const post = async (guid: string, body: string, started: number) => {
    const response = await fetch(`${cloud.apiUrl}/webhooks/github`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "workflow_job",
        "x-github-delivery": guid,
        "x-hub-signature-256": await sign(secret, body),
      },
      body,
    });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.ok };
  };
  /** Open loop: one send every 1/rate s whatever the answers, as deliveries arrive from GitHub. */
  const openLoop = async (jobs: { guid: string; body: string }[], RATE: number) => {
    const latencies: number[] = [];
    let errors = 0;
    const began = performance.now();
    await Promise.all(
      jobs.map(async (job, i) => {
        const due = began + (i * 1000) / RATE;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        const { ms, ok } = await send(job.guid, job.body);
        latencies.push(ms);
        if (!ok) errors += 1;
      }),
    );
    latencies.sort((a, b) => a - b);
    return { latencies, errors, rate: jobs.length / ((performance.now() - began) / 1000) };
  };
  const events = new EventBridgeClient({});
  const rule = {
    Name: physicalName(cloud.stage, "github-webhook"),
    EventBusName: JSON.parse(cloud.env.SST_RESOURCE_Bus ?? "{}").name,
  };
  try {
    // 1. The receiver alone: its rule off, so what is measured is verify + record + put on the bus.
    await events.send(new DisableRuleCommand(rule));
    let next = 1;
    const steps: { rate: number; sent: number; ingest: Awaited<ReturnType<typeof openLoop>> }[] = [];
    const jobs: { guid: string; body: string }[] = [];
    for (const rate of RATES) {
      const batch = Array.from({ length: rate * seconds }, () => ({ guid: randomUUID(), body: payload(next++) }));
      jobs.push(...batch);
      steps.push({ rate, sent: batch.length, ingest: await openLoop(batch, rate) });
    }
    // 2. Processing: the rule on, each delivery sent again (a redelivery of one not yet processed emits it again).
    await events.send(new EnableRuleCommand(rule));
    const drainStarted = performance.now();
    await openLoop(jobs, 200);
    const processed = await settle(
      deliveries,
      jobs.map((job) => job.guid),
    );
    const drainSeconds = (performance.now() - drainStarted) / 1000;

    // 3. Every sampled delivery 10 times more: answered as duplicates, claimed once.
    const sample = jobs.slice(0, redelivered);
    const again = await openLoop(
      sample.flatMap((job) => Array.from({ length: REPEAT }, () => job)),
      50,
    );
    const after = await settle(
      deliveries,
      sample.map((job) => job.guid),
    );
    const claimedTwice = after.records.filter((record) => record.claims > 1).length;
    const received = after.records.reduce((n, record) => n + record.received, 0);
    const store = new DynamoRunStore(cloud.apiClients.dynamodb, cloud.tableName);
    const runIds = [...new Set(sample.map((_, i) => runOf(i + 1)))];
    const jobsStored = (await Promise.all(runIds.map((id) => store.run(id, 1))))
      .flatMap((r) => r.jobs)
      .filter((job) => job.id <= sample.length).length;

    const dora = await doraOfAYear(cloud);

    console.log(`\nbench/webhooks.ts — ${machine()}${smoke ? " (smoke)" : ""}`);
    console.log(
      table(
        ["measure", "n", "p50", "p95", "result", "goal"],
        [
          ...steps.map(({ rate, sent, ingest }) => [
            `ingest offered ${rate}/s (signed, recorded, on the bus), ms`,
            sent,
            percentile(ingest.latencies, 0.5).toFixed(1),
            percentile(ingest.latencies, 0.95).toFixed(1),
            `${ingest.rate.toFixed(0)}/s answered, ${ingest.errors} errors`,
            rate === 200 ? "p95 < 50" : "—",
          ]),
          [
            "processed behind the rule, same process (not yet PROCESSED after 5 min: still RECEIVED, for the sweep)",
            jobs.length,
            "",
            "",
            `${processed.done} processed, ${jobs.length - processed.done} waiting; ${(processed.done / drainSeconds).toFixed(0)}/s`,
            "0 lost (none is: all RECEIVED)",
          ],
          [
            `redelivered ${REPEAT}× each (offered 50/s), ms`,
            again.latencies.length,
            percentile(again.latencies, 0.5).toFixed(1),
            percentile(again.latencies, 0.95).toFixed(1),
            `${received} received, ${claimedTwice} claimed twice, ${jobsStored} job records`,
            `0 double, ${sample.length} records`,
          ],
          [
            `team insights over a year (${dora.deployments} production deployments), ms`,
            1,
            dora.insightsMs.toFixed(0),
            "",
            `${dora.queries} queries, ${dora.items} items, ${dora.units} RCU${dora.truncated ? " (truncated)" : ""}`,
            "—",
          ],
          [
            `a service's DORA over a year, ms`,
            1,
            dora.serviceMs.toFixed(0),
            "",
            `${dora.serviceDeployments} deployments`,
            "—",
          ],
        ],
      ),
    );
  } finally {
    await cloud.stop();
  }
}

/** Waits until every delivery is PROCESSED (or 5 minutes pass); answers how many were and their records. */
async function settle(store: DynamoWebhookDeliveryStore, guids: string[]) {
  const started = performance.now();
  const read = async () => {
    const all: Awaited<ReturnType<typeof store.get>>[] = [];
    for (let i = 0; i < guids.length; i += 40)
      all.push(...(await Promise.all(guids.slice(i, i + 40).map((g) => store.get(g)))));
    return all;
  };
  let records = await read();
  while (records.some((record) => record?.status !== "PROCESSED") && performance.now() - started < 300_000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    records = await read();
  }
  const present = records.filter((record) => record !== undefined);
  return {
    records: present,
    done: present.filter((record) => record.status === "PROCESSED").length,
    seconds: (performance.now() - started) / 1000,
  };
}

/** One team's year: 5 services × 3 production deployments a day, written as the processor writes them. */
async function doraOfAYear(cloud: Awaited<ReturnType<typeof startLocalCloud>>) {
  const runs = new DynamoRunStore(cloud.apiClients.dynamodb, cloud.tableName);
  const services = ["web", "api", "worker", "search", "billing"];
  const now = cloud.clock.now().getTime();
  const perDay = smoke ? 1 : 3;
  let id = 1;
  const writes: Promise<void>[] = [];
  for (const service of services)
    for (let day = 0; day < 365; day++)
      for (let k = 0; k < perDay; k++) {
        const finished = now - (day * 24 + k * 5) * 3_600_000;
        const deploymentId = id++;
        writes.push(
          runs.put({
            id: deploymentId,
            pipelineId: `pl-${service}`,
            serviceId: `bench-${service}`,
            team: "payments",
            repository: { owner: "acme", name: service },
            environment: "production",
            sha: deploymentId.toString(16).padStart(40, "0"),
            ref: "main",
            state: deploymentId % 20 === 0 ? "failure" : "success",
            outcome: deploymentId % 20 === 0 ? "failure" : "success",
            statusId: 1,
            createdAt: new Date(finished - 600_000).toISOString(),
            startedAt: new Date(finished - 300_000).toISOString(),
            finishedAt: new Date(finished).toISOString(),
            commitAt: new Date(finished - 7_200_000).toISOString(),
            version: 1,
            recordedAt: new Date(finished).toISOString(),
          }),
        );
        if (writes.length >= 50) await Promise.all(writes.splice(0));
      }
  await Promise.all(writes);
  const get = async (path: string) => {
    const started = performance.now();
    const response = await fetch(`${cloud.apiUrl}${path}`, {
      headers: { authorization: `Bearer ${cloud.tokens.ROOT}` },
    });
    const body = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return { body, ms: performance.now() - started };
  };
  const from = new Date(now - 365 * 86_400_000).toISOString();
  const insights = await get(`/v1/insights?team=payments&from=${encodeURIComponent(from)}`);
  const cost = insights.body.cost as { queries: number; itemsRead: number; readUnits: number; truncated: boolean };
  // A service's DORA needs its catalog entry (the caller's team is checked there).
  await fetch(`${cloud.apiUrl}/v1/services`, {
    method: "POST",
    headers: { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" },
    body: JSON.stringify({ id: "bench-web" }),
  });
  const service = await get("/v1/services/bench-web/dora?days=365");
  return {
    deployments: id - 1,
    insightsMs: insights.ms,
    queries: cost.queries,
    items: cost.itemsRead,
    units: cost.readUnits,
    truncated: cost.truncated,
    serviceMs: service.ms,
    serviceDeployments: (service.body.changeFailRate as { total: number }).total,
  };
}

await main();
