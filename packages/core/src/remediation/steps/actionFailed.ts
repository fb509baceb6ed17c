import { changeIncident } from "../record";
import type { RemediationStepContext } from "./context";

export async function actionFailed(ctx: RemediationStepContext, id: string, reason: string) {
  const now = ctx.deps.clock.now();
  const record = await ctx.settleAction(id, "failed", reason, now);
  const settings = await ctx.deps.guardrails.settings();
  const retry = record.status !== "RESOLVED" && record.attempts < settings.maxAttemptsPerIncident;
  if (retry)
    await changeIncident(
      ctx.deps.incidents,
      id,
      () => ({ patch: { status: "OPEN" }, entry: { step: "act", message: "trying again from a fresh read" } }),
      now,
    );
  return { next: retry ? "retry" : "escalate", reason: `the action failed: ${reason}` };
}
