import { changeIncident } from "../record";
import { runbookById } from "../runbooks";
import type { RemediationStepContext } from "./context";

export async function acted(ctx: RemediationStepContext, id: string) {
  const now = ctx.deps.clock.now();
  const record = await changeIncident(
    ctx.deps.incidents,
    id,
    (current) => ({
      patch: { status: "VERIFYING" },
      entry: { step: "act", message: `${current.proposal?.call} accepted; verifying through the alarm` },
    }),
    now,
  );
  const runbook = record.runbook ? runbookById(record.runbook.id, ctx.runbookList()) : undefined;
  return { waitSeconds: runbook?.verify.waitSeconds ?? 300, alarmName: record.alarm.name };
}
