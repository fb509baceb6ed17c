import { Data } from "@plinth/core";
import { HiveSQL, TrinoSQL } from "dt-sql-parser";
import { describe, expect, it } from "vitest";
import { customersContract, ordersContract, ordersGoldSql } from "./sample";

/**
 * Every statement the Athena engine writes, parsed by a maintained grammar of its dialect
 * (dt-sql-parser, ANTLR): Hive for DDL (Athena runs DDL on Hive), Trino for CTAS and queries.
 * Where Athena and the grammar differ: UNLOAD is Athena's own statement (not in Trino's grammar),
 * so its shape is checked against Athena's documented syntax and its query by the Trino grammar.
 */
const hive = new HiveSQL();
const trino = new TrinoSQL();
const UNLOAD =
  /^UNLOAD \((?<query>[\s\S]+)\) TO '(s3:\/\/[^']+)' WITH \(format = '(PARQUET|JSON)', compression = '(ZSTD|NONE)'\)$/;

function errorsOf(sql: string): string[] {
  if (/^(CREATE DATABASE|DROP DATABASE|CREATE EXTERNAL TABLE|ALTER TABLE)/.test(sql))
    return hive.validate(sql).map((e) => `hive: ${e.message}`);
  const unload = UNLOAD.exec(sql);
  if (sql.startsWith("UNLOAD")) {
    if (!unload?.groups?.query) return ["UNLOAD does not have Athena's shape: UNLOAD (query) TO 's3://…' WITH (…)"];
    return trino.validate(unload.groups.query).map((e) => `trino (UNLOAD query): ${e.message}`);
  }
  return trino.validate(sql).map((e) => `trino: ${e.message}`);
}

const everyKind = Data.Contract.parse({
  columns: [
    { name: "id", type: "string", nullable: false },
    { name: "ref", type: "string" },
    { name: "n", type: "integer" },
    { name: "big", type: "bigint" },
    { name: "amount", type: "decimal", precision: 12, scale: 2 },
    { name: "ratio", type: "double" },
    { name: "flag", type: "boolean" },
    { name: "day", type: "date" },
    { name: "at", type: "timestamp" },
    { name: "label", type: "string", case: "lower", trim: true, emptyAsNull: true },
  ],
  primaryKey: ["id"],
  typeErrors: "quarantine",
  checks: [
    { kind: "not_null", column: "ref" },
    { kind: "unique", columns: ["ref", "day"] },
    { kind: "range", column: "amount", min: -1.5, max: 1e6 },
    { kind: "allowed_values", column: "label", values: ["a", "it's", "c"] },
    { kind: "regex", column: "id", pattern: "^[A-Z]{2}-\\d+$" },
    { kind: "reference", column: "ref", dataset: "others", referencedColumn: "id" },
    { kind: "row_count", min: 1, max: 1_000_000 },
    { kind: "freshness", column: "at", maxAgeHours: 24 },
    { kind: "schema_drift", extraColumns: "drift" },
  ],
});

const engineType: Record<string, string> = {
  string: "VARCHAR",
  integer: "INTEGER",
  bigint: "BIGINT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
  timestamp: "TIMESTAMP",
};
const frame = { database: "plinth_scratch_run1_d", scratch: "s3://lake/athena/scratch/plinth_scratch_run1_d/" };

function statementsFor(contract: Data.Contract, goldSql?: string): string[] {
  // Bronze as it lands: every column as the engine reads it, plus one the contract does not name.
  const schema = [
    ...contract.columns.map((c) => ({
      name: c.name,
      type: c.type === "decimal" ? `DECIMAL(${c.precision},${c.scale})` : (engineType[c.type] ?? "VARCHAR"),
    })),
    { name: "extra", type: "VARCHAR" },
  ];
  const plan = Data.athenaCheckPlan(contract, schema);
  const references = Object.fromEntries(
    Object.keys(plan.references).map((dataset) => [
      dataset,
      {
        columns: [{ name: "id", hiveType: "string" }],
        location: `${frame.scratch}ref_${dataset}/`,
        partitions: [{ value: "all", location: `s3://lake/lake/silver/${dataset}/all/v=1/` }],
      },
    ]),
  );
  const { job } = Data.athenaCheckJob(
    frame,
    contract,
    { location: "s3://lake/lake/bronze/x/d/v=1/", schema },
    references,
  );
  const writes = Data.athenaCheckWrites(plan, frame.database, 3, {
    silver: "s3://lake/lake/silver/x/d/v=1/",
    quarantine: "s3://lake/lake/quarantine/x/d/v=1/",
    listing: "s3://lake/lake/quarantine/x/d/v=1/listing/",
  });
  const statements = [...job.prepare, job.summary, job.cleanup, ...writes].map((s) => s.sql);
  if (goldSql) {
    const gold = Data.athenaGoldJob(
      frame,
      { location: "s3://lake/lake/silver/x/d/v=1/", columns: contract.columns },
      goldSql,
      "s3://lake/lake/gold/x/d/v=1/",
    );
    statements.push(...[...gold.prepare, gold.summary, gold.cleanup].map((s) => s.sql));
  }
  return statements;
}

describe("the Athena engine's SQL, parsed by Hive and Trino grammars", () => {
  it.each([
    ["a contract with every check kind and column type", everyKind, undefined],
    ["the sample customers contract", Data.Contract.parse(customersContract), undefined],
    ["the sample orders contract and its gold SQL", Data.Contract.parse(ordersContract), ordersGoldSql],
  ])("%s", (_name, contract, gold) => {
    const statements = statementsFor(contract, gold);
    expect(statements.length).toBeGreaterThanOrEqual(7);
    const failures = statements
      .map((sql) => ({ sql: sql.slice(0, 160), errors: errorsOf(sql) }))
      .filter((s) => s.errors.length);
    expect(failures).toEqual([]);
  });

  it("is not vacuous: both grammars refuse broken statements", () => {
    expect(errorsOf("CREATE EXTERNAL TABLE `t` (`a` strin g) STORED AS PARQUET LOCATION 's3://x/'")).not.toEqual([]);
    expect(errorsOf('SELECT count(*) AS "n" FROM')).not.toEqual([]);
    expect(errorsOf("UNLOAD (SELECT 1) INTO 's3://x/'")).not.toEqual([]);
  });
});
