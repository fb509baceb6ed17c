import { describe, expect, it } from "vitest";
import { effectiveChecks } from "./checks-sql";
import { breakingChanges, Contract, checkId, columnChanges } from "./contract";

const orders = {
  columns: [
    { name: "order_id", type: "string", nullable: false },
    { name: "amount", type: "decimal", precision: 12, scale: 2 },
    { name: "status", type: "string", case: "lower" },
  ],
  primaryKey: ["order_id"],
  checks: [{ kind: "allowed_values", column: "status", values: ["placed", "shipped"] }],
} as const;

describe("data contracts", () => {
  it("fills defaults: row checks quarantine, partition checks fail or warn", () => {
    const contract = Contract.parse({
      ...orders,
      checks: [
        ...orders.checks,
        { kind: "row_count", min: 1 },
        { kind: "freshness", column: "amount", maxAgeHours: 24 },
      ],
    });
    expect(contract.checks.map((c) => [checkId(c), c.severity])).toEqual([
      ["allowed_values_status", "quarantine"],
      ["row_count", "fail"],
      ["freshness_amount", "warn"],
    ]);
    expect(contract.typeErrors).toBe("quarantine");
  });

  it("names the field of every mistake", () => {
    const broken = {
      columns: [
        { name: "id", type: "string" },
        { name: "id", type: "integer" },
      ],
      primaryKey: ["order_id"],
      checks: [
        { kind: "range", column: "id" },
        { kind: "regex", column: "nope", pattern: "([" },
      ],
    };
    const badSeverity = Contract.safeParse({
      ...broken,
      checks: [...broken.checks, { kind: "not_null", column: "id", severity: "sometimes" }],
    });
    expect(badSeverity.error?.issues.map((i) => i.path.join("."))).toContain("checks.2.severity");
    // The refinements run once the shape parses.
    const refined = Contract.safeParse(broken);
    expect(refined.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "columns.1.name: column id appears twice",
      "primaryKey.0: order_id is not a column of the contract",
      "checks.0: a range check needs min, max or both",
      "checks.1.column: nope is not a column of the contract",
      "checks.1.pattern: not a valid regular expression",
    ]);
  });

  it("refuses a NUL in a value the check SQL carries (issue 32), naming the field", () => {
    const parsed = Contract.safeParse({
      columns: [{ name: "status", type: "string" }],
      primaryKey: ["status"],
      checks: [
        { kind: "allowed_values", column: "status", values: ["open", "clo\u0000sed"] },
        { kind: "regex", column: "status", pattern: "^a\u0000" },
      ],
    });
    expect(parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "checks.0.values.1: must not hold a NUL character",
      "checks.1.pattern: must not hold a NUL character",
    ]);
  });

  it("gives precision and scale to decimals only, also when reading a contract stored with them everywhere (issue 32)", () => {
    const stored = {
      columns: [
        { name: "id", type: "string", precision: 18, scale: 2 },
        { name: "amount", type: "decimal" },
        { name: "rate", type: "decimal", precision: 9, scale: 4 },
      ],
      primaryKey: ["id"],
    };
    const columns = Contract.parse(stored).columns;
    expect(columns.map(({ name, precision, scale }) => ({ name, precision, scale }))).toEqual([
      { name: "id", precision: undefined, scale: undefined },
      { name: "amount", precision: 18, scale: 2 },
      { name: "rate", precision: 9, scale: 4 },
    ]);
    expect("precision" in (columns[0] ?? {})).toBe(false);
  });

  it("implies NOT NULL for required columns and a present, unique primary key", () => {
    const checks = effectiveChecks(Contract.parse(orders)).map(checkId);
    expect(checks).toEqual(["not_null_order_id", "primary_key", "allowed_values_status"]);
  });

  it("calls a removed, retyped or loosened column breaking, an added nullable one not", () => {
    const before = Contract.parse(orders);
    expect(
      breakingChanges(
        before,
        Contract.parse({ ...orders, columns: [...orders.columns, { name: "note", type: "string" }] }),
      ),
    ).toEqual([]);
    const after = Contract.parse({
      ...orders,
      columns: [
        { name: "order_id", type: "string", nullable: true },
        { name: "amount", type: "double" },
        { name: "channel", type: "string", nullable: false },
      ],
      checks: [],
    });
    expect(breakingChanges(before, after)).toEqual([
      "column order_id became nullable",
      "column amount: decimal → double",
      "column status removed",
      "column channel added as NOT NULL",
    ]);
  });

  it("lists each column added, removed or changed for a reviewer, breaking or not", () => {
    const before = Contract.parse(orders);
    const after = Contract.parse({
      ...orders,
      columns: [
        { name: "order_id", type: "string", nullable: true },
        { name: "amount", type: "double" },
        { name: "note", type: "string" },
      ],
      checks: [],
    });
    expect(columnChanges(before, after)).toEqual([
      { column: "order_id", change: "changed", before: "string not null", after: "string" },
      { column: "amount", change: "changed", before: "decimal(12,2)", after: "double" },
      { column: "note", change: "added", after: "string" },
      { column: "status", change: "removed", before: "string" },
    ]);
    expect(columnChanges(before, before)).toEqual([]);
  });
});
