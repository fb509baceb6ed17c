import { describe, expect, it } from "vitest";
import type { DeploymentRecord } from "./deployments";
import { doraOf, quantile } from "./dora";

const base = Date.parse("2026-11-02T00:00:00Z");
const hours = (h: number) => new Date(base + h * 3_600_000).toISOString();
let next = 1;
function deployment(
  sha: string,
  finishedHour: number,
  outcome: "success" | "failure",
  commitHour?: number,
): DeploymentRecord {
  return {
    id: next++,
    pipelineId: "pl-0",
    serviceId: "checkout",
    team: "payments",
    repository: { owner: "acme", name: "checkout" },
    environment: "production",
    sha,
    ref: "main",
    state: outcome,
    outcome,
    statusId: 1,
    createdAt: hours(finishedHour - 1),
    finishedAt: hours(finishedHour),
    ...(commitHour === undefined ? {} : { commitAt: hours(commitHour) }),
    version: 1,
    recordedAt: hours(finishedHour),
  };
}

describe("DORA from production deployments", () => {
  it("computes the five metrics, each with the deployments behind it", () => {
    // a ok (lead 2 h) · b ok (lead 10 h) · c fails · d ok (fix, lead 1 h) · e ok (lead 4 h) · a again: rollback of e
    const a = deployment("a", 10, "success", 8);
    const b = deployment("b", 30, "success", 20);
    const c = deployment("c", 50, "failure", 45);
    const d = deployment("d", 53, "success", 52);
    const e = deployment("e", 80, "success", 76);
    const back = deployment("a", 82, "success", 8);
    const dora = doraOf([back, e, d, c, b, a], { from: hours(0), to: hours(24 * 7) }, { service: "checkout" });

    expect(dora.deploymentFrequency).toEqual({ deployments: 5, perWeek: 5, ids: [a.id, b.id, d.id, e.id, back.id] });
    // Lead times 2, 10, 1, 4, 74 hours: median 4, p90 74.
    expect(dora.changeLeadTime).toMatchObject({ medianHours: 4, p90Hours: 74, samples: 5 });
    // c failed; e was rolled back by the redeploy of a.
    expect(dora.changeFailRate).toEqual({ failed: 2, total: 6, rate: 0.33, ids: [c.id, e.id] });
    // c → d: 3 hours; e → the rollback: 2 hours. The median of two by nearest rank is the lower.
    expect(dora.recoveryTime).toEqual({ medianHours: 2, samples: 2, ids: [c.id, e.id] });
    // d came right after a failure; the rollback put an earlier commit back.
    expect(dora.reworkRate).toEqual({ rework: 2, total: 6, rate: 0.33, ids: [d.id, back.id] });
    expect(dora.weeks).toEqual([{ start: hours(0), deployments: 5, failed: 2, medianLeadHours: 4 }]);
  });

  it("counts an incident's deployment as failed, and only deployments finished in the window", () => {
    const old = deployment("x", -5, "success", -6);
    const kept = deployment("y", 5, "success", 3);
    const dora = doraOf([old, kept], { from: hours(0), to: hours(24) }, { team: "payments" }, new Set([kept.id]));
    expect(dora.deploymentFrequency.deployments).toBe(1);
    expect(dora.changeFailRate).toMatchObject({ failed: 1, total: 1, rate: 1, ids: [kept.id] });
    expect(dora.recoveryTime.samples).toBe(0);
  });

  it("answers nulls, not zeros, when nothing was deployed", () => {
    const dora = doraOf([], { from: hours(0), to: hours(24) }, { service: "idle" });
    expect(dora.changeLeadTime.medianHours).toBeNull();
    expect(dora.changeFailRate.rate).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
  });
});
