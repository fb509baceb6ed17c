import type { Schemas } from "@plinth/client";
import { BarChart } from "./bar-chart";

/**
 * The quality report as a chart: rows in, published and set aside, then each check's failing rows,
 * as horizontal bars on one scale (BarChart).
 */
export function QualityChart({ report, title }: { report: Schemas["QualityReport"]; title: string }) {
  const bars = [
    { label: "Rows in", value: report.inputRows, tone: "neutral" },
    { label: "Published", value: report.publishedRows, tone: "ok" },
    { label: "Set aside", value: report.quarantinedRows, tone: "warn" },
    ...(report.duplicateRows ? [{ label: "Duplicates dropped", value: report.duplicateRows, tone: "muted" }] : []),
    ...report.checks.map((check) => ({
      label: `${check.id} (${check.status})`,
      value: check.failingRows ?? 0,
      tone: check.status === "passed" ? "ok" : check.status === "failed" ? "bad" : "warn",
    })),
  ];
  return (
    <BarChart
      title={
        <>
          {title}: <span className={`status ${report.outcome === "passed" ? "ok" : "bad"}`}>{report.outcome}</span>
        </>
      }
      bars={bars}
    />
  );
}
