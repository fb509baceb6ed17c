import { z } from "zod";
import type { AlarmRef, ResourceRef, ResourceType } from "./alarm";
import type { ResourceFacts, SdkCall } from "./resource-facts";
import { ROLLBACK_CALL, rollbackDeploymentRunbook } from "./rollback-runbook";

/**
 * The runbooks: versioned data plus pure functions. A runbook says which alarms it answers
 * (namespace, metrics, resource type, optionally required tags or a resource name pattern), what
 * must hold before it acts, the action as one AWS API call, how long to wait before verifying, and
 * what undoes it. Its risk tier caps what it may ever do (`notify-only` never acts, `approval`
 * always asks a human); the operator's mode (shadow → approval → auto) rolls it out within that cap.
 */
export const RiskTier = z.enum(["auto", "approval", "notify-only"]);
export type RiskTier = z.infer<typeof RiskTier>;
export const RunbookMode = z.enum(["shadow", "approval", "auto"]);
export type RunbookMode = z.infer<typeof RunbookMode>;
/** What a runbook does for one incident, after the kill switch, tier and mode are applied. */
export type EffectiveMode = RunbookMode | "notify-only";

export interface Precondition {
  name: string;
  description: string;
  /** The reason it does not hold, or undefined when it does. */
  failure(facts: ResourceFacts): string | undefined;
}

export interface Runbook {
  id: string;
  version: string;
  title: string;
  description: string;
  match: {
    /** `*`: any (with `namespace: "*"` and `metrics: ["*"]`, a runbook for any alarm). */
    resourceType: ResourceType | "*";
    namespace: string;
    metrics: readonly string[];
    resourceIdPattern?: RegExp;
    tags?: Readonly<Record<string, string>>;
    /** Only for an incident linked to a recent production deployment of its service; such runbooks come first. */
    deployment?: true;
  };
  tier: RiskTier;
  defaultMode: RunbookMode;
  preconditions: readonly Precondition[];
  action: { summary: string; build(resource: ResourceRef, facts: ResourceFacts): SdkCall };
  /** `deployment`: the action is a deployment, verified once it has succeeded (then the alarm). */
  verify: { summary: string; waitSeconds: number; polls: number; deployment?: true };
  undo: { summary: string; build?(resource: ResourceRef, facts: ResourceFacts): SdkCall };
}

const found: Precondition = {
  name: "resource-found",
  description: "the resource exists and Plinth could read it",
  failure: (facts) => (facts.found ? undefined : (facts.missing ?? "the resource could not be read")),
};
const state = (name: string, expected: string, label: string): Precondition => ({
  name,
  description: `the ${label} is ${expected}`,
  failure: (facts) =>
    facts.state === expected ? undefined : `the ${label} is ${facts.state ?? "in an unknown state"}, not ${expected}`,
});
const belowMax: Precondition = {
  name: "below-max-capacity",
  description: "desired capacity is below the maximum (tag plinth:max-capacity, or the group's MaxSize)",
  failure: (facts) =>
    facts.desired !== undefined && facts.max !== undefined && facts.desired < facts.max
      ? undefined
      : `desired capacity ${facts.desired ?? "?"} is already at the maximum ${facts.max ?? "?"}`,
};
/** One step out: half again as many, at least one more, never above the maximum. */
const scaledOut = (facts: ResourceFacts) =>
  Math.min(facts.max ?? 0, Math.max((facts.desired ?? 0) + 1, Math.ceil((facts.desired ?? 0) * 1.5)));
const ecsTarget = (resource: ResourceRef) => {
  const [cluster, service] = resource.id.split("/");
  return { Cluster: cluster, Service: service };
};
const lambdaTarget = (resource: ResourceRef) => {
  const [fn, alias] = resource.id.split(":");
  return { FunctionName: fn, Name: alias };
};

