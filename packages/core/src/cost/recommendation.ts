import { createHash } from "node:crypto";
import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/**
 * A recommendation: a resource CloudWatch shows idle, with the evidence, what removing it saves and
 * the one action that acts on it. Its life:
 *
 *   OPEN ──apply──▶ APPLIED (a destroy awaits an approver on the request) ──destroyed──▶ RESOLVED
 *     │  ──dismiss (reason)──▶ DISMISSED          (stays: the team said why it is not waste)
 *     │  ──snooze (until)──▶ SNOOZED ──date passes, still idle──▶ OPEN
 *     └──in use again, or gone──▶ RESOLVED        (the next scan; idle again later reopens it)
 *
 * Every change is kept in `history` (who, when, why): the audit trail.
 */
export const RecommendationStatus = z.enum(["OPEN", "SNOOZED", "DISMISSED", "APPLIED", "RESOLVED"]);
export type RecommendationStatus = z.infer<typeof RecommendationStatus>;

export const MetricEvidence = z.object({
  namespace: z.string(),
  name: z.string(),
  stat: z.string(),
  dimensions: z.record(z.string(), z.string()),
  datapoints: z.number().int().describe("days with a datapoint (the others count as zero)"),
  total: z.number(),
  daily: z.array(z.object({ day: z.iso.date(), value: z.number() })).describe("the datapoints, oldest first"),
});

export const Recommendation = z
  .object({
    id: z.string(),
    team: z.string(),
    service: z.string().optional(),
    request: z.string().describe("the provisioning request whose resource it is"),
    name: z.string(),
    template: z.string(),
    environment: z.string(),
    kind: z.literal("idle"),
    title: z.string(),
    reason: z.string(),
    evidence: z.object({
      from: z.iso.datetime(),
      to: z.iso.datetime(),
      periodSeconds: z.number().int(),
      metrics: z.array(MetricEvidence),
    }),
    action: z.object({ kind: z.literal("destroy"), summary: z.string() }),
    saving: z.object({
      monthlyUsd: z.number().describe("the larger of the two below: what removing it frees"),
      estimateMonthlyUsd: z.number().describe("its plan's estimate (released from the team's budget)"),
      measuredMonthlyUsd: z.number().describe("what it measurably costs (Cost Explorer, last 7 complete days)"),
    }),
    status: RecommendationStatus,
    snoozedUntil: z.iso.datetime().optional(),
    dismissal: z.object({ by: z.string(), at: z.iso.datetime(), reason: z.string() }).optional(),
    applied: z.object({ by: z.string(), at: z.iso.datetime(), change: z.string() }).optional(),
    resolution: z.string().optional().describe("why it is RESOLVED"),
    history: z.array(
      z.object({
        at: z.iso.datetime(),
        actor: z.string(),
        action: z.enum(["opened", "updated", "applied", "dismissed", "snoozed", "reopened", "resolved"]),
        message: z.string(),
      }),
    ),
    openedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;

/** One per request and kind: a scan that finds the same idle resource again updates it. */
export function recommendationId(request: string, kind: Recommendation["kind"]): string {
  return `rec-${createHash("sha256").update(`${request}:${kind}`).digest("hex").slice(0, 20)}`;
}

export interface RecommendationStore {
  get(id: string): Promise<Recommendation | undefined>;
  /** A team's recommendations, newest first. */
  list(team: string): Promise<Recommendation[]>;
  /** Creates (version 1) or replaces the version before `next.version`; else `version_conflict`. */
  put(next: Recommendation): Promise<void>;
}

const subject = {
  recommendationId: z.string(),
  team: z.string(),
  requestId: z.string(),
  template: z.string(),
  service: z.string().optional(),
  kind: z.string(),
};

/** Recommendations on the `plinth` bus (source `plinth.cost`). */
export const RecommendationEvents = {
  opened: defineEvent(EventSources.cost, "Recommendation Opened", {
    ...subject,
    monthlySavingUsd: z.number(),
    reason: z.string(),
  }),
  applied: defineEvent(EventSources.cost, "Recommendation Applied", {
    ...subject,
    by: z.string(),
    change: z.string().describe("the provisioning request now awaiting a destroy approval"),
  }),
  dismissed: defineEvent(EventSources.cost, "Recommendation Dismissed", {
    ...subject,
    by: z.string(),
    reason: z.string(),
    until: z.iso.datetime().optional().describe("set when snoozed: it reopens then if still idle"),
  }),
} as const;
