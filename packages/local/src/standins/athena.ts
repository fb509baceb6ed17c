import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { Data } from "@plinth/core";
import { z } from "zod";
import type { Cancellation } from "../stepfunctions/cancellation";
import { StatesError } from "../stepfunctions/errors";
import type { SdkAction } from "../stepfunctions/integrations";

const { quote, literal } = Data;

/**
 * Athena stand-in — what the promotion workflow reaches as `athena:startQueryExecution(.sync)`,
 * `athena:getQueryExecution`, `athena:getQueryResults` and `athena:stopQueryExecution`, for the
 * partitions past the DuckDB task's size switch. Data lives in the local S3 (the same lake the real
 * S3 adapter reads); the Glue catalog is modelled as one DuckDB schema per Athena database, and
 * queries run on DuckDB over copies of the S3 objects a table's location holds.
 *
 * Modelled statements (the shapes `packages/core/src/data/athena.ts` writes, in Athena's syntax):
 * CREATE DATABASE [IF NOT EXISTS], DROP DATABASE [IF EXISTS] … [CASCADE], CREATE EXTERNAL TABLE
 * (Hive column types, optional PARTITIONED BY, STORED AS PARQUET, LOCATION), ALTER TABLE … ADD
 * [IF NOT EXISTS] PARTITION (…) LOCATION …, CTAS with `external_location` (refused when the location
 * holds objects, as Athena does), UNLOAD … TO … WITH (format PARQUET|JSON) (refused likewise), and
 * SELECT/WITH (results kept for GetQueryResults, the header first, and written as CSV to the output
 * location). Files are named `<query id>_00000` without an extension, as Athena names them. A failed
 * query is FAILED with a reason, and `.sync` fails the task with the query execution as its cause.
 *
 * Not modelled: the SQL dialect. Queries run on DuckDB, with Trino's `regexp_like` defined over
 * DuckDB's `regexp_matches`; the generated SQL sticks to what both accept, but only AWS proves
 * Trino takes it. Also: workgroups, scanned-bytes statistics, pagination (MaxResults only), a table
 * reading objects added after it was declared (the local copy is taken at CREATE/ADD PARTITION).
 *
 * Fault injection (POST /_plinth/athena): `failQuery` (the next `times` queries whose text matches
 * `match` fail with `reason`), `delayMs` (each query waits that long before it runs).
 */
export const AthenaFaults = z.object({
  failQuery: z
    .object({ match: z.string(), reason: z.string().default("injected failure"), times: z.number().int().default(1) })
    .optional(),
  delayMs: z.number().int().min(0).optional(),
});
export type AthenaFaults = z.input<typeof AthenaFaults>;

type State = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

interface Execution {
  id: string;
  sql: string;
  database: string;
  outputLocation: string;
  state: State;
  reason?: string;
  submitted: Date;
  completed?: Date;
  result?: { columns: { name: string; type: string }[]; rows: (string | null)[][] };
  done: Promise<void>;
}

interface Table {
  columns: { name: string; hiveType: string }[];
  location: string;
  partitionColumn?: string;
  partitions: { value: string; location: string; files: string[] }[];
  files: string[];
}

