import { z } from "zod";
import { TeamId } from "../caller";
import { fail } from "../errors";
import { strictObject } from "../schema";
import { AlarmRef, ResourceRef, ResourceType } from "./alarm";
import { LinkedDeployment } from "./deployment-link";
import { GuardDecision } from "./guardrails";
import { RiskTier } from "./runbooks";

/**
 * An incident: one alarm on one resource, from the first ALARM until someone (Plinth, after a
 * verified fix, or a human) resolves it. The transition table is the whole lifecycle; ESCALATED
 * stays open (a human owns it now) and still collects repeats, so a storm never opens a second one.
 */
export const IncidentStatuses = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"] as const;
export const IncidentStatus = z.enum(IncidentStatuses);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const IncidentTransitions: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  OPEN: ["AWAITING_APPROVAL", "ACTING", "ESCALATED", "RESOLVED"],
  AWAITING_APPROVAL: ["ACTING", "ESCALATED", "RESOLVED"],
  ACTING: ["VERIFYING", "OPEN", "ESCALATED", "RESOLVED"],
  // OPEN again = another attempt, re-read from scratch
  VERIFYING: ["RESOLVED", "OPEN", "ESCALATED"],
  ESCALATED: ["RESOLVED"],
  RESOLVED: [],
};

export function assertIncidentTransition(from: IncidentStatus, to: IncidentStatus): void {
  if (from === to || IncidentTransitions[from].includes(to)) return;
  const allowed = IncidentTransitions[from];
  fail(
    "conflict",
    `the incident is ${from}; it can move to ${allowed.length ? allowed.join(", ") : "nothing (it is resolved)"}, not ${to}`,
  );
}

export const isOpen = (status: IncidentStatus) => status !== "RESOLVED";

export const ActionRecord = z.object({
  attempt: z.number().int(),
  call: z.string(),
  parameters: z.record(z.string(), z.unknown()),
  startedAt: z.string(),
  outcome: z.enum(["running", "healed", "not-healed", "failed", "unclear"]),
  detail: z.string().optional(),
  undo: z.string().describe("What undoes this action"),
});

export const IncidentRecord = z.object({
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  status: IncidentStatus,
  source: z.enum(["alarm", "manual"]),
  team: z.string().describe("From the resource's `team` tag; `unowned` until it is read (admins see those)"),
  service: z
    .string()
    .optional()
    .describe("From the resource's `plinth:service` tag: the catalog service it belongs to"),
  deployment: LinkedDeployment.optional().describe(
    "The production deployment of its service that finished shortly before the alarm: the change that likely caused it",
  ),
  summary: z.string(),
  reportedBy: z.string().optional(),
  alarm: AlarmRef,
  resource: ResourceRef,
  correlationId: z.string(),
  slot: z.string().describe("The alarm + resource key that keeps one incident open per pair"),
  executionArn: z.string().optional(),
  runbook: z
    .object({
      id: z.string(),
      version: z.string(),
      title: z.string(),
      tier: RiskTier,
      mode: z.enum(["shadow", "approval", "auto", "notify-only"]).describe("What it did for this incident"),
    })
    .optional(),
  context: z
    .object({
      tags: z.record(z.string(), z.string()),
      deployments: z.array(z.object({ id: z.string(), at: z.string().optional(), what: z.string() })),
      facts: z.record(z.string(), z.unknown()),
      alarmHistory: z.array(z.object({ at: z.string(), summary: z.string() })),
    })
    .optional(),
  proposal: z
    .object({ call: z.string(), parameters: z.record(z.string(), z.unknown()), undo: z.string(), reason: z.string() })
    .optional()
    .describe("What the runbook would do (shadow) or asks approval for"),
  decisions: z.array(GuardDecision),
  attempts: z.number().int(),
  verifyPolls: z.number().int(),
  actions: z.array(ActionRecord),
  approval: z
    .object({
      requestedAt: z.string(),
      expiresAt: z.string(),
      taskToken: z.string().optional(),
      decidedBy: z.string().optional(),
      decision: z.enum(["approved", "rejected"]).optional(),
      comment: z.string().optional(),
    })
    .optional(),
  acknowledged: z.object({ by: z.string(), at: z.string() }).optional(),
  escalation: z.object({ at: z.string(), reason: z.string() }).optional(),
  resolution: z
    .object({ at: z.string(), by: z.string(), how: z.enum(["verified", "manual"]), comment: z.string().optional() })
    .optional(),
});
export type IncidentRecord = z.infer<typeof IncidentRecord>;

export const IncidentTimelineEntry = z.object({
  at: z.string(),
  step: z.string().describe("intake, context, assess, approval, act, verify, escalate, resolve, repeat, recovered, …"),
  message: z.string(),
  status: IncidentStatus.optional(),
  actor: z.string().optional(),
});
export type IncidentTimelineEntry = z.infer<typeof IncidentTimelineEntry>;

/** An incident as the API shows it: no task token, with its repeats and its timeline. */
export const Incident = IncidentRecord.omit({ approval: true })
  .extend({
    approval: IncidentRecord.shape.approval.unwrap().omit({ taskToken: true }).optional(),
    occurrences: z.number().int().describe("Alarm events attached to this incident, the first included"),
    lastOccurrenceAt: z.string(),
    alarmOkAt: z.string().optional().describe("When the alarm last reported OK while the incident was open"),
    timeline: z.array(IncidentTimelineEntry),
  })
  .meta({ id: "Incident" });
export type Incident = z.infer<typeof Incident>;

export const IncidentSummary = Incident.omit({ timeline: true, context: true, decisions: true }).meta({
  id: "IncidentSummary",
});

export const ManualReport = strictObject({
  summary: z.string().trim().min(3).max(500),
  resource: strictObject({ type: ResourceType, id: z.string().min(1).max(512) }).optional(),
  alarmName: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe("The CloudWatch alarm that watches it; verification reads it"),
  team: TeamId.optional().describe("Defaults to your only team"),
}).meta({ id: "ManualReport" });
export type ManualReport = z.infer<typeof ManualReport>;

export const IncidentQuery = z.object({
  team: z.string().optional(),
  status: IncidentStatus.optional(),
  alarm: z.string().optional(),
  resource: z.string().optional().describe("`<type>/<id>`, e.g. ecs-service/prod/checkout"),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
export type IncidentQuery = z.infer<typeof IncidentQuery>;

export const Comment = strictObject({ comment: z.string().max(1000).optional() }).meta({ id: "Comment" });
