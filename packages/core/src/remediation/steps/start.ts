import { resourceKey } from "../alarm";
import { RemediationEvents } from "../events";
import { changeIncident, requireIncident } from "../record";
import { runbookById } from "../runbooks";
import type { RemediationStepContext } from "./context";

/**
 * The last gate before acting: the kill switch, cooldown and budgets are checked and taken in one
 * conditional transaction, so a kill switch turned on a moment ago stops this action.
 */
export async function start(ctx: RemediationStepContext, id: string) {
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  const { record } = await requireIncident(ctx.deps.incidents, id);
  if (record.status === "RESOLVED") return { go: false, reason: "resolved meanwhile" };
  const proposal = record.proposal;
  const runbook = record.runbook ? runbookById(record.runbook.id, ctx.runbookList()) : undefined;
  if (!proposal || !runbook) return { go: false, reason: "nothing to do: no action was proposed" };
  const settings = await ctx.deps.guardrails.settings();
  const reservation = await ctx.deps.guardrails.reserve({
    team: record.team,
    resourceKey: resourceKey(record.resource),
    incidentId: id,
    now,
    settings,
  });
  if (!reservation.ok) {
    await changeIncident(
      ctx.deps.incidents,
      id,
      (current) => ({
        patch: {
          decisions: [
            ...current.decisions,
            { guard: reservation.blockedBy, outcome: "block" as const, reason: reservation.detail, at },
          ],
        },
        entry: { step: "guardrails", message: reservation.detail },
      }),
      now,
    );
    return { go: false, reason: reservation.detail };
  }
  const attempt = record.attempts + 1;
  const acting = await changeIncident(
    ctx.deps.incidents,
    id,
    (current) => ({
      patch: {
        status: "ACTING",
        attempts: attempt,
        verifyPolls: 0,
        actions: [
          ...current.actions,
          {
            attempt,
            call: proposal.call,
            parameters: proposal.parameters,
            startedAt: at,
            outcome: "running",
            undo: proposal.undo,
          },
        ],
        decisions: [
          ...current.decisions,
          {
            guard: "cooldown",
            outcome: "pass",
            reason: `cooldown of ${settings.cooldownMinutes} min started on ${resourceKey(current.resource)}`,
            at,
          },
          {
            guard: "team-budget",
            outcome: "pass",
            reason: `one of ${settings.teamActionsPerHour} automatic actions this hour for ${current.team}`,
            at,
          },
          {
            guard: "global-budget",
            outcome: "pass",
            reason: `one of ${settings.globalActionsPerHour} automatic actions this hour`,
            at,
          },
        ],
      },
      entry: { step: "act", message: `attempt ${attempt}: ${proposal.call} ${JSON.stringify(proposal.parameters)}` },
    }),
    now,
  );
  await ctx.announcer().publish(RemediationEvents.started, acting, {
    runbookId: runbook.id,
    call: proposal.call,
    attempt,
  });
  return { go: true, call: proposal.call, parameters: proposal.parameters, reason: "" };
}
