import type { z } from "zod";
import { ProvisioningEvents } from "../events";
import { assertTransition, isRunning } from "../lifecycle";
import { advance, mutate } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import { type FailedStep, reasonOf } from "./shared";

/**
 * Records a failure after the workflow cleaned up. A request someone already ended (cancel, reject,
 * a concurrent reconciliation) stays as it is; `changed` says whether this call ended it.
 */
export async function failed(ctx: ProvisioningStepContext, step: z.output<typeof FailedStep>) {
  const reason = reasonOf(step.stackEvents, step.error);
  let changed = false;
  const record = await mutate(ctx.deps.store, step.requestId, (current) => {
    changed = isRunning(current.status);
    if (!changed) return undefined;
    assertTransition(current.status, "FAILED");
    const now = ctx.deps.clock.now();
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
  // Also when a retry of this step finds its own write done: the event is at least once, never lost.
  if (record.status === "FAILED" && record.failure?.step === step.step) {
    await ctx.publish(ProvisioningEvents.failed, record, {
      step: step.step,
      error: step.error.Error,
      reason,
      cleanup: step.cleanup,
    });
  }
  return { status: record.status, changed };
}
