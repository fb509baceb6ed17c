import { ProvisioningEvents } from "../events";
import { advance } from "../mutate";
import type { ProvisioningStepContext } from "./context";

export async function awaitApproval(ctx: ProvisioningStepContext, id: string, taskToken: string) {
  const record = await ctx.transition(id, "AWAITING_APPROVAL", (current, now) =>
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
  await ctx.publish(ProvisioningEvents.approvalRequested, record, {
    requestedBy: record.requestedBy,
    planHash: record.plan.hash,
    monthlyUsd: record.plan.cost.monthlyUsd,
    reasons: record.plan.policies.filter((p) => p.outcome === "approval").map((p) => p.reason),
  });
  return {};
}
