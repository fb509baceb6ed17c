import { describe, expect, it } from "vitest";
import {
  athenaCheckJob,
  athenaCheckPlan,
  athenaCheckWrites,
  athenaGoldJob,
  hiveTypeOf,
  scratchDatabase,
  summaryRow,
} from "./athena";
import { Contract } from "./contract";

const contract = Contract.parse({
  columns: [
    { name: "order_id", type: "string", nullable: false },
    { name: "customer_id", type: "string" },
    { name: "amount", type: "decimal", precision: 12, scale: 2 },
  ],
  primaryKey: ["order_id"],
  checks: [
    { kind: "reference", column: "customer_id", dataset: "customers", referencedColumn: "customer_id" },
    { kind: "range", column: "amount", min: 0 },
  ],
});
const schema = [
  { name: "order_id", type: "VARCHAR" },
  { name: "customer_id", type: "VARCHAR" },
  { name: "amount", type: "DECIMAL(12,2)" },
];
const frame = { database: "plinth_scratch_abc", scratch: "s3://lake/athena/scratch/plinth_scratch_abc/" };
const customers = {
  customers: {
    columns: [{ name: "customer_id", hiveType: "string" }],
    location: `${frame.scratch}ref_customers/`,
    partitions: [
      { value: "all", location: "s3://lake/lake/silver/customers/all/v=2/" },
      { value: "eu", location: "s3://lake/lake/silver/customers/eu/v=1/" },
    ],
  },
};