const StartQuery = z.object({
  QueryString: z.string().min(1),
  QueryExecutionContext: z.object({ Database: z.string().min(1) }).optional(),
  ResultConfiguration: z.object({ OutputLocation: z.string().regex(/^s3:\/\/[^/]+\//) }),
  WorkGroup: z.string().optional(),
});
const ById = z.object({ QueryExecutionId: z.string(), MaxResults: z.number().int().min(1).optional() });

export class AthenaStandIn {
  private readonly executions = new Map<string, Execution>();
  /** Athena database → table → its declaration and local copies. */
  private readonly catalog = new Map<string, Map<string, Table>>([["default", new Map()]]);
  private faults: { failQuery?: { match: RegExp; reason: string; times: number }; delayMs: number } = { delayMs: 0 };
  private instance?: Promise<DuckDBInstance>;
  private workDir?: Promise<string>;
  private sequence = 0;

  constructor(private readonly s3: () => S3Client) {}

  readonly actions: Readonly<Record<string, SdkAction>> = {
    startQueryExecution: async (parameters) => ({ QueryExecutionId: this.start(parameters).id }),
    "startQueryExecution.sync": (parameters, signal) => this.runToEnd(parameters, signal),
    getQueryExecution: async (parameters) => this.describe(this.get(parameters)),
    getQueryResults: async (parameters) => this.results(parameters),
    stopQueryExecution: async (parameters) => {
      const execution = this.get(parameters);
      if (execution.state === "QUEUED" || execution.state === "RUNNING") this.finish(execution, "CANCELLED");
      return {};
    },
  };

  control(body: unknown) {
    const faults = AthenaFaults.parse(body);
    this.faults = {
      delayMs: faults.delayMs ?? 0,
      ...(faults.failQuery
        ? {
            failQuery: {
              match: new RegExp(faults.failQuery.match, "i"),
              reason: faults.failQuery.reason,
              times: faults.failQuery.times,
            },
          }
        : {}),
    };
    return this.inspect();
  }

  inspect() {
    return {
      databases: Object.fromEntries([...this.catalog].map(([name, tables]) => [name, [...tables.keys()]])),
      queries: [...this.executions.values()].slice(-50).map((e) => ({
        id: e.id,
        state: e.state,
        reason: e.reason,
        database: e.database,
        query: e.sql.slice(0, 200),
      })),
    };
  }

  async shutdown(): Promise<void> {
    await Promise.allSettled([...this.executions.values()].map((e) => e.done));
    (await this.instance)?.closeSync();
    const dir = await this.workDir;
    if (dir) await rm(dir, { recursive: true, force: true });
  }

  private start(parameters: unknown): Execution {
    const input = StartQuery.parse(parameters);
    const id = `${Date.now().toString(36)}-${(++this.sequence).toString().padStart(5, "0")}-${crypto.randomUUID().slice(0, 8)}`;
    const execution: Execution = {
      id,
      sql: input.QueryString.trim().replace(/;\s*$/, ""),
      database: input.QueryExecutionContext?.Database ?? "default",
      outputLocation: input.ResultConfiguration.OutputLocation,
      state: "QUEUED",
      submitted: new Date(),
      done: Promise.resolve(),
    };
    this.executions.set(id, execution);
    execution.done = this.execute(execution);
    return execution;
  }

  private async runToEnd(parameters: unknown, signal: Cancellation) {
    const execution = this.start(parameters);
    const unregister = signal.onAbort(() => this.finish(execution, "CANCELLED", "the execution was stopped"));
    try {
      await execution.done;
    } finally {
      unregister();
    }
    const described = this.describe(execution);
    if (execution.state !== "SUCCEEDED") throw new StatesError("States.TaskFailed", JSON.stringify(described));
    return described;
  }

  private async execute(execution: Execution): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.faults.delayMs));
    if (execution.state !== "QUEUED") return;
    execution.state = "RUNNING";
    try {
      const injected = this.faults.failQuery;
      if (injected && injected.times > 0 && injected.match.test(execution.sql)) {
        injected.times -= 1;
        throw new QueryFailure(injected.reason);
      }
      await this.run(execution);
      this.finish(execution, "SUCCEEDED");
    } catch (error) {
      this.finish(execution, "FAILED", error instanceof Error ? error.message.split("\n")[0] : String(error));
    }
  }

  private finish(execution: Execution, state: State, reason?: string) {
    if (execution.state === "SUCCEEDED" || execution.state === "FAILED" || execution.state === "CANCELLED") return;
    execution.state = state;
    if (reason) execution.reason = reason;
    execution.completed = new Date();
  }

  private async run(execution: Execution): Promise<void> {
    for (const [pattern, handle] of this.statements) {
      const match = pattern.exec(execution.sql);
      if (match) return handle(match, execution);
    }
    throw new QueryFailure(`the Athena stand-in does not model this statement: ${execution.sql.slice(0, 80)}`);
  }

  /** Each statement shape the stand-in models, with what it does. */
  private readonly statements: [RegExp, (match: RegExpExecArray, execution: Execution) => Promise<void>][] = [
    [/^CREATE\s+DATABASE\s+(IF\s+NOT\s+EXISTS\s+)?`([^`]+)`$/i, (m) => this.createDatabase(m[2] as string, !!m[1])],
    [
      /^DROP\s+DATABASE\s+(IF\s+EXISTS\s+)?`([^`]+)`(\s+CASCADE)?$/i,
      (m) => this.dropDatabase(m[2] as string, !!m[1], !!m[3]),
    ],
    [
      /^CREATE\s+EXTERNAL\s+TABLE\s+`([^`]+)`\s+\((.*?)\)(?:\s+PARTITIONED\s+BY\s+\(`([^`]+)`\s+string\))?\s+STORED\s+AS\s+PARQUET\s+LOCATION\s+'([^']+)'$/is,
      (m, e) => this.createExternalTable(e.database, m[1] as string, m[2] as string, m[4] as string, m[3]),
    ],
    [
      /^ALTER\s+TABLE\s+`([^`]+)`\s+ADD\s+(IF\s+NOT\s+EXISTS\s+)?(.*)$/is,
      (m, e) => this.addPartitions(e.database, m[1] as string, m[3] as string, !!m[2]),
    ],
    [
      /^CREATE\s+TABLE\s+"([^"]+)"\s+WITH\s+\(([^)]*)\)\s+AS\s+([\s\S]+)$/i,
      (m, e) => this.createTableAs(e, m[1] as string, m[2] as string, m[3] as string),
    ],
    [/^UNLOAD\s*\(/i, (_, e) => this.unload(e)],
    [/^(SELECT|WITH)\b/i, (_, e) => this.select(e)],
  ];

  private async createDatabase(name: string, ifNotExists: boolean): Promise<void> {
    if (this.catalog.has(name)) {
      if (!ifNotExists) throw new QueryFailure(`Database ${name} already exists`);
      return;
    }
    this.catalog.set(name, new Map());
    await this.withConnection("default", (c) => c.run(`CREATE SCHEMA IF NOT EXISTS ${quote(name)}`));
  }

  private async dropDatabase(name: string, ifExists: boolean, cascade: boolean): Promise<void> {
    const tables = this.catalog.get(name);
    if (!tables) {
      if (!ifExists) throw new QueryFailure(`Database does not exist: ${name}`);
      return;
    }
    if (tables.size > 0 && !cascade) throw new QueryFailure(`Database ${name} is not empty`);
    this.catalog.delete(name);
    await this.withConnection("default", (c) => c.run(`DROP SCHEMA IF EXISTS ${quote(name)} CASCADE`));
    await rm(join(await this.dir(), name), { recursive: true, force: true });
  }

  private tablesOf(database: string): Map<string, Table> {
    const tables = this.catalog.get(database);
    if (!tables) throw new QueryFailure(`SCHEMA_NOT_FOUND: Schema '${database}' does not exist`);
    return tables;
  }

  private async createExternalTable(
    database: string,
    name: string,
    columnList: string,
    location: string,
    partitionColumn: string | undefined,
  ): Promise<void> {
    const tables = this.tablesOf(database);
    if (tables.has(name)) throw new QueryFailure(`Table ${name} already exists`);
    const columns = [...columnList.matchAll(/`([^`]+)`\s+([a-z]+(?:\(\d+,\s*\d+\))?)/gi)].map((m) => ({
      name: m[1] as string,
      hiveType: (m[2] as string).toLowerCase(),
    }));
    const table: Table = {
      columns,
      location,
      partitions: [],
      files: partitionColumn ? [] : await this.copy(location, database, name),
      ...(partitionColumn ? { partitionColumn } : {}),
    };
    tables.set(name, table);
    await this.declare(database, name, table);
  }

  private async addPartitions(database: string, name: string, clauses: string, ifNotExists: boolean): Promise<void> {
    const table = this.tablesOf(database).get(name);
    if (!table?.partitionColumn) throw new QueryFailure(`Table ${name} does not exist or is not partitioned`);
    for (const partition of clauses.matchAll(/PARTITION\s+\(`([^`]+)`\s*=\s*'([^']*)'\)\s+LOCATION\s+'([^']+)'/gi)) {
      const value = partition[2] as string;
      if (table.partitions.some((p) => p.value === value)) {
        if (!ifNotExists) throw new QueryFailure(`Partition already exists: ${value}`);
        continue;
      }
      const location = partition[3] as string;
      table.partitions.push({ value, location, files: await this.copy(location, database, `${name}/${value}`) });
    }
    await this.declare(database, name, table);
  }

  private async createTableAs(execution: Execution, name: string, properties: string, select: string): Promise<void> {
    const tables = this.tablesOf(execution.database);
    const location = /external_location\s*=\s*'([^']+)'/i.exec(properties)?.[1];
    if (!location) throw new QueryFailure("the stand-in needs external_location for CREATE TABLE AS");
    if (tables.has(name)) throw new QueryFailure(`Table ${name} already exists`);
    const file = await this.write(execution, select, location, "PARQUET");
    tables.set(name, { columns: [], location, partitions: [], files: [file] });
    await this.withConnection(execution.database, (c) =>
      c.run(`CREATE OR REPLACE VIEW ${quote(name)} AS SELECT * FROM read_parquet(${literal(file)})`),
    );
  }

  private async unload(execution: Execution): Promise<void> {
    const { sql } = execution;
    this.tablesOf(execution.database);
    const to = sql.lastIndexOf(") TO '");
    const tail = /^\) TO '([^']+)'\s+WITH\s+\(([^)]*)\)$/i.exec(sql.slice(to));
    if (to < 0 || !tail) throw new QueryFailure("UNLOAD needs TO '<s3 location>' WITH (format = …)");
    const format = /format\s*=\s*'([^']+)'/i.exec(tail[2] as string)?.[1]?.toUpperCase();
    if (format !== "PARQUET" && format !== "JSON")
      throw new QueryFailure(`the stand-in unloads PARQUET or JSON, not ${format}`);
    await this.write(execution, sql.slice(sql.indexOf("(") + 1, to), tail[1] as string, format);
  }

  private async select(execution: Execution): Promise<void> {
    this.tablesOf(execution.database);
    execution.result = await this.withConnection(execution.database, async (c) => {
      const reader = await c.runAndReadAll(execution.sql);
      return {
        columns: reader.columnNames().map((name, i) => ({ name, type: String(reader.columnTypes()[i]) })),
        rows: reader.getRows().map((row) => row.map((value) => (value === null ? null : String(value)))),
      };
    });
    await this.put(`${execution.outputLocation}${execution.id}.csv`, toCsv(execution.result));
  }

  /** A view over a table's local copies, typed as its DDL declares (Athena reads Parquet columns by name). */
  private async declare(database: string, name: string, table: Table): Promise<void> {
    const typed = table.columns.map((c) => `CAST(${quote(c.name)} AS ${duckType(c.hiveType)}) AS ${quote(c.name)}`);
    const empty = `SELECT ${[...table.columns.map((c) => `CAST(NULL AS ${duckType(c.hiveType)}) AS ${quote(c.name)}`), ...(table.partitionColumn ? [`CAST(NULL AS VARCHAR) AS ${quote(table.partitionColumn)}`] : [])].join(", ")} WHERE false`;
    const read = (files: string[], partition?: string) =>
      `SELECT ${[...typed, ...(table.partitionColumn ? [`${literal(partition ?? "")} AS ${quote(table.partitionColumn)}`] : [])].join(", ")} FROM read_parquet([${files.map(literal).join(", ")}], union_by_name = true)`;
    const parts = table.partitionColumn
      ? table.partitions.filter((p) => p.files.length > 0).map((p) => read(p.files, p.value))
      : table.files.length > 0
        ? [read(table.files)]
        : [];
    const body = parts.length > 0 ? parts.join(" UNION ALL ") : empty;
    await this.withConnection(database, (c) => c.run(`CREATE OR REPLACE VIEW ${quote(name)} AS ${body}`));
  }

  /** Runs `select` into one file and puts it at `location` (which must hold nothing yet); answers the local file. */
  private async write(execution: Execution, select: string, location: string, format: "PARQUET" | "JSON") {
    const { bucket, prefix } = parseS3(location);
    const existing = await this.s3().send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1 }));
    if ((existing.KeyCount ?? 0) > 0)
      throw new QueryFailure(
        `HIVE_PATH_ALREADY_EXISTS: Target directory for table or UNLOAD already exists: ${location}`,
      );
    const dir = join(await this.dir(), execution.database, "_written");
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${execution.id}.${format.toLowerCase()}`);
    const options = format === "PARQUET" ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT json";
    await this.withConnection(execution.database, (c) => c.run(`COPY (${select}) TO ${literal(file)} (${options})`));
    await this.s3().send(
      new PutObjectCommand({ Bucket: bucket, Key: `${prefix}${execution.id}_00000`, Body: await readFile(file) }),
    );
    return file;
  }

  /** Local copies of the objects under an S3 location (Athena skips names starting with `_` or `.`). */
  private async copy(location: string, database: string, label: string): Promise<string[]> {
    const { bucket, prefix } = parseS3(location);
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3().send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        const name = (object.Key ?? "").slice((object.Key ?? "").lastIndexOf("/") + 1);
        if (name && !name.startsWith("_") && !name.startsWith(".") && (object.Size ?? 0) > 0)
          keys.push(object.Key ?? "");
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    const dir = join(await this.dir(), database, label);
    await mkdir(dir, { recursive: true });
    return Promise.all(
      keys.map(async (key, i) => {
        const path = join(dir, `${i}.parquet`);
        const { Body } = await this.s3().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        await pipeline(Body as Readable, createWriteStream(path));
        return path;
      }),
    );
  }

  private async put(location: string, body: string): Promise<void> {
    const { bucket, prefix } = parseS3(location);
    await this.s3().send(new PutObjectCommand({ Bucket: bucket, Key: prefix, Body: body }));
  }

  private get(parameters: unknown): Execution {
    const { QueryExecutionId } = ById.parse(parameters);
    const execution = this.executions.get(QueryExecutionId);
    if (!execution)
      throw new StatesError("Athena.InvalidRequestException", `QueryExecution ${QueryExecutionId} was not found`);
    return execution;
  }

  private describe(execution: Execution) {
    const elapsed = (execution.completed ?? new Date()).getTime() - execution.submitted.getTime();
    return {
      QueryExecution: {
        QueryExecutionId: execution.id,
        Query: execution.sql,
        StatementType: /^(SELECT|WITH)\b/i.test(execution.sql) ? "DML" : "DDL",
        ResultConfiguration: { OutputLocation: `${execution.outputLocation}${execution.id}.csv` },
        QueryExecutionContext: { Database: execution.database, Catalog: "awsdatacatalog" },
        Status: {
          State: execution.state,
          ...(execution.reason ? { StateChangeReason: execution.reason } : {}),
          SubmissionDateTime: execution.submitted.toISOString(),
          ...(execution.completed ? { CompletionDateTime: execution.completed.toISOString() } : {}),
        },
        Statistics: {
          EngineExecutionTimeInMillis: elapsed,
          TotalExecutionTimeInMillis: elapsed,
          DataScannedInBytes: 0,
        },
        WorkGroup: "primary",
      },
    };
  }

  private results(parameters: unknown) {
    const { MaxResults = 1000 } = ById.parse(parameters);
    const execution = this.get(parameters);
    if (execution.state !== "SUCCEEDED")
      throw new StatesError(
        "Athena.InvalidRequestException",
        `Query has not yet finished. Current state: ${execution.state}`,
      );
    const result = execution.result ?? { columns: [], rows: [] };
    const header = { Data: result.columns.map((c) => ({ VarCharValue: c.name })) };
    const rows = result.rows.map((row) => ({ Data: row.map((v) => (v === null ? {} : { VarCharValue: v })) }));
    return {
      UpdateCount: 0,
      ResultSet: {
        Rows: [header, ...rows].slice(0, MaxResults),
        ResultSetMetadata: {
          ColumnInfo: result.columns.map((c) => ({
            CatalogName: "hive",
            Name: c.name,
            Label: c.name,
            Type: c.type.toLowerCase(),
            Nullable: "UNKNOWN",
          })),
        },
      },
    };
  }

  private async withConnection<T>(database: string, work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    this.instance ??= DuckDBInstance.create(":memory:", { threads: "2" }).then(async (instance) => {
      const connection = await instance.connect();
      await connection.run(`CREATE SCHEMA IF NOT EXISTS "default"`);
      connection.closeSync();
      return instance;
    });
    const connection = await (await this.instance).connect();
    try {
      await connection.run(`USE memory.${quote(database)}`);
      // Trino's name for "the string contains a match"; the generated SQL is the same for both engines.
      await connection.run("CREATE OR REPLACE TEMP MACRO regexp_like(s, p) AS regexp_matches(s, p)");
      return await work(connection);
    } finally {
      connection.closeSync();
    }
  }

  private dir(): Promise<string> {
    this.workDir ??= mkdtemp(join(tmpdir(), "plinth-athena-"));
    return this.workDir;
  }
}