export const runbooks: readonly Runbook[] = [
  rollbackDeploymentRunbook,
  {
    id: "ecs-restart-service",
    version: "1.0.0",
    title: "Restart an ECS service (force a new deployment)",
    description:
      "Memory climbing on an ECS service usually means a leak; replacing its tasks with the same task definition frees it while the owners look for the cause.",
    match: { resourceType: "ecs-service", namespace: "AWS/ECS", metrics: ["MemoryUtilization"] },
    tier: "auto",
    defaultMode: "auto",
    preconditions: [
      found,
      state("service-active", "ACTIVE", "service"),
      {
        name: "has-tasks",
        description: "the service wants at least one task",
        failure: (facts) => ((facts.desired ?? 0) > 0 ? undefined : "the service is scaled to zero"),
      },
    ],
    action: {
      summary: "ecs:UpdateService with forceNewDeployment=true",
      build: (resource) => ({
        call: "ecs:updateService",
        parameters: { ...ecsTarget(resource), ForceNewDeployment: true },
      }),
    },
    verify: { summary: "the alarm is OK again", waitSeconds: 300, polls: 3 },
    undo: { summary: "nothing to undo: the same task definition is deployed again" },
  },
  {
    id: "ecs-scale-out",
    version: "1.0.0",
    title: "Scale out an ECS service",
    description: "CPU saturation on an ECS service: add tasks (half again as many, at least one) up to its maximum.",
    match: { resourceType: "ecs-service", namespace: "AWS/ECS", metrics: ["CPUUtilization"] },
    tier: "auto",
    defaultMode: "auto",
    preconditions: [found, state("service-active", "ACTIVE", "service"), belowMax],
    action: {
      summary: "ecs:UpdateService desiredCount → min(max, max(desired + 1, ⌈desired × 1.5⌉))",
      build: (resource, facts) => ({
        call: "ecs:updateService",
        parameters: { ...ecsTarget(resource), DesiredCount: scaledOut(facts) },
      }),
    },
    verify: { summary: "the alarm is OK again", waitSeconds: 300, polls: 3 },
    undo: {
      summary: "ecs:UpdateService back to the desired count before the action",
      build: (resource, facts) => ({
        call: "ecs:updateService",
        parameters: { ...ecsTarget(resource), DesiredCount: facts.desired ?? 0 },
      }),
    },
  },
  {
    id: "asg-scale-out",
    version: "1.0.0",
    title: "Scale out an Auto Scaling group",
    description: "CPU saturation across an Auto Scaling group: raise its desired capacity within MaxSize.",
    match: { resourceType: "autoscaling-group", namespace: "AWS/EC2", metrics: ["CPUUtilization"] },
    tier: "auto",
    defaultMode: "auto",
    preconditions: [found, belowMax],
    action: {
      summary: "autoscaling:SetDesiredCapacity → min(MaxSize, max(desired + 1, ⌈desired × 1.5⌉))",
      build: (resource, facts) => ({
        call: "autoscaling:setDesiredCapacity",
        parameters: { AutoScalingGroupName: resource.id, DesiredCapacity: scaledOut(facts), HonorCooldown: false },
      }),
    },
    verify: { summary: "the alarm is OK again", waitSeconds: 600, polls: 3 },
    undo: {
      summary: "autoscaling:SetDesiredCapacity back to the capacity before the action",
      build: (resource, facts) => ({
        call: "autoscaling:setDesiredCapacity",
        parameters: { AutoScalingGroupName: resource.id, DesiredCapacity: facts.desired ?? 0 },
      }),
    },
  },
  {
    id: "ec2-reboot-instance",
    version: "1.0.0",
    title: "Reboot an EC2 instance that fails its instance status check",
    description:
      "An instance failing its own status check (kernel, memory exhaustion, a hung process) usually recovers from a reboot; a reboot interrupts whatever runs there, so a human approves it.",
    match: {
      resourceType: "ec2-instance",
      namespace: "AWS/EC2",
      metrics: ["StatusCheckFailed_Instance", "StatusCheckFailed"],
    },
    tier: "approval",
    defaultMode: "approval",
    preconditions: [found, state("instance-running", "running", "instance")],
    action: {
      summary: "ec2:RebootInstances",
      build: (resource) => ({ call: "ec2:rebootInstances", parameters: { InstanceIds: [resource.id] } }),
    },
    verify: { summary: "the status-check alarm is OK again", waitSeconds: 300, polls: 3 },
    undo: { summary: "a reboot cannot be undone" },
  },
  {
    id: "ssm-clear-disk",
    version: "1.0.0",
    title: "Free disk space on an instance (SSM Run Command)",
    description:
      "Disk almost full: vacuum the journal to 200 MB, clean the package cache and delete temporary files older than seven days, through SSM's AWS-RunShellScript.",
    match: { resourceType: "ec2-instance", namespace: "CWAgent", metrics: ["disk_used_percent"] },
    tier: "auto",
    defaultMode: "shadow",
    preconditions: [
      found,
      state("instance-running", "running", "instance"),
      {
        name: "ssm-managed",
        description: "the SSM agent on the instance is online",
        failure: (facts) => (facts.ssmOnline ? undefined : "the instance is not online in SSM"),
      },
    ],
    action: {
      summary: "ssm:SendCommand AWS-RunShellScript (journalctl --vacuum-size, apt-get clean, old /tmp files)",
      build: (resource) => ({
        call: "ssm:sendCommand",
        parameters: {
          DocumentName: "AWS-RunShellScript",
          InstanceIds: [resource.id],
          Comment: "plinth: ssm-clear-disk",
          TimeoutSeconds: 600,
          Parameters: {
            commands: [
              "journalctl --vacuum-size=200M",
              "apt-get clean || yum clean all",
              "find /tmp -type f -mtime +7 -delete",
            ],
          },
        },
      }),
    },
    verify: { summary: "the disk alarm is OK again", waitSeconds: 120, polls: 3 },
    undo: { summary: "deleted logs and caches are not restored (they are regenerated)" },
  },
  {
    id: "lambda-alias-rollback",
    version: "1.0.0",
    title: "Roll a Lambda alias back to its previous version",
    description:
      "Errors on a Lambda alias right after a new version: point the alias back at the version before it. Rolling back code is a product decision, so a human approves it.",
    match: { resourceType: "lambda-alias", namespace: "AWS/Lambda", metrics: ["Errors"] },
    tier: "approval",
    defaultMode: "approval",
    preconditions: [
      found,
      {
        name: "previous-version",
        description: "a published version older than the alias's exists",
        failure: (facts) =>
          facts.previousVersion
            ? undefined
            : `no published version older than ${facts.aliasVersion ?? "the current one"}`,
      },
    ],
    action: {
      summary: "lambda:UpdateAlias to the previous published version",
      build: (resource, facts) => ({
        call: "lambda:updateAlias",
        parameters: {
          ...lambdaTarget(resource),
          FunctionVersion: facts.previousVersion,
          Description: `plinth: rolled back from ${facts.aliasVersion}`,
        },
      }),
    },
    verify: { summary: "the error alarm is OK again", waitSeconds: 300, polls: 3 },
    undo: {
      summary: "lambda:UpdateAlias back to the version it pointed at",
      build: (resource, facts) => ({
        call: "lambda:updateAlias",
        parameters: { ...lambdaTarget(resource), FunctionVersion: facts.aliasVersion },
      }),
    },
  },
  {
    id: "sqs-redrive-dlq",
    version: "1.0.0",
    title: "Redrive an SQS dead-letter queue",
    description:
      "Messages piling up in a dead-letter queue after a downstream outage: move them back to their source queue once the alarm fires.",
    match: {
      resourceType: "sqs-queue",
      namespace: "AWS/SQS",
      metrics: ["ApproximateNumberOfMessagesVisible"],
      resourceIdPattern: /(-dlq|-dead-letter)(\.fifo)?$/,
    },
    tier: "auto",
    defaultMode: "auto",
    preconditions: [
      found,
      {
        name: "has-messages",
        description: "the dead-letter queue holds messages",
        failure: (facts) => ((facts.messages ?? 0) > 0 ? undefined : "the queue is empty"),
      },
    ],
    action: {
      summary: "sqs:StartMessageMoveTask from the dead-letter queue back to its source queues",
      build: (resource) => ({ call: "sqs:startMessageMoveTask", parameters: { SourceArn: resource.arn } }),
    },
    verify: { summary: "the backlog alarm is OK again", waitSeconds: 120, polls: 3 },
    undo: {
      summary: "sqs:CancelMessageMoveTask while the move runs; moved messages stay in their source queue",
    },
  },
];

