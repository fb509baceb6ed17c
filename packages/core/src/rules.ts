import { LANDING_PREFIX } from "./data/lake-layout";
import { DeliveryEvents } from "./delivery/events";
import { EventSources } from "./events";
import { physicalName } from "./resources";

/**
 * EventBridge rules, declared once: `stacks/events.ts` deploys each of them and the local bus loads
 * the same list. A rule names its target by workflow name, which `stacks/workflows.ts` and the local
 * Step Functions service both resolve to a state machine.
 *
 * Patterns follow the EventBridge pattern language; they are plain JSON so they can be serialised
 * unchanged into `aws.cloudwatch.EventRule.eventPattern`.
 */
export type EventPattern = { [key: string]: EventPattern | readonly unknown[] };

export interface RuleDeclaration {
  /** Stable logical name; the physical rule name is prefixed by app and stage. */
  name: string;
  description: string;
  /** A pattern, or one built from the stage's resource names (a bucket's events are the account's). */
  pattern?: EventPattern | ((resources: RuleResources) => EventPattern);
  /** Or a schedule (`rate(5 minutes)`): a scheduled rule, on the default bus as AWS requires. */
  schedule?: string;
  /** `plinth` is our bus; `default` is where AWS services (CloudWatch, S3, Health) publish. */
  bus: "plinth" | "default";
  target: { workflow: string; inputPath?: string };
}

export interface RuleResources {
  lakeBucket: string;
  stage: string;
}

/** The rule's pattern, or undefined for a scheduled rule. */
export function patternOf(rule: RuleDeclaration, resources: RuleResources): EventPattern | undefined {
  return typeof rule.pattern === "function" ? rule.pattern(resources) : rule.pattern;
}

/**
 * S3's *Object Created* events for files landed in this stage's lake bucket. The bucket is part of
 * the pattern because every stage of an account shares the default bus.
 */
export function lakeLandingPattern(bucket: string): EventPattern {
  return {
    source: ["aws.s3"],
    "detail-type": ["Object Created"],
    detail: { bucket: { name: [bucket] }, object: { key: [{ prefix: LANDING_PREFIX }] } },
  };
}

/** CloudWatch alarms going into ALARM, and back to OK (noted on the open incident). */
export const alarmStateChangePattern: EventPattern = {
  source: ["aws.cloudwatch"],
  "detail-type": ["CloudWatch Alarm State Change"],
  detail: { state: { value: ["ALARM", "OK"] } },
};

/**
 * AWS's *Execution Status Change* for this stage's state machines that ended badly: the reconciler
 * moves the record they were acting on. (Every stage of an account shares the default bus.)
 */
export function executionEndedPattern(stage: string): EventPattern {
  return {
    source: ["aws.states"],
    "detail-type": ["Step Functions Execution Status Change"],
    detail: {
      status: ["FAILED", "TIMED_OUT", "ABORTED"],
      stateMachineArn: [{ wildcard: `arn:aws:states:*:*:stateMachine:${physicalName(stage, "*")}` }],
    },
  };
}

/** The rules of the product; the stack and the local bus deploy exactly what this holds. */
export const rules: readonly RuleDeclaration[] = [
  {
    name: "alarm-state-change",
    description: "CloudWatch alarm state changes open (or update) incidents and start remediation",
    pattern: alarmStateChangePattern,
    bus: "default",
    target: { workflow: "RemediationIntake" },
  },
  {
    name: "lake-landing",
    description: "A file landed under lake/landing/<dataset>/<partition>/: ingest it to bronze, then promote to silver",
    pattern: ({ lakeBucket }) => lakeLandingPattern(lakeBucket),
    bus: "default",
    target: { workflow: "Promotion" },
  },
  {
    name: "execution-ended",
    description: "An execution of ours ended FAILED, TIMED_OUT or ABORTED: reconcile the record it was acting on",
    pattern: ({ stage }) => executionEndedPattern(stage),
    bus: "default",
    target: { workflow: "Reconciler" },
  },
  {
    name: "github-webhook",
    description: "A GitHub webhook delivery was recorded: apply it (runs, jobs, deployments, a merged pipeline)",
    pattern: { source: [EventSources.delivery], "detail-type": [DeliveryEvents.webhookReceived.detailType] },
    bus: "plinth",
    target: { workflow: "GitHubDelivery", inputPath: "$.detail" },
  },
  {
    name: "github-redelivery",
    description:
      "Every 5 minutes: deliveries left unprocessed are emitted again; those GitHub failed to hand over are redelivered",
    schedule: "rate(5 minutes)",
    bus: "default",
    target: { workflow: "GitHubRedelivery" },
  },
  {
    name: "cost-ingestion",
    description:
      "Once a day: what the stage's resources cost, read from Cost Explorer (the previous month on), stored per request and day; budgets and drift evaluated",
    schedule: "rate(1 day)",
    bus: "default",
    target: { workflow: "CostIngestion" },
  },
  {
    name: "resource-recommendations",
    description:
      "Once a day: each live resource's CloudWatch metrics over its template's window; idle ones become recommendations, ones in use again or gone are resolved",
    schedule: "rate(1 day)",
    bus: "default",
    target: { workflow: "ResourceRecommendations" },
  },
  {
    name: "sweep",
    description:
      "Every 5 minutes: records working for over 2 minutes whose execution has ended or does not exist are reconciled",
    schedule: "rate(5 minutes)",
    bus: "default",
    target: { workflow: "Reconciler" },
  },
];
