import { basename } from "node:path";
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue, listValue, structValue } from "@duckdb/node-api";
import { Data, fail, isPlinthError } from "@plinth/core";
import { controlCharacter, csvHeader, diagnoseCsv } from "./csv-diagnosis";

/**
 * The quality engine on DuckDB, for partitions that fit one task (Lambda: memory and `/tmp`).
 * Each run gets its own connection on one in-memory database per container; relations are temp
 * views over the run's files, so runs never see each other's tables.
 *
 * CSV (RFC 4180: comma, double quotes, a header row) is read with every column as text, so typing
 * (and its failures, row by row) is the contract's job, not the reader's. A file DuckDB cannot
 * read — corrupt Parquet, a CSV whose rows do not fit its header — is `unreadable_input`.
 */
export interface DuckDbEngineOptions {
  /** DuckDB's memory limit, e.g. "1GB"; spills to `tempDirectory` above it. */
  memoryLimit?: string;
  threads?: number;
  tempDirectory?: string;
}

export class DuckDbEngine implements Data.QualityEngine {
  private instance?: Promise<DuckDBInstance>;

  constructor(private readonly options: DuckDbEngineOptions = {}) {}

  async checkPartition(input: Data.CheckPartitionInput): Promise<Data.CheckPartitionResult> {
    return await this.withConnection([input.input, ...Object.values(input.references)], async (connection) => {
      await bind(connection, "input", input.input);
      const columns = await describe(connection, "input");
      const plan = Data.planChecks(input.contract, columns, "checked", DUCKDB_DIALECT);
      for (const [dataset, relation] of Object.entries(plan.references)) {
        const files = input.references[dataset];
        if (!files)
          fail("validation_failed", `the contract references ${dataset}, which has no published silver version`);
        await bind(connection, relation, files);
      }
      await run(connection, `CREATE TEMP TABLE ${Data.quote(plan.checked)} AS ${plan.checkedSql}`);
      const [summary = {}] = (await connection.runAndReadAll(plan.summarySql)).getRowObjectsJS();
      const report = Data.judge(plan, summary as Record<string, unknown>, input.now);
      const written: Data.CheckPartitionResult["written"] = {};
      if (report.outcome === "passed") {
        await copy(connection, plan.silverSql, input.output.silver);
        written.silver = input.output.silver;
      }
      if (report.quarantinedRows > 0) {
        await copy(connection, plan.quarantineSql, input.output.quarantine);
        written.quarantine = input.output.quarantine;
        if (input.output.quarantineJson) {
          await run(
            connection,
            `COPY (${plan.quarantineSql} LIMIT ${Data.QUARANTINE_JSON_ROWS}) TO $path (FORMAT json)`,
            { path: input.output.quarantineJson },
          );
          written.quarantineJson = input.output.quarantineJson;
        }
      }
      return { report, written };
    });
  }

  async ingest(input: Data.PartitionFiles, output: string): Promise<{ rows: number; schema: Data.EngineColumn[] }> {
    return await this.withConnection([input], async (connection) => {
      await bind(connection, "input", input);
      const schema = await schemaOf(connection, "input");
      return { rows: await copy(connection, "SELECT * FROM input", output), schema };
    });
  }

  async aggregate(input: Data.AggregateInput): Promise<{ rows: number }> {
    return await this.withConnection(Object.values(input.relations), async (connection) => {
      for (const [name, files] of Object.entries(input.relations)) await bind(connection, name, files);
      return { rows: await copy(connection, input.sql, input.output) };
    });
  }

  /** Closes the database; the next run opens a new one. */
  async close(): Promise<void> {
    const instance = await this.instance;
    this.instance = undefined;
    instance?.closeSync();
  }

  private async withConnection<T>(
    sources: Data.PartitionFiles[],
    work: (connection: DuckDBConnection) => Promise<T>,
  ): Promise<T> {
    this.instance ??= this.open();
    const connection = await (await this.instance).connect();
    try {
      await defineMacros(connection);
      return await work(connection);
    } catch (error) {
      if (isPlinthError(error) && error.code === "unreadable_input")
        fail("unreadable_input", await explainUnreadable(error.detail, sources), [], { cause: error });
      throw error;
    } finally {
      connection.closeSync();
    }
  }

  private async open(): Promise<DuckDBInstance> {
    const settings: Record<string, string> = {};
    if (this.options.memoryLimit) settings.memory_limit = this.options.memoryLimit;
    if (this.options.threads) settings.threads = String(this.options.threads);
    if (this.options.tempDirectory) settings.temp_directory = this.options.tempDirectory;
    return await DuckDBInstance.create(":memory:", settings);
  }
}

/** DuckDB's 64-bit `hash()` of the key, for the repeated-key search (checks-sql.ts says why). */
export const DUCKDB_DIALECT: Data.PlanDialect = { keyHash: (columns) => `hash(${columns.join(", ")})` };

/** Trino's name for "the string contains a match", so the generated SQL is the same for both engines. */
async function defineMacros(connection: DuckDBConnection): Promise<void> {
  await connection.run("CREATE OR REPLACE TEMP MACRO regexp_like(s, p) AS regexp_matches(s, p)");
}

/**
 * A temp view `name` over the files. Paths and the header's column names reach DuckDB as prepared
 * parameters, never as SQL text: a view cannot be prepared, so each is set as a connection variable
 * (`SET VARIABLE v = $value`; a connection is one run's) and the view reads it with `getvariable`.
 */
