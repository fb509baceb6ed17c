import { createHash } from "node:crypto";
import { z } from "zod";
import { fail } from "../errors";
import { type CheckPlan, type InputColumn, planChecks, sqlType } from "./checks-sql";
import type { Column, Contract } from "./contract";
import { QUARANTINE_JSON_ROWS } from "./ports";
import { ddlName, literal, quote } from "./sql-text";

/**
 * The Athena engine, for partitions too big for the DuckDB task. The promotion workflow runs these
 * statements itself (`athena:startQueryExecution.sync`, one at a time in a scratch database per
 * partition), so this module only writes them: the same `planChecks` SQL the DuckDB engine runs,
 * wrapped in what Athena needs around it — Hive DDL over the S3 prefixes (`input`, one
 * `ref_<dataset>` table partitioned by the referenced dataset's partitions, `silver` for gold), a
 * CTAS for the checked table, `UNLOAD` for the outputs (to empty prefixes: Athena refuses others).
 *
 *   prepare → CREATE DATABASE; CREATE EXTERNAL TABLE input …; CTAS checked (or gold's result)
 *   summary → the one-row summary the quality gate judges (`SELECT count(*)` for gold)
 *   writes  → UNLOAD silver, quarantine (Parquet) and the first rows of the quarantine (JSON)
 *   cleanup → DROP DATABASE … CASCADE (tables only; scratch objects expire by the bucket's lifecycle)
 */
export const AthenaStatement = z.object({ sql: z.string(), database: z.string() });
export type AthenaStatement = z.infer<typeof AthenaStatement>;

export const AthenaJob = z.object({
  database: z.string(),
  prepare: z.array(AthenaStatement),
  summary: AthenaStatement,
  cleanup: AthenaStatement,
});
export type AthenaJob = z.infer<typeof AthenaJob>;

/** Where statements that create or drop the scratch database run: Glue's default database. */
export const ATHENA_DEFAULT_DATABASE = "default";

/** The scratch database of one partition's promotion: unique per run and partition, a name Glue accepts. */
export function scratchDatabase(promotionId: string, partition: string): string {
  return `plinth_scratch_${createHash("sha256").update(`${promotionId}\n${partition}`).digest("hex").slice(0, 20)}`;
}

/** An engine type name (DuckDB's, as bronze's schema records it) as the Hive type Athena declares. */
export function hiveTypeOf(engineType: string): string {
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(engineType);
  if (decimal) return `decimal(${decimal[1]},${decimal[2]})`;
  const hive = HIVE_TYPES[engineType];
  if (!hive) fail("validation_failed", `a ${engineType} column cannot be declared to Athena`);
  return hive;
}

const HIVE_TYPES: Record<string, string> = {
  VARCHAR: "string",
  TINYINT: "tinyint",
  SMALLINT: "smallint",
  INTEGER: "int",
  BIGINT: "bigint",
  FLOAT: "float",
  DOUBLE: "double",
  BOOLEAN: "boolean",
  DATE: "date",
  TIMESTAMP: "timestamp",
};

/** A contract column's Hive type (what silver files hold: the engine type the check SQL casts to). */
export function hiveTypeOfColumn(column: Pick<Column, "type" | "precision" | "scale">): string {
  return hiveTypeOf(sqlType(column));
}

/** The contract type an engine type already is (`other` is cast like text). */
export function columnTypeOf(engineType: string): InputColumn["type"] {
  return ENGINE_TO_CONTRACT[engineType] ?? "other";
}

const ENGINE_TO_CONTRACT: Record<string, InputColumn["type"]> = {
  VARCHAR: "string",
  INTEGER: "integer",
  BIGINT: "bigint",
  DOUBLE: "double",
  BOOLEAN: "boolean",
  DATE: "date",
  TIMESTAMP: "timestamp",
};

export interface EngineColumn {
  name: string;
  /** The engine's type name, e.g. `VARCHAR`, `DECIMAL(12,2)`. */
  type: string;
}

/** A Parquet table over one S3 prefix, or over several as partitions. */
export interface ExternalTable {
  name: string;
  columns: { name: string; hiveType: string }[];
  location: string;
  /** One partition per prefix (a referenced dataset's silver versions); the table's own location stays empty. */
  partitions?: { value: string; location: string }[];
}

const PARTITION_COLUMN = "plinth_partition";

export function createExternalTable(table: ExternalTable): string[] {
  const columns = table.columns.map((c) => `${ddlName(c.name)} ${c.hiveType}`).join(", ");
  const partitioned = table.partitions ? ` PARTITIONED BY (${ddlName(PARTITION_COLUMN)} string)` : "";
  const statements = [
    `CREATE EXTERNAL TABLE ${ddlName(table.name)} (${columns})${partitioned} STORED AS PARQUET LOCATION ${literal(table.location)}`,
  ];
  if (table.partitions?.length)
    statements.push(
      `ALTER TABLE ${ddlName(table.name)} ADD IF NOT EXISTS ${table.partitions
        .map((p) => `PARTITION (${ddlName(PARTITION_COLUMN)} = ${literal(p.value)}) LOCATION ${literal(p.location)}`)
        .join(" ")}`,
    );
  return statements;
}

