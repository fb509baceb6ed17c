import { createHash } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../clock";
import { isPlinthError } from "../errors";
import type { EventPublisher } from "../events";
import { AlarmStateChange, alarmOf, type ResourceRef, resourceKey, resourceOf } from "./alarm";
import { IncidentAnnouncer } from "./announcer";
import { RemediationEvents } from "./events";
import {
  type Breaker,
  breakerAdmits,
  type GuardDecision,
  holdBack,
  type RemediationSettings,
  recordOutcome,
} from "./guardrails";
import type { IncidentRecord } from "./incident";
import type { GuardrailStore, IncidentStore } from "./ports";
import { changeIncident, requireIncident, resolveIncident, slotOf } from "./record";
import {
  type DescribeResult,
  describeCalls,
  factsOf,
  OPT_OUT_TAG,
  OWNER_TAG,
  type ResourceFacts,
} from "./resource-facts";
import { effectiveMode, matchRunbook, missingTags, type Runbook, runbookById, runbooks } from "./runbooks";

/**
 * The steps the remediation workflows run in their task function. The workflow makes every AWS
 * call itself (aws-sdk integrations); these steps decide and record: each parses its input, moves
 * the incident along its lifecycle with a conditional write, appends to the timeline, and
 * publishes the fact. Every loop the workflow can take is bounded here (attempts, verify polls).
 */
const IncidentRef = { incidentId: z.string().min(1) };
const Failure = z.object({ Error: z.string().default("Unknown"), Cause: z.string().default("") });
const Described = z.object({
  call: z.string(),
  result: z.unknown().optional(),
  error: z.object({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
});

export const RemediationStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("intake"), event: z.unknown() }),
  z.object({ action: z.literal("begin"), ...IncidentRef }),
  z.object({ action: z.literal("assess"), ...IncidentRef, described: z.array(Described).default([]) }),
  z.object({ action: z.literal("awaitApproval"), ...IncidentRef, taskToken: z.string().min(1) }),
  z.object({ action: z.literal("start"), ...IncidentRef }),
  z.object({ action: z.literal("acted"), ...IncidentRef }),
  z.object({ action: z.literal("actionFailed"), ...IncidentRef, error: Failure }),
  z.object({
    action: z.literal("verified"),
    ...IncidentRef,
    alarms: z
      .object({ MetricAlarms: z.array(z.object({ StateValue: z.string() })).default([]) })
      .nullable()
      .default(null),
  }),
  z.object({
    action: z.literal("escalate"),
    ...IncidentRef,
    reason: z.string().default(""),
    error: Failure.nullable().default(null),
  }),
]);
export type RemediationStepInput = z.input<typeof RemediationStepInput>;

export interface RemediationStepDeps {
  incidents: IncidentStore;
  guardrails: GuardrailStore;
  events: EventPublisher;
  clock: Clock;
  runbooks?: readonly Runbook[];
}

export const UNOWNED = "unowned";

export class RemediationSteps {
  constructor(private readonly deps: RemediationStepDeps) {}

  run(input: unknown): Promise<unknown> {
    const step = RemediationStepInput.parse(input);
    switch (step.action) {
      case "intake":
        return this.intake(step.event);
      case "begin":
        return this.begin(step.incidentId);
      case "assess":
        return this.assess(step.incidentId, step.described);
      case "awaitApproval":
        return this.awaitApproval(step.incidentId, step.taskToken);
      case "start":
        return this.start(step.incidentId);
      case "acted":
        return this.acted(step.incidentId);
      case "actionFailed":
        return this.actionFailed(step.incidentId, `${step.error.Error}: ${step.error.Cause}`);
      case "verified":
        return this.verified(step.incidentId, step.alarms?.MetricAlarms[0]?.StateValue);
      case "escalate":
        return this.escalate(step.incidentId, step.reason, step.error);
    }
  }

