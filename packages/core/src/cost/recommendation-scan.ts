import { z } from "zod";
import type { Clock } from "../clock";
import { buildEvent, type EventPublisher, type PlinthEvent } from "../events";
import type { RequestRecord } from "../provisioning/request";
import { IDLE_RULES, type IdleRule, isIdle } from "./idle-rules";
import type { CostRecord, CostStore } from "./model";
import {
  type Recommendation,
  RecommendationEvents,
  type RecommendationStore,
  recommendationId,
} from "./recommendation";
import { dayOf, monthlyRunRate } from "./summary";

const DAY = 86_400_000;
/** GetMetricData takes 500 queries a call. */
const MAX_QUERIES = 500;
/**
 * Datapoints one batch may bring back: a Step Functions state carries 256 KB, and a day's datapoint
 * (an ISO timestamp and a value) is ~40 bytes — 5,000 keep a batch's answer near 200 KB and far below
 * GetMetricData's own page (100,800), so it never pages.
 */
const MAX_DATAPOINTS = 5_000;

/** The requests the scan reads: live ones of every team, and any by id. */
export interface ScannedRequests {
  teams(): Promise<string[]>;
  /** A team's SUCCEEDED requests. */
  live(team: string): Promise<RequestRecord[]>;
  get(id: string): Promise<RequestRecord | undefined>;
}

export interface RecommendationScanDeps {
  requests: ScannedRequests;
  store: RecommendationStore;
  costs: Pick<CostStore, "lines">;
  events: EventPublisher;
  clock: Clock;
}

export const ScanBatch = z.object({ template: z.string(), requests: z.array(z.string()).min(1) });
export type ScanBatch = z.infer<typeof ScanBatch>;

/** GetMetricData's answer as Step Functions hands it on (timestamps ISO; the SDK's epoch seconds also read). */
const MetricDataAnswer = z.object({
  MetricDataResults: z.array(
    z.object({
      Id: z.string(),
      Timestamps: z.array(z.union([z.iso.datetime(), z.number().transform((s) => new Date(s * 1000).toISOString())])),
      Values: z.array(z.number()),
      StatusCode: z.string().optional(),
    }),
  ),
  NextToken: z.string().optional(),
});

const queryId = (request: string, metric: number) => `r${request.replace(/[^a-zA-Z0-9]/g, "_")}_${metric}`;

/** How many of a rule's resources one GetMetricData call reads. */
export function batchSize(rule: IdleRule): number {
  return Math.max(
    1,
    Math.min(
      Math.floor(MAX_QUERIES / rule.metrics.length),
      Math.floor(MAX_DATAPOINTS / (rule.days * rule.metrics.length)),
    ),
  );
}

/**
 * The steps of the ResourceRecommendations workflow (once a day): which live resources are old enough
 * to judge, batched by template; each batch's CloudWatch queries; the findings from the answer — a new
 * idle resource opens a recommendation, one in use again resolves it; then every open one checked
 * against its request (destroyed → resolved; a rejected destroy → open again; a snooze that ended →
 * open again).
 */
export class RecommendationScan {
  constructor(private readonly deps: RecommendationScanDeps) {}

  /** Complete UTC days only: the window ends at today's midnight. */
  private windowEnd(): number {
    const now = this.deps.clock.now().getTime();
    return now - (now % DAY);
  }

  async plan(): Promise<{ batches: ScanBatch[] }> {
    const end = this.windowEnd();
    const byTemplate = new Map<string, string[]>();
    for (const team of await this.deps.requests.teams())
      for (const request of await this.deps.requests.live(team)) {
        const rule = IDLE_RULES[request.template.id];
        // A resource younger than its window has not had the time to prove it idle.
        if (!rule || Date.parse(request.createdAt) > end - rule.days * DAY) continue;
        byTemplate.set(rule.template, [...(byTemplate.get(rule.template) ?? []), request.id]);
      }
    const batches: ScanBatch[] = [];
    for (const [template, ids] of [...byTemplate].sort(([a], [b]) => a.localeCompare(b))) {
      const size = batchSize(IDLE_RULES[template] as IdleRule);
      const sorted = ids.sort();
      for (let i = 0; i < sorted.length; i += size) batches.push({ template, requests: sorted.slice(i, i + size) });
    }
    return { batches };
  }

  /** The GetMetricData parameters of one batch: daily sums over the template's window. */
  async queries(input: unknown) {
    const batch = ScanBatch.parse(input);
    const rule = ruleOf(batch.template);
    const end = this.windowEnd();
    const requests = await inChunks(batch.requests, (id) => this.deps.requests.get(id));
    const queries = [];
    for (const request of requests) {
      if (!request || request.status !== "SUCCEEDED") continue;
      for (const [index, metric] of rule.metrics.entries()) {
        const dimensions = metric.dimensions(request.outputs);
        if (!dimensions) continue;
        queries.push({
          Id: queryId(request.id, index),
          MetricStat: {
            Metric: {
              Namespace: metric.namespace,
              MetricName: metric.name,
              Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
            },
            Period: 86_400,
            Stat: metric.stat,
          },
          ReturnData: true,
        });
      }
    }
    return {
      batch,
      // An empty batch (every request went meanwhile) still asks for something valid; its answer is ignored.
      queries: queries.length > 0 ? queries : [placeholderQuery],
      startTime: new Date(end - rule.days * DAY).toISOString(),
      endTime: new Date(end).toISOString(),
    };
  }