/** The runbook for an alarm on a resource, before tags are known (they are checked in `assess`). */
export function matchRunbook(
  alarm: AlarmRef,
  resource: ResourceRef,
  list: readonly Runbook[] = runbooks,
  linkedToDeployment = false,
): Runbook | undefined {
  const matches = (runbook: Runbook) =>
    (runbook.match.resourceType === "*" || runbook.match.resourceType === resource.type) &&
    (runbook.match.namespace === "*" || runbook.match.namespace === alarm.namespace) &&
    (runbook.match.metrics.includes("*") || runbook.match.metrics.includes(alarm.metric ?? "")) &&
    (runbook.match.resourceIdPattern?.test(resource.id) ?? true);
  return (
    (linkedToDeployment ? list.find((runbook) => runbook.match.deployment && matches(runbook)) : undefined) ??
    list.find((runbook) => !runbook.match.deployment && matches(runbook))
  );
}

export function runbookById(id: string, list: readonly Runbook[] = runbooks): Runbook | undefined {
  return list.find((runbook) => runbook.id === id);
}

export function missingTags(runbook: Runbook, tags: Record<string, string>): string[] {
  return Object.entries(runbook.match.tags ?? {})
    .filter(([key, value]) => tags[key] !== value)
    .map(([key, value]) => `${key}=${value}`);
}

