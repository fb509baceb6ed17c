import { z } from "zod";
import { strictObject } from "../schema";

/**
 * The guardrails' settings and the pure rules of the circuit breaker. Budgets, cooldowns and the
 * kill switch are enforced by the store in one conditional transaction (see GuardrailStore.reserve);
 * what is decided here is only what needs no storage.
 */
export const RemediationSettings = z
  .object({
    cooldownMinutes: z
      .number()
      .int()
      .min(0)
      .max(1440)
      .default(30)
      .describe("No second automatic action on a resource within this time"),
    maxAttemptsPerIncident: z.number().int().min(1).max(5).default(2),
    teamActionsPerHour: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(10)
      .describe("Automatic actions per team per clock hour"),
    globalActionsPerHour: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(30)
      .describe("Automatic actions in all per clock hour"),
    breakerWindow: z
      .number()
      .int()
      .min(2)
      .max(100)
      .default(10)
      .describe("Recent outcomes per runbook the breaker looks at"),
    breakerMinSamples: z.number().int().min(1).max(100).default(4),
    breakerFailureShare: z
      .number()
      .min(0.05)
      .max(1)
      .default(0.5)
      .describe("Opens when this share of recent outcomes failed"),
    breakerOpenMinutes: z.number().int().min(1).max(1440).default(30).describe("Then lets one trial through"),
    approvalTimeoutMinutes: z.number().int().min(1).max(1440).default(60),
    deploymentWindowMinutes: z
      .number()
      .int()
      .min(0)
      .max(1440)
      .default(60)
      .describe(
        "An incident is linked to its service's production deployment that finished this long before the alarm",
      ),
  })
  .meta({ id: "RemediationSettings" });
export type RemediationSettings = z.infer<typeof RemediationSettings>;
export const defaultRemediationSettings: RemediationSettings = RemediationSettings.parse({});
export const RemediationSettingsPatch = strictObject(RemediationSettings.partial().shape).meta({
  id: "RemediationSettingsPatch",
});

export const Guard = z.enum([
  "kill-switch",
  "runbook",
  "tier",
  "mode",
  "opt-out",
  "preconditions",
  "attempts",
  "breaker",
  "cooldown",
  "team-budget",
  "global-budget",
  "approval",
]);
export type Guard = z.infer<typeof Guard>;

/** One guardrail's verdict, recorded on the incident with its reason. */
export const GuardDecision = z.object({
  guard: Guard,
  outcome: z.enum(["pass", "block", "downgrade"]),
  reason: z.string(),
  at: z.string(),
});
export type GuardDecision = z.infer<typeof GuardDecision>;

export const BreakerState = z.enum(["closed", "open", "half-open"]);
export const Breaker = z
  .object({
    runbookId: z.string(),
    state: BreakerState,
    version: z.number().int(),
    openedAt: z.string().optional(),
    outcomes: z.array(z.object({ incidentId: z.string(), ok: z.boolean(), at: z.string() })),
    heldBack: z
      .array(z.object({ incidentId: z.string(), resource: z.string(), at: z.string() }))
      .describe("Incidents the open breaker kept from acting (newest last, up to 50)"),
  })
  .meta({ id: "Breaker" });
export type Breaker = z.infer<typeof Breaker>;

export const closedBreaker = (runbookId: string): Breaker => ({
  runbookId,
  state: "closed",
  version: 0,
  outcomes: [],
  heldBack: [],
});

export function failureShare(breaker: Breaker): number {
  if (breaker.outcomes.length === 0) return 0;
  return breaker.outcomes.filter((o) => !o.ok).length / breaker.outcomes.length;
}

/**
 * Whether the breaker lets an action through now. An open breaker admits one trial once its open
 * time has passed (half-open); `next` is the breaker to store when that changes it.
 */
export function breakerAdmits(
  breaker: Breaker,
  settings: RemediationSettings,
  now: Date,
): { admits: boolean; next?: Breaker; reason: string } {
  if (breaker.state === "closed")
    return {
      admits: true,
      reason: `closed (${Math.round(failureShare(breaker) * 100)}% of ${breaker.outcomes.length} recent outcomes failed)`,
    };
  if (breaker.state === "half-open") return { admits: false, reason: "half-open: one trial action is already running" };
  const reopensAt = new Date(Date.parse(breaker.openedAt ?? now.toISOString()) + settings.breakerOpenMinutes * 60_000);
  if (now >= reopensAt)
    return { admits: true, next: { ...breaker, state: "half-open" }, reason: "half-open: this action is the trial" };
  return {
    admits: false,
    reason: `open since ${breaker.openedAt}: ${Math.round(failureShare(breaker) * 100)}% of recent actions failed; next trial at ${reopensAt.toISOString()}`,
  };
}

/** The breaker after an action's outcome. */
export function recordOutcome(
  breaker: Breaker,
  outcome: { incidentId: string; ok: boolean },
  settings: RemediationSettings,
  now: Date,
): Breaker {
  const at = now.toISOString();
  const outcomes = [...breaker.outcomes, { ...outcome, at }].slice(-settings.breakerWindow);
  if (breaker.state === "half-open")
    return outcome.ok
      ? { ...breaker, state: "closed", outcomes: [], openedAt: undefined }
      : { ...breaker, state: "open", openedAt: at, outcomes };
  const next = { ...breaker, outcomes };
  const tripped =
    breaker.state === "closed" &&
    outcomes.length >= settings.breakerMinSamples &&
    failureShare(next) >= settings.breakerFailureShare;
  return tripped ? { ...next, state: "open", openedAt: at } : next;
}

export function holdBack(breaker: Breaker, incidentId: string, resource: string, now: Date): Breaker {
  if (breaker.heldBack.some((h) => h.incidentId === incidentId)) return breaker;
  return { ...breaker, heldBack: [...breaker.heldBack, { incidentId, resource, at: now.toISOString() }].slice(-50) };
}

/** The clock hour budgets count in, e.g. `2026-11-23T14`. */
export const hourOf = (now: Date) => now.toISOString().slice(0, 13);
