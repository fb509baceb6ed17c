import { isPlinthError } from "../../errors";
import { resourceKey } from "../alarm";
import { IncidentAnnouncer } from "../announcer";
import { RemediationEvents } from "../events";
import { type Breaker, breakerAdmits, holdBack, type RemediationSettings, recordOutcome } from "../guardrails";
import type { IncidentRecord } from "../incident";
import { changeIncident } from "../record";
import { type Runbook, runbooks } from "../runbooks";
import type { RemediationStepDeps } from "./shared";

/** What every RemediationSteps handler shares: the dependencies and the helpers over them. */
export class RemediationStepContext {
  constructor(readonly deps: RemediationStepDeps) {}

  async admitBreaker(runbookId: string, record: IncidentRecord, settings: RemediationSettings, now: Date) {
    return await this.withBreaker(runbookId, (breaker) => {
      const verdict = breakerAdmits(breaker, settings, now);
      const next =
        verdict.next ?? (verdict.admits ? undefined : holdBack(breaker, record.id, resourceKey(record.resource), now));
      return { next: next === breaker ? undefined : next, value: verdict };
    });
  }

  /** Read–decide–write on a runbook's breaker; concurrent incidents retry on its version. */
  async withBreaker<T>(
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

  /** Ends the running action with its outcome, tells the breaker (unless unclear), publishes Succeeded or Failed. */
  async settleAction(
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

  async countOutcome(runbookId: string, incidentId: string, ok: boolean, now: Date) {
    const settings = await this.deps.guardrails.settings();
    await this.withBreaker(runbookId, (breaker) => ({
      next: recordOutcome(breaker, { incidentId, ok }, settings, now),
      value: undefined,
    }));
  }

  /** The facts this incident's steps announce. */
  announcer(): IncidentAnnouncer {
    return new IncidentAnnouncer(this.deps);
  }

  /** The runbooks this platform answers alarms with (tests pass their own). */
  runbookList(): readonly Runbook[] {
    return this.deps.runbooks ?? runbooks;
  }
}
