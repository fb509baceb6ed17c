import { createHash, randomUUID } from "node:crypto";
import type { z } from "zod";
import { belongsTo, type Caller, hasRole, isAdmin, type Role } from "../caller";
import type { Clock } from "../clock";
import { fail } from "../errors";
import type { EventPublisher } from "../events";
import type { WorkflowRunner } from "../provisioning/ports";
import { canonical } from "../provisioning/request";
import { parseInput } from "../schema";
import type { ResourceRef } from "./alarm";
import { IncidentAnnouncer } from "./announcer";
import { type Breaker, failureShare, hourOf, type RemediationSettings, RemediationSettingsPatch } from "./guardrails";
import { Comment, type Incident, IncidentQuery, ManualReport } from "./incident";
import type { GuardrailStore, IncidentStore, KillSwitch, StoredIncident } from "./ports";
import { changeIncident, requireIncident, resolveIncident, slotOf } from "./record";
import { effectiveMode, modeChangeRefusal, type Runbook, type RunbookMode, runbookById, runbooks } from "./runbooks";
import { newIncident, UNOWNED } from "./steps";
import { KillSwitchChange, type RemediationStatus, RunbookModeChange, type RunbookView } from "./views";

export interface RemediationDeps {
  incidents: IncidentStore;
  guardrails: GuardrailStore;
  workflows: WorkflowRunner;
  /** Where the incidents the API opens or resolves by hand are announced. */
  events: EventPublisher;
  clock: Clock;
  /** Where incidents reported by hand say their resources live. */
  account: string;
  region: string;
  runbooks?: readonly Runbook[];
}

/** The remediation API's use cases: incidents, approvals, runbook modes, guardrail state. */
export class RemediationService {
  private readonly runbooks: readonly Runbook[];

  constructor(private readonly deps: RemediationDeps) {
    this.runbooks = deps.runbooks ?? runbooks;
  }

  /**
   * A human reports a problem. Like an alarm, it lands on the open incident for the same alarm and
   * resource if there is one; otherwise it opens one and starts the remediation workflow, which
   * treats it exactly as an alarm (an incident with no alarm to verify against stays notify-only).
   */
  async report(body: unknown, caller: Caller, options: { idempotencyKey?: string | undefined; correlationId: string }) {
    const input = parseInput(ManualReport, body, "body");
    this.require(caller, "developer", "report an incident");
    const team = input.team ?? (caller.teams.length === 1 ? caller.teams[0] : undefined);
    if (!team || !belongsTo(caller, team))
      fail("forbidden", team ? `you are not a member of team ${team}` : "say which of your teams this is for", [
        { field: "body.team", message: `one of ${caller.teams.join(", ") || "(none)"}` },
      ]);
    const now = this.deps.clock.now();
    const resource: ResourceRef = input.resource
      ? { ...input.resource, account: this.deps.account, region: this.deps.region }
      : {
          type: "unknown",
          id: input.alarmName ?? `report-${randomUUID().slice(0, 8)}`,
          account: this.deps.account,
          region: this.deps.region,
        };
    const alarm = { name: input.alarmName ?? "manual", dimensions: {}, state: "ALARM" as const, reason: input.summary };
    const bodyHash = createHash("sha256").update(canonical(input)).digest("hex");
    const key = options.idempotencyKey;
    const id = `inc-${createHash("sha256")
      .update(key ? `${team}\n${caller.sub}\n${key}` : randomUUID())
      .digest("hex")
      .slice(0, 20)}`;
    const claim = key ? `${team}#${caller.sub}#${key}` : undefined;
    if (claim) {
      const claimed = await this.deps.incidents.claimKey(claim, bodyHash, id);
      if (claimed.bodyHash !== bodyHash)
        fail(
          "idempotency_key_reused",
          `Idempotency-Key "${key}" was used for a different report (${claimed.incidentId})`,
          [{ field: "header.idempotency-key", message: "already used with another body; use a new key" }],
        );
      if (!claimed.claimed) {
        const earlier = await this.deps.incidents.get(claimed.incidentId);
        if (!earlier)
          fail("conflict", `a report with Idempotency-Key "${key}" is still being taken in; retry in a moment`);
        // The first answer again: "opened" when the report opened this incident, else "joined".
        return { incident: incidentView(earlier), created: earlier.record.id === id, replayed: true };
      }
    }
    const record = newIncident({
      id,
      now,
      source: "manual",
      team,
      summary: input.summary,
      alarm,
      slot: slotOf({ alarm, resource }),
      resource,
      correlationId: options.correlationId,
      reportedBy: caller.sub,
    });
    const { opened, incidentId } = await this.deps.incidents.open(record, record.slot, {
      at: now.toISOString(),
      step: "intake",
      message: `reported by ${caller.sub}: ${input.summary}`,
      status: "OPEN",
      actor: caller.sub,
    });
    if (!opened) {
      await this.deps.incidents.attach(incidentId, "repeat", now.toISOString());
      await this.deps.incidents.append(incidentId, {
        at: now.toISOString(),
        step: "repeat",
        message: `also reported by ${caller.sub}: ${input.summary}`,
        actor: caller.sub,
      });
      if (claim) await this.deps.incidents.bindKey(claim, bodyHash, incidentId);
      return {
        incident: incidentView(await requireIncident(this.deps.incidents, incidentId)),
        created: false,
        replayed: false,
      };
    }
    await new IncidentAnnouncer(this.deps).opened(record);
    const executionArn = await this.deps.workflows.start("Remediation", id, { incidentId: id });
    await changeIncident(this.deps.incidents, id, () => ({ patch: { executionArn } }), now);
    return { incident: incidentView(await requireIncident(this.deps.incidents, id)), created: true, replayed: false };
  }