class QueryFailure extends Error {}

function parseS3(location: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(location);
  if (!match) throw new QueryFailure(`not an S3 location: ${location}`);
  return { bucket: match[1] as string, prefix: match[2] as string };
}

function duckType(hiveType: string): string {
  const decimal = /^decimal\((\d+),\s*(\d+)\)$/i.exec(hiveType);
  if (decimal) return `DECIMAL(${decimal[1]}, ${decimal[2]})`;
  const type = DUCK_TYPES[hiveType.toLowerCase()];
  if (!type) throw new QueryFailure(`unknown Hive type ${hiveType}`);
  return type;
}

const DUCK_TYPES: Record<string, string> = {
  string: "VARCHAR",
  varchar: "VARCHAR",
  tinyint: "TINYINT",
  smallint: "SMALLINT",
  int: "INTEGER",
  integer: "INTEGER",
  bigint: "BIGINT",
  float: "FLOAT",
  double: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
  timestamp: "TIMESTAMP",
};

function toCsv(result: { columns: { name: string }[]; rows: (string | null)[][] }): string {
  const cell = (value: string | null) => (value === null ? "" : `"${value.replaceAll('"', '""')}"`);
  return [result.columns.map((c) => cell(c.name)), ...result.rows.map((row) => row.map(cell))]
    .map((cells) => cells.join(","))
    .join("\n");
}
