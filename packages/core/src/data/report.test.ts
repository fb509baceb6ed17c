import { describe, expect, it } from "vitest";
import { planChecks } from "./checks-sql";
import { Contract } from "./contract";
import { judge } from "./report";

const contract = Contract.parse({
  columns: [
    { name: "id", type: "string", nullable: false },
    { name: "amount", type: "decimal" },
  ],
  primaryKey: ["id"],
  checks: [
    { id: "positive", kind: "range", column: "amount", min: 0, severity: "quarantine" },
    { id: "cents", kind: "range", column: "amount", max: 1000, severity: "warn" },
    { id: "enough", kind: "row_count", min: 3, severity: "fail" },
  ],
});
const plan = planChecks(contract, [
  { name: "id", type: "string" },
  { name: "amount", type: "string" },
]);
const now = new Date("2026-11-01T00:00:00Z");
const summary = (counts: Record<string, number>) => {
  const row: Record<string, number> = { input_rows: 10, distinct_rows: 9, quarantined: 0 };
  plan.rowChecks.forEach((_, i) => {
    row[`c${i}`] = 0;
  });
  return { ...row, ...counts };
};
const index = (id: string) => plan.rowChecks.findIndex((c) => c.id === id);

describe("the quality gate", () => {
  it("passes with copies folded, rows set aside and warnings counted", () => {
    const report = judge(
      plan,
      summary({ quarantined: 2, [`c${index("positive")}`]: 2, [`c${index("cents")}`]: 1 }),
      now,
    );
    expect(report).toMatchObject({
      outcome: "passed",
      inputRows: 10,
      duplicateRows: 1,
      quarantinedRows: 2,
      publishedRows: 7,
      failedChecks: [],
    });
    expect(Object.fromEntries(report.checks.map((c) => [c.id, c.status]))).toMatchObject({
      positive: "quarantined",
      cents: "warned",
      enough: "passed",
    });
  });

  it("fails on a fail-severity partition check, naming it", () => {
    const report = judge(plan, summary({ input_rows: 2, distinct_rows: 2 }), now);
    expect(report.outcome).toBe("failed");
    expect(report.failedChecks).toEqual(["enough"]);
  });
});
