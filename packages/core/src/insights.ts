import { z } from "zod";
import { type Caller, chosenTeam, TeamId } from "./caller";
import type { Clock } from "./clock";
import type { DatasetRecord } from "./data/dataset";
import type { PromotionRecord } from "./data/promotion";
import type { DeploymentRecord } from "./delivery/deployments";
import { Dora, doraOf } from "./delivery/dora";
import { fail } from "./errors";
import { budgetLimitUsd, type PolicyConfig } from "./provisioning/policies";
import type { RequestRecord } from "./provisioning/request";
import type { IncidentRecord } from "./remediation/incident";
import { parseInput } from "./schema";

/**
 * Insights per team — what Backstage's and Port's users read from scorecards: how a team's requests
 * fare (by status, lead time, failure rate by template), what its live resources cost against its
 * budget, how its datasets promote (success and quarantine rates) and how its incidents end (time to
 * resolve, the share that healed themselves).
 *
 * Served from bounded reads of the team index, never a scan: the records a team created in the
 * window (gsi1 `TEAM#<team>#…` with `gsi1sk BETWEEN from AND to`), its datasets' runs in the window
 * (`DS#<dataset>#RUNS`), and the team's committed budget (one GetItem). Each kind reads at most
 * `MAX_RECORDS` records; the answer says when it stopped short, and what it read (`cost`).
 */
export const MAX_RECORDS = 2000;
/** Production deployments one answer reads at most: a year of a busy team (a few services, several a day each). */
export const MAX_DEPLOYMENTS = 10_000;
export const MAX_DATASETS = 100;

export const InsightsQuery = z.object({
  team: TeamId.optional().describe("the team (required when you belong to more than one)"),
  from: z.iso.datetime().optional().describe("start of the window (ISO 8601); 30 days before `to` by default"),
  to: z.iso.datetime().optional().describe("end of the window (ISO 8601); now by default"),
});

const Distribution = z
  .object({ count: z.number().int(), p50: z.number(), p95: z.number() })
  .describe("seconds; null when nothing in the window");

export const Insights = z
  .object({
    team: z.string(),
    from: z.string(),
    to: z.string(),
    provisioning: z.object({
      requests: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      leadTimeSeconds: Distribution.nullable().describe("request → resources ready, for requests that succeeded"),
      byTemplate: z.array(
        z.object({
          template: z.string(),
          requests: z.number().int(),
          succeeded: z.number().int(),
          failed: z.number().int(),
          failureRate: z.number().describe("failed / (succeeded + failed); 0 when none ended"),
        }),
      ),
      monthlyCommittedUsd: z
        .number()
        .describe(
          "what the team's budget holds now, all time: the estimated monthly cost of its live resources, of requests waiting, and of failed ones it may retry",
        ),
      monthlyBudgetUsd: z.number(),
    }),
    promotions: z.object({
      byDataset: z.array(
        z.object({
          dataset: z.string(),
          runs: z.number().int(),
          succeeded: z.number().int(),
          successRate: z.number(),
          rowsIn: z.number().int(),
          rowsQuarantined: z.number().int(),
          quarantineRate: z.number().describe("rows set aside / rows in"),
        }),
      ),
    }),
    incidents: z.object({
      opened: z.number().int(),
      resolved: z.number().int(),
      escalated: z.number().int(),
      healedAutomatically: z.number().int(),
      healedShare: z.number().describe("healed automatically / resolved; 0 when none resolved"),
      timeToResolveSeconds: Distribution.nullable(),
    }),
    delivery: Dora.describe("DORA's delivery metrics over the team's production deployments"),
    cost: z
      .object({
        queries: z.number().int(),
        itemsRead: z.number().int(),
        readUnits: z.number().describe("DynamoDB read capacity units this answer consumed"),
        truncated: z.boolean().describe(`a kind had more than ${MAX_RECORDS} records in the window: narrow it`),
      })
      .describe("what this answer cost to compute"),
  })
  .meta({ id: "Insights" });
export type Insights = z.infer<typeof Insights>;

export interface WindowRead<T> {
  items: T[];
  truncated: boolean;
  queries: number;
  itemsRead: number;
  readUnits: number;
}

/** Bounded reads of the team index (packages/aws implements them with gsi1 range queries). */
export interface InsightsReader {
  requests(team: string, from: string, to: string, max: number): Promise<WindowRead<RequestRecord>>;
  incidents(team: string, from: string, to: string, max: number): Promise<WindowRead<IncidentRecord>>;
  datasets(team: string, max: number): Promise<WindowRead<DatasetRecord>>;
  runs(dataset: string, from: string, to: string, max: number): Promise<WindowRead<PromotionRecord>>;
  productionDeployments(team: string, from: string, to: string, max: number): Promise<WindowRead<DeploymentRecord>>;
  committedCents(team: string): Promise<number>;
}

const DAY = 86_400_000;

/** Deployments the team's incidents name (an incident linked to the deployment that caused it). */
function incidentDeployments(incidents: IncidentRecord[]): Set<number> {
  return new Set(incidents.flatMap((incident) => (incident.deployment ? [incident.deployment.id] : [])));
}