  async findings(input: unknown): Promise<{ opened: number; updated: number; resolved: number }> {
    const { batch, metrics } = z.object({ batch: ScanBatch, metrics: z.unknown() }).parse(input);
    const answer = MetricDataAnswer.parse(metrics);
    if (answer.NextToken) throw new Error("a batch's metrics did not fit one GetMetricData page: lower MAX_DATAPOINTS");
    const rule = ruleOf(batch.template);
    const end = this.windowEnd();
    const from = new Date(end - rule.days * DAY).toISOString();
    const to = new Date(end).toISOString();
    const byId = new Map(answer.MetricDataResults.map((result) => [result.Id, result]));
    const counts = { opened: 0, updated: 0, resolved: 0 };
    const teamLines = new Map<string, Promise<CostRecord[]>>();
    const changes = await inChunks(batch.requests, async (id) => {
      const request = await this.deps.requests.get(id);
      if (!request || request.status !== "SUCCEEDED") return undefined;
      const evidence = rule.metrics.flatMap((metric, index) => {
        const dimensions = metric.dimensions(request.outputs);
        const result = byId.get(queryId(id, index));
        if (!dimensions || !result) return [];
        const daily = result.Timestamps.map((at, i) => ({ day: at.slice(0, 10), value: result.Values[i] ?? 0 })).sort(
          (a, b) => a.day.localeCompare(b.day),
        );
        return [
          {
            namespace: metric.namespace,
            name: metric.name,
            stat: metric.stat,
            dimensions,
            datapoints: daily.length,
            total: daily.reduce((sum, point) => sum + point.value, 0),
            daily,
          },
        ];
      });
      if (evidence.length !== rule.metrics.length) return undefined; // outputs missing: nothing to judge by
      const idle = isIdle(
        rule,
        evidence.map((metric) => metric.daily.map((point) => point.value)),
      );
      const existing = await this.deps.store.get(recommendationId(id, "idle"));
      if (idle) {
        if (!teamLines.has(request.team)) teamLines.set(request.team, this.recentLines(request.team));
        const lines = (await teamLines.get(request.team)) ?? [];
        return this.idleFound(request, rule, existing, { from, to, periodSeconds: 86_400, metrics: evidence }, lines);
      }
      return existing && (existing.status === "OPEN" || existing.status === "SNOOZED")
        ? this.resolve(existing, `in use again: ${rule.metrics.map((m) => m.name).join(" / ")} show activity`)
        : undefined;
    });
    const made = changes.filter((change) => change !== undefined);
    // Published before the records are written: a step repeated after a crash publishes the same
    // events again (their ids derive from the record's version; consumers deduplicate) — never none.
    const events = made.flatMap((change) => (change.event ? [change.event] : []));
    if (events.length > 0) await this.deps.events.publish(events);
    await inChunks(made, async (change) => {
      await this.deps.store.put(change.next);
      counts[change.count]++;
    });
    return counts;
  }

  /** Every team's open, snoozed and applied recommendations against what their request is now. */
  async close(): Promise<{ resolved: number; reopened: number }> {
    const counts = { resolved: 0, reopened: 0 };
    const now = this.deps.clock.now();
    const pending: Recommendation[] = [];
    for (const team of await this.deps.requests.teams())
      for (const recommendation of await this.deps.store.list(team))
        if (recommendation.status !== "RESOLVED" && recommendation.status !== "DISMISSED") pending.push(recommendation);
    const changes = await inChunks(pending, async (recommendation) => {
      const request = await this.deps.requests.get(recommendation.request);
      if (!request || request.status !== "SUCCEEDED") {
        const why = request ? `the resource is gone: ${request.id} is ${request.status}` : "the request is gone";
        return { next: this.resolve(recommendation, why).next, count: "resolved" as const };
      }
      let reopened: Recommendation | undefined;
      if (recommendation.status === "APPLIED" && !request.destroyRequest)
        reopened = this.reopen(recommendation, "the destroy it opened was rejected or withdrawn");
      else if (
        recommendation.status === "SNOOZED" &&
        recommendation.snoozedUntil !== undefined &&
        Date.parse(recommendation.snoozedUntil) <= now.getTime()
      )
        reopened = this.reopen(recommendation, `the snooze ended (${recommendation.snoozedUntil})`);
      return reopened && { next: reopened, event: this.openedEvent(reopened), count: "reopened" as const };
    });
    const made = changes.filter((change) => change !== undefined);
    const events = made.flatMap((change) => ("event" in change && change.event ? [change.event] : []));
    if (events.length > 0) await this.deps.events.publish(events);
    await inChunks(made, async (change) => {
      await this.deps.store.put(change.next);
      counts[change.count]++;
    });
    return counts;
  }

