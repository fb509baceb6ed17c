import { z } from "zod";
import { belongsTo, type Caller, chosenTeam, TeamId } from "../caller";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import { requireRole } from "../provisioning/access";
import type { ProvisioningRequest } from "../provisioning/request";
import { parseInput } from "../schema";
import { Recommendation, RecommendationEvents, RecommendationStatus, type RecommendationStore } from "./recommendation";
import { eventSubject } from "./recommendation-scan";

/** The longest snooze: a quarter and a bit; past it, a team should dismiss with a reason. */
export const MAX_SNOOZE_DAYS = 180;
const DAY = 86_400_000;

export const RecommendationQuery = z.object({
  team: TeamId.optional().describe("the team (required when you belong to more than one)"),
  service: z.string().min(1).max(64).optional().describe("only this catalog service's"),
  status: RecommendationStatus.optional().describe("only these; every status by default"),
});

export const RecommendationList = z
  .object({
    team: z.string(),
    items: z.array(Recommendation),
    open: z.number().int().describe("recommendations OPEN now"),
    monthlySavingUsd: z.number().describe("what applying every OPEN one would save a month"),
  })
  .meta({ id: "RecommendationList" });
export type RecommendationList = z.infer<typeof RecommendationList>;

export const Dismissal = z.strictObject({
  reason: z.string().trim().min(3).max(500).describe("why it is not waste (kept in the audit trail)"),
});
export const Snooze = z.strictObject({
  until: z.iso.datetime().describe("when to look again (at most 180 days ahead)"),
  reason: z.string().trim().max(500).optional(),
});

export const AppliedRecommendation = z
  .object({
    recommendation: Recommendation,
    request: z.object({ id: z.string(), status: z.string() }).describe("the request now awaiting a destroy approval"),
  })
  .meta({ id: "AppliedRecommendation" });

/** The change a recommendation opens: the provisioning service's destroy through an approval. */
export interface DestroyRequests {
  requestDestroy(
    id: string,
    caller: Caller,
    ask: { reason: string; recommendation?: string },
  ): Promise<ProvisioningRequest>;
}

export interface RecommendationServiceDeps {
  store: RecommendationStore;
  destroys: DestroyRequests;
  events: EventPublisher;
  clock: Clock;
}

/** What the API does with recommendations: read them, and apply, dismiss or snooze one (developers). */
export class RecommendationService {
  constructor(private readonly deps: RecommendationServiceDeps) {}

  async list(query: unknown, caller: Caller): Promise<RecommendationList> {
    const parsed = parseInput(RecommendationQuery, query, "query");
    const team = chosenTeam(parsed.team, caller);
    const items = (await this.deps.store.list(team)).filter(
      (item) =>
        (!parsed.service || item.service === parsed.service) && (!parsed.status || item.status === parsed.status),
    );
    const open = items.filter((item) => item.status === "OPEN");
    return {
      team,
      items,
      open: open.length,
      monthlySavingUsd: Math.round(open.reduce((sum, item) => sum + item.saving.monthlyUsd, 0) * 100) / 100,
    };
  }

  async get(id: string, caller: Caller): Promise<Recommendation> {
    const recommendation = await this.deps.store.get(id);
    if (!recommendation || !belongsTo(caller, recommendation.team)) fail("not_found", `no recommendation ${id}`);
    return recommendation;
  }

  /** Opens the destroy it recommends, which waits for another approver on the request. */
  async apply(id: string, caller: Caller): Promise<z.infer<typeof AppliedRecommendation>> {
    const current = this.actionable(await this.get(id, caller), caller, "apply");
    const request = await this.deps.destroys.requestDestroy(current.request, caller, {
      reason: `${current.title}: ${current.reason} (recommendation ${current.id})`,
      recommendation: current.id,
    });
    const now = this.now();
    const { snoozedUntil: _, ...rest } = current;
    const next: Recommendation = {
      ...rest,
      status: "APPLIED",
      applied: { by: caller.sub, at: now, change: request.id },
      history: [
        ...current.history,
        { at: now, actor: caller.sub, action: "applied", message: `destroy of ${request.id} awaits an approver` },
      ],
      updatedAt: now,
      version: current.version + 1,
    };
    await this.deps.store.put(next);
    await this.deps.events.publish([
      buildEvent(RecommendationEvents.applied, {
        id: `${next.id}-applied-${next.version}`,
        occurredAt: now,
        correlationId: next.id,
        ...eventSubject(next),
        by: caller.sub,
        change: request.id,
      }),
    ]);
    return { recommendation: next, request: { id: request.id, status: request.status } };
  }

  async dismiss(id: string, caller: Caller, body: unknown): Promise<Recommendation> {
    const { reason } = parseInput(Dismissal, body, "body");
    const current = this.actionable(await this.get(id, caller), caller, "dismiss");
    const now = this.now();
    const { snoozedUntil: _, ...rest } = current;
    return this.decided(
      {
        ...rest,
        status: "DISMISSED",
        dismissal: { by: caller.sub, at: now, reason },
        history: [...current.history, { at: now, actor: caller.sub, action: "dismissed", message: reason }],
        updatedAt: now,
        version: current.version + 1,
      },
      caller,
      reason,
    );
  }

  async snooze(id: string, caller: Caller, body: unknown): Promise<Recommendation> {
    const { until, reason } = parseInput(Snooze, body, "body");
    const current = this.actionable(await this.get(id, caller), caller, "snooze");
    const now = this.deps.clock.now().getTime();
    const at = Date.parse(until);
    if (at <= now || at > now + MAX_SNOOZE_DAYS * DAY)
      fail("validation_failed", "a snooze ends in the future, within 180 days", [
        {
          field: "body.until",
          message: `between ${new Date(now).toISOString()} and ${new Date(now + MAX_SNOOZE_DAYS * DAY).toISOString()}`,
        },
      ]);
    const message = `snoozed until ${new Date(at).toISOString()}${reason ? `: ${reason}` : ""}`;
    return this.decided(
      {
        ...current,
        status: "SNOOZED",
        snoozedUntil: new Date(at).toISOString(),
        history: [...current.history, { at: this.now(), actor: caller.sub, action: "snoozed", message }],
        updatedAt: this.now(),
        version: current.version + 1,
      },
      caller,
      reason ?? "snoozed",
      new Date(at).toISOString(),
    );
  }

  private async decided(next: Recommendation, caller: Caller, reason: string, until?: string): Promise<Recommendation> {
    await this.deps.store.put(next);
    await this.deps.events.publish([
      buildEvent(RecommendationEvents.dismissed, {
        id: `${next.id}-dismissed-${next.version}`,
        occurredAt: next.updatedAt,
        correlationId: next.id,
        ...eventSubject(next),
        by: caller.sub,
        reason,
        ...(until ? { until } : {}),
      }),
    ]);
    return next;
  }

  private actionable(recommendation: Recommendation, caller: Caller, action: string): Recommendation {
    requireRole(caller, "developer", `${action} a recommendation`);
    if (recommendation.status !== "OPEN" && recommendation.status !== "SNOOZED")
      fail(
        "conflict",
        `a ${recommendation.status} recommendation cannot be ${action === "apply" ? "applied" : `${action}ed`}; only OPEN or SNOOZED ones can`,
      );
    return recommendation;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}