async function bind(connection: DuckDBConnection, name: string, source: Data.PartitionFiles): Promise<void> {
  if (source.files.length === 0) fail("validation_failed", `no ${source.format} files to read for ${name}`);
  const reader =
    source.format === "parquet"
      ? `read_parquet(${await variable(connection, listValue(source.files))}, union_by_name = true)`
      : (await Promise.all(source.files.map((file, i) => csvReader(connection, file, source.names?.[i])))).join(
          " UNION ALL BY NAME SELECT * FROM ",
        );
  await run(connection, `CREATE OR REPLACE TEMP VIEW ${Data.quote(name)} AS SELECT * FROM ${reader}`);
}

let variables = 0;
/** Sets a fresh connection variable to `value` (a prepared parameter) and answers the SQL that reads it. */
async function variable(connection: DuckDBConnection, value: DuckDBValue): Promise<string> {
  variables += 1;
  const name = `plinth_v${variables}`;
  await run(connection, `SET VARIABLE ${name} = $value`, { value });
  return `getvariable('${name}')`;
}

/**
 * RFC 4180, stated rather than sniffed, every column as text, the columns named by the file's own
 * header: a row with more or fewer fields is an error naming its line.
 */
async function csvReader(connection: DuckDBConnection, file: string, name: string | undefined): Promise<string> {
  const header = await csvHeader(file);
  if (!header)
    fail("unreadable_input", `${name ?? basename(file)} is empty; expected RFC 4180 CSV starting with a header row`);
  const columns = structValue(Object.fromEntries(header.map((column) => [column, "VARCHAR"])));
  return `read_csv(${await variable(connection, file)}, header = true, auto_detect = false, columns = ${await variable(connection, columns)}, delim = ',', quote = '"', escape = '"', strict_mode = true)`;
}

async function schemaOf(connection: DuckDBConnection, relation: string): Promise<Data.EngineColumn[]> {
  const rows = (await runAndRead(connection, `DESCRIBE ${Data.quote(relation)}`)) as {
    column_name: string;
    column_type: string;
  }[];
  // A Parquet file's column names are anyone's bytes too; they are not names a table can have.
  for (const [index, row] of rows.entries()) {
    const control = controlCharacter(row.column_name);
    if (control)
      fail(
        "unreadable_input",
        `column ${index + 1}'s name holds a control character (${control.code}); column names must be printable text`,
      );
  }
  return rows.map((row) => ({ name: row.column_name, type: row.column_type }));
}

/** The columns as contract types; a DECIMAL's precision may differ from the contract's, so it is cast like text. */
async function describe(connection: DuckDBConnection, relation: string): Promise<Data.InputColumn[]> {
  return (await schemaOf(connection, relation)).map((c) => ({ name: c.name, type: Data.columnTypeOf(c.type) }));
}

/** Writes the query's rows as zstd Parquet; COPY answers how many it wrote, so nothing reads the input twice to count. */
async function copy(connection: DuckDBConnection, sql: string, path: string): Promise<number> {
  const [written] = await runAndRead(connection, `COPY (${sql}) TO $path (FORMAT parquet, COMPRESSION zstd)`, { path });
  return Number(written?.Count ?? 0);
}

type Parameters = Record<string, DuckDBValue>;

async function run(connection: DuckDBConnection, sql: string, parameters?: Parameters): Promise<void> {
  await runAndRead(connection, sql, parameters);
}

async function runAndRead(
  connection: DuckDBConnection,
  sql: string,
  parameters?: Parameters,
): Promise<Record<string, unknown>[]> {
  try {
    return (await connection.runAndReadAll(sql, parameters)).getRowObjectsJS() as Record<string, unknown>[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Reading a file is where corrupt or mistyped data surfaces; everything else is our SQL.
    if (/Invalid Input Error|IO Error|Conversion Error|CSV Error|not a Parquet file|No magic bytes/i.test(message))
      fail("unreadable_input", message.split("\n")[0] ?? message);
    throw error;
  }
}

/**
 * DuckDB's reason a file could not be read, said in the user's terms: the object (never the task's
 * local path), the line of a CSV that breaks RFC 4180, and what was expected.
 */
async function explainUnreadable(message: string, sources: Data.PartitionFiles[]): Promise<string> {
  const named = sources.flatMap((source) =>
    source.files.map((file, i) => ({ file, name: source.names?.[i] ?? basename(file), format: source.format })),
  );
  for (const { file, name, format } of named) {
    if (format === "csv") {
      const problem = await diagnoseCsv(file).catch(() => undefined);
      if (problem)
        return `${name} ${problem}; expected RFC 4180 CSV: a header row, comma-separated fields, quoted with "`;
    } else if (message.includes(file)) {
      return `${name} is not a readable Parquet file (${withoutPaths(message, named)}); expected Parquet with its PAR1 footer`;
    }
  }
  const files = named.map((n) => n.name).join(", ");
  return `${withoutPaths(message, named)} (reading ${files})`;
}

function withoutPaths(message: string, named: { file: string; name: string }[]): string {
  let out = message;
  for (const { file, name } of named) out = out.replaceAll(file, name);
  // Whatever other local path DuckDB mentions (a temp file, a folder) stays on the machine.
  return out.replace(/(["'])\/[^"']*\1/g, (_match, q: string) => `${q}(a local file)${q}`);
}