  private idleFound(
    request: RequestRecord,
    rule: IdleRule,
    existing: Recommendation | undefined,
    evidence: Recommendation["evidence"],
    teamLines: readonly CostRecord[],
  ): { next: Recommendation; event?: PlinthEvent; count: "opened" | "updated" } | undefined {
    const now = this.deps.clock.now().toISOString();
    const saving = this.savingOf(request, teamLines);
    const reason = `${rule.shows} for ${rule.days} days (${dayOf(Date.parse(evidence.from))} to ${dayOf(Date.parse(evidence.to) - DAY)})`;
    if (existing && existing.status !== "RESOLVED") {
      if (existing.status === "APPLIED") return undefined;
      const next = { ...existing, evidence, saving, reason, updatedAt: now, version: existing.version + 1 };
      return { next, count: "updated" };
    }
    const opened: Recommendation = {
      id: recommendationId(request.id, "idle"),
      team: request.team,
      ...(request.service ? { service: request.service } : {}),
      request: request.id,
      name: request.name,
      template: request.template.id,
      environment: request.environment,
      kind: "idle",
      title: `${request.name} (${request.template.id}) is idle`,
      reason,
      evidence,
      action: {
        kind: "destroy",
        summary: `destroy ${request.id}: its stack and everything in it, after an approver agrees`,
      },
      saving,
      status: "OPEN",
      history: [
        ...(existing?.history ?? []),
        { at: now, actor: "plinth", action: existing ? "reopened" : "opened", message: reason },
      ],
      openedAt: existing?.openedAt ?? now,
      updatedAt: now,
      version: (existing?.version ?? 0) + 1,
    };
    return { next: opened, event: this.openedEvent(opened), count: "opened" };
  }

  /** The team's measured lines of the last days: one read per team and batch, not per resource. */
  private recentLines(team: string): Promise<CostRecord[]> {
    const now = this.deps.clock.now().getTime();
    return this.deps.costs.lines(team, dayOf(now - 10 * DAY), dayOf(now));
  }

  private savingOf(request: RequestRecord, teamLines: readonly CostRecord[]): Recommendation["saving"] {
    const lines = teamLines.filter((line) => line.request === request.id);
    const measured = round(monthlyRunRate(lines, this.deps.clock.now()));
    const estimate = round(request.plan.cost.monthlyUsd);
    return { monthlyUsd: Math.max(measured, estimate), estimateMonthlyUsd: estimate, measuredMonthlyUsd: measured };
  }

  private resolve(
    recommendation: Recommendation,
    why: string,
  ): { next: Recommendation; event?: PlinthEvent; count: "resolved" } {
    const now = this.deps.clock.now().toISOString();
    const { snoozedUntil: _, ...rest } = recommendation;
    return {
      next: {
        ...rest,
        status: "RESOLVED",
        resolution: why,
        history: [...recommendation.history, { at: now, actor: "plinth", action: "resolved", message: why }],
        updatedAt: now,
        version: recommendation.version + 1,
      },
      count: "resolved",
    };
  }

  private reopen(recommendation: Recommendation, why: string): Recommendation {
    const now = this.deps.clock.now().toISOString();
    const { snoozedUntil: _, applied: __, ...rest } = recommendation;
    return {
      ...rest,
      status: "OPEN",
      history: [...recommendation.history, { at: now, actor: "plinth", action: "reopened", message: why }],
      updatedAt: now,
      version: recommendation.version + 1,
    };
  }

  private openedEvent(recommendation: Recommendation): PlinthEvent {
    return buildEvent(RecommendationEvents.opened, {
      id: `${recommendation.id}-opened-${recommendation.version}`,
      occurredAt: recommendation.updatedAt,
      correlationId: recommendation.id,
      ...eventSubject(recommendation),
      monthlySavingUsd: recommendation.saving.monthlyUsd,
      reason: recommendation.reason,
    });
  }
}

export function eventSubject(recommendation: Recommendation) {
  return {
    recommendationId: recommendation.id,
    team: recommendation.team,
    requestId: recommendation.request,
    template: recommendation.template,
    ...(recommendation.service ? { service: recommendation.service } : {}),
    kind: recommendation.kind,
  };
}

const round = (usd: number) => Math.round(usd * 100) / 100;

/** A batch's resources, a few at a time: each is a handful of reads and a write, independent of the others. */
async function inChunks<T, R>(items: readonly T[], each: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(each))));
  return results;
}

function ruleOf(template: string): IdleRule {
  const rule = IDLE_RULES[template];
  if (!rule) throw new Error(`no idle rule for template ${template}`);
  return rule;
}

const placeholderQuery = {
  Id: "none",
  MetricStat: {
    Metric: { Namespace: "AWS/SQS", MetricName: "NumberOfMessagesSent", Dimensions: [] },
    Period: 86_400,
    Stat: "Sum",
  },
  ReturnData: true,
};
