import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { Data, isPlinthError } from "@plinth/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  customerRows,
  customersContract,
  orderRows,
  ordersContract,
  ordersGoldSql,
  toCsv,
} from "../../../local/src/lake/sample";
import { DUCKDB_DIALECT, DuckDbEngine } from "./duckdb-engine";

let dir: string;
let engine: DuckDbEngine;
const now = new Date("2026-11-02T12:00:00Z");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plinth-duckdb-"));
  engine = new DuckDbEngine({ threads: 2 });
});
afterEach(() => engine.close());

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function rows(path: string, sql = "SELECT * FROM t"): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  await connection.run(`CREATE VIEW t AS SELECT * FROM read_parquet('${path}')`);
  const result = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  connection.closeSync();
  db.closeSync();
  return result as Record<string, unknown>[];
}

async function promoteCustomers() {
  const result = await engine.checkPartition({
    contract: Data.Contract.parse(customersContract),
    input: { format: "csv", files: [file("customers.csv", toCsv(customerRows(400)))] },
    references: {},
    output: { silver: join(dir, "customers-silver.parquet"), quarantine: join(dir, "customers-q.parquet") },
    now,
  });
  return result;
}

describe("DuckDB quality engine", () => {
  it("types, cleanses and publishes customers; a bad email is a warning", async () => {
    const { report, written } = await promoteCustomers();
    expect(report).toMatchObject({ outcome: "passed", inputRows: 400, quarantinedRows: 0, publishedRows: 400 });
    expect(report.checks.find((c) => c.id === "regex_email")).toMatchObject({ status: "warned", failingRows: 2 });
    const [first] = await rows(written.silver ?? "", "SELECT * FROM t ORDER BY customer_id LIMIT 1");
    expect(first).toMatchObject({ customer_id: "C000001", email: "grace.1@example.com", country: "FR" });
  });

  it("sets bad orders aside with their reasons, folds copies, and checks references against silver", async () => {
    const customers = await promoteCustomers();
    const { report, written } = await engine.checkPartition({
      contract: Data.Contract.parse(ordersContract),
      input: { format: "csv", files: [file("orders.csv", toCsv(orderRows("2026-11-01", 2000, 400)))] },
      references: { customers: { format: "parquet", files: [customers.written.silver ?? ""] } },
      output: { silver: join(dir, "orders-silver.parquet"), quarantine: join(dir, "orders-q.parquet") },
      now,
    });
    const failing = Object.fromEntries(report.checks.map((c) => [c.id, [c.status, c.failingRows]]));
    expect(failing).toMatchObject({
      type_amount: ["quarantined", 10],
      not_null_customer_id: ["quarantined", 20],
      range_amount: ["quarantined", 20],
      allowed_values_status: ["quarantined", 10],
      allowed_values_currency: ["warned", 10],
      reference_customer_id: ["quarantined", 10],
      primary_key: ["quarantined", 4],
      regex_order_id: ["passed", 0],
      not_null_order_id: ["passed", 0],
      row_count: ["passed", undefined],
      freshness_updated_at: ["passed", undefined],
      schema_drift: ["passed", undefined],
    });
    expect(report).toMatchObject({
      outcome: "passed",
      inputRows: 2000,
      duplicateRows: 10,
      quarantinedRows: 74,
      publishedRows: 1916,
    });
    const reasons = await rows(
      written.quarantine ?? "",
      "SELECT _plinth_reasons AS r, CAST(count(*) AS INTEGER) AS n FROM t GROUP BY r ORDER BY r",
    );
    expect(reasons).toEqual([
      { r: "allowed_values_status", n: 10 },
      { r: "not_null_customer_id", n: 20 },
      { r: "primary_key", n: 4 },
      { r: "range_amount", n: 20 },
      { r: "reference_customer_id", n: 10 },
      { r: "type_amount", n: 10 },
    ]);
    // The raw value is kept for a fix and a reprocess.
    expect(
      await rows(written.quarantine ?? "", "SELECT DISTINCT amount FROM t WHERE _plinth_reasons = 'type_amount'"),
    ).toEqual([{ amount: "n/a" }]);
    const gold = await engine.aggregate({
      sql: ordersGoldSql,
      relations: { silver: { format: "parquet", files: [written.silver ?? ""] } },
      output: join(dir, "orders-gold.parquet"),
    });
    expect(gold.rows).toBeGreaterThan(0);
    const [totals] = await rows(join(dir, "orders-gold.parquet"), "SELECT sum(orders) AS orders FROM t");
    expect(Number(totals?.orders)).toBe(1916);
  });

  it("stops on a fail check and writes no silver", async () => {
    const contract = Data.Contract.parse({ ...ordersContract, checks: [{ kind: "row_count", min: 5000 }] });
    const { report, written } = await engine.checkPartition({
      contract,
      input: { format: "csv", files: [file("orders.csv", toCsv(orderRows("2026-11-01", 1000, 400)))] },
      references: {},
      output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
      now,
    });
    expect(report.outcome).toBe("failed");
    expect(report.failedChecks).toEqual(["row_count"]);
    expect(report.checks.find((c) => c.id === "row_count")?.detail).toMatch(/fewer than 5000/);
    expect(written.silver).toBeUndefined();
  });

  it("reports drifted columns and a missing one", async () => {
    const csv = "order_id,customer_id,order_date,amount,coupon\nO-20261101-000001,C000001,2026-11-01,12.50,X\n";
    const { report } = await engine.checkPartition({
      contract: Data.Contract.parse({ ...ordersContract, checks: [{ kind: "schema_drift" }] }),
      input: { format: "csv", files: [file("drift.csv", csv)] },
      references: {},
      output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
      now,
    });
    expect(report.outcome).toBe("failed");
    expect(report.missingColumns).toEqual(["currency", "status", "updated_at"]);
    expect(report.extraColumns).toEqual(["coupon"]);
    expect(report.checks.find((c) => c.id === "schema_drift")?.detail).toBe(
      "the input's columns drifted: currency missing, status missing, updated_at missing, coupon not in the contract",
    );
  });

  it("refuses a CSV whose rows do not fit its header as unreadable input", async () => {
    const csv = 'order_id,amount\nO-1,1.00\nO-2,2.00,extra,"unterminated\n';
    const error = await engine
      .checkPartition({
        contract: Data.Contract.parse({ ...ordersContract, checks: [] }),
        input: { format: "csv", files: [file("ragged.csv", csv)] },
        references: {},
        output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
        now,
      })
      .catch((e: unknown) => e);
    expect(isPlinthError(error) && error.code).toBe("unreadable_input");
  });

  it("item 7 (issue 14): a blank in a nullable numeric column is NULL after cleansing, not a type error", async () => {
    const contract = Data.Contract.parse({
      columns: [
        { name: "id", type: "string", nullable: false },
        { name: "qty", type: "integer" },
        { name: "price", type: "decimal" },
      ],
      primaryKey: ["id"],
    });
    const { report, written } = await engine.checkPartition({
      contract,
      input: { format: "csv", files: [file("blanks.csv", "id,qty,price\nA,   ,  \nB,,\nC,x,1.5\n")] },
      references: {},
      output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
      now,
    });
    expect(report.checks.find((c) => c.id === "type_qty")).toMatchObject({ failingRows: 1 });
    expect(report.checks.find((c) => c.id === "type_price")).toMatchObject({ failingRows: 0 });
    expect(report).toMatchObject({ inputRows: 3, quarantinedRows: 1, publishedRows: 2 });
    expect(await rows(written.silver ?? "", "SELECT id, qty, price FROM t ORDER BY id")).toEqual([
      { id: "A", qty: null, price: null },
      { id: "B", qty: null, price: null },
    ]);
  });

  it("item 9 (issue 14): an unreadable CSV names the object and the line, never a local path", async () => {
    const csv = "order_id,amount\nO-1,1.00\nO-2,2.00,extra\n";
    const error = await engine
      .checkPartition({
        contract: Data.Contract.parse({ ...ordersContract, checks: [] }),
        input: { format: "csv", files: [file("in-0.csv", csv)], names: ["lake/landing/orders/2026-11-01/orders.csv"] },
        references: {},
        output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
        now,
      })
      .catch((e: unknown) => e);
    expect(isPlinthError(error) && error.detail).toBe(
      'lake/landing/orders/2026-11-01/orders.csv line 3: 3 fields where the header has 2; expected RFC 4180 CSV: a header row, comma-separated fields, quoted with "',
    );
    expect(String((error as Error).message)).not.toContain(dir);
  });

  it("item 9 (issue 14): a corrupt Parquet file is named by its object, never by the task's path", async () => {
    const error = await engine
      .checkPartition({
        contract: Data.Contract.parse(ordersContract),
        input: {
          format: "parquet",
          files: [file("in-0.parquet", "PAR1 this is not parquet")],
          names: ["lake/bronze/orders/2026-11-01/v=1/part-0.parquet"],
        },
        references: {},
        output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
        now,
      })
      .catch((e: unknown) => e);
    const detail = isPlinthError(error) ? error.detail : "";
    expect(detail).toMatch(/^lake\/bronze\/orders\/2026-11-01\/v=1\/part-0\.parquet is not a readable Parquet file/);
    expect(detail).not.toContain(dir);
    expect(detail).not.toMatch(/\/tmp\//);
  });

  it("refuses a corrupt Parquet file as unreadable input", async () => {
    const error = await engine
      .checkPartition({
        contract: Data.Contract.parse(ordersContract),
        input: { format: "parquet", files: [file("broken.parquet", "PAR1 this is not parquet")] },
        references: {},
        output: { silver: join(dir, "s.parquet"), quarantine: join(dir, "q.parquet") },
        now,
      })
      .catch((e: unknown) => e);
    expect(isPlinthError(error) && error.code).toBe("unreadable_input");
  });
});

describe("the repeated-key search by hash (issue 20)", () => {
  it("gives the same silver, quarantine and summary with DuckDB's hash, with every key colliding, and with no hash", async () => {
    const { written } = await promoteCustomers();
    const orders = file("orders.csv", toCsv(orderRows("2026-11-01", 3000, 400)));
    const outcomes: unknown[] = [];
    for (const dialect of [{}, DUCKDB_DIALECT, { keyHash: () => "42" }] as Data.PlanDialect[]) {
      const db = await DuckDBInstance.create(":memory:");
      const connection = await db.connect();
      await connection.run("CREATE MACRO regexp_like(s, p) AS regexp_matches(s, p)");
      await connection.run(
        `CREATE VIEW input AS SELECT * FROM read_csv('${orders}', header = true, all_varchar = true)`,
      );
      await connection.run(`CREATE VIEW ref_customers AS SELECT * FROM read_parquet('${written.silver}')`);
      const columns = (await connection.runAndReadAll("DESCRIBE input")).getRowObjectsJS().map((row) => ({
        name: String(row.column_name),
        type: Data.columnTypeOf(String(row.column_type)),
      }));
      const plan = Data.planChecks(Data.Contract.parse(ordersContract), columns, "checked", dialect);
      await connection.run(`CREATE TEMP TABLE checked AS ${plan.checkedSql}`);
      const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
      outcomes.push({
        summary: await read(plan.summarySql),
        silver: await read(`SELECT * FROM (${plan.silverSql}) ORDER BY ALL`),
        quarantine: await read(`SELECT * FROM (${plan.quarantineSql}) ORDER BY ALL`),
      });
      connection.closeSync();
      db.closeSync();
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
    expect((outcomes[0] as { quarantine: unknown[] }).quarantine.length).toBeGreaterThan(0);
  });
});

describe("hostile landing files and names (issue 32)", () => {
  const landed = "lake/landing/orders/2026-11-01/garbage.csv";
  const ingest = (bytes: Buffer | string, name = landed) => {
    const path = join(dir, "in-0.csv");
    writeFileSync(path, bytes);
    return engine.ingest({ format: "csv", files: [path], names: [name] }, join(dir, "bronze.parquet"));
  };
  const refusal = async (bytes: Buffer | string) => {
    const error = await ingest(bytes).catch((e: unknown) => e);
    expect(isPlinthError(error) && error.code, String(error)).toBe("unreadable_input");
    return isPlinthError(error) ? error.detail : "";
  };

  it("refuses random bytes with a NUL in the first line as unreadable input naming the object and line 1", async () => {
    const garbage = Buffer.from([0x27, 0x00, 0x9f, 0x41, 0x2c, 0x27, 0xff, 0x0a, 0x01, 0x02, 0x2c, 0x03, 0x0a]);
    const detail = await refusal(garbage);
    expect(detail).toMatch(new RegExp(`^${landed} line 1: the header row is not UTF-8 text`));
    expect(detail).not.toMatch(/Parser Error|\/tmp\//);
  });

  it("refuses a UTF-8 header holding a NUL or another control character, saying which and where", async () => {
    expect(await refusal("id,na\u0000me\n1,2\n")).toBe(
      `${landed} line 1: the header row holds a control character (U+0000) at character 6; column names must be printable text; expected RFC 4180 CSV: a header row, comma-separated fields, quoted with "`,
    );
    expect(await refusal('id,"two\nlines"\n1,2\n')).toContain("control character (U+000A) at character 8");
    expect(await refusal("id\tname,x\n1,2\n")).toContain("control character (U+0009) at character 3");
    expect(await refusal("id,\u0085next\n1,2\n")).toContain("control character (U+0085)");
  });

  it("reads headers of quotes, unicode, SQL and 10 KB names as the columns they name", async () => {
    const names = ['a"b', "it's", "ünïcødé 名前 🚀", "x'); DROP TABLE input; --", "n".repeat(10_240)];
    const header = names.map((name) => `"${name.replaceAll('"', '""')}"`).join(",");
    const written = await ingest(`${header}\n1,2,3,4,5\n`);
    expect(written.rows).toBe(1);
    expect(written.schema.map((column) => column.name)).toEqual(names);
    const [row] = await rows(join(dir, "bronze.parquet"));
    expect(Object.keys(row ?? {})).toEqual(names);
  });

  it("refuses a Parquet file whose column names hold control characters, naming the object", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    const path = join(dir, "in-0.parquet");
    await connection.run(`COPY (SELECT 1 AS id, 2 AS "two\nlines") TO '${path}' (FORMAT parquet)`);
    connection.closeSync();
    db.closeSync();
    const error = await engine
      .ingest({ format: "parquet", files: [path], names: ["lake/landing/orders/x.parquet"] }, join(dir, "b.parquet"))
      .catch((e: unknown) => e);
    expect(isPlinthError(error) && error.code).toBe("unreadable_input");
    expect(isPlinthError(error) && error.detail).toBe(
      "column 2's name holds a control character (U+000A); column names must be printable text (reading lake/landing/orders/x.parquet)",
    );
  });

  it("reads files whose local paths hold quotes and unicode (paths are parameters, not SQL text)", async () => {
    const path = join(dir, 'o\'rders "ü".csv');
    writeFileSync(path, "id,amount\nO-1,1.00\n");
    const output = join(dir, "bro'nze.parquet");
    expect((await engine.ingest({ format: "csv", files: [path] }, output)).rows).toBe(1);
    const again = await engine.ingest({ format: "parquet", files: [output] }, join(dir, "again'.parquet"));
    expect(again.rows).toBe(1);
  });
});
