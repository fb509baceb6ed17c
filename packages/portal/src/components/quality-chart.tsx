import type { Schemas } from "@plinth/client";
import { BarChart } from "./bar-chart";

type Check = Schemas["CheckResult"];
const TONE: Record<Check["status"], string> = { passed: "ok", warned: "warn", quarantined: "warn", failed: "bad" };

/**
 * The quality report as a chart: rows in, published and set aside, then each row check's failing
 * rows, as horizontal bars on one scale (BarChart). Checks over the whole partition (freshness, row
 * count, schema drift) have no failing rows to draw: they are listed under it with their reason.
 */
export function QualityChart({ report, title }: { report: Schemas["QualityReport"]; title: string }) {
  const rowChecks = report.checks.filter((check) => check.failingRows !== undefined);
  const partitionChecks = report.checks.filter((check) => check.failingRows === undefined);
  const bars = [
    { label: "Rows in", value: report.inputRows, tone: "neutral" },
    { label: "Published", value: report.publishedRows, tone: "ok" },
    { label: "Set aside", value: report.quarantinedRows, tone: "warn" },
    ...(report.duplicateRows ? [{ label: "Duplicates dropped", value: report.duplicateRows, tone: "muted" }] : []),
    ...rowChecks.map((check) => ({
      label: `${check.id} (${check.status})`,
      value: check.failingRows ?? 0,
      tone: TONE[check.status],
    })),
  ];
  return (
    <>
      <BarChart
        title={
          <>
            {title}: <span className={`status ${report.outcome === "passed" ? "ok" : "bad"}`}>{report.outcome}</span>
          </>
        }
        bars={bars}
      />
      {partitionChecks.length > 0 && (
        <ul className="partition-checks" aria-label="Checks over the whole partition">
          {partitionChecks.map((check) => (
            <li key={check.id}>
              <code>{check.id}</code> <span className={`status ${TONE[check.status]}`}>{check.status}</span>{" "}
              {check.detail}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
