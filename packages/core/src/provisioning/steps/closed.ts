import type { z } from "zod";
import { ProvisioningEvents } from "../events";
import { advance } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import type { Failure } from "./shared";

/** Ends a request that waited for approval: rejected (the API recorded it) or the wait timed out. */
export async function closed(ctx: ProvisioningStepContext, id: string, error: z.infer<typeof Failure>) {
  if (error.Error === "States.Timeout") {
    const record = await ctx.transition(
      id,
      "EXPIRED",
      (current, now) => {
        const { taskToken: _, ...rest } = current;
        return advance(rest, { status: "EXPIRED" }, { step: "approval", message: "no approver answered in time" }, now);
      },
      true,
    );
    await ctx.publish(ProvisioningEvents.approvalExpired, record, {});
    return { status: record.status };
  }
  const record = await ctx.require(id, ["REJECTED"]);
  await ctx.publish(ProvisioningEvents.rejected, record, {
    rejectedBy: record.approval?.by ?? "unknown",
    ...(record.approval?.comment ? { comment: record.approval.comment } : {}),
  });
  return { status: record.status };
}
