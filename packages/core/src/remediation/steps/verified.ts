import { rollbackDeployment } from "../deployment-link";
import type { IncidentRecord } from "../incident";
import { changeIncident, requireIncident, resolveIncident } from "../record";
import { runbookById } from "../runbooks";
import type { RemediationStepContext } from "./context";
import { RollbackParameters } from "./rollbackDeployment";

/** The alarm after the wait: OK resolves; ALARM waits again (bounded), then counts as not healed. */
export async function verified(ctx: RemediationStepContext, id: string, alarmState: string | undefined) {
  const now = ctx.deps.clock.now();
  const { record } = await requireIncident(ctx.deps.incidents, id);
  if (record.status === "RESOLVED") return { outcome: "closed", reason: "resolved meanwhile" };
  const runbook = record.runbook ? runbookById(record.runbook.id, ctx.runbookList()) : undefined;
  const polls = record.verifyPolls + 1;
  const maxPolls = runbook?.verify.polls ?? 1;
  /** Another check after the runbook's wait (bounded by its polls). */
  const waitAgain = async (what: string, reason: string) => {
    await changeIncident(
      ctx.deps.incidents,
      id,
      () => ({
        patch: { verifyPolls: polls },
        entry: { step: "verify", message: `check ${polls} of ${maxPolls}: ${what}; waiting again` },
      }),
      now,
    );
    return { outcome: "wait", reason };
  };
  let deployed = "";
  if (runbook?.verify.deployment) {
    const verdict = await deploymentVerdict(ctx, record);
    if (verdict.kind === "pending") {
      if (polls < maxPolls) return await waitAgain(verdict.detail, verdict.detail);
      const why = `not healed: after ${polls} checks ${verdict.detail}`;
      await ctx.settleAction(id, "not-healed", why, now);
      return { outcome: "escalate", reason: why };
    }
    if (verdict.kind === "failed") {
      await ctx.settleAction(id, "failed", verdict.detail, now);
      return { outcome: "escalate", reason: verdict.detail };
    }
    deployed = `${verdict.detail}; `;
  }
  if (alarmState === "OK") {
    await ctx.settleAction(id, "healed", `${deployed}the alarm is OK after ${polls} check(s)`, now);
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
  if (polls < maxPolls)
    return await waitAgain(`the alarm is ${alarmState ?? "unreadable"}`, `alarm ${alarmState ?? "unreadable"}`);
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

/**
 * For an action that deploys (`rollback-deployment`): whether the deployment it asked for has
 * succeeded — the commit back in the environment, created after the action started.
 */
async function deploymentVerdict(
  ctx: RemediationStepContext,
  record: IncidentRecord,
): Promise<{ kind: "pending" | "failed" | "deployed"; detail: string }> {
  const action = record.actions.at(-1);
  const parsed = RollbackParameters.safeParse(action?.parameters);
  if (!action || !parsed.success) return { kind: "failed", detail: "the action names no deployment to verify" };
  const target = parsed.data;
  const short = target.sha.slice(0, 7);
  // GitHub's times are whole seconds (and its clock is not ours): a minute's slack before the action.
  const since = new Date(Date.parse(action.startedAt) - 60_000).toISOString();
  const found = rollbackDeployment(
    await ctx.deps.delivery.deployments.ofService(target.serviceId, { environment: target.environment, limit: 20 }),
    target,
    since,
  );
  if (!found?.outcome)
    return {
      kind: "pending",
      detail: found
        ? `deployment ${found.id} of ${short} to ${target.environment} is ${found.state}`
        : `${short} is not yet deploying to ${target.environment}`,
    };
  if (found.outcome !== "success")
    return {
      kind: "failed",
      detail: `the rollback deployment ${found.id} of ${short} to ${target.environment} ended in ${found.outcome}${found.description ? ` (${found.description})` : ""}`,
    };
  return { kind: "deployed", detail: `deployment ${found.id} put ${short} back in ${target.environment}` };
}
