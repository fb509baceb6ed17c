import { z } from "zod";
import type { Clock } from "../../clock";
import type { EventPublisher } from "../../events";
import type { PolicyConfig } from "../policies";
import type { RequestStore } from "../ports";
import type { Change, RequestRecord } from "../request";

/**
 * The steps the provisioning workflows run in their task function. Each parses its input, moves
 * the record along the lifecycle table with a conditional write, appends to the timeline and
 * publishes the fact. CloudFormation itself is called by the workflow (aws-sdk integrations); these
 * steps only read what it answered.
 */
export const RequestRef = { requestId: z.string().min(1) };
export const StackOutput = z.object({ OutputKey: z.string(), OutputValue: z.string() });
export const StackEvent = z.object({
  LogicalResourceId: z.string().optional(),
  ResourceType: z.string().optional(),
  ResourceStatus: z.string().optional(),
  ResourceStatusReason: z.string().optional(),
});
/**
 * The workflow's own time (`$$.State.EnteredTime`), for decisions that race its Wait states: the
 * local cloud runs workflows on a scaled clock, and a step must judge "expired yet?" on the clock
 * the Wait used. In AWS both are real time.
 */
export const WorkflowTime = { now: z.iso.datetime({ offset: true }).optional() };
export const Failure = z.object({ Error: z.string().default("Unknown"), Cause: z.string().default("") });

/** A request failed: the workflow's own Catch path, or the reconciler for an execution that ended without one. */
export const FailedStep = z.object({
  action: z.literal("failed"),
  ...RequestRef,
  step: z.string(),
  error: Failure,
  stackEvents: z.array(StackEvent).default([]),
  cleanup: z.enum(["deleted", "failed", "not-needed"]),
});

export const StepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("validate"), ...RequestRef }),
  z.object({
    action: z.literal("planned"),
    ...RequestRef,
    validatedAt: z.string(),
    changes: z
      .array(
        z.object({
          ResourceChange: z
            .object({
              Action: z.string(),
              LogicalResourceId: z.string(),
              ResourceType: z.string(),
              Replacement: z.string().optional(),
            })
            .optional(),
        }),
      )
      .default([]),
  }),
  z.object({ action: z.literal("awaitApproval"), ...RequestRef, taskToken: z.string().min(1) }),
  z.object({ action: z.literal("applying"), ...RequestRef }),
  z.object({
    action: z.literal("succeeded"),
    ...RequestRef,
    ...WorkflowTime,
    stack: z.object({ Outputs: z.array(StackOutput).default([]) }),
  }),
  FailedStep,
  z.object({ action: z.literal("closed"), ...RequestRef, error: Failure }),
  z.object({ action: z.literal("stackOf"), ...RequestRef }),
  z.object({ action: z.literal("destroyed"), ...RequestRef, ...WorkflowTime }),
  z.object({
    action: z.literal("destroyFailed"),
    ...RequestRef,
    stackEvents: z.array(StackEvent).default([]),
    error: Failure.optional(),
  }),
  z.object({
    action: z.literal("expiryCheck"),
    ...RequestRef,
    ...WorkflowTime,
    warnHours: z.number().default(24),
    /** The teardown's state machine: the record names the execution that will act on it. */
    teardownMachine: z.string().startsWith("arn:").optional(),
  }),
]);
export type StepInput = z.input<typeof StepInput>;

export interface StepDeps {
  store: RequestStore;
  events: EventPublisher;
  clock: Clock;
  policy: PolicyConfig;
  /** The Plinth stage: part of every stack's name (the validate step re-plans with it). */
  stage: string;
}

/** CloudFormation's own reason when it gave one (the first resource that failed), else the error's cause. */
export function reasonOf(
  stackEvents: readonly z.infer<typeof StackEvent>[],
  error: z.infer<typeof Failure> | undefined,
): string {
  const failedResource = [...stackEvents]
    .reverse()
    .find(
      (e) =>
        e.ResourceStatus?.endsWith("_FAILED") && e.ResourceStatusReason && !/cancelled/i.test(e.ResourceStatusReason),
    );
  if (failedResource) {
    return `${failedResource.LogicalResourceId} (${failedResource.ResourceType}): ${failedResource.ResourceStatusReason}`;
  }
  if (!error) return "CloudFormation did not say why; see the stack's events";
  try {
    const parsed = JSON.parse(error.Cause) as { errorMessage?: string };
    if (parsed.errorMessage) return parsed.errorMessage;
  } catch {
    // not a Lambda error payload: the cause is the reason
  }
  return error.Cause || error.Error;
}

export function summarise(changes: readonly Change[]): string {
  if (changes.length === 0) return "no changes";
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${action} ${n}`).join(", ");
}

export function cancelledBy(record: RequestRecord): string {
  return [...record.timeline].reverse().find((e) => e.step === "cancel" && e.actor)?.actor ?? "unknown";
}

/** The ARN Step Functions gives an execution of that name, so a record can name it before the start. */
export function executionArnOf(stateMachineArn: string, name: string): string {
  return `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`;
}