const ctas = (name: string, location: string, sql: string) =>
  `CREATE TABLE ${quote(name)} WITH (format = 'PARQUET', write_compression = 'ZSTD', external_location = ${literal(location)}) AS ${sql}`;

export const unload = (sql: string, location: string, format: "PARQUET" | "JSON") =>
  `UNLOAD (${sql}) TO ${literal(location)} WITH (format = ${literal(format)}, compression = ${literal(format === "PARQUET" ? "ZSTD" : "NONE")})`;

interface JobFrame {
  database: string;
  /** `s3://bucket/athena/scratch/<database>/`, for CTAS tables. */
  scratch: string;
}

function job(frame: JobFrame, tables: ExternalTable[], create: string, summary: string): AthenaJob {
  const inScratch = (sql: string) => ({ sql, database: frame.database });
  return {
    database: frame.database,
    prepare: [
      { sql: `CREATE DATABASE IF NOT EXISTS ${ddlName(frame.database)}`, database: ATHENA_DEFAULT_DATABASE },
      ...tables.flatMap(createExternalTable).map(inScratch),
      inScratch(create),
    ],
    summary: inScratch(summary),
    cleanup: dropScratch(frame.database),
  };
}

function dropScratch(database: string): AthenaStatement {
  return { sql: `DROP DATABASE IF EXISTS ${ddlName(database)} CASCADE`, database: ATHENA_DEFAULT_DATABASE };
}

/**
 * Drops the scratch database a partition's Athena run may have left (a run cancelled, stopped or
 * failed outside its own clean-up); harmless when there is none. The reconciler runs these.
 */
export function scratchCleanup(promotionId: string, partition: string): AthenaStatement {
  return dropScratch(scratchDatabase(promotionId, partition));
}

/** The checks' SQL over a bronze version as Athena declares it (the same plan DuckDB runs on the same columns). */
export function athenaCheckPlan(contract: Contract, schema: readonly EngineColumn[]): CheckPlan {
  return planChecks(
    contract,
    schema.map((c) => ({ name: c.name, type: columnTypeOf(c.type) })),
  );
}

/** Bronze → silver: the contract's checks over the bronze version, references as partitioned tables. */
export function athenaCheckJob(
  frame: JobFrame,
  contract: Contract,
  input: { location: string; schema: EngineColumn[] },
  references: Record<string, Omit<ExternalTable, "name" | "location"> & { location: string }>,
): { job: AthenaJob; plan: CheckPlan } {
  const plan = athenaCheckPlan(contract, input.schema);
  const tables: ExternalTable[] = [
    {
      name: "input",
      columns: input.schema.map((c) => ({ name: c.name, hiveType: hiveTypeOf(c.type) })),
      location: input.location,
    },
  ];
  for (const [dataset, relation] of Object.entries(plan.references)) {
    const reference = references[dataset];
    if (!reference)
      fail("validation_failed", `the contract references ${dataset}, which has no published silver version`);
    tables.push({ name: relation, ...reference });
  }
  const checked = ctas(plan.checked, `${frame.scratch}${plan.checked}/`, plan.checkedSql);
  return { job: job(frame, tables, checked, plan.summarySql), plan };
}

/** What an Athena silver run writes once the gate passed; listing is the JSON the API pages through. */
export function athenaCheckWrites(
  plan: CheckPlan,
  database: string,
  quarantinedRows: number,
  to: { silver: string; quarantine: string; listing: string },
): AthenaStatement[] {
  const writes = [unload(plan.silverSql, to.silver, "PARQUET")];
  if (quarantinedRows > 0)
    writes.push(
      unload(plan.quarantineSql, to.quarantine, "PARQUET"),
      unload(`${plan.quarantineSql} LIMIT ${QUARANTINE_JSON_ROWS}`, to.listing, "JSON"),
    );
  return writes.map((sql) => ({ sql, database }));
}

/** Silver → gold: the dataset's SQL over the silver version, written by CTAS straight to the gold version's prefix. */
export function athenaGoldJob(
  frame: JobFrame,
  silver: { location: string; columns: Pick<Column, "name" | "type" | "precision" | "scale">[] },
  sql: string,
  output: string,
): AthenaJob {
  const table: ExternalTable = {
    name: "silver",
    columns: silver.columns.map((c) => ({ name: c.name, hiveType: hiveTypeOfColumn(c) })),
    location: silver.location,
  };
  return job(frame, [table], ctas("result", output, sql), `SELECT count(*) AS ${quote("n")} FROM ${quote("result")}`);
}

/** Athena's GetQueryResults page: the first row holds the column names. */
export const AthenaResultSet = z.object({
  Rows: z.array(z.object({ Data: z.array(z.object({ VarCharValue: z.string().optional() })).default([]) })),
});

/** The summary row of a result set, by column name (NULL → undefined). */
export function summaryRow(resultSet: unknown): Record<string, string | undefined> {
  const { Rows } = AthenaResultSet.parse(resultSet);
  const [header, values] = Rows;
  if (!header || !values) fail("internal", "the Athena summary query answered no row");
  return Object.fromEntries(header.Data.map((cell, i) => [cell.VarCharValue ?? `_${i}`, values.Data[i]?.VarCharValue]));
}
