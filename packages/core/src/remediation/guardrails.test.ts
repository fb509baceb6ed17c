import { describe, expect, it } from "vitest";
import { breakerAdmits, closedBreaker, defaultRemediationSettings, holdBack, recordOutcome } from "./guardrails";
import { assertIncidentTransition, IncidentStatuses, IncidentTransitions } from "./incident";

const settings = {
  ...defaultRemediationSettings,
  breakerWindow: 6,
  breakerMinSamples: 4,
  breakerFailureShare: 0.5,
  breakerOpenMinutes: 30,
};
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 10, minutes));

describe("the circuit breaker", () => {
  it("stays closed below the minimum samples, opens at the failure share, and says why it holds back", () => {
    let breaker = closedBreaker("ecs-scale-out");
    for (const [i, ok] of [false, false, false].entries())
      breaker = recordOutcome(breaker, { incidentId: `i${i}`, ok }, settings, t(i));
    expect(breaker.state).toBe("closed");
    breaker = recordOutcome(breaker, { incidentId: "i3", ok: true }, settings, t(3));
    expect(breaker).toMatchObject({ state: "open", openedAt: t(3).toISOString() });
    const verdict = breakerAdmits(breaker, settings, t(10));
    expect(verdict.admits).toBe(false);
    expect(verdict.reason).toMatch(
      /^open since .*: 75% of recent actions failed; next trial at 2026-11-23T10:33:00.000Z$/,
    );
    breaker = holdBack(holdBack(breaker, "i9", "ecs-service/prod/api", t(10)), "i9", "ecs-service/prod/api", t(11));
    expect(breaker.heldBack).toEqual([{ incidentId: "i9", resource: "ecs-service/prod/api", at: t(10).toISOString() }]);
  });

  it("lets one trial through after the open time; success closes it, failure reopens it", () => {
    let breaker = closedBreaker("r");
    for (let i = 0; i < 4; i++) breaker = recordOutcome(breaker, { incidentId: `i${i}`, ok: false }, settings, t(0));
    const trial = breakerAdmits(breaker, settings, t(31));
    expect(trial).toMatchObject({ admits: true, next: { state: "half-open" } });
    const halfOpen = trial.next ?? breaker;
    expect(breakerAdmits(halfOpen, settings, t(31)).admits).toBe(false);
    expect(recordOutcome(halfOpen, { incidentId: "trial", ok: true }, settings, t(32))).toMatchObject({
      state: "closed",
      outcomes: [],
    });
    expect(recordOutcome(halfOpen, { incidentId: "trial", ok: false }, settings, t(32))).toMatchObject({
      state: "open",
      openedAt: t(32).toISOString(),
    });
  });

  it("forgets outcomes beyond its window", () => {
    let breaker = closedBreaker("r");
    for (let i = 0; i < 10; i++) breaker = recordOutcome(breaker, { incidentId: `i${i}`, ok: true }, settings, t(i));
    expect(breaker.outcomes.map((o) => o.incidentId)).toEqual(["i4", "i5", "i6", "i7", "i8", "i9"]);
  });
});

describe("the incident lifecycle", () => {
  it("allows exactly the listed transitions, and nothing leaves RESOLVED", () => {
    for (const from of IncidentStatuses)
      for (const to of IncidentStatuses) {
        const legal = from === to || IncidentTransitions[from].includes(to);
        if (legal) expect(() => assertIncidentTransition(from, to)).not.toThrow();
        else expect(() => assertIncidentTransition(from, to), `${from} → ${to}`).toThrow(/conflict/);
      }
    expect(IncidentTransitions.RESOLVED).toEqual([]);
    expect(IncidentTransitions.ESCALATED).toEqual(["RESOLVED"]);
  });
});