  /**
   * An alarm event → a new incident, a repeat counted on the open one, an OK noted, or — for an
   * event that does not parse — a record of why it was dropped. Only `opened` starts a workflow.
   */
  private async intake(raw: unknown) {
    const now = this.deps.clock.now();
    const parsed = AlarmStateChange.safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join(".") || "(event)"}: ${issue.message}`)
        .join("; ");
      await this.deps.incidents.recordDropped(reason, raw, now.toISOString());
      return { outcome: "dropped", reason };
    }
    const event = parsed.data;
    const alarm = alarmOf(event);
    const resource = resourceOf(alarm, event.account, event.region);
    const slot = slotOf({ alarm, resource });
    const at = now.toISOString();

    if (alarm.state !== "ALARM") {
      const open = await this.deps.incidents.openIncident(slot);
      if (!open) return { outcome: "ignored", reason: `no open incident for ${slot}` };
      await this.deps.incidents.attach(open, "ok", at);
      await this.deps.incidents.append(open, {
        at,
        step: "recovered",
        message: `the alarm reported ${alarm.state}: ${alarm.reason}`,
      });
      return { outcome: "recovered", incidentId: open };
    }

    // Derived from the event id, so a redelivered event finds its own incident and starts it again (idempotently).
    const id = `inc-${createHash("sha256").update(`${event.id}\n${slot}`).digest("hex").slice(0, 20)}`;
    const record = newIncident({
      id,
      now,
      source: "alarm",
      team: UNOWNED,
      summary: `${alarm.name}: ${alarm.reason || "in ALARM"}`,
      alarm,
      resource,
      slot,
      correlationId: event.id,
    });
    const { opened, incidentId } = await this.deps.incidents.open(record, slot, {
      at,
      step: "intake",
      message: `opened from ${alarm.name} (${alarm.namespace ?? "no metric"}/${alarm.metric ?? "-"}) on ${resourceKey(resource)}`,
      status: "OPEN",
    });
    if (opened) {
      await this.announcer().opened(record);
      return { outcome: "opened", incidentId };
    }
    if (incidentId === id) return { outcome: "opened", incidentId };
    await this.deps.incidents.attach(incidentId, "repeat", at);
    return { outcome: "attached", incidentId };
  }

  /** What the workflow should read before deciding: the resource's describe calls and the alarm's recent history. */
  private async begin(id: string) {
    const { record } = await requireIncident(this.deps.incidents, id);
    if (record.status === "RESOLVED") return { closed: true, calls: [], reason: "resolved meanwhile" };
    const calls = describeCalls(record.resource);
    const hasAlarm = record.alarm.name !== "manual";
    // A report that names an alarm but not its metric: read the alarm first; assess then reads again.
    if (hasAlarm && !record.alarm.namespace)
      calls.push({ call: "cloudwatch:describeAlarms", parameters: { AlarmNames: [record.alarm.name] } });
    if (hasAlarm)
      calls.push({
        call: "cloudwatch:describeAlarmHistory",
        parameters: { AlarmName: record.alarm.name, HistoryItemType: "StateUpdate", MaxRecords: 5 },
      });
    await this.deps.incidents.append(id, {
      at: this.deps.clock.now().toISOString(),
      step: "context",
      message: `reading ${calls.map((c) => c.call).join(", ") || "nothing (unknown resource)"}`,
    });
    return { closed: false, calls, reason: "" };
  }

  /** Context → runbook → guardrails, every verdict recorded with its reason. */
  private async assess(id: string, described: DescribeResult[]) {
    const now = this.deps.clock.now();
    const at = now.toISOString();
    const [{ record }, settings, killSwitch, modes] = await Promise.all([
      requireIncident(this.deps.incidents, id),
      this.deps.guardrails.settings(),
      this.deps.guardrails.killSwitch(),
      this.deps.guardrails.modes(),
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
        this.deps.incidents,
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
    const team = facts.tags[OWNER_TAG] ?? (record.team === UNOWNED ? UNOWNED : record.team);
    const decisions: GuardDecision[] = [];
    const decide = (guard: GuardDecision["guard"], outcome: GuardDecision["outcome"], reason: string) =>
      decisions.push({ guard, outcome, reason, at });

    const runbook = matchRunbook(record.alarm, record.resource, this.runbookList());
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
      decide(
        "mode",
        mode === setMode ? "pass" : "downgrade",
        `runbook mode ${setMode}, tier ${runbook.tier} → ${mode}`,
      );
      const missing = missingTags(runbook, facts.tags);
      if (missing.length) block("runbook", `the resource lacks the tags the runbook requires: ${missing.join(", ")}`);
      if (facts.tags[OPT_OUT_TAG] === "off") block("opt-out", `the resource is tagged ${OPT_OUT_TAG}=off`);
      const unmet = runbook.preconditions.map((p) => ({ p, why: p.failure(facts) })).filter((r) => r.why !== undefined);
      if (unmet.length) block("preconditions", unmet.map((u) => `${u.p.name}: ${u.why}`).join("; "));
      else decide("preconditions", "pass", runbook.preconditions.map((p) => p.name).join(", "));
      if (record.attempts >= settings.maxAttemptsPerIncident)
        block("attempts", `${record.attempts} of ${settings.maxAttemptsPerIncident} attempts used`);
      if (!blocked && (mode === "auto" || mode === "approval")) {
        const verdict = await this.admitBreaker(runbook.id, record, settings, now);
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
      this.deps.incidents,
      id,
      (current) => ({
        patch: {
          team,
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
      await this.announcer().publish(RemediationEvents.proposed, record, {
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

  private async admitBreaker(runbookId: string, record: IncidentRecord, settings: RemediationSettings, now: Date) {
    return await this.withBreaker(runbookId, (breaker) => {
      const verdict = breakerAdmits(breaker, settings, now);
      const next =
        verdict.next ?? (verdict.admits ? undefined : holdBack(breaker, record.id, resourceKey(record.resource), now));
      return { next: next === breaker ? undefined : next, value: verdict };
    });
  }

  /** Read–decide–write on a runbook's breaker; concurrent incidents retry on its version. */
  private async withBreaker<T>(
    runbookId: string,
    decide: (breaker: Breaker) => { next?: Breaker | undefined; value: T },
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const breaker = await this.deps.guardrails.breaker(runbookId);
      const { next, value } = decide(breaker);
      if (!next) return value;
      try {
        await this.deps.guardrails.saveBreaker({ ...next, version: breaker.version + 1 });
        return value;
      } catch (error) {
        if (!(isPlinthError(error) && error.code === "version_conflict") || attempt >= 30) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 5)));
      }
    }
  }

  private async awaitApproval(id: string, taskToken: string) {
    const now = this.deps.clock.now();
    const settings = await this.deps.guardrails.settings();
    const record = await changeIncident(
      this.deps.incidents,
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
      await this.announcer().publish(RemediationEvents.proposed, record, {
        runbookId: record.runbook.id,
        call: record.proposal.call,
        mode: "approval",
        reason: record.proposal.reason,
      });
    return { waiting: record.status === "AWAITING_APPROVAL" };
  }

  /**
   * The last gate before acting: the kill switch, cooldown and budgets are checked and taken in one
   * conditional transaction, so a kill switch turned on a moment ago stops this action.
   */
  private async start(id: string) {
    const now = this.deps.clock.now();
    const at = now.toISOString();
    const { record } = await requireIncident(this.deps.incidents, id);
    if (record.status === "RESOLVED") return { go: false, reason: "resolved meanwhile" };
    const proposal = record.proposal;
    const runbook = record.runbook ? runbookById(record.runbook.id, this.runbookList()) : undefined;
    if (!proposal || !runbook) return { go: false, reason: "nothing to do: no action was proposed" };
    const settings = await this.deps.guardrails.settings();
    const reservation = await this.deps.guardrails.reserve({
      team: record.team,
      resourceKey: resourceKey(record.resource),
      incidentId: id,
      now,
      settings,
    });
    if (!reservation.ok) {
      await changeIncident(
        this.deps.incidents,
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
      this.deps.incidents,
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
    await this.announcer().publish(RemediationEvents.started, acting, {
      runbookId: runbook.id,
      call: proposal.call,
      attempt,
    });
    return { go: true, call: proposal.call, parameters: proposal.parameters, reason: "" };
  }

  private async acted(id: string) {
    const now = this.deps.clock.now();
    const record = await changeIncident(
      this.deps.incidents,
      id,
      (current) => ({
        patch: { status: "VERIFYING" },
        entry: { step: "act", message: `${current.proposal?.call} accepted; verifying through the alarm` },
      }),
      now,
    );
    const runbook = record.runbook ? runbookById(record.runbook.id, this.runbookList()) : undefined;
    return { waitSeconds: runbook?.verify.waitSeconds ?? 300, alarmName: record.alarm.name };
  }

  private async actionFailed(id: string, reason: string) {
    const now = this.deps.clock.now();
    const record = await this.settleAction(id, "failed", reason, now);
    const settings = await this.deps.guardrails.settings();
    const retry = record.status !== "RESOLVED" && record.attempts < settings.maxAttemptsPerIncident;
    if (retry)
      await changeIncident(
        this.deps.incidents,
        id,
        () => ({ patch: { status: "OPEN" }, entry: { step: "act", message: "trying again from a fresh read" } }),
        now,
      );
    return { next: retry ? "retry" : "escalate", reason: `the action failed: ${reason}` };
  }

  /** The alarm after the wait: OK resolves; ALARM waits again (bounded), then counts as not healed. */
  private async verified(id: string, alarmState: string | undefined) {
    const now = this.deps.clock.now();
    const { record } = await requireIncident(this.deps.incidents, id);
    if (record.status === "RESOLVED") return { outcome: "closed", reason: "resolved meanwhile" };
    const runbook = record.runbook ? runbookById(record.runbook.id, this.runbookList()) : undefined;
    const polls = record.verifyPolls + 1;
    const maxPolls = runbook?.verify.polls ?? 1;
    if (alarmState === "OK") {
      await this.settleAction(id, "healed", `the alarm is OK after ${polls} check(s)`, now);
      const resolved = await resolveIncident(
        this.deps.incidents,
        id,
        { at: now.toISOString(), by: "plinth", how: "verified" },
        { message: `verified: ${record.alarm.name} is OK` },
        { verifyPolls: polls },
      );
      await this.announcer().resolved(resolved, "verified", "plinth");
      return { outcome: "resolved", reason: "verified" };
    }
    if (polls < maxPolls) {
      await changeIncident(
        this.deps.incidents,
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
      await this.settleAction(id, "unclear", why, now, false);
      return { outcome: "escalate", reason: why };
    }
    const why = `not healed: ${record.alarm.name} still in ALARM after ${polls} checks`;
    const settled = await this.settleAction(id, "not-healed", why, now);
    const settings = await this.deps.guardrails.settings();
    if (settled.attempts < settings.maxAttemptsPerIncident) {
      await changeIncident(
        this.deps.incidents,
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

  /** Ends the running action with its outcome, tells the breaker (unless unclear), publishes Succeeded or Failed. */
  private async settleAction(
    id: string,
    outcome: "healed" | "not-healed" | "failed" | "unclear",
    detail: string,
    now: Date,
    counts = true,
  ): Promise<IncidentRecord> {
    const record = await changeIncident(
      this.deps.incidents,
      id,
      (current) => ({
        patch: {
          actions: current.actions.map((a, i) =>
            i === current.actions.length - 1 && a.outcome === "running" ? { ...a, outcome, detail } : a,
          ),
        },
        entry: { step: outcome === "failed" ? "act" : "verify", message: `${outcome}: ${detail}` },
      }),
      now,
    );
    const runbookId = record.runbook?.id;
    const action = record.actions.at(-1);
    if (!runbookId || !action) return record;
    if (counts) await this.countOutcome(runbookId, id, outcome === "healed", now);
    if (outcome === "healed")
      await this.announcer().publish(RemediationEvents.succeeded, record, {
        runbookId,
        call: action.call,
        attempt: action.attempt,
      });
    else
      await this.announcer().publish(RemediationEvents.failed, record, {
        runbookId,
        call: action.call,
        attempt: action.attempt,
        reason: detail,
      });
    return record;
  }

  private async countOutcome(runbookId: string, incidentId: string, ok: boolean, now: Date) {
    const settings = await this.deps.guardrails.settings();
    await this.withBreaker(runbookId, (breaker) => ({
      next: recordOutcome(breaker, { incidentId, ok }, settings, now),
      value: undefined,
    }));
  }

  /** Hands the incident to a human with everything Plinth saw and did. */
  private async escalate(id: string, reason: string, error: z.infer<typeof Failure> | null) {
    const now = this.deps.clock.now();
    const why = error
      ? `${reason ? `${reason}; ` : ""}workflow error ${error.Error}: ${error.Cause}`
      : reason || "no automatic remediation applies";
    const { record: before } = await requireIncident(this.deps.incidents, id);
    if (before.status === "RESOLVED" || before.status === "ESCALATED")
      return { escalated: false, status: before.status };
    if (before.actions.at(-1)?.outcome === "running") await this.settleAction(id, "unclear", why, now, false);
    const record = await changeIncident(
      this.deps.incidents,
      id,
      () => ({
        patch: { status: "ESCALATED", escalation: { at: now.toISOString(), reason: why } },
        entry: { step: "escalate", message: why },
      }),
      now,
    );
    const { timeline } = await requireIncident(this.deps.incidents, id);
    await this.announcer().publish(RemediationEvents.escalated, record, {
      reason: why,
      ...(record.runbook ? { runbookId: record.runbook.id } : {}),
      attempts: record.attempts,
      actions: record.actions.map((a) => ({ call: a.call, outcome: a.outcome })),
      lastSteps: timeline.slice(-6).map((t) => `${t.at} ${t.step}: ${t.message}`),
    });
    return { escalated: true, status: record.status };
  }

  /** The facts this incident's steps announce. */
  private announcer(): IncidentAnnouncer {
    return new IncidentAnnouncer(this.deps);
  }

  /** The runbooks this platform answers alarms with (tests pass their own). */
  private runbookList(): readonly Runbook[] {
    return this.deps.runbooks ?? runbooks;
  }
}

export function newIncident(input: {
  id: string;
  now: Date;
  source: "alarm" | "manual";
  team: string;
  summary: string;
  alarm: IncidentRecord["alarm"];
  resource: ResourceRef;
  slot: string;
  correlationId: string;
  reportedBy?: string;
}): IncidentRecord {
  const at = input.now.toISOString();
  return {
    id: input.id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    status: "OPEN",
    source: input.source,
    team: input.team,
    summary: input.summary,
    ...(input.reportedBy ? { reportedBy: input.reportedBy } : {}),
    alarm: input.alarm,
    resource: input.resource,
    correlationId: input.correlationId,
    slot: input.slot,
    decisions: [],
    attempts: 0,
    verifyPolls: 0,
    actions: [],
  };
}

function metricOfAlarm(described: DescribeResult | undefined) {
  const parsed = z
    .object({
      MetricAlarms: z
        .array(
          z.object({
            Namespace: z.string(),
            MetricName: z.string(),
            Dimensions: z.array(z.object({ Name: z.string(), Value: z.string() })).default([]),
          }),
        )
        .min(1),
    })
    .safeParse(described?.result);
  const alarm = parsed.success ? parsed.data.MetricAlarms[0] : undefined;
  if (!alarm) return undefined;
  return {
    namespace: alarm.Namespace,
    metric: alarm.MetricName,
    dimensions: Object.fromEntries(alarm.Dimensions.map((d) => [d.Name, d.Value])),
  };
}

function alarmHistoryOf(described: DescribeResult | undefined): { at: string; summary: string }[] {
  const parsed = z
    .object({ AlarmHistoryItems: z.array(z.object({ Timestamp: z.string(), HistorySummary: z.string() })).default([]) })
    .safeParse(described?.result ?? {});
  return parsed.success
    ? parsed.data.AlarmHistoryItems.map((h) => ({ at: h.Timestamp, summary: h.HistorySummary }))
    : [];
}

function factSummary(facts: ResourceFacts): Record<string, unknown> {
  const { tags: _tags, deployments: _deployments, versions: _versions, ...rest } = facts;
  return rest;
}
