import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetExecutionHistoryCommand, type HistoryEvent, ListExecutionsCommand, SFNClient } from "@aws-sdk/client-sfn";
import { lakeS3Client, S3LakeStorage } from "@plinth/aws";
import { Data } from "@plinth/core";
import { DuckDbEngine } from "../packages/aws/src/lake/duckdb-engine";
import { startLocalCloud } from "../packages/local/src/cloud";
import { customerRows, customersContract, orderRows, ordersContract, toCsv } from "../packages/local/src/lake/sample";
import { seedLake } from "../packages/local/src/lake/seed-lake";
import { machine, smoke, table } from "./support";

/**
 * bench/landing.ts — issue 20, item 2: a CSV of orders landed with the S3 client until its silver
 * version is current, through the local cloud (the lake-landing rule, the Promotion workflow, its
 * task function, DuckDB), beside the engine alone on the same rows; then where the workflow's time
 * goes, state by state, from the execution's history.
 */
const sizes = smoke ? [20_000] : [200_000, 1_000_000];
const CUSTOMERS = 2_000;
const now = new Date("2026-11-02T12:00:00Z");

async function engineSeconds(rows: number): Promise<number> {
  const dir = join(tmpdir(), `plinth-bench-landing-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const engine = new DuckDbEngine();
  try {
    writeFileSync(join(dir, "customers.csv"), toCsv(customerRows(CUSTOMERS)));
    await engine.checkPartition({
      contract: Data.Contract.parse(customersContract),
      input: { format: "csv", files: [join(dir, "customers.csv")] },
      references: {},
      output: { silver: join(dir, "customers.parquet"), quarantine: join(dir, "customers-q.parquet") },
      now,
    });
    writeFileSync(join(dir, "orders.csv"), toCsv(orderRows("2026-10-01", rows, CUSTOMERS)));
    // As the workflow does: the landed CSV to bronze Parquet, then bronze → silver.
    const started = performance.now();
    await engine.ingest({ format: "csv", files: [join(dir, "orders.csv")] }, join(dir, "bronze.parquet"));
    await engine.checkPartition({
      contract: Data.Contract.parse(ordersContract),
      input: { format: "parquet", files: [join(dir, "bronze.parquet")] },
      references: { customers: { format: "parquet", files: [join(dir, "customers.parquet")] } },
      output: { silver: join(dir, "silver.parquet"), quarantine: join(dir, "q.parquet") },
      now,
    });
    return (performance.now() - started) / 1000;
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds per state name (entered → exited, summed over its visits) of one execution. */
function perState(events: HistoryEvent[]): Map<string, number> {
  const totals = new Map<string, number>();
  const open = new Map<string, number[]>();
  for (const event of events) {
    const entered = event.stateEnteredEventDetails?.name;
    const exited = event.stateExitedEventDetails?.name;
    const at = (event.timestamp as Date).getTime();
    if (entered) open.set(entered, [...(open.get(entered) ?? []), at]);
    if (exited) {
      const starts = open.get(exited) ?? [];
      const start = starts.shift();
      if (start !== undefined) totals.set(exited, (totals.get(exited) ?? 0) + (at - start) / 1000);
    }
  }
  return totals;
}

async function main(): Promise<void> {
  const cloud = await startLocalCloud({ stage: "benchlanding", logLevel: "SILENT" });
  const sfn = new SFNClient({});
  const api = async (path: string) =>
    (await (
      await fetch(`${cloud.apiUrl}${path}`, { headers: { authorization: `Bearer ${cloud.tokens.ALICE}` } })
    ).json()) as {
      stages: { stage: string; partitions: { partition: string; version: number }[] }[];
    };
  await seedLake(cloud, { customers: CUSTOMERS, ordersPerDay: 10 });
  const lake = new S3LakeStorage(lakeS3Client(), cloud.lakeBucket);
  const promotion = JSON.parse(cloud.env.SST_RESOURCE_Promotion as string).arn as string;
  // The seed lands its own sample files and returns while their promotions still run: timing the
  // first landing beside them measured their DuckDB work too (a 12 MiB put 0.7 s instead of 0.2 s).
  // Each size starts on a quiet cloud.
  const quiet = async () => {
    for (;;) {
      const { executions = [] } = await sfn.send(
        new ListExecutionsCommand({ stateMachineArn: promotion, statusFilter: "RUNNING" }),
      );
      if (executions.length === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const rows: (string | number)[][] = [];
  const breakdowns: Map<string, number>[] = [];
  for (const [index, size] of sizes.entries()) {
    const day = `2026-10-${String(10 + index).padStart(2, "0")}`;
    // The bytes and a warm client before the clock starts: the first call of a new S3 client (its
    // modules, credentials, connection) and turning a 60 MiB string into bytes are the bench's, not Plinth's.
    const body = Buffer.from(toCsv(orderRows(day, size, CUSTOMERS)));
    await lake.put(`bench/warm-${day}.txt`, "warm");
    await quiet();
    const started = performance.now();
    await lake.put(`lake/landing/orders/${day}/orders.csv`, body);
    const put = (performance.now() - started) / 1000;
    // Watched on the bus (the local cloud's archive, in this process), not by polling the API: 40
    // GETs a second load the API and DynamoDB Local on the same 2 cores as the task, and slowed the
    // very promotion being timed by ~50 %. The API is asked once the event says it is done.
    for (let seen = -1; ; ) {
      // By sequence number: the archive drops its oldest events past its limit.
      const fresh = cloud.eventBridge.archive.filter(({ seq }) => seq > seen);
      seen = fresh.at(-1)?.seq ?? seen;
      const promoted = fresh.some(({ event }) => {
        const detail = event.detail as { stage?: string; partition?: string };
        return event["detail-type"] === "Dataset Promoted" && detail.stage === "silver" && detail.partition === day;
      });
      if (promoted) break;
      if (performance.now() - started > 300_000) throw new Error(`${day} never reached silver`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const silver = (await api("/v1/datasets/orders")).stages.find((s) => s.stage === "silver");
    if (!silver?.partitions.some((p) => p.partition === day))
      throw new Error(`${day} promoted, but not current in silver`);
    const endToEnd = (performance.now() - started) / 1000;
    // The median of three: one run of the engine alone swings by ±15 % here, and the goal is built on it.
    const engineRuns: number[] = [];
    for (let run = 0; run < (smoke ? 1 : 3); run++) engineRuns.push(await engineSeconds(size));
    const engine = engineRuns.sort((a, b) => a - b)[Math.floor(engineRuns.length / 2)] as number;
    rows.push([size, endToEnd, put, engine, 1.5 * engine + 1, endToEnd <= 1.5 * engine + 1 ? "met" : "not met"]);

    const { executions = [] } = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn: promotion, maxResults: 1 }),
    );
    const arn = executions[0]?.executionArn;
    if (arn) {
      const history = await sfn.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 1000 }));
      breakdowns.push(perState(history.events ?? []));
    }
  }
  sfn.destroy();
  await cloud.stop();

  console.log(`\n## Landing → silver current, through the local cloud — ${machine()}`);
  console.log(
    "A CSV of orders put in the lake's landing prefix with the S3 client, until GET /v1/datasets/orders shows its silver version; the engine alone = CSV → bronze Parquet → silver on the same rows.\n",
  );
  console.log(
    table(["rows", "landing → silver s", "of which the put s", "engine alone s", "goal ≤ 1.5× engine + 1 s", ""], rows),
  );
  console.log(
    `\nWhere each execution's time went (state entered → exited, seconds; Map states include their iterations):\n`,
  );
  const states = [...(breakdowns.at(-1) ?? new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .filter(([, seconds]) => seconds > 0)
    .map(([state]) => state);
  console.log(
    table(
      ["state", ...sizes.map((size) => `${size} rows`)],
      states.map((state) => [state, ...breakdowns.map((b) => Number((b.get(state) ?? 0).toFixed(3)))]),
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
