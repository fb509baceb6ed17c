import { z } from "zod";
import type { Clock } from "../../clock";
import type { DeploymentStore, GitHubApp, PipelineStore, RollbackStore, RunStore } from "../../delivery/ports";
import type { EventPublisher } from "../../events";
import type { ResourceRef } from "../alarm";
import type { IncidentRecord } from "../incident";
import type { GuardrailStore, IncidentStore } from "../ports";
import type { DescribeResult, ResourceFacts } from "../resource-facts";
import type { Runbook } from "../runbooks";

/**
 * The steps the remediation workflows run in their task function. The workflow makes every AWS
 * call itself (aws-sdk integrations); these steps decide and record: each parses its input, moves
 * the incident along its lifecycle with a conditional write, appends to the timeline, and
 * publishes the fact. Every loop the workflow can take is bounded here (attempts, verify polls).
 */
export const IncidentRef = { incidentId: z.string().min(1) };
export const Failure = z.object({ Error: z.string().default("Unknown"), Cause: z.string().default("") });
export const Described = z.object({
  call: z.string(),
  result: z.unknown().optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
});

export const RemediationStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("intake"), event: z.unknown() }),
  z.object({ action: z.literal("begin"), ...IncidentRef }),
  z.object({ action: z.literal("assess"), ...IncidentRef, described: z.array(Described).default([]) }),
  z.object({ action: z.literal("awaitApproval"), ...IncidentRef, taskToken: z.string().min(1) }),
  z.object({ action: z.literal("start"), ...IncidentRef }),
  z.object({ action: z.literal("acted"), ...IncidentRef }),
  z.object({ action: z.literal("rollbackDeployment"), ...IncidentRef }),
  z.object({ action: z.literal("actionFailed"), ...IncidentRef, error: Failure }),
  z.object({
    action: z.literal("verified"),
    ...IncidentRef,
    alarms: z
      .object({ MetricAlarms: z.array(z.object({ StateValue: z.string() })).default([]) })
      .nullable()
      .default(null),
  }),
  z.object({
    action: z.literal("escalate"),
    ...IncidentRef,
    reason: z.string().default(""),
    error: Failure.nullable().default(null),
  }),
]);
export type RemediationStepInput = z.input<typeof RemediationStepInput>;

/** What remediation reads and does through the delivery domain: deployments to link, rollbacks to run. */
export interface RemediationDelivery {
  deployments: Pick<DeploymentStore, "ofService">;
  pipelines: Pick<PipelineStore, "get">;
  runs: Pick<RunStore, "run">;
  rollbacks: Pick<RollbackStore, "authorise">;
  github: Pick<GitHubApp, "rerunJob">;
}

export interface RemediationStepDeps {
  incidents: IncidentStore;
  guardrails: GuardrailStore;
  events: EventPublisher;
  clock: Clock;
  delivery: RemediationDelivery;
  runbooks?: readonly Runbook[];
}

export const UNOWNED = "unowned";

export function newIncident(input: {
  id: string;
  now: Date;
  source: "alarm" | "manual";
  team: string;
  summary: string;
  alarm: IncidentRecord["alarm"];
  resource: ResourceRef;
  slot: string;
  correlationId: string;
  reportedBy?: string;
}): IncidentRecord {
  const at = input.now.toISOString();
  return {
    id: input.id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    status: "OPEN",
    source: input.source,
    team: input.team,
    summary: input.summary,
    ...(input.reportedBy ? { reportedBy: input.reportedBy } : {}),
    alarm: input.alarm,
    resource: input.resource,
    correlationId: input.correlationId,
    slot: input.slot,
    decisions: [],
    attempts: 0,
    verifyPolls: 0,
    actions: [],
  };
}

export function metricOfAlarm(described: DescribeResult | undefined) {
  const parsed = z
    .object({
      MetricAlarms: z
        .array(
          z.object({
            Namespace: z.string(),
            MetricName: z.string(),
            Dimensions: z.array(z.object({ Name: z.string(), Value: z.string() })).default([]),
          }),
        )
        .min(1),
    })
    .safeParse(described?.result);
  const alarm = parsed.success ? parsed.data.MetricAlarms[0] : undefined;
  if (!alarm) return undefined;
  return {
    namespace: alarm.Namespace,
    metric: alarm.MetricName,
    dimensions: Object.fromEntries(alarm.Dimensions.map((d) => [d.Name, d.Value])),
  };
}

export function alarmHistoryOf(described: DescribeResult | undefined): { at: string; summary: string }[] {
  const parsed = z
    .object({ AlarmHistoryItems: z.array(z.object({ Timestamp: z.string(), HistorySummary: z.string() })).default([]) })
    .safeParse(described?.result ?? {});
  return parsed.success
    ? parsed.data.AlarmHistoryItems.map((h) => ({ at: h.Timestamp, summary: h.HistorySummary }))
    : [];
}

export function factSummary(facts: ResourceFacts): Record<string, unknown> {
  const { tags: _tags, deployments: _deployments, versions: _versions, linkedDeployment: _linked, ...rest } = facts;
  return rest;
}
