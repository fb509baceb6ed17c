import { StepError } from "../../errors";
import { ProvisioningEvents } from "../events";
import { advance } from "../mutate";
import type { ProvisioningStepContext } from "./context";

/** The approval must be for the plan that is about to be applied. */
export async function applying(ctx: ProvisioningStepContext, id: string) {
  let approvedBy: string | undefined;
  const record = await ctx.transition(id, "APPLYING", (current, now) => {
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
    await ctx.publish(ProvisioningEvents.approved, record, { approvedBy, planHash: record.plan.hash });
  }
  return {};
}
