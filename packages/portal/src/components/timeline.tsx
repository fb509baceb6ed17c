import { duration } from "./ui";

export interface TimelineEntry {
  at: string;
  step: string;
  message: string;
  status?: string;
  actor?: string;
  error?: string;
}

const BAD = new Set(["FAILED", "ROLLED_BACK", "REJECTED", "ESCALATED"]);

/**
 * The steps as a picture: one bar per step, as long as the step took (until the next entry, or now
 * while it runs); a failed step is red and carries its reason.
 */
export function Timeline({ entries, running, now }: { entries: TimelineEntry[]; running: boolean; now: number }) {
  if (entries.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  const start = Date.parse(entries[0]?.at ?? "");
  const spans = entries.map((entry, index) => {
    const from = Date.parse(entry.at);
    const next = entries[index + 1];
    const to = next ? Date.parse(next.at) : running ? now : from;
    return { entry, from, ms: Math.max(0, to - from), last: !next };
  });
  const total = Math.max(1, (spans.at(-1)?.from ?? start) + (spans.at(-1)?.ms ?? 0) - start);
  return (
    <ol className="timeline" aria-label="Timeline">
      {spans.map(({ entry, from, ms, last }, index) => {
        const failed = BAD.has(entry.status ?? "") || !!entry.error;
        const active = last && running;
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a timeline only grows at its end, so a position is stable
            key={`${entry.at}-${entry.step}-${index}`}
            className={failed ? "failed" : active ? "active" : "done"}
            aria-current={active ? "step" : undefined}
          >
            <div className="step">
              <strong>{entry.step}</strong>
              {/* A status is news only where it changed: an approval given while still AWAITING_APPROVAL is not "→ awaiting approval". */}
              {entry.status && entry.status !== entries[index - 1]?.status && (
                <span className="muted"> → {entry.status.replaceAll("_", " ").toLowerCase()}</span>
              )}
              <span className="when muted">
                {new Date(entry.at).toLocaleTimeString()} · {active ? `${duration(ms)} so far` : duration(ms)}
              </span>
            </div>
            <div className="bar-track" aria-hidden="true">
              <div
                className="bar"
                style={{
                  marginLeft: `${((from - start) / total) * 100}%`,
                  width: `${Math.max(0.5, (ms / total) * 100)}%`,
                }}
              />
            </div>
            <p className="message">
              {entry.message}
              {entry.actor && <span className="muted"> — {entry.actor}</span>}
            </p>
            {entry.error && <p className="field-error">{entry.error}</p>}
          </li>
        );
      })}
    </ol>
  );
}