/** Kill switch over tier over mode: the most cautious wins. */
export function effectiveMode(tier: RiskTier, mode: RunbookMode, killSwitch: boolean): EffectiveMode {
  if (killSwitch || tier === "notify-only") return "notify-only";
  if (mode === "shadow") return "shadow";
  if (mode === "approval" || tier === "approval") return "approval";
  return "auto";
}

const ladder: readonly RunbookMode[] = ["shadow", "approval", "auto"];

/**
 * Rolling out is one rung at a time (shadow → approval → auto) so every runbook has been watched
 * before it acts alone; backing off is allowed from anywhere. Returns why a change is refused.
 */
export function modeChangeRefusal(from: RunbookMode, to: RunbookMode): string | undefined {
  const step = ladder.indexOf(to) - ladder.indexOf(from);
  return step > 1 ? `promote one step at a time: ${from} → ${ladder[ladder.indexOf(from) + 1]} first` : undefined;
}

/** Actions Plinth carries out itself (its task function), not an AWS call: the workflow routes them to it. */
export const plinthActions: readonly string[] = [ROLLBACK_CALL];

/** Every distinct AWS call a runbook or a describe can make: the workflow routes each to its own Task state. */
export const remediationCalls: readonly string[] = [
  "ecs:describeServices",
  "ecs:updateService",
  "ec2:describeInstances",
  "ec2:rebootInstances",
  "ssm:describeInstanceInformation",
  "ssm:sendCommand",
  "autoscaling:describeAutoScalingGroups",
  "autoscaling:setDesiredCapacity",
  "lambda:getAlias",
  "lambda:listVersionsByFunction",
  "lambda:listTags",
  "lambda:updateAlias",
  "sqs:getQueueAttributes",
  "sqs:listQueueTags",
  "sqs:startMessageMoveTask",
  "cloudwatch:describeAlarms",
  "cloudwatch:describeAlarmHistory",
];