function distribution(values: number[]): z.infer<typeof Distribution> | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95) };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);
const secondsBetween = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

export class InsightsService {
  constructor(private readonly deps: { reader: InsightsReader; policy: PolicyConfig; clock: Clock }) {}

  async forTeam(query: z.input<typeof InsightsQuery>, caller: Caller): Promise<Insights> {
    const q = parseInput(InsightsQuery, query, "query");
    const team = chosenTeam(q.team, caller);
    const to = q.to ?? this.deps.clock.now().toISOString();
    const from = q.from ?? new Date(Date.parse(to) - 30 * DAY).toISOString();
    if (from > to)
      fail("invalid_parameter", "the window ends before it starts", [{ field: "query.from", message: "after `to`" }]);

    const { reader } = this.deps;
    const [requests, incidents, datasets, committed, deployments] = await Promise.all([
      reader.requests(team, from, to, MAX_RECORDS),
      reader.incidents(team, from, to, MAX_RECORDS),
      reader.datasets(team, MAX_DATASETS),
      reader.committedCents(team),
      // From a month earlier: a rollback in the window names a deployment before it.
      reader.productionDeployments(team, new Date(Date.parse(from) - 30 * DAY).toISOString(), to, MAX_DEPLOYMENTS),
    ]);
    const runs = await Promise.all(datasets.items.map((d) => reader.runs(d.id, from, to, MAX_RECORDS)));
    const reads = [requests, incidents, datasets, deployments, ...runs];

    return {
      team,
      from,
      to,
      provisioning: {
        ...provisioningInsights(requests.items),
        monthlyCommittedUsd: committed / 100,
        monthlyBudgetUsd: budgetLimitUsd(team, this.deps.policy),
      },
      promotions: {
        byDataset: datasets.items.map((dataset, i) => promotionInsights(dataset.id, runs[i]?.items ?? [])),
      },
      incidents: incidentInsights(incidents.items),
      delivery: doraOf(deployments.items, { from, to }, { team }, incidentDeployments(incidents.items)),
      cost: {
        // The budget's GetItem counts as one query of 0.5 units.
        queries: reads.reduce((n, r) => n + r.queries, 0) + 1,
        itemsRead: reads.reduce((n, r) => n + r.itemsRead, 0) + 1,
        readUnits: reads.reduce((n, r) => n + r.readUnits, 0) + 0.5,
        truncated: reads.some((r) => r.truncated),
      },
    };
  }
}

export function provisioningInsights(requests: RequestRecord[]) {
  const byStatus: Record<string, number> = {};
  const templates = new Map<string, { requests: number; succeeded: number; failed: number }>();
  const leadTimes: number[] = [];
  for (const request of requests) {
    byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;
    const t = templates.get(request.template.id) ?? { requests: 0, succeeded: 0, failed: 0 };
    t.requests++;
    if (request.status === "SUCCEEDED" || request.status === "DESTROYED" || request.status === "DESTROYING") {
      const ready = request.timeline.find((entry) => entry.status === "SUCCEEDED");
      if (ready) {
        t.succeeded++;
        leadTimes.push(secondsBetween(request.createdAt, ready.at));
      }
    }
    if (request.status === "FAILED") t.failed++;
    templates.set(request.template.id, t);
  }
  return {
    requests: requests.length,
    byStatus,
    leadTimeSeconds: distribution(leadTimes),
    byTemplate: [...templates]
      .map(([template, t]) => ({ template, ...t, failureRate: ratio(t.failed, t.succeeded + t.failed) }))
      .sort((a, b) => b.failureRate - a.failureRate || b.requests - a.requests),
  };
}

export function promotionInsights(dataset: string, runs: PromotionRecord[]) {
  let rowsIn = 0;
  let rowsQuarantined = 0;
  for (const run of runs)
    for (const result of Object.values(run.results)) {
      rowsIn += result.report?.inputRows ?? 0;
      rowsQuarantined += result.report?.quarantinedRows ?? 0;
    }
  const succeeded = runs.filter((run) => run.status === "SUCCEEDED").length;
  return {
    dataset,
    runs: runs.length,
    succeeded,
    successRate: ratio(succeeded, runs.filter((run) => run.status !== "RUNNING").length),
    rowsIn,
    rowsQuarantined,
    quarantineRate: ratio(rowsQuarantined, rowsIn),
  };
}

export function incidentInsights(incidents: IncidentRecord[]) {
  const resolved = incidents.filter((i) => i.status === "RESOLVED" && i.resolution);
  const healed = resolved.filter((i) => i.resolution?.how === "verified");
  return {
    opened: incidents.length,
    resolved: resolved.length,
    escalated: incidents.filter((i) => i.status === "ESCALATED").length,
    healedAutomatically: healed.length,
    healedShare: ratio(healed.length, resolved.length),
    timeToResolveSeconds: distribution(
      resolved.map((i) => secondsBetween(i.createdAt, i.resolution?.at ?? i.updatedAt)),
    ),
  };
}
