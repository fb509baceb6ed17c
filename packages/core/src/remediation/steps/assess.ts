import { SERVICE_TAG } from "../../catalog/entity";
import { resourceKey, resourceOf } from "../alarm";
import { LINKED_ENVIRONMENT, type LinkedDeployment, linkDeployment, stillDeployed } from "../deployment-link";
import { RemediationEvents } from "../events";
import type { GuardDecision } from "../guardrails";
import type { IncidentRecord } from "../incident";
import { changeIncident, requireIncident } from "../record";
import { type DescribeResult, factsOf, OPT_OUT_TAG, OWNER_TAG } from "../resource-facts";
import { effectiveMode, matchRunbook, missingTags } from "../runbooks";
import type { RemediationStepContext } from "./context";
import { alarmHistoryOf, factSummary, metricOfAlarm, UNOWNED } from "./shared";

/** Context → runbook → guardrails, every verdict recorded with its reason. */
export async function assess(ctx: RemediationStepContext, id: string, described: DescribeResult[]) {
  const now = ctx.deps.clock.now();
  const at = now.toISOString();
  const [{ record }, settings, killSwitch, modes] = await Promise.all([
    requireIncident(ctx.deps.incidents, id),
    ctx.deps.guardrails.settings(),
    ctx.deps.guardrails.killSwitch(),
    ctx.deps.guardrails.modes(),
  ]);
  if (record.status === "RESOLVED") return { outcome: "closed", reason: "resolved meanwhile" };
  const learned = metricOfAlarm(described.find((d) => d.call === "cloudwatch:describeAlarms"));
  if (learned && !record.alarm.namespace) {
    const alarm = { ...record.alarm, ...learned };
    const resource =
      record.resource.type === "unknown"
        ? resourceOf(alarm, record.resource.account, record.resource.region)
        : record.resource;
    await changeIncident(
      ctx.deps.incidents,
      id,
      () => ({
        patch: { alarm, resource },
        entry: {
          step: "context",
          message: `${alarm.name} watches ${alarm.namespace}/${alarm.metric} on ${resourceKey(resource)}`,
        },
      }),
      now,
    );
    return { outcome: "reread", reason: "learned the alarm's metric" };
  }
  const facts = factsOf(described.filter((d) => !d.call.startsWith("cloudwatch:")));
  const history = alarmHistoryOf(described.find((d) => d.call === "cloudwatch:describeAlarmHistory"));
  const service = facts.tags[SERVICE_TAG] ?? record.service;
  const linked = service ? await linkToDeployment(ctx, record, service, settings.deploymentWindowMinutes) : undefined;
  if (linked) {
    facts.linkedDeployment = linked.deployment;
    facts.linkedDeploymentCurrent = linked.current;
  }
  const team = facts.tags[OWNER_TAG] ?? (record.team === UNOWNED ? UNOWNED : record.team);
  const decisions: GuardDecision[] = [];
  const decide = (guard: GuardDecision["guard"], outcome: GuardDecision["outcome"], reason: string) =>
    decisions.push({ guard, outcome, reason, at });

  const runbook = matchRunbook(record.alarm, record.resource, ctx.runbookList(), linked !== undefined);
  let mode: ReturnType<typeof effectiveMode> = "notify-only";
  let blocked: string | undefined;
  const block = (guard: GuardDecision["guard"], reason: string) => {
    decide(guard, "block", reason);
    blocked ??= reason;
  };

  if (killSwitch.on)
    decide(
      "kill-switch",
      "downgrade",
      `kill switch on${killSwitch.by ? ` (${killSwitch.by}: ${killSwitch.reason ?? ""})` : ""}: notify only`,
    );
  if (!runbook) {
    block(
      "runbook",
      `no runbook answers ${record.alarm.namespace ?? "?"}/${record.alarm.metric ?? "?"} on a ${record.resource.type} resource: notify only`,
    );
  } else {
    const setMode = modes[runbook.id]?.mode ?? runbook.defaultMode;
    mode = effectiveMode(runbook.tier, setMode, killSwitch.on);
    decide("runbook", "pass", `${runbook.id}@${runbook.version} matches`);
    decide("mode", mode === setMode ? "pass" : "downgrade", `runbook mode ${setMode}, tier ${runbook.tier} → ${mode}`);
    const missing = missingTags(runbook, facts.tags);
    if (missing.length) block("runbook", `the resource lacks the tags the runbook requires: ${missing.join(", ")}`);
    if (facts.tags[OPT_OUT_TAG] === "off") block("opt-out", `the resource is tagged ${OPT_OUT_TAG}=off`);
    const unmet = runbook.preconditions.map((p) => ({ p, why: p.failure(facts) })).filter((r) => r.why !== undefined);
    if (unmet.length) block("preconditions", unmet.map((u) => `${u.p.name}: ${u.why}`).join("; "));
    else decide("preconditions", "pass", runbook.preconditions.map((p) => p.name).join(", "));
    if (record.attempts >= settings.maxAttemptsPerIncident)
      block("attempts", `${record.attempts} of ${settings.maxAttemptsPerIncident} attempts used`);
    if (!blocked && (mode === "auto" || mode === "approval")) {
      const verdict = await ctx.admitBreaker(runbook.id, record, settings, now);
      if (verdict.admits) decide("breaker", "pass", verdict.reason);
      else block("breaker", `circuit breaker for ${runbook.id} ${verdict.reason}`);
    }
  }

  const proposal =
    runbook && !blocked
      ? (() => {
          const call = runbook.action.build(record.resource, facts);
          const undo = runbook.undo.build
            ? `${runbook.undo.summary} (${JSON.stringify(runbook.undo.build(record.resource, facts).parameters)})`
            : runbook.undo.summary;
          return { ...call, undo, reason: `${runbook.title}: ${runbook.action.summary}` };
        })()
      : undefined;
  const outcome = blocked ? "escalate" : mode === "auto" ? "act" : mode === "approval" ? "approval" : "escalate";
  const reason =
    blocked ??
    (mode === "shadow"
      ? `shadow mode: would run ${proposal?.call} ${JSON.stringify(proposal?.parameters)} — nothing was done`
      : mode === "notify-only"
        ? "notify-only: the kill switch is on or the runbook only notifies"
        : `${runbook?.id} will run ${proposal?.call}`);

  await changeIncident(
    ctx.deps.incidents,
    id,
    (current) => ({
      patch: {
        team,
        ...(service ? { service } : {}),
        ...(linked ? { deployment: linked.deployment } : {}),
        ...(runbook
          ? { runbook: { id: runbook.id, version: runbook.version, title: runbook.title, tier: runbook.tier, mode } }
          : {}),
        context: {
          tags: facts.tags,
          deployments: facts.deployments,
          facts: factSummary(facts),
          alarmHistory: history,
        },
        ...(proposal ? { proposal } : {}),
        decisions: [...current.decisions, ...decisions].slice(-50),
      },
      entry: { step: "assess", message: reason },
    }),
    now,
  );
  if (proposal && runbook && mode === "shadow")
    await ctx.announcer().publish(RemediationEvents.proposed, record, {
      runbookId: runbook.id,
      call: proposal.call,
      mode: "shadow",
      reason,
    });
  return {
    outcome,
    reason,
    approvalTimeoutSeconds: settings.approvalTimeoutMinutes * 60,
    ...(proposal ? { call: proposal.call, parameters: proposal.parameters } : {}),
  };
}

/**
 * The production deployment this incident is linked to: found once (the first assessment that knows
 * the service) and kept; whether it still runs is read again each time.
 */
async function linkToDeployment(
  ctx: RemediationStepContext,
  record: IncidentRecord,
  service: string,
  windowMinutes: number,
): Promise<{ deployment: LinkedDeployment; current: boolean } | undefined> {
  const deployments = await ctx.deps.delivery.deployments.ofService(service, {
    environment: LINKED_ENVIRONMENT,
    limit: 50,
  });
  const deployment = record.deployment ?? linkDeployment(deployments, new Date(record.createdAt), windowMinutes);
  if (!deployment) return undefined;
  if (!record.deployment)
    await ctx.deps.incidents.append(record.id, {
      at: ctx.deps.clock.now().toISOString(),
      step: "context",
      message: `linked to deployment ${deployment.id}: ${deployment.sha.slice(0, 7)} ${deployment.finishedAt ? "reached" : "started deploying to"} ${deployment.environment} ${deployment.minutesBeforeAlarm} min before the alarm${deployment.previous ? ` (before it: ${deployment.previous.sha.slice(0, 7)})` : ""}`,
    });
  return { deployment, current: stillDeployed(deployments, deployment) };
}
