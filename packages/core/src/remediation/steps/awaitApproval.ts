import { RemediationEvents } from "../events";
import { changeIncident } from "../record";
import type { RemediationStepContext } from "./context";

export async function awaitApproval(ctx: RemediationStepContext, id: string, taskToken: string) {
  const now = ctx.deps.clock.now();
  const settings = await ctx.deps.guardrails.settings();
  const record = await changeIncident(
    ctx.deps.incidents,
    id,
    (current) =>
      current.status === "RESOLVED"
        ? undefined
        : {
            patch: {
              status: "AWAITING_APPROVAL",
              approval: {
                requestedAt: now.toISOString(),
                expiresAt: new Date(now.getTime() + settings.approvalTimeoutMinutes * 60_000).toISOString(),
                taskToken,
              },
            },
            entry: {
              step: "approval",
              message: `waiting for an approver of ${current.team} to approve ${current.proposal?.call}`,
            },
          },
    now,
  );
  if (record.proposal && record.runbook)
    await ctx.announcer().publish(RemediationEvents.proposed, record, {
      runbookId: record.runbook.id,
      call: record.proposal.call,
      mode: "approval",
      reason: record.proposal.reason,
    });
  return { waiting: record.status === "AWAITING_APPROVAL" };
}