  async get(id: string, caller: Caller): Promise<Incident> {
    return incidentView(await this.visible(id, caller));
  }

  async list(query: z.input<typeof IncidentQuery>, caller: Caller) {
    const q = parseInput(IncidentQuery, query, "query");
    const team = q.team ?? (caller.teams.length === 1 ? caller.teams[0] : isAdmin(caller) ? UNOWNED : undefined);
    if (!team)
      fail("invalid_parameter", "say which team to list", [
        { field: "query.team", message: `required: you belong to ${caller.teams.join(", ") || "no team"}` },
      ]);
    if (!this.sees(caller, team)) return { items: [] };
    const page = await this.deps.incidents.list({ ...q, team });
    // A list answers summaries (the schema says so): the timeline, context and decisions are on GET /v1/incidents/{id}.
    const items = page.items.map((stored) => {
      const { timeline: _timeline, context: _context, decisions: _decisions, ...summary } = incidentView(stored);
      return summary;
    });
    return { items, ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async acknowledge(id: string, caller: Caller): Promise<Incident> {
    await this.visible(id, caller);
    this.require(caller, "developer", "acknowledge an incident");
    const now = this.deps.clock.now();
    await changeIncident(
      this.deps.incidents,
      id,
      (current) =>
        current.acknowledged
          ? undefined
          : {
              patch: { acknowledged: { by: caller.sub, at: now.toISOString() } },
              entry: { step: "acknowledge", message: `${caller.sub} is looking at it`, actor: caller.sub },
            },
      now,
    );
    return this.get(id, caller);
  }

  /** Closes the incident by hand; a pending approval is withdrawn so the workflow ends without acting. */
  async resolve(id: string, caller: Caller, body: unknown): Promise<Incident> {
    const { comment } = parseInput(Comment, body ?? {}, "body");
    const { record } = await this.visible(id, caller);
    this.require(caller, "developer", "resolve an incident");
    if (record.status === "RESOLVED") return this.get(id, caller);
    if (record.status === "ACTING")
      fail("conflict", "an action is running; resolve once it has been verified or escalated");
    const now = this.deps.clock.now();
    const resolved = await resolveIncident(
      this.deps.incidents,
      id,
      { at: now.toISOString(), by: caller.sub, how: "manual", ...(comment ? { comment } : {}) },
      { message: `resolved by ${caller.sub}${comment ? `: ${comment}` : ""}`, actor: caller.sub },
    );
    const token = record.status === "AWAITING_APPROVAL" ? record.approval?.taskToken : undefined;
    if (token)
      await this.deps.workflows.failTask(token, "Plinth.Resolved", `resolved by ${caller.sub}`).catch(() => undefined);
    await new IncidentAnnouncer(this.deps).resolved(resolved, "manual", caller.sub);
    return this.get(id, caller);
  }

  async approve(id: string, caller: Caller, body: unknown): Promise<Incident> {
    return await this.decide(id, caller, "approved", parseInput(Comment, body ?? {}, "body").comment);
  }

  async reject(id: string, caller: Caller, body: unknown): Promise<Incident> {
    return await this.decide(id, caller, "rejected", parseInput(Comment, body ?? {}, "body").comment);
  }

  private async decide(id: string, caller: Caller, decision: "approved" | "rejected", comment: string | undefined) {
    const { record } = await this.visible(id, caller);
    this.require(caller, "approver", decision === "approved" ? "approve a remediation" : "reject a remediation");
    if (!isAdmin(caller) && !caller.teams.includes(record.team))
      fail("forbidden", `only approvers of ${record.team}, which owns the resource, decide`);
    if (record.reportedBy === caller.sub)
      fail("self_approval", `you reported ${id}; another approver of ${record.team} must decide`);
    const token = record.status === "AWAITING_APPROVAL" ? record.approval?.taskToken : undefined;
    if (!token) fail("conflict", `a ${record.status} incident is not waiting for an approval`);
    const now = this.deps.clock.now();
    await changeIncident(
      this.deps.incidents,
      id,
      (current) => ({
        patch: {
          ...(current.approval
            ? { approval: { ...current.approval, decidedBy: caller.sub, decision, ...(comment ? { comment } : {}) } }
            : {}),
          decisions: [
            ...current.decisions,
            {
              guard: "approval",
              outcome: decision === "approved" ? "pass" : "block",
              reason: `${decision} by ${caller.sub}${comment ? `: ${comment}` : ""}`,
              at: now.toISOString(),
            },
          ],
        },
        entry: {
          step: "approval",
          message: `${decision} by ${caller.sub}${comment ? `: ${comment}` : ""}`,
          actor: caller.sub,
        },
      }),
      now,
    );
    if (decision === "approved") await this.deps.workflows.succeedTask(token, { approvedBy: caller.sub });
    else
      await this.deps.workflows.failTask(
        token,
        "Plinth.Rejected",
        `rejected by ${caller.sub}${comment ? `: ${comment}` : ""}`,
      );
    return this.get(id, caller);
  }

  async listRunbooks(): Promise<RunbookView[]> {
    const [modes, killSwitch] = await Promise.all([this.deps.guardrails.modes(), this.deps.guardrails.killSwitch()]);
    return this.runbooks.map((runbook) => runbookView(runbook, modes[runbook.id], killSwitch.on));
  }

  async getRunbook(id: string): Promise<RunbookView> {
    const runbook = runbookById(id, this.runbooks) ?? fail("not_found", `no runbook ${id}`);
    const [modes, killSwitch] = await Promise.all([this.deps.guardrails.modes(), this.deps.guardrails.killSwitch()]);
    return runbookView(runbook, modes[id], killSwitch.on);
  }

  /** Admins roll a runbook out one rung at a time (shadow → approval → auto) and may back off at once. */
  async setMode(id: string, body: unknown, caller: Caller): Promise<RunbookView> {
    const runbook = runbookById(id, this.runbooks) ?? fail("not_found", `no runbook ${id}`);
    if (!isAdmin(caller)) fail("forbidden", "only the platform team (admin) changes a runbook's mode");
    const { mode } = parseInput(RunbookModeChange, body, "body");
    const current = (await this.deps.guardrails.modes())[id]?.mode ?? runbook.defaultMode;
    const refusal = modeChangeRefusal(current, mode);
    if (refusal) fail("conflict", refusal, [{ field: "body.mode", message: refusal }]);
    await this.deps.guardrails.setMode(id, { mode, by: caller.sub, at: this.deps.clock.now().toISOString() });
    return this.getRunbook(id);
  }

  async status(caller: Caller): Promise<RemediationStatus> {
    const now = this.deps.clock.now();
    const [settings, killSwitch, usage, breakers] = await Promise.all([
      this.deps.guardrails.settings(),
      this.deps.guardrails.killSwitch(),
      this.deps.guardrails.usage(now),
      this.deps.guardrails.breakers(),
    ]);
    const teams = isAdmin(caller) ? Object.keys(usage.teams) : caller.teams;
    return {
      killSwitch,
      settings,
      budgets: {
        hour: hourOf(now),
        global: { used: usage.global, limit: settings.globalActionsPerHour },
        teams: Object.fromEntries(
          teams.map((t) => [t, { used: usage.teams[t] ?? 0, limit: settings.teamActionsPerHour }]),
        ),
      },
      breakers: breakers.map((b) => breakerView(b)),
    };
  }

  async setKillSwitch(body: unknown, caller: Caller): Promise<KillSwitch> {
    if (!isAdmin(caller)) fail("forbidden", "only the platform team (admin) turns the kill switch");
    const { on, reason } = parseInput(KillSwitchChange, body, "body");
    const state = { on, by: caller.sub, at: this.deps.clock.now().toISOString(), ...(reason ? { reason } : {}) };
    await this.deps.guardrails.setKillSwitch(state);
    return state;
  }

  async updateSettings(body: unknown, caller: Caller): Promise<RemediationSettings> {
    if (!isAdmin(caller)) fail("forbidden", "only the platform team (admin) changes the guardrails");
    const patch = parseInput(RemediationSettingsPatch, body, "body");
    const next = { ...(await this.deps.guardrails.settings()), ...patch };
    await this.deps.guardrails.saveSettings(next);
    return next;
  }

  private sees(caller: Caller, team: string) {
    return isAdmin(caller) || caller.teams.includes(team);
  }

  private async visible(id: string, caller: Caller): Promise<StoredIncident> {
    const stored = await this.deps.incidents.get(id);
    if (!stored || !this.sees(caller, stored.record.team)) fail("not_found", `no incident ${id}`);
    return stored;
  }

  private require(caller: Caller, role: Role, action: string) {
    if (!hasRole(caller, role)) fail("forbidden", `you need the ${role} role to ${action}`);
  }
}

export function incidentView(stored: StoredIncident): Incident {
  const { approval, ...record } = stored.record;
  const { taskToken: _token, ...visibleApproval } = approval ?? { requestedAt: "", expiresAt: "" };
  return {
    ...record,
    ...(approval ? { approval: visibleApproval } : {}),
    occurrences: stored.occurrences,
    lastOccurrenceAt: stored.lastOccurrenceAt,
    ...(stored.alarmOkAt ? { alarmOkAt: stored.alarmOkAt } : {}),
    timeline: stored.timeline,
  };
}

function runbookView(
  runbook: Runbook,
  setting: { mode: RunbookMode; by: string; at: string } | undefined,
  killSwitch: boolean,
) {
  const mode = setting?.mode ?? runbook.defaultMode;
  return {
    id: runbook.id,
    version: runbook.version,
    title: runbook.title,
    description: runbook.description,
    match: {
      resourceType: runbook.match.resourceType,
      namespace: runbook.match.namespace,
      metrics: [...runbook.match.metrics],
      ...(runbook.match.resourceIdPattern ? { resourceIdPattern: runbook.match.resourceIdPattern.source } : {}),
      ...(runbook.match.tags ? { tags: { ...runbook.match.tags } } : {}),
      ...(runbook.match.deployment ? { deployment: true } : {}),
    },
    tier: runbook.tier,
    mode,
    ...(setting ? { modeSetBy: { by: setting.by, at: setting.at } } : {}),
    effectiveMode: effectiveMode(runbook.tier, mode, killSwitch),
    preconditions: runbook.preconditions.map((p) => ({ name: p.name, description: p.description })),
    action: runbook.action.summary,
    verify: runbook.verify,
    undo: runbook.undo.summary,
  };
}

function breakerView(breaker: Breaker) {
  return {
    runbookId: breaker.runbookId,
    state: breaker.state,
    ...(breaker.openedAt ? { openedAt: breaker.openedAt } : {}),
    failureShare: Math.round(failureShare(breaker) * 100) / 100,
    recent: breaker.outcomes.length,
    heldBack: breaker.heldBack,
  };
}
