import { describe, expect, it } from "vitest";
import type { DeploymentRecord } from "../delivery/deployments";
import { linkDeployment, rollbackDeployment, stillDeployed } from "./deployment-link";
import { factsOf, type ResourceFacts } from "./resource-facts";
import { matchRunbook, runbookById } from "./runbooks";

const base = Date.parse("2026-11-02T12:00:00Z");
const minutes = (m: number) => new Date(base + m * 60_000).toISOString();
const alarmAt = new Date(base);

function deployment(
  id: number,
  sha: string,
  created: number,
  end: { finished?: number; state?: DeploymentRecord["state"]; environment?: string } = {},
): DeploymentRecord {
  const state = end.state ?? "success";
  const finished = ["success", "failure", "error"].includes(state) ? (end.finished ?? created + 5) : undefined;
  return {
    id,
    pipelineId: "pl-0",
    serviceId: "checkout",
    team: "payments",
    repository: { owner: "acme", name: "checkout" },
    environment: end.environment ?? "production",
    sha,
    ref: "main",
    runId: 1000 + id,
    runAttempt: 1,
    state,
    ...(finished !== undefined ? { outcome: state as "success", finishedAt: minutes(finished) } : {}),
    statusId: 1,
    createdAt: minutes(created),
    startedAt: minutes(created + 1),
    version: 1,
    recordedAt: minutes(created),
  };
}

describe("linking an incident to the deployment before its alarm", () => {
  it("takes the newest production deployment that finished within the window, and the other commit before it", () => {
    const history = [
      deployment(1, "aaa", -300),
      deployment(2, "bbb", -120),
      deployment(3, "bbb", -100, { environment: "staging" }),
      deployment(4, "ccc", -50, { finished: -40 }),
      deployment(5, "ccc", -20, { environment: "staging" }),
    ];
    const linked = linkDeployment(history, alarmAt, 60);
    expect(linked).toMatchObject({
      id: 4,
      sha: "ccc",
      environment: "production",
      state: "success",
      minutesBeforeAlarm: 40,
      previous: { id: 2, sha: "bbb", runId: 1002 },
    });
    expect(linkDeployment(history, alarmAt, 30)).toBeUndefined();
  });

  it("links a deployment still deploying when the alarm fires (GitHub may report it done later)", () => {
    const history = [deployment(1, "aaa", -300), deployment(2, "bbb", -3, { state: "in_progress" })];
    expect(linkDeployment(history, alarmAt, 60)).toMatchObject({ id: 2, state: "in_progress", previous: { id: 1 } });
  });

  it("never links a failed deployment, one waiting at the gate, or one that started after the alarm", () => {
    const history = [
      deployment(1, "aaa", -300),
      deployment(2, "bbb", -30, { state: "failure" }),
      deployment(3, "ccc", -10, { state: "waiting" }),
      deployment(4, "ddd", 5),
    ];
    expect(linkDeployment(history, alarmAt, 60)).toBeUndefined();
  });

  it("skips earlier deployments of the same commit when it looks for what a rollback puts back", () => {
    const history = [deployment(1, "aaa", -300), deployment(2, "bbb", -200), deployment(3, "bbb", -20)];
    expect(linkDeployment(history, alarmAt, 60)?.previous).toMatchObject({ id: 1, sha: "aaa" });
    expect(linkDeployment([deployment(1, "bbb", -20)], alarmAt, 60)?.previous).toBeUndefined();
  });

  it("knows when a newer deployment replaced it, and finds the deployment a rollback made", () => {
    const history = [deployment(1, "aaa", -300), deployment(2, "bbb", -20)];
    const linked = linkDeployment(history, alarmAt, 60);
    if (!linked) throw new Error("expected a link");
    expect(stillDeployed(history, linked)).toBe(true);
    const rolledBack = [...history, deployment(3, "aaa", 10)];
    expect(stillDeployed(rolledBack, linked)).toBe(false);
    expect(stillDeployed([...history, deployment(3, "ccc", 10, { state: "in_progress" })], linked)).toBe(true);
    expect(rollbackDeployment(rolledBack, { sha: "aaa", environment: "production" }, minutes(0))?.id).toBe(3);
    expect(rollbackDeployment(history, { sha: "aaa", environment: "production" }, minutes(0))).toBeUndefined();
  });
});

describe("the rollback-deployment runbook", () => {
  const alarm = {
    name: "checkout-cpu",
    namespace: "AWS/ECS",
    metric: "CPUUtilization",
    dimensions: { ClusterName: "prod", ServiceName: "checkout" },
    state: "ALARM" as const,
    reason: "",
  };
  const resource = { type: "ecs-service" as const, id: "prod/checkout", account: "1", region: "eu-west-1" };
  const rollback = runbookById("rollback-deployment");

  it("answers any alarm of an incident linked to a deployment, before the resource's own runbook", () => {
    expect(matchRunbook(alarm, resource, undefined, true)?.id).toBe("rollback-deployment");
    expect(matchRunbook(alarm, resource)?.id).toBe("ecs-scale-out");
    expect(matchRunbook({ ...alarm, namespace: "Custom/App", metric: "Latency" }, resource, undefined, true)?.id).toBe(
      "rollback-deployment",
    );
    expect(rollback).toMatchObject({ tier: "approval", defaultMode: "approval", verify: { deployment: true } });
  });

  it("holds only with a previous commit from a workflow run, while the linked deployment still runs", () => {
    const linked = linkDeployment([deployment(1, "aaa", -300), deployment(2, "bbb", -20)], alarmAt, 60);
    const facts: ResourceFacts = { ...factsOf([]), tags: { "plinth:service": "checkout" }, linkedDeployment: linked };
    const failures = (f: ResourceFacts) =>
      rollback?.preconditions.flatMap((p) => {
        const why = p.failure(f);
        return why ? [`${p.name}: ${why}`] : [];
      });
    expect(failures({ ...facts, linkedDeploymentCurrent: true })).toEqual([]);
    expect(failures({ ...facts, linkedDeploymentCurrent: false })).toEqual([
      "still-deployed: a newer production deployment replaced bbb",
    ]);
    expect(failures({ ...factsOf([]), linkedDeploymentCurrent: false })?.[0]).toMatch(/^linked-deployment:/);
    expect(rollback?.action.build(resource, { ...facts, linkedDeploymentCurrent: true })).toEqual({
      call: "plinth:rollbackDeployment",
      parameters: {
        serviceId: "checkout",
        pipelineId: "pl-0",
        environment: "production",
        fromDeployment: 2,
        fromSha: "bbb",
        toDeployment: 1,
        sha: "aaa",
        runId: 1001,
        runAttempt: 1,
      },
    });
  });
});
