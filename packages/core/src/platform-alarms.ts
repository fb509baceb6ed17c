import { MetricCatalog, type MetricName } from "./metrics";
import { physicalName, type WorkflowName } from "./resources";

/**
 * Plinth's alarms on its own health, declared once: the stack deploys them (and a dashboard) and
 * the local cloud's CloudWatch stand-in evaluates the `Plinth`-namespace ones against the metrics
 * the functions print. Their state changes reach the same `alarm-state-change` rule as any alarm,
 * so the platform's own remediation opens an incident for the `platform` team. No runbook acts on
 * them: they are notify-only by design — a 5xx burst or a failing workflow needs a person, and the
 * records those failures touched are already settled by the reconciler; re-driving an arbitrary
 * failed execution would repeat its side effects.
 *
 * `perWorkflow`, `perRule` and `table` alarms watch AWS's own metrics, one alarm per deployed thing.
 */
export type AlarmStatistic = "Sum" | "Average" | "Maximum" | "p95" | "p99";

interface AlarmBase {
  /** Logical name; deployed as `plinth-<stage>-platform-<name>` (and `-<Workflow>` / `-<rule>` per thing). */
  name: string;
  description: string;
  statistic: AlarmStatistic;
  periodSeconds: number;
  threshold: number;
  comparison: "GreaterThanOrEqualToThreshold" | "GreaterThanThreshold";
}

export type PlatformAlarm =
  | (AlarmBase & {
      kind: "plinth";
      metric: MetricName;
      /** Exactly the metric's dimensions, or one of its rollups (besides service and Stage). */
      dimensions: Record<string, string>;
    })
  | (AlarmBase & { kind: "perWorkflow"; namespace: "AWS/States"; metric: "ExecutionsFailed" | "ExecutionsTimedOut" })
  | (AlarmBase & { kind: "perRule"; namespace: "AWS/Events"; metric: "FailedInvocations" })
  | (AlarmBase & { kind: "table"; namespace: "AWS/DynamoDB"; metric: "ReadThrottleEvents" | "WriteThrottleEvents" });

export const PLATFORM_TEAM = "platform";

export const PlatformAlarms: readonly PlatformAlarm[] = [
  {
    kind: "plinth",
    name: "api-5xx",
    description: "The API answered 5 or more 5xx in 5 minutes",
    metric: "ApiRequests",
    dimensions: { StatusClass: "5xx" },
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 5,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "plinth",
    name: "api-p95",
    description: "API p95 above the 100 ms SLA over 5 minutes",
    metric: "ApiLatency",
    dimensions: {},
    statistic: "p95",
    periodSeconds: 300,
    threshold: 100,
    comparison: "GreaterThanThreshold",
  },
  {
    kind: "plinth",
    name: "provisioning-failures",
    description: "3 or more provisioning requests failed in 15 minutes",
    metric: "ProvisioningFailed",
    dimensions: {},
    statistic: "Sum",
    periodSeconds: 900,
    threshold: 3,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "plinth",
    name: "reconciliations",
    description:
      "3 or more records needed the reconciler in 15 minutes: executions are ending outside their own handling",
    metric: "Reconciliations",
    dimensions: {},
    statistic: "Sum",
    periodSeconds: 900,
    threshold: 3,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "perWorkflow",
    name: "executions-failed",
    description: "An execution of this workflow failed",
    namespace: "AWS/States",
    metric: "ExecutionsFailed",
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "perWorkflow",
    name: "executions-timed-out",
    description: "An execution of this workflow timed out",
    namespace: "AWS/States",
    metric: "ExecutionsTimedOut",
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "perRule",
    name: "rule-failed-invocations",
    description: "EventBridge could not start this rule's workflow (after its retries)",
    namespace: "AWS/Events",
    metric: "FailedInvocations",
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "table",
    name: "table-read-throttles",
    description: "The table throttled reads",
    namespace: "AWS/DynamoDB",
    metric: "ReadThrottleEvents",
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
  },
  {
    kind: "table",
    name: "table-write-throttles",
    description: "The table throttled writes",
    namespace: "AWS/DynamoDB",
    metric: "WriteThrottleEvents",
    statistic: "Sum",
    periodSeconds: 300,
    threshold: 1,
    comparison: "GreaterThanOrEqualToThreshold",
  },
];

/** The deployed name of a platform alarm (per workflow or rule: with its name). */
export function platformAlarmName(stage: string, alarm: PlatformAlarm, thing?: WorkflowName | string): string {
  return physicalName(stage, `platform-${alarm.name}${thing ? `-${thing}` : ""}`);
}

/** Whether an alarm is one of Plinth's own (its incidents belong to the platform team). */
export function isPlatformAlarm(alarmName: string): boolean {
  return /^plinth-.+-platform-/.test(alarmName);
}

/** A `plinth` alarm's dimensions must be its metric's dimensions or one of its rollups (tested). */
export function addressesCatalog(alarm: PlatformAlarm): boolean {
  if (alarm.kind !== "plinth") return true;
  const metric = MetricCatalog[alarm.metric] as {
    dimensions: readonly string[];
    rollups?: readonly (readonly string[])[];
  };
  const keys = Object.keys(alarm.dimensions).sort().join(",");
  return [metric.dimensions, ...(metric.rollups ?? [])].some((set) => [...set].sort().join(",") === keys);
}
