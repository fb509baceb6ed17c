import { z } from "zod";
import type { CheckPlan } from "./checks-sql";
import { type Check, checkId, Severity } from "./contract";

/**
 * The quality gate: turns the engine's one-row summary into a result per check and an outcome.
 * Row checks count failing rows (quarantined ones are set aside, `warn` ones published anyway);
 * partition checks (row count, freshness, schema drift) are judged here, on the injected clock.
 * Any failing check of severity `fail` fails the gate, and nothing is published.
 */
export const CheckResult = z
  .object({
    id: z.string(),
    kind: z.string(),
    severity: Severity,
    status: z.enum(["passed", "warned", "quarantined", "failed"]),
    failingRows: z.number().int().min(0).optional(),
    detail: z.string(),
  })
  .meta({ id: "CheckResult" });
export type CheckResult = z.infer<typeof CheckResult>;

export const QualityReport = z
  .object({
    outcome: z.enum(["passed", "failed"]),
    inputRows: z.number().int(),
    duplicateRows: z.number().int().describe("exact copies of another row, folded into one"),
    quarantinedRows: z.number().int(),
    publishedRows: z.number().int(),
    checks: z.array(CheckResult),
    failedChecks: z.array(z.string()),
    missingColumns: z.array(z.string()),
    extraColumns: z.array(z.string()),
  })
  .meta({ id: "QualityReport" });
export type QualityReport = z.infer<typeof QualityReport>;

export function judge(plan: CheckPlan, summary: Record<string, unknown>, now: Date): QualityReport {
  const count = (key: string) => Number(summary[key] ?? 0);
  const distinct = count("distinct_rows");
  const inputRows = count("input_rows");
  const quarantinedRows = count("quarantined");
  const publishedRows = distinct - quarantinedRows;

  const checks: CheckResult[] = plan.rowChecks.map((planned, i) => {
    const failingRows = count(`c${i}`);
    const { severity } = planned.check;
    const status =
      failingRows === 0 ? "passed" : severity === "warn" ? "warned" : severity === "fail" ? "failed" : "quarantined";
    return {
      id: planned.id,
      kind: planned.check.kind,
      severity,
      status,
      failingRows,
      detail:
        failingRows === 0 ? "every row passes" : `${failingRows} of ${distinct} rows fail ${describe(planned.check)}`,
    };
  });

  plan.partitionChecks.forEach((check, i) => {
    const failure = partitionFailure(check, { publishedRows, newest: summary[`f${i}`], now, plan });
    checks.push({
      id: checkId(check),
      kind: check.kind,
      severity: check.severity,
      status: failure === undefined ? "passed" : check.severity === "fail" ? "failed" : "warned",
      detail: failure ?? "passes",
    });
  });

  const failedChecks = checks.filter((c) => c.status === "failed").map((c) => c.id);
  return {
    outcome: failedChecks.length ? "failed" : "passed",
    inputRows,
    duplicateRows: inputRows - distinct,
    quarantinedRows,
    publishedRows,
    checks,
    failedChecks,
    missingColumns: plan.missingColumns,
    extraColumns: plan.extraColumns,
  };
}

function describe(check: CheckPlan["rowChecks"][number]["check"]): string {
  switch (check.kind) {
    case "type":
      return `the type of ${check.column}`;
    case "not_null":
      return `${check.column} is not null`;
    case "unique":
      return `(${check.columns.join(", ")}) is unique`;
    case "range":
      return `${check.column} in [${check.min ?? "-∞"}, ${check.max ?? "∞"}]`;
    case "allowed_values":
      return `${check.column} in (${check.values.slice(0, 5).join(", ")}${check.values.length > 5 ? ", …" : ""})`;
    case "regex":
      return `${check.column} matches /${check.pattern}/`;
    case "reference":
      return `${check.column} exists in ${check.dataset}.${check.referencedColumn}`;
    default:
      return check.kind;
  }
}

function partitionFailure(
  check: Check,
  facts: { publishedRows: number; newest: unknown; now: Date; plan: CheckPlan },
): string | undefined {
  switch (check.kind) {
    case "row_count": {
      const rows = facts.publishedRows;
      if (check.min !== undefined && rows < check.min) return `${rows} rows to publish, fewer than ${check.min}`;
      if (check.max !== undefined && rows > check.max) return `${rows} rows to publish, more than ${check.max}`;
      return undefined;
    }
    case "freshness": {
      if (facts.newest === null || facts.newest === undefined)
        return `no ${check.column} values: cannot tell how fresh`;
      const newest = parseEngineTimestamp(String(facts.newest));
      if (Number.isNaN(newest)) return `newest ${check.column} ${String(facts.newest)} is not a time`;
      const ageHours = (facts.now.getTime() - newest) / 3_600_000;
      return ageHours > check.maxAgeHours
        ? `newest ${check.column} is ${ageHours.toFixed(1)} h old, more than ${check.maxAgeHours} h`
        : undefined;
    }
    case "schema_drift": {
      const problems = [
        ...facts.plan.missingColumns.map((c) => `${c} missing`),
        ...(check.extraColumns === "drift" ? facts.plan.extraColumns.map((c) => `${c} not in the contract`) : []),
      ];
      return problems.length ? `the input's columns drifted: ${problems.join(", ")}` : undefined;
    }
    default:
      return undefined;
  }
}

/** `2026-11-23 10:00:00[.123]` (DuckDB and Trino's VARCHAR of a TIMESTAMP) or a date, read as UTC. */
function parseEngineTimestamp(value: string): number {
  const iso = value.includes(" ")
    ? `${value.replace(" ", "T")}Z`
    : /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${value}T00:00:00Z`
      : value;
  return Date.parse(iso);
}
