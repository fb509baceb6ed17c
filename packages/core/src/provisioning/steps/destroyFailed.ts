import { ProvisioningEvents } from "../events";
import { advance, mutate } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import { cancelledBy } from "./shared";

export async function destroyFailed(ctx: ProvisioningStepContext, id: string, reason: string) {
  const current = await ctx.require(id, ["DESTROYING", "CANCELLED"]);
  const now = ctx.deps.clock.now();
  if (current.status === "CANCELLED") {
    const record = await mutate(ctx.deps.store, id, (r) => ({
      next: advance(r, {}, { step: "cancel", message: "cleanup FAILED: the stack is still there", error: reason }, now),
    }));
    await ctx.publish(ProvisioningEvents.cancelled, record, { cancelledBy: cancelledBy(record), cleanup: "failed" });
    return { status: record.status };
  }
  const record = await ctx.transition(id, "FAILED", (r) =>
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
  await ctx.publish(ProvisioningEvents.failed, record, {
    step: "destroy",
    error: "Plinth.DeleteFailed",
    reason,
    cleanup: "failed",
  });
  return { status: record.status };
}
