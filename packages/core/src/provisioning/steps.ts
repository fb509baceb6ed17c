import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../clock";
import { fail, StepError } from "../errors";
import { buildEvent, type EventDefinition, type EventPublisher } from "../events";
import { ProvisioningEvents } from "./events";
import { assertTransition, canTransition, isRunning, type ProvisioningStatus } from "./lifecycle";
import { advance, mutate } from "./mutate";
import type { PolicyConfig } from "./policies";
import type { RequestStore } from "./ports";
import { type Change, plan, type RequestRecord } from "./request";

/**
 * The steps the provisioning workflows run in their task function. Each parses its input, moves
 * the record along the lifecycle table with a conditional write, appends to the timeline and
 * publishes the fact. CloudFormation itself is called by the workflow (aws-sdk integrations); these
 * steps only read what it answered.
 */
const RequestRef = { requestId: z.string().min(1) };
const StackOutput = z.object({ OutputKey: z.string(), OutputValue: z.string() });
const StackEvent = z.object({
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
const WorkflowTime = { now: z.iso.datetime({ offset: true }).optional() };
const Failure = z.object({ Error: z.string().default("Unknown"), Cause: z.string().default("") });

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
  z.object({
    action: z.literal("failed"),
    ...RequestRef,
    step: z.string(),
    error: Failure,
    stackEvents: z.array(StackEvent).default([]),
    cleanup: z.enum(["deleted", "failed", "not-needed"]),
  }),
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
}

export class ProvisioningSteps {
  constructor(private readonly deps: StepDeps) {}

  run(input: unknown): Promise<unknown> {
    const step = StepInput.parse(input);
    switch (step.action) {
      case "validate":
        return this.validate(step.requestId);
      case "planned":
        return this.planned(step);
      case "awaitApproval":
        return this.awaitApproval(step.requestId, step.taskToken);
      case "applying":
        return this.applying(step.requestId);
      case "succeeded":
        return this.succeeded(step.requestId, step.stack.Outputs, this.at(step.now));
      case "failed":
        return this.failed(step);
      case "closed":
        return this.closed(step.requestId, step.error);
      case "stackOf":
        return this.require(step.requestId, ["DESTROYING", "CANCELLED"]).then((r) => ({ stackName: r.plan.stackName }));
      case "destroyed":
        return this.destroyed(step.requestId, this.at(step.now));
      case "destroyFailed":
        return this.destroyFailed(step.requestId, reasonOf(step.stackEvents, step.error));
      case "expiryCheck":
        return this.expiryCheck(step.requestId, step.warnHours, this.at(step.now), step.teardownMachine);
    }
  }

  /** Re-plans from the stored request: a catalog upgrade since it was made changes the hash (and voids an approval). */
  private async validate(id: string) {
    const now = this.deps.clock.now();
    let record = await this.require(id, ["VALIDATING"]);
    const replanned = plan(
      {
        template: record.template.id,
        name: record.name,
        environment: record.environment,
        region: record.region,
        parameters: record.plan.parameters,
        tags: Object.fromEntries(
          Object.entries(record.tags).filter(([key]) => key !== "team" && !key.startsWith("plinth:")),
        ),
        ttlHours: record.ttlHours,
      },
      record.team,
      {},
      this.deps.policy,
    );
    if (!replanned.allowed) {
      const denied = replanned.policies.filter((p) => p.outcome === "deny");
      throw new StepError("Plinth.PolicyDenied", denied.map((d) => `${d.rule}: ${d.reason}`).join("; "));
    }
    if (replanned.hash !== record.plan.hash) {
      record = await mutate(this.deps.store, id, (current) => ({
        next: advance(
          current,
          { plan: replanned },
          { step: "validate", message: "re-planned: the template changed since the request" },
          now,
        ),
      }));
    }
    if (record.attempt === 1)
      await this.publish(ProvisioningEvents.requested, record, { requestedBy: record.requestedBy });
    return {
      stackName: record.plan.stackName,
      changeSetName: `${record.id}-${record.attempt}`,
      templateBody: JSON.stringify(record.plan.templateBody),
      tags: Object.entries(record.tags).map(([Key, Value]) => ({ Key, Value })),
      validatedAt: now.toISOString(),
    };
  }

  private async planned(step: Extract<z.output<typeof StepInput>, { action: "planned" }>) {
    const changes: Change[] = step.changes.flatMap(({ ResourceChange: c }) =>
      c
        ? [
            {
              action: c.Action,
              logicalId: c.LogicalResourceId,
              type: c.ResourceType,
              ...(c.Replacement ? { replacement: c.Replacement } : {}),
            },
          ]
        : [],
    );
    const record = await this.transition(step.requestId, "PLANNED", (current, now) =>
      advance(
        {
          ...current,
          timeline: [
            ...current.timeline,
            {
              at: step.validatedAt,
              step: "validate",
              status: "VALIDATING",
              message: "template rendered and policies passed",
            },
          ],
        },
        { status: "PLANNED", changes },
        {
          step: "plan",
          message: `change set: ${summarise(changes)}; ${current.plan.cost.monthlyUsd.toFixed(2)} USD/month`,
        },
        now,
      ),
    );
    const granted = record.approval?.decision === "approved" && record.approval.planHash === record.plan.hash;
    const approval = record.plan.approval === "not-required" ? "not-required" : granted ? "granted" : "required";
    await this.publish(ProvisioningEvents.planned, record, {
      planHash: record.plan.hash,
      monthlyUsd: record.plan.cost.monthlyUsd,
      approval,
      changes: changes.length,
    });
    return { approval };
  }

  private async awaitApproval(id: string, taskToken: string) {
    const record = await this.transition(id, "AWAITING_APPROVAL", (current, now) =>
      advance(
        { ...current, taskToken },
        { status: "AWAITING_APPROVAL" },
        {
          step: "approval",
          message: `waiting for an approver of ${current.team} to approve plan ${current.plan.hash.slice(0, 12)}`,
        },
        now,
      ),
    );
    await this.publish(ProvisioningEvents.approvalRequested, record, {
      requestedBy: record.requestedBy,
      planHash: record.plan.hash,
      monthlyUsd: record.plan.cost.monthlyUsd,
      reasons: record.plan.policies.filter((p) => p.outcome === "approval").map((p) => p.reason),
    });
    return {};
  }

  /** The approval must be for the plan that is about to be applied. */
  private async applying(id: string) {
    let approvedBy: string | undefined;
    const record = await this.transition(id, "APPLYING", (current, now) => {
      if (current.plan.approval === "required") {
        if (current.approval?.decision !== "approved" || current.approval.planHash !== current.plan.hash) {
          throw new StepError("Plinth.StalePlan", `no approval for plan ${current.plan.hash.slice(0, 12)}`);
        }
        approvedBy = current.approval.by;
      }
      const { taskToken: _, ...rest } = current;
      return advance(rest, { status: "APPLYING" }, { step: "apply", message: "executing the change set" }, now);
    });
    if (approvedBy && record.timeline.at(-2)?.status === "AWAITING_APPROVAL") {
      await this.publish(ProvisioningEvents.approved, record, { approvedBy, planHash: record.plan.hash });
    }
    return {};
  }

  private at(now: string | undefined): Date {
    return now === undefined ? this.deps.clock.now() : new Date(now);
  }

  private async succeeded(id: string, stackOutputs: z.infer<typeof StackOutput>[], workflowNow: Date) {
    const outputs = Object.fromEntries(stackOutputs.map((o) => [o.OutputKey, o.OutputValue]));
    const record = await this.transition(id, "SUCCEEDED", (current, now) => {
      const expiresAt =
        current.ttlHours === undefined
          ? undefined
          : new Date(workflowNow.getTime() + current.ttlHours * 3_600_000).toISOString();
      return advance(
        current,
        { status: "SUCCEEDED", outputs, ...(expiresAt ? { expiresAt } : {}) },
        {
          step: "outputs",
          message: `created; outputs ${Object.keys(outputs).join(", ") || "none"}${expiresAt ? `; expires ${expiresAt}` : ""}`,
        },
        now,
      );
    });
    await this.publish(ProvisioningEvents.succeeded, record, {
      outputs,
      ...(record.expiresAt ? { expiresAt: record.expiresAt } : {}),
    });
    return { expires: record.expiresAt !== undefined, expiryName: `${record.id}-expiry-${record.attempt}` };
  }

  /** Records a failure after the workflow cleaned up. A request someone already ended (cancel, reject) stays as it is. */
  private async failed(step: Extract<z.output<typeof StepInput>, { action: "failed" }>) {
    const reason = reasonOf(step.stackEvents, step.error);
    const record = await mutate(this.deps.store, step.requestId, (current) => {
      if (!isRunning(current.status)) return undefined;
      assertTransition(current.status, "FAILED");
      const now = this.deps.clock.now();
      const { taskToken: _, ...rest } = current;
      return {
        next: advance(
          rest,
          {
            status: "FAILED",
            failure: { step: step.step, error: step.error.Error, reason, at: now.toISOString(), cleanup: step.cleanup },
          },
          {
            step: step.step,
            message: `failed; stack ${step.cleanup === "deleted" ? "deleted" : step.cleanup === "failed" ? "NOT deleted — destroy it" : "not created"}`,
            error: reason,
          },
          now,
        ),
      };
    });
    if (record.status === "FAILED" && record.failure?.step === step.step) {
      await this.publish(ProvisioningEvents.failed, record, {
        step: step.step,
        error: step.error.Error,
        reason,
        cleanup: step.cleanup,
      });
    }
    return { status: record.status };
  }

  /** Ends a request that waited for approval: rejected (the API recorded it) or the wait timed out. */
  private async closed(id: string, error: z.infer<typeof Failure>) {
    if (error.Error === "States.Timeout") {
      const record = await this.transition(
        id,
        "EXPIRED",
        (current, now) => {
          const { taskToken: _, ...rest } = current;
          return advance(
            rest,
            { status: "EXPIRED" },
            { step: "approval", message: "no approver answered in time" },
            now,
          );
        },
        true,
      );
      await this.publish(ProvisioningEvents.approvalExpired, record, {});
      return { status: record.status };
    }
    const record = await this.require(id, ["REJECTED"]);
    await this.publish(ProvisioningEvents.rejected, record, {
      rejectedBy: record.approval?.by ?? "unknown",
      ...(record.approval?.comment ? { comment: record.approval.comment } : {}),
    });
    return { status: record.status };
  }

  private async destroyed(id: string, workflowNow: Date) {
    const current = await this.require(id, ["DESTROYING", "CANCELLED"]);
    if (current.status === "CANCELLED") {
      const record = await mutate(this.deps.store, id, (r) => ({
        next: advance(r, {}, { step: "cancel", message: "cleaned up: the stack is deleted" }, this.deps.clock.now()),
      }));
      await this.publish(ProvisioningEvents.cancelled, record, {
        cancelledBy: cancelledBy(record),
        cleanup: "deleted",
      });
      return { status: record.status };
    }
    const expired = current.expiresAt !== undefined && Date.parse(current.expiresAt) <= workflowNow.getTime();
    const record = await this.transition(
      id,
      "DESTROYED",
      (r, now) =>
        advance(r, { status: "DESTROYED", outputs: {} }, { step: "destroy", message: "the stack is deleted" }, now),
      true,
    );
    await this.publish(ProvisioningEvents.destroyed, record, { reason: expired ? "expired" : "requested" });
    return { status: record.status };
  }

  private async destroyFailed(id: string, reason: string) {
    const current = await this.require(id, ["DESTROYING", "CANCELLED"]);
    const now = this.deps.clock.now();
    if (current.status === "CANCELLED") {
      const record = await mutate(this.deps.store, id, (r) => ({
        next: advance(
          r,
          {},
          { step: "cancel", message: "cleanup FAILED: the stack is still there", error: reason },
          now,
        ),
      }));
      await this.publish(ProvisioningEvents.cancelled, record, { cancelledBy: cancelledBy(record), cleanup: "failed" });
      return { status: record.status };
    }
    const record = await this.transition(id, "FAILED", (r) =>
      advance(
        r,
        {
          status: "FAILED",
          failure: { step: "destroy", error: "Plinth.DeleteFailed", reason, at: now.toISOString(), cleanup: "failed" },
        },
        { step: "destroy", message: "delete failed; retry destroys again", error: reason },
        now,
      ),
    );
    await this.publish(ProvisioningEvents.failed, record, {
      step: "destroy",
      error: "Plinth.DeleteFailed",
      reason,
      cleanup: "failed",
    });
    return { status: record.status };
  }

  /**
   * The expiry timer's decision, re-read each time it wakes so a TTL extension takes effect:
   * wait until the warning, warn once per expiry time, wait until expiry, then start the teardown.
   */
  private async expiryCheck(id: string, warnHours: number, now: Date, teardownMachine?: string) {
    const record = (await this.deps.store.get(id)) ?? fail("not_found", `no provisioning request ${id}`);
    if (record.status !== "SUCCEEDED" || record.expiresAt === undefined) return { next: "done" };
    const expiresAt = Date.parse(record.expiresAt);
    const warnAt = expiresAt - warnHours * 3_600_000;
    if (now.getTime() >= expiresAt) {
      const teardownName = `${id}-expired`;
      await this.transition(id, "DESTROYING", (r) =>
        advance(
          r,
          {
            status: "DESTROYING",
            ...(teardownMachine ? { execution: executionArnOf(teardownMachine, teardownName) } : {}),
          },
          { step: "expiry", message: `expired at ${record.expiresAt}; destroying` },
          now,
        ),
      );
      return { next: "destroy", teardownName };
    }
    if (now.getTime() < warnAt) return { next: "wait", until: new Date(warnAt).toISOString() };
    if (record.warnedFor !== record.expiresAt) {
      const warned = await mutate(this.deps.store, id, (r) =>
        r.warnedFor === r.expiresAt
          ? undefined
          : {
              next: advance(
                { ...r, warnedFor: r.expiresAt as string },
                {},
                { step: "expiry", message: `expires at ${r.expiresAt}; extend it with PATCH` },
                now,
              ),
            },
      );
      await this.publish(ProvisioningEvents.expiryWarned, warned, { expiresAt: warned.expiresAt as string });
    }
    return { next: "wait", until: record.expiresAt };
  }

  private async require(id: string, statuses: readonly ProvisioningStatus[]): Promise<RequestRecord> {
    const record = (await this.deps.store.get(id)) ?? fail("not_found", `no provisioning request ${id}`);
    if (!statuses.includes(record.status)) {
      throw new StepError("Plinth.WrongStatus", `request ${id} is ${record.status}, not ${statuses.join(" or ")}`);
    }
    return record;
  }

  private transition(
    id: string,
    to: ProvisioningStatus,
    change: (current: RequestRecord, now: Date) => RequestRecord,
    releaseReservation = false,
  ): Promise<RequestRecord> {
    return mutate(this.deps.store, id, (current) => {
      if (current.status === to) return undefined; // a retried step that already landed
      // Someone ended it meanwhile (cancel, reject): a named error the workflow's Catch records.
      if (!canTransition(current.status, to)) {
        throw new StepError("Plinth.WrongStatus", `request ${id} is ${current.status}; it cannot become ${to}`);
      }
      return { next: change(current, this.deps.clock.now()), releaseReservation };
    });
  }

  private async publish<D extends EventDefinition>(
    definition: D,
    record: RequestRecord,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.events.publish([
      buildEvent(definition, {
        id: randomUUID(),
        occurredAt: this.deps.clock.now().toISOString(),
        correlationId: record.correlationId,
        requestId: record.id,
        team: record.team,
        template: record.template.id,
        environment: record.environment,
        stackName: record.plan.stackName,
        ...detail,
      } as z.input<D["detail"]>),
    ]);
  }
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

function summarise(changes: readonly Change[]): string {
  if (changes.length === 0) return "no changes";
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.action, (counts.get(change.action) ?? 0) + 1);
  return [...counts].map(([action, n]) => `${action} ${n}`).join(", ");
}

function cancelledBy(record: RequestRecord): string {
  return [...record.timeline].reverse().find((e) => e.step === "cancel" && e.actor)?.actor ?? "unknown";
}

/** The ARN Step Functions gives an execution of that name, so a record can name it before the start. */
export function executionArnOf(stateMachineArn: string, name: string): string {
  return `${stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`;
}
