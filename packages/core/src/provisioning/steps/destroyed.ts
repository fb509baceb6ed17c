import { ProvisioningEvents } from "../events";
import { advance, mutate } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import { cancelledBy } from "./shared";

export async function destroyed(ctx: ProvisioningStepContext, id: string, workflowNow: Date) {
  const current = await ctx.require(id, ["DESTROYING", "CANCELLED"]);
  if (current.status === "CANCELLED") {
    const record = await mutate(ctx.deps.store, id, (r) => ({
      next: advance(r, {}, { step: "cancel", message: "cleaned up: the stack is deleted" }, ctx.deps.clock.now()),
    }));
    await ctx.publish(ProvisioningEvents.cancelled, record, {
      cancelledBy: cancelledBy(record),
      cleanup: "deleted",
    });
    return { status: record.status };
  }
  const expired = current.expiresAt !== undefined && Date.parse(current.expiresAt) <= workflowNow.getTime();
  const record = await ctx.transition(
    id,
    "DESTROYED",
    (r, now) =>
      advance(r, { status: "DESTROYED", outputs: {} }, { step: "destroy", message: "the stack is deleted" }, now),
    true,
  );
  await ctx.publish(ProvisioningEvents.destroyed, record, { reason: expired ? "expired" : "requested" });
  return { status: record.status };
}