describe("the Athena engine's statements", () => {
  it("declares the input and each referenced dataset, then fills the checked table by CTAS in a scratch database", () => {
    const { job } = athenaCheckJob(
      frame,
      contract,
      { location: "s3://lake/lake/bronze/orders/d/v=1/", schema },
      customers,
    );
    expect(job.prepare.map((s) => [s.database, s.sql.split(" (")[0]])).toEqual([
      ["default", "CREATE DATABASE IF NOT EXISTS `plinth_scratch_abc`"],
      ["plinth_scratch_abc", "CREATE EXTERNAL TABLE `input`"],
      ["plinth_scratch_abc", "CREATE EXTERNAL TABLE `ref_customers`"],
      ["plinth_scratch_abc", "ALTER TABLE `ref_customers` ADD IF NOT EXISTS PARTITION"],
      ["plinth_scratch_abc", 'CREATE TABLE "checked" WITH'],
    ]);
    expect(job.prepare[2]?.sql).toBe(
      "CREATE EXTERNAL TABLE `ref_customers` (`customer_id` string) PARTITIONED BY (`plinth_partition` string) " +
        "STORED AS PARQUET LOCATION 's3://lake/athena/scratch/plinth_scratch_abc/ref_customers/'",
    );
    expect(job.prepare[1]?.sql).toContain("`amount` decimal(12,2)) STORED AS PARQUET LOCATION 's3://lake/lake/bronze/");
    expect(job.prepare[3]?.sql).toBe(
      "ALTER TABLE `ref_customers` ADD IF NOT EXISTS " +
        "PARTITION (`plinth_partition` = 'all') LOCATION 's3://lake/lake/silver/customers/all/v=2/' " +
        "PARTITION (`plinth_partition` = 'eu') LOCATION 's3://lake/lake/silver/customers/eu/v=1/'",
    );
    expect(job.prepare[4]?.sql).toContain(
      "external_location = 's3://lake/athena/scratch/plinth_scratch_abc/checked/') AS WITH typed AS",
    );
    expect(job.summary).toEqual({ sql: athenaCheckPlan(contract, schema).summarySql, database: frame.database });
    expect(job.cleanup).toEqual({ sql: "DROP DATABASE IF EXISTS `plinth_scratch_abc` CASCADE", database: "default" });
  });

  it("runs the same check SQL DuckDB runs, with every name that starts with _ in double quotes (Trino needs them)", () => {
    const { job, plan } = athenaCheckJob(frame, contract, { location: "s3://lake/x/", schema }, customers);
    expect(job.prepare.at(-1)?.sql).toContain(plan.checkedSql);
    for (const sql of [plan.checkedSql, plan.silverSql, plan.quarantineSql, plan.summarySql])
      expect(sql).not.toMatch(/(?<!")\b_\w+/);
  });

  it("refuses a referenced dataset with no silver, and a column type Athena cannot declare", () => {
    expect(() => athenaCheckJob(frame, contract, { location: "s3://lake/x/", schema }, {})).toThrow(
      /references customers, which has no published silver version/,
    );
    expect(hiveTypeOf("DECIMAL(18,4)")).toBe("decimal(18,4)");
    expect(hiveTypeOf("BIGINT")).toBe("bigint");
    expect(() => hiveTypeOf("STRUCT(a INTEGER)")).toThrow(/a STRUCT\(a INTEGER\) column cannot be declared to Athena/);
  });

  it("unloads silver to an empty prefix, and the quarantine (Parquet and the first rows as JSON) only when rows were set aside", () => {
    const plan = athenaCheckPlan(contract, schema);
    const to = { silver: "s3://lake/s/", quarantine: "s3://lake/q/parquet/", listing: "s3://lake/q/listing/" };
    expect(athenaCheckWrites(plan, "db", 0, to)).toEqual([
      {
        sql: `UNLOAD (${plan.silverSql}) TO 's3://lake/s/' WITH (format = 'PARQUET', compression = 'ZSTD')`,
        database: "db",
      },
    ]);
    const writes = athenaCheckWrites(plan, "db", 3, to).map((w) => w.sql);
    expect(writes).toHaveLength(3);
    expect(writes[2]).toBe(
      `UNLOAD (${plan.quarantineSql} LIMIT 10000) TO 's3://lake/q/listing/' WITH (format = 'JSON', compression = 'NONE')`,
    );
  });

  it("writes gold by CTAS straight to the version's prefix and counts it", () => {
    const job = athenaGoldJob(
      frame,
      { location: "s3://lake/lake/silver/o/d/v=1/", columns: contract.columns },
      "SELECT customer_id, sum(amount) AS total FROM silver GROUP BY customer_id",
      "s3://lake/lake/gold/o/d/v=1/",
    );
    expect(job.prepare[1]?.sql).toBe(
      "CREATE EXTERNAL TABLE `silver` (`order_id` string, `customer_id` string, `amount` decimal(12,2)) " +
        "STORED AS PARQUET LOCATION 's3://lake/lake/silver/o/d/v=1/'",
    );
    expect(job.prepare[2]?.sql).toMatch(
      /^CREATE TABLE "result" WITH \(.*external_location = 's3:\/\/lake\/lake\/gold\/o\/d\/v=1\/'\) AS SELECT/,
    );
    expect(job.summary.sql).toBe('SELECT count(*) AS "n" FROM "result"');
  });

  it("reads the summary row of a result set by column name; a scratch database name is stable and Glue-safe", () => {
    const resultSet = {
      Rows: [
        { Data: [{ VarCharValue: "distinct_rows" }, { VarCharValue: "f0" }] },
        { Data: [{ VarCharValue: "995" }, {}] },
      ],
    };
    expect(summaryRow(resultSet)).toEqual({ distinct_rows: "995", f0: undefined });
    expect(() => summaryRow({ Rows: [] })).toThrow(/answered no row/);
    expect(scratchDatabase("run-1", "2026-11-01")).toBe(scratchDatabase("run-1", "2026-11-01"));
    expect(scratchDatabase("run-1", "2026-11-01")).not.toBe(scratchDatabase("run-1", "2026-11-02"));
    expect(scratchDatabase("run-1", "2026-11-01")).toMatch(/^plinth_scratch_[0-9a-f]{20}$/);
  });
});
