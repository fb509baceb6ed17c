import { DuckDBInstance } from "@duckdb/node-api";
import { Data, isPlinthError } from "@plinth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Core's one escaping rule (Data.quote / literal / ddlName), held to a real engine: DuckDB must read
// back exactly the name or value it was given, whatever it holds.
const hostile = [
  "plain",
  'double " quote',
  "single ' quote",
  "back ` quote",
  "both \"'` and '' doubled already",
  "new\nline and \r return and \t tab",
  "ünïcødé 名前 🚀 \u202e right-to-left",
  "x'); DROP TABLE t; --",
  'x"); DROP TABLE t; --',
  "back\\slash\\' and \\\"",
  "",
  "n".repeat(10_240),
];

let db: DuckDBInstance;
beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
});
afterAll(() => db.closeSync());

async function one(sql: string) {
  const connection = await db.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return { names: reader.columnNames(), row: reader.getRowObjectsJS()[0] };
  } finally {
    connection.closeSync();
  }
}

describe("SQL text from outside values (Data.quote, literal, ddlName)", () => {
  it.each(hostile.map((text) => [text.slice(0, 30), text]))("round-trips %j through DuckDB", async (_label, text) => {
    const result = await one(`SELECT ${Data.literal(text)} AS ${Data.quote(text || "empty")}`);
    expect(result.names).toEqual([text || "empty"]);
    expect(Object.values(result.row ?? {})).toEqual([text]);
  });

  it("doubles the delimiter and nothing else", () => {
    expect(Data.quote('a"b')).toBe('"a""b"');
    expect(Data.literal("it's")).toBe("'it''s'");
    expect(Data.ddlName("a`b")).toBe("`a``b`");
    expect(Data.literal("back\\slash")).toBe("'back\\slash'");
  });

  it.each([
    ["quote", Data.quote],
    ["literal", Data.literal],
    ["ddlName", Data.ddlName],
  ])("%s refuses a NUL, which would cut the statement short", (_name, toSql) => {
    const error = (() => {
      try {
        return toSql("col\u0000umn");
      } catch (e) {
        return e;
      }
    })();
    expect(isPlinthError(error) && error.code).toBe("validation_failed");
    expect(isPlinthError(error) && error.detail).toContain("NUL character (at 4)");
  });
});
