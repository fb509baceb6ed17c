import type { z } from "zod";
import { RemediationEvents } from "../events";
import { changeIncident, requireIncident } from "../record";
import type { RemediationStepContext } from "./context";
import type { Failure } from "./shared";

/** Hands the incident to a human with everything Plinth saw and did. */
export async function escalate(
  ctx: RemediationStepContext,
  id: string,
  reason: string,
  error: z.infer<typeof Failure> | null,
) {
  const now = ctx.deps.clock.now();
  const why = error
    ? `${reason ? `${reason}; ` : ""}workflow error ${error.Error}: ${error.Cause}`
    : reason || "no automatic remediation applies";
  const { record: before } = await requireIncident(ctx.deps.incidents, id);
  if (before.status === "RESOLVED" || before.status === "ESCALATED") return { escalated: false, status: before.status };
  if (before.actions.at(-1)?.outcome === "running") await ctx.settleAction(id, "unclear", why, now, false);
  // Checked again inside the conditional write: a concurrent escalation (two sweeps) ends it once.
  let changed = false;
  const record = await changeIncident(
    ctx.deps.incidents,
    id,
    (current) => {
      changed = current.status !== "RESOLVED" && current.status !== "ESCALATED";
      if (!changed) return undefined;
      return {
        patch: { status: "ESCALATED", escalation: { at: now.toISOString(), reason: why } },
        entry: { step: "escalate", message: why },
      };
    },
    now,
  );
  if (!changed) return { escalated: false, status: record.status };
  const { timeline } = await requireIncident(ctx.deps.incidents, id);
  await ctx.announcer().publish(RemediationEvents.escalated, record, {
    reason: why,
    ...(record.runbook ? { runbookId: record.runbook.id } : {}),
    attempts: record.attempts,
    actions: record.actions.map((a) => ({ call: a.call, outcome: a.outcome })),
    lastSteps: timeline.slice(-6).map((t) => `${t.at} ${t.step}: ${t.message}`),
  });
  return { escalated: true, status: record.status };
}
