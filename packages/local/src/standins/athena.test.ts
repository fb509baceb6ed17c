import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3LakeStorage } from "../../../aws/src/s3/lake-storage";
import { localS3Client, startLocalS3 } from "../s3/local-s3";
import { Cancellation } from "../stepfunctions/cancellation";
import { StatesError } from "../stepfunctions/errors";
import { AthenaStandIn } from "./athena";

const credentials = { accessKeyId: "local", secretAccessKey: "local" };
let s3: { endpoint: string; stop: () => Promise<void> };
let client: S3Client;
let lake: S3LakeStorage;

beforeAll(async () => {
  s3 = await startLocalS3({
    port: 0,
    buckets: ["lake"],
    account: "000000000000",
    region: "us-east-1",
    credentials,
    onObjectCreated: () => undefined,
  });
  client = localS3Client(s3.endpoint);
  lake = new S3LakeStorage(client, "lake");
  // Three orders as Parquet under s3://lake/data/orders/.
  const dir = mkdtempSync(join(tmpdir(), "plinth-athena-test-"));
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  await connection.run(
    `COPY (SELECT * FROM (VALUES ('o1', 10.5::DECIMAL(12,2)), ('o2', 20.25), ('o3', NULL)) AS t(order_id, amount)) TO '${join(dir, "part-0.parquet")}' (FORMAT parquet)`,
  );
  connection.closeSync();
  db.closeSync();
  await lake.upload(join(dir, "part-0.parquet"), "data/orders/part-0.parquet");
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

/** A fresh stand-in per test: the catalog and executions are its own. */
function athena() {
  const standIn = new AthenaStandIn(() => client);
  const sync = (sql: string, database = "default") =>
    standIn.actions["startQueryExecution.sync"]?.(
      {
        QueryString: sql,
        QueryExecutionContext: { Database: database },
        ResultConfiguration: { OutputLocation: "s3://lake/athena/results/" },
      },
      new Cancellation(),
    ) as Promise<{ QueryExecution: { QueryExecutionId: string; Status: { State: string } } }>;
  const failure = async (sql: string, database = "default") => {
    const error = await sync(sql, database).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StatesError);
    const cause = JSON.parse((error as StatesError).cause ?? "{}");
    return { error: (error as StatesError).error, status: cause.QueryExecution.Status };
  };
  return { standIn, sync, failure };
}

describe("the Athena stand-in", () => {
  it("declares tables over S3, answers a SELECT as Athena's result set, and drops the database with its tables", async () => {
    const { standIn, sync } = athena();
    await sync("CREATE DATABASE IF NOT EXISTS `scratch_a`");
    await sync(
      "CREATE EXTERNAL TABLE `orders` (`order_id` string, `amount` decimal(12,2)) STORED AS PARQUET LOCATION 's3://lake/data/orders/'",
      "scratch_a",
    );
    const done = await sync(
      'SELECT count(*) AS n, sum("amount") AS total, max("order_id") AS last, min(NULL) AS nothing FROM "orders"',
      "scratch_a",
    );
    expect(done.QueryExecution.Status.State).toBe("SUCCEEDED");
    const results = (await standIn.actions.getQueryResults?.(
      { QueryExecutionId: done.QueryExecution.QueryExecutionId, MaxResults: 2 },
      new Cancellation(),
    )) as { ResultSet: { Rows: { Data: { VarCharValue?: string }[] }[] } };
    expect(results.ResultSet.Rows).toEqual([
      {
        Data: [{ VarCharValue: "n" }, { VarCharValue: "total" }, { VarCharValue: "last" }, { VarCharValue: "nothing" }],
      },
      { Data: [{ VarCharValue: "3" }, { VarCharValue: "30.75" }, { VarCharValue: "o3" }, {}] },
    ]);
    // Athena writes each SELECT's result as CSV at the output location.
    expect(await lake.text(`athena/results/${done.QueryExecution.QueryExecutionId}.csv`)).toBe(
      '"n","total","last","nothing"\n"3","30.75","o3",',
    );
    expect(standIn.inspect().databases).toEqual({ default: [], scratch_a: ["orders"] });
    await sync("DROP DATABASE IF EXISTS `scratch_a` CASCADE");
    expect(standIn.inspect().databases).toEqual({ default: [] });
    await standIn.shutdown();
  });

  it("writes CTAS and UNLOAD output as Athena names it, and refuses a location that holds objects", async () => {
    const { standIn, sync, failure } = athena();
    await sync("CREATE DATABASE `scratch_b`");
    await sync(
      "CREATE EXTERNAL TABLE `orders` (`order_id` string, `amount` decimal(12,2)) STORED AS PARQUET LOCATION 's3://lake/data/orders/'",
      "scratch_b",
    );
    const ctas = await sync(
      `CREATE TABLE "big" WITH (format = 'PARQUET', external_location = 's3://lake/out/big/') AS SELECT * FROM "orders" WHERE "amount" > 15`,
      "scratch_b",
    );
    expect((await lake.list("out/big/")).map((o) => o.key)).toEqual([
      `out/big/${ctas.QueryExecution.QueryExecutionId}_00000`,
    ]);
    const unload = await sync(
      `UNLOAD (SELECT "order_id" FROM "big") TO 's3://lake/out/json/' WITH (format = 'JSON', compression = 'NONE')`,
      "scratch_b",
    );
    expect(await lake.text(`out/json/${unload.QueryExecution.QueryExecutionId}_00000`)).toBe('{"order_id":"o2"}\n');
    const refused = await failure(
      `UNLOAD (SELECT * FROM "orders") TO 's3://lake/out/big/' WITH (format = 'PARQUET', compression = 'ZSTD')`,
      "scratch_b",
    );
    expect(refused).toMatchObject({ error: "States.TaskFailed", status: { State: "FAILED" } });
    expect(refused.status.StateChangeReason).toMatch(/^HIVE_PATH_ALREADY_EXISTS: .*s3:\/\/lake\/out\/big\//);
    await standIn.shutdown();
  });

  it("fails what it does not model, a missing database, and injected faults — each a FAILED query with a reason", async () => {
    const { standIn, sync, failure } = athena();
    expect((await failure("MSCK REPAIR TABLE `orders`")).status.StateChangeReason).toMatch(
      /does not model this statement: MSCK REPAIR/,
    );
    expect((await failure("SELECT 1", "nowhere")).status.StateChangeReason).toMatch(/SCHEMA_NOT_FOUND/);
    standIn.control({ failQuery: { match: "^SELECT", reason: "injected", times: 1 } });
    expect((await failure("SELECT 1")).status.StateChangeReason).toBe("injected");
    expect((await sync("SELECT 1")).QueryExecution.Status.State).toBe("SUCCEEDED");
    await standIn.shutdown();
  });
});
