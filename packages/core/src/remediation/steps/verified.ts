import { changeIncident, requireIncident, resolveIncident } from "../record";
import { runbookById } from "../runbooks";
import type { RemediationStepContext } from "./context";

/** The alarm after the wait: OK resolves; ALARM waits again (bounded), then counts as not healed. */
export async function verified(ctx: RemediationStepContext, id: string, alarmState: string | undefined) {
  const now = ctx.deps.clock.now();
  const { record } = await requireIncident(ctx.deps.incidents, id);
  if (record.status === "RESOLVED") return { outcome: "closed", reason: "resolved meanwhile" };
  const runbook = record.runbook ? runbookById(record.runbook.id, ctx.runbookList()) : undefined;
  const polls = record.verifyPolls + 1;
  const maxPolls = runbook?.verify.polls ?? 1;
  if (alarmState === "OK") {
    await ctx.settleAction(id, "healed", `the alarm is OK after ${polls} check(s)`, now);
    const resolved = await resolveIncident(
      ctx.deps.incidents,
      id,
      { at: now.toISOString(), by: "plinth", how: "verified" },
      { message: `verified: ${record.alarm.name} is OK` },
      { verifyPolls: polls },
    );
    await ctx.announcer().resolved(resolved, "verified", "plinth");
    return { outcome: "resolved", reason: "verified" };
  }
  if (polls < maxPolls) {
    await changeIncident(
      ctx.deps.incidents,
      id,
      () => ({
        patch: { verifyPolls: polls },
        entry: {
          step: "verify",
          message: `check ${polls} of ${maxPolls}: the alarm is ${alarmState ?? "unreadable"}; waiting again`,
        },
      }),
      now,
    );
    return { outcome: "wait", reason: `alarm ${alarmState ?? "unreadable"}` };
  }
  if (alarmState !== "ALARM") {
    const why = `unclear: after ${polls} checks the alarm is ${alarmState ?? "unreadable"}, neither OK nor ALARM`;
    await ctx.settleAction(id, "unclear", why, now, false);
    return { outcome: "escalate", reason: why };
  }
  const why = `not healed: ${record.alarm.name} still in ALARM after ${polls} checks`;
  const settled = await ctx.settleAction(id, "not-healed", why, now);
  const settings = await ctx.deps.guardrails.settings();
  if (settled.attempts < settings.maxAttemptsPerIncident) {
    await changeIncident(
      ctx.deps.incidents,
      id,
      () => ({
        patch: { status: "OPEN", verifyPolls: polls },
        entry: { step: "verify", message: `${why}; trying again` },
      }),
      now,
    );
    return { outcome: "retry", reason: why };
  }
  return {
    outcome: "escalate",
    reason: `${why}; ${settled.attempts} of ${settings.maxAttemptsPerIncident} attempts used`,
  };
}
