import type { Schemas } from "@plinth/client";

/**
 * The quality report as a chart: rows in, published and set aside, then each check's failing rows,
 * as horizontal bars on one scale. The numbers are in the bars' labels, so the chart reads without colour.
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
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart">
      <figcaption>
        {title}: <span className={`status ${report.outcome === "passed" ? "ok" : "bad"}`}>{report.outcome}</span>
      </figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className="chart-label">{bar.label}</span>
            <span className="chart-track">
              <span className={`chart-bar ${bar.tone}`} style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="chart-value">{bar.value.toLocaleString("en-US")}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
