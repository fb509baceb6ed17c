import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { Data } from "@plinth/core";
import { DUCKDB_DIALECT, DuckDbEngine } from "../packages/aws/src/lake/duckdb-engine";
import { customerRows, customersContract, orderRows, ordersContract, toCsv } from "../packages/local/src/lake/sample";
import { machine, smoke, table } from "./support";

/**
 * bronze → silver for one partition of `orders` (1,000,000 rows of Parquet, the sample's bad rows
 * included) under the sample contract: 9 declared checks plus the implied primary key and NOT NULL,
 * a reference to `customers`, typing and cleansing. Plinth's DuckDB engine beside bare DuckDB
 * running the SQL Plinth generates, statement by statement, on the same files. Each run is its
 * own process, so peak RSS (VmHWM) is that run's alone; the table shows the median of the runs.
 */
const ROWS = smoke ? 50_000 : 1_000_000;
const RUNS = smoke ? 1 : 5;
const CUSTOMERS = 20_000;
const dir = join(tmpdir(), `plinth-bench-promotion-${ROWS}`);
const bronze = join(dir, "orders.parquet");
const customersSilver = join(dir, "customers-silver.parquet");
const now = new Date("2026-11-02T12:00:00Z");
const contract = Data.Contract.parse(ordersContract);

const mode = process.argv[process.argv.indexOf("--run") + 1];
if (process.argv.includes("--run")) {
  const started = performance.now();
  const out = join(dir, `out-${mode}-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const published = mode === "plinth" ? await plinth(out) : mode === "floor" ? await floor(out) : await bare(out);
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? Number.NaN) * 1024;
  console.log(JSON.stringify({ seconds, peak, published }));
  process.exit(0);
}

async function plinth(out: string): Promise<number> {
  const engine = new DuckDbEngine();
  const { report } = await engine.checkPartition({
    contract,
    input: { format: "parquet", files: [bronze] },
    references: { customers: { format: "parquet", files: [customersSilver] } },
    output: { silver: join(out, "silver.parquet"), quarantine: join(out, "quarantine.parquet") },
    now,
  });
  await engine.close();
  return report.publishedRows;
}

/**
 * The I/O floor of this job: read the bronze Parquet and write it as zstd Parquet, no checks
 * (issue 20's yardstick: a promotion cannot be cheaper than moving its rows).
 */
async function floor(out: string): Promise<number> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  await connection.run(
    `COPY (SELECT * FROM read_parquet(${Data.literal(bronze)})) TO ${Data.literal(join(out, "floor.parquet"))} (FORMAT parquet, COMPRESSION zstd)`,
  );
  connection.closeSync();
  db.closeSync();
  return Number.NaN;
}

/** The same statements, typed by hand into DuckDB: what a data engineer would run without Plinth. */
async function bare(out: string): Promise<number> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  await connection.run("CREATE MACRO regexp_like(s, p) AS regexp_matches(s, p)");
  await connection.run(`CREATE VIEW input AS SELECT * FROM read_parquet(${Data.literal(bronze)})`);
  await connection.run(`CREATE VIEW ref_customers AS SELECT * FROM read_parquet(${Data.literal(customersSilver)})`);
  const columns = (await connection.runAndReadAll("DESCRIBE input")).getRowObjectsJS().map((row) => ({
    name: String(row.column_name),
    type: Data.columnTypeOf(String(row.column_type)),
  }));
  const plan = Data.planChecks(contract, columns, "checked", DUCKDB_DIALECT);
  await connection.run(`CREATE TEMP TABLE ${Data.quote(plan.checked)} AS ${plan.checkedSql}`);
  const [summary] = (await connection.runAndReadAll(plan.summarySql)).getRowObjectsJS();
  await connection.run(
    `COPY (${plan.silverSql}) TO ${Data.literal(join(out, "silver.parquet"))} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await connection.run(
    `COPY (${plan.quarantineSql}) TO ${Data.literal(join(out, "quarantine.parquet"))} (FORMAT parquet, COMPRESSION zstd)`,
  );
  connection.closeSync();
  db.closeSync();
  return Number(summary?.distinct_rows) - Number(summary?.quarantined);
}

// ── setup (not timed): the bronze Parquet file and the customers' silver ─────────────────────
async function writeCsv(path: string, rows: Iterable<string[]>) {
  const stream = createWriteStream(path);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === 10_000) {
      if (!stream.write(toCsv(batch))) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
      batch = [];
    }
  }
  stream.end(toCsv(batch));
  await new Promise<void>((resolve) => stream.once("finish", () => resolve()));
}

