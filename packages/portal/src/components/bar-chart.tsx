import type { ReactNode } from "react";

export interface Bar {
  label: string;
  value: number;
  /** What the value column says (the value itself by default). */
  text?: string;
  /** ok, bad, warn, neutral, muted: the bar's colour class. */
  tone: string;
}

/**
 * Horizontal bars on one scale, each labelled with its number, so the chart reads without colour.
 * The quality report and the insights page draw with it.
 */
export function BarChart({ title, bars }: { title: ReactNode; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p>Nothing in this window.</p>
      ) : (
        <ul>
          {bars.map((bar) => (
            <li key={bar.label}>
              <span className="chart-label">{bar.label}</span>
              <span className="chart-track">
                <span className={`chart-bar ${bar.tone}`} style={{ width: `${(bar.value / max) * 100}%` }} />
              </span>
              <span className="chart-value">{bar.text ?? bar.value.toLocaleString("en-US")}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
