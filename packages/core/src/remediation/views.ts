import { z } from "zod";
import { strictObject } from "../schema";
import { Breaker, RemediationSettings } from "./guardrails";
import { RiskTier, RunbookMode } from "./runbooks";

/** What the API shows of runbooks and guardrails (the OpenAPI document is generated from these). */
export const RunbookView = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    description: z.string(),
    match: z.object({
      resourceType: z.string().describe("`*`: any"),
      namespace: z.string(),
      metrics: z.array(z.string()),
      resourceIdPattern: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
      deployment: z
        .boolean()
        .optional()
        .describe("Only for incidents linked to a recent production deployment; such runbooks are tried first"),
    }),
    tier: RiskTier.describe("The most this runbook may ever do"),
    mode: RunbookMode.describe("Its rollout: shadow → approval → auto"),
    modeSetBy: z.object({ by: z.string(), at: z.string() }).optional(),
    effectiveMode: z.enum(["shadow", "approval", "auto", "notify-only"]).describe("After the kill switch and the tier"),
    preconditions: z.array(z.object({ name: z.string(), description: z.string() })),
    action: z.string(),
    verify: z.object({
      summary: z.string(),
      waitSeconds: z.number(),
      polls: z.number(),
      deployment: z.boolean().optional().describe("Verified once the deployment it made has succeeded"),
    }),
    undo: z.string(),
  })
  .meta({ id: "Runbook" });
export type RunbookView = z.infer<typeof RunbookView>;

export const KillSwitchState = z
  .object({ on: z.boolean(), by: z.string().optional(), at: z.string().optional(), reason: z.string().optional() })
  .meta({ id: "KillSwitch" });

export const RunbookModeChange = strictObject({ mode: RunbookMode }).meta({ id: "RunbookModeChange" });
export const KillSwitchChange = strictObject({ on: z.boolean(), reason: z.string().max(500).optional() }).meta({
  id: "KillSwitchChange",
});

const Budget = z.object({ used: z.number().int(), limit: z.number().int() });
export const RemediationStatus = z
  .object({
    killSwitch: KillSwitchState,
    settings: RemediationSettings,
    budgets: z.object({
      hour: z.string().describe("The clock hour (UTC) the counts are for"),
      global: Budget,
      teams: z.record(z.string(), Budget),
    }),
    breakers: z.array(
      Breaker.pick({ runbookId: true, state: true, openedAt: true, heldBack: true }).extend({
        failureShare: z.number(),
        recent: z.number().int().describe("Outcomes in the breaker's window"),
      }),
    ),
  })
  .meta({ id: "RemediationStatus" });
export type RemediationStatus = z.infer<typeof RemediationStatus>;