if (!existsSync(bronze)) {
  mkdirSync(dir, { recursive: true });
  await writeCsv(join(dir, "orders.csv"), orderRows("2026-11-01", ROWS, CUSTOMERS));
  await writeCsv(join(dir, "customers.csv"), customerRows(CUSTOMERS));
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv(${Data.literal(join(dir, "orders.csv"))}, header = true)) TO ${Data.literal(`${bronze}.tmp`)} (FORMAT parquet)`,
  );
  connection.closeSync();
  db.closeSync();
  const engine = new DuckDbEngine();
  await engine.checkPartition({
    contract: Data.Contract.parse(customersContract),
    input: { format: "csv", files: [join(dir, "customers.csv")] },
    references: {},
    output: { silver: customersSilver, quarantine: join(dir, "customers-quarantine.parquet") },
    now,
  });
  await engine.close();
  renameSync(`${bronze}.tmp`, bronze);
}

type Run = { seconds: number; peak: number; published: number };
function measure(which: "plinth" | "bare" | "floor"): Run[] {
  return Array.from({ length: RUNS }, () => {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? "", ...(smoke ? ["--smoke"] : []), "--run", which],
      { encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`${which} run failed:\n${child.stderr}`);
    return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as Run;
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// Alternate so that neither side always runs on a warmer page cache.
const floorRuns = measure("floor");
const bareRuns = measure("bare");
const plinthRuns = measure("plinth");
if (bareRuns.some((r) => r.published !== plinthRuns[0]?.published))
  throw new Error("bare and Plinth published different row counts");
const bareSeconds = median(bareRuns.map((r) => r.seconds));
const plinthSeconds = median(plinthRuns.map((r) => r.seconds));
const floorSeconds = median(floorRuns.map((r) => r.seconds));
const MiB = 2 ** 20;
console.log(`\n## Promotion bronze → silver (${machine()})\n`);
console.log(
  `${ROWS.toLocaleString("en")} rows of Parquet (${(statSync(bronze).size / MiB).toFixed(1)} MiB), ${contract.checks.length} declared checks + typing, primary key, NOT NULL; ${plinthRuns[0]?.published.toLocaleString("en")} rows published; median of ${RUNS} runs, each in its own process\n`,
);
console.log(
  table(
    ["engine", "seconds", "rows/s", "peak RSS MiB", "× bare", "goal"],
    [
      [
        "I/O floor: read bronze, write zstd Parquet",
        floorSeconds,
        ROWS / floorSeconds,
        median(floorRuns.map((r) => r.peak)) / MiB,
        floorSeconds / bareSeconds,
        "",
      ],
      ["bare DuckDB, same SQL", bareSeconds, ROWS / bareSeconds, median(bareRuns.map((r) => r.peak)) / MiB, 1, ""],
      [
        "Plinth DuckDbEngine",
        plinthSeconds,
        ROWS / plinthSeconds,
        median(plinthRuns.map((r) => r.peak)) / MiB,
        plinthSeconds / bareSeconds,
        "≥ 2M rows/s, ≤ 1.2× bare, < 1024 MiB",
      ],
    ],
  ),
);
console.log(`\npromotion vs floor: ${(plinthSeconds / floorSeconds).toFixed(2)}× (goal ≤ 2×)`);
