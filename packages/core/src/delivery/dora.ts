import { z } from "zod";
import type { DeploymentRecord } from "./deployments";

/**
 * DORA's software delivery performance metrics, as dora.dev defines them (2026), computed from the
 * production deployments Plinth has recorded — no survey, no hand labelling:
 *
 * - **Deployment frequency**: successful production deployments in the window (and per week).
 * - **Change lead time**: from the commit (its time in the run GitHub reported) to its successful
 *   production deployment; median and 90th percentile.
 * - **Change fail rate**: the share of production deployments that failed, were rolled back (a later
 *   deployment put an earlier commit back), or are named by an incident.
 * - **Failed deployment recovery time**: from a failed deployment to the next successful one; median.
 * - **Deployment rework rate**: the share of deployments that were unplanned — made to recover from a
 *   failed one (the rollback or fix that followed it).
 *
 * Each number lists the deployments behind it, so a page can link to them.
 */
export const DoraQuery = z.object({
  from: z.iso.datetime().optional().describe("Start of the window (`days` before `to` when absent)"),
  to: z.iso.datetime().optional().describe("End of the window (now when absent)"),
  days: z.coerce.number().int().min(1).max(366).default(30).describe("The window's length when `from` is absent"),
});

const Ids = z.array(z.number().int()).describe("The deployments behind the number");
export const Dora = z
  .object({
    scope: z.object({ service: z.string().optional(), team: z.string().optional() }),
    from: z.string(),
    to: z.string(),
    environment: z.literal("production"),
    deploymentFrequency: z.object({ deployments: z.number().int(), perWeek: z.number(), ids: Ids }),
    changeLeadTime: z.object({
      medianHours: z.number().nullable(),
      p90Hours: z.number().nullable(),
      samples: z.number().int(),
      ids: Ids,
    }),
    changeFailRate: z.object({
      failed: z.number().int(),
      total: z.number().int(),
      rate: z.number().nullable(),
      ids: Ids,
    }),
    recoveryTime: z.object({ medianHours: z.number().nullable(), samples: z.number().int(), ids: Ids }),
    reworkRate: z.object({ rework: z.number().int(), total: z.number().int(), rate: z.number().nullable(), ids: Ids }),
    weeks: z.array(
      z.object({
        start: z.string(),
        deployments: z.number().int(),
        failed: z.number().int(),
        medianLeadHours: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: "Dora" });
export type Dora = z.infer<typeof Dora>;

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** The q-quantile of `values` (nearest rank), or null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * The metrics over `deployments` (production, any state; those finished in [from, to) count) and the
 * deployment ids incidents name (`incidentDeployments`).
 */
export function doraOf(
  deployments: readonly DeploymentRecord[],
  window: { from: string; to: string },
  scope: Dora["scope"],
  incidentDeployments: ReadonlySet<number> = new Set(),
): Dora {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  const finished = deployments
    .filter((d) => d.outcome !== undefined && d.finishedAt !== undefined)
    .sort((a, b) => (a.finishedAt as string).localeCompare(b.finishedAt as string) || a.id - b.id);
  const inWindow = (d: DeploymentRecord) => {
    const at = Date.parse(d.finishedAt as string);
    return at >= from && at < to;
  };
  const successes = finished.filter((d) => d.outcome === "success");

  // Rolled back: a later successful deployment put back a commit that had gone out before it.
  const rolledBack = new Set<number>();
  const rework = new Set<number>();
  finished.forEach((d, i) => {
    if (d.outcome !== "success") return;
    const earlier = successes.filter((s) => s.finishedAt && d.finishedAt && s.finishedAt < d.finishedAt);
    const previous = earlier.at(-1);
    if (previous && previous.sha !== d.sha && earlier.slice(0, -1).some((s) => s.sha === d.sha)) {
      rolledBack.add(previous.id);
      rework.add(d.id);
    }
    // The deployment right after a failed one is made to recover from it.
    const before = finished[i - 1];
    if (before && before.outcome !== "success") rework.add(d.id);
  });
  const failedIds = (d: DeploymentRecord) =>
    d.outcome !== "success" || rolledBack.has(d.id) || incidentDeployments.has(d.id);

  const counted = finished.filter(inWindow);
  const succeeded = counted.filter((d) => d.outcome === "success");
  const lead = succeeded
    .filter((d) => d.commitAt !== undefined)
    .map((d) => ({ id: d.id, hours: (Date.parse(d.finishedAt as string) - Date.parse(d.commitAt as string)) / HOUR }));
  const failed = counted.filter(failedIds);
  const recoveries = failed
    .map((d) => {
      const next = successes.find((s) => (s.finishedAt as string) > (d.finishedAt as string) && !failedIds(s));
      return next
        ? { id: d.id, hours: (Date.parse(next.finishedAt as string) - Date.parse(d.finishedAt as string)) / HOUR }
        : undefined;
    })
    .filter((r): r is { id: number; hours: number } => r !== undefined);
  const reworked = counted.filter((d) => rework.has(d.id));
  const weeks: Dora["weeks"] = [];
  for (let start = from; start < to; start += WEEK) {
    const of = counted.filter((d) => {
      const at = Date.parse(d.finishedAt as string);
      return at >= start && at < start + WEEK;
    });
    weeks.push({
      start: new Date(start).toISOString(),
      deployments: of.filter((d) => d.outcome === "success").length,
      failed: of.filter(failedIds).length,
      medianLeadHours: round(
        quantile(
          lead.filter((l) => of.some((d) => d.id === l.id)).map((l) => l.hours),
          0.5,
        ),
      ),
    });
  }
  const rate = (part: number, whole: number) => (whole === 0 ? null : round(part / whole));
  return {
    scope,
    from: window.from,
    to: window.to,
    environment: "production",
    deploymentFrequency: {
      deployments: succeeded.length,
      perWeek: round(succeeded.length / Math.max((to - from) / WEEK, 1 / 7)) ?? 0,
      ids: succeeded.map((d) => d.id),
    },
    changeLeadTime: {
      medianHours: round(
        quantile(
          lead.map((l) => l.hours),
          0.5,
        ),
      ),
      p90Hours: round(
        quantile(
          lead.map((l) => l.hours),
          0.9,
        ),
      ),
      samples: lead.length,
      ids: lead.map((l) => l.id),
    },
    changeFailRate: {
      failed: failed.length,
      total: counted.length,
      rate: rate(failed.length, counted.length),
      ids: failed.map((d) => d.id),
    },
    recoveryTime: {
      medianHours: round(
        quantile(
          recoveries.map((r) => r.hours),
          0.5,
        ),
      ),
      samples: recoveries.length,
      ids: recoveries.map((r) => r.id),
    },
    reworkRate: {
      rework: reworked.length,
      total: counted.length,
      rate: rate(reworked.length, counted.length),
      ids: reworked.map((d) => d.id),
    },
    weeks,
  };
}
