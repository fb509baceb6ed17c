import { describe, expect, it } from "vitest";
import { deliveryHarness } from "./support/delivery";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";
import { fleetResource } from "./support/remediation";

// Issue 29, part 5: a deployment that breaks production heals through remediation. The world is the
// stand-ins': the GitHub runner deploys the real workflow, an ECS service in the fleet runs whatever
// production was last given (a commit marked bad makes its CPU alarm fire), CloudWatch evaluates the
// alarm. Everything from the alarm on is Plinth: the incident is linked to the deployment, the
// rollback-deployment runbook asks an approver, reruns the previous run's production job, the gate
// takes that approval, and verification waits for the deployment and the alarm.
const harness = useLocalCloud("rbk", { timeScale: 0.001 });
const { cloud, call, poll } = harness;
const { activePipeline } = deliveryHarness(harness);

const approvalFor = (service: string, sha: string) =>
  poll(
    "/v1/deployment-approvals",
    (list) => list.items?.some((a: Body) => a.serviceId === service && a.sha === sha && a.decidable),
    "BOB",
    30_000,
  ).then((list) => list.items.find((a: Body) => a.serviceId === service && a.sha === sha));

async function approveProduction(service: string, sha: string) {
  const gate = await approvalFor(service, sha);
  const approved = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
    sha,
    environment: "production",
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return await poll(
    `/v1/services/${service}/deployments?environment=production`,
    (list) => list.items?.some((d: Body) => d.sha === sha && d.state === "success"),
    "ALICE",
    30_000,
  ).then((list) => list.items.find((d: Body) => d.sha === sha));
}

const incidentOf = async (alarm: string, done: (incident: Body) => boolean) => {
  const listed = await poll(
    `/v1/incidents?team=payments&alarm=${encodeURIComponent(alarm)}`,
    (body) => body?.items?.length > 0 && done(body.items[0]),
    "BOB",
    60_000,
  );
  return (await call("GET", `/v1/incidents/${listed.items[0].id}`, "BOB")).body;
};

/** A service whose production runs a bad commit: the incident opened on its alarm, waiting for an approval. */
async function badDeploy() {
  const { service, pipeline, runs } = await activePipeline(["staging", "production"]);
  const [merge] = (await call("GET", runs, "ALICE")).body.items;
  const good = await approveProduction(service, merge.headSha);

  // The service's production runs on an ECS service, which follows the repository's production deployments.
  const { key, alarms } = fleetResource(
    cloud(),
    {
      type: "ecs-service",
      id: `prod/${service}`,
      tags: { team: "payments", "plinth:service": service },
      release: { repository: `acme/${service}`, environment: "production" },
    },
    ["CPUUtilization"],
  );
  const alarm = alarms[0] as string;
  const pushed = (await cloud().github.control({
    action: "push",
    repository: `acme/${service}`,
    files: { "src/checkout.js": "export const retries = Infinity;\n" },
    message: "Retry checkout calls until they succeed",
    author: "alice",
  })) as { sha: string };
  cloud().fleet.control({ badReleases: [pushed.sha] });
  const bad = await approveProduction(service, pushed.sha);

  const waiting = await incidentOf(alarm, (i) => i.status === "AWAITING_APPROVAL" || i.status === "ESCALATED");
  expect(waiting).toMatchObject({
    status: "AWAITING_APPROVAL",
    service,
    runbook: { id: "rollback-deployment", tier: "approval", mode: "approval" },
    deployment: {
      id: bad.id,
      sha: pushed.sha,
      environment: "production",
      pipelineId: pipeline.id,
      previous: { id: good.id, sha: merge.headSha, runId: merge.runId },
    },
    proposal: {
      call: "plinth:rollbackDeployment",
      parameters: { sha: merge.headSha, fromSha: pushed.sha, runId: merge.runId, environment: "production" },
    },
  });
  expect(waiting.deployment.minutesBeforeAlarm).toBeLessThanOrEqual(60);
  expect(waiting.timeline.map((t: Body) => t.message)).toContainEqual(
    expect.stringMatching(new RegExp(`^linked to deployment ${bad.id}: ${pushed.sha.slice(0, 7)} `)),
  );
  return { service, pipeline, merge, good, bad, pushed, alarm, key, waiting };
}

describe("a bad deploy heals through remediation", () => {
  it("bad deploy → alarm → incident linked → rollback approved → previous sha deployed → alarm OK → RESOLVED", async () => {
    const { service, merge, good, bad, waiting, alarm, key } = await badDeploy();
    // The approval tier holds: nothing was rerun yet, and a developer cannot approve.
    expect((await call("POST", `/v1/incidents/${waiting.id}/approve`, "ALICE", {})).status).toBe(403);
    const approved = await call("POST", `/v1/incidents/${waiting.id}/approve`, "BOB", { comment: "roll it back" });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);

    const resolved = await incidentOf(alarm, (i) => i.status === "RESOLVED" || i.status === "ESCALATED");
    expect(resolved, JSON.stringify(resolved.timeline, null, 1)).toMatchObject({
      status: "RESOLVED",
      resolution: { by: "plinth", how: "verified" },
      approval: { decision: "approved", decidedBy: "bob" },
    });
    expect(resolved.actions).toEqual([
      expect.objectContaining({ call: "plinth:rollbackDeployment", outcome: "healed" }),
    ]);
    expect(resolved.actions[0].detail).toMatch(
      new RegExp(`^deployment \\d+ put ${merge.headSha.slice(0, 7)} back in production; the alarm is OK`),
    );
    expect(resolved.alarmOkAt).toBeDefined();

    // Production runs the earlier commit again: a new deployment of it, by a new attempt of its run.
    const production = (await call("GET", `/v1/services/${service}/deployments?environment=production`, "ALICE")).body;
    const rollback = production.items[0];
    expect(rollback).toMatchObject({ sha: merge.headSha, state: "success", runId: merge.runId });
    expect(rollback.id).not.toBe(good.id);
    expect(rollback.runAttempt).toBeGreaterThan(1);
    // Through the same gate, which took the incident's approval (bound to that run, commit and environment).
    const gate = (await call("GET", `/v1/deployment-approvals/gt-${rollback.id}`, "BOB")).body;
    expect(gate).toMatchObject({
      status: "APPROVED",
      decidedBy: "bob",
      sha: merge.headSha,
      previous: { environment: "staging", succeeded: true },
    });
    expect(gate.reason).toContain(waiting.id);
    expect(gate.answeredAt).toBeDefined();
    expect(
      cloud()
        .fleet.inspect()
        .resources.find((r) => r.key === key),
    ).toMatchObject({ problem: null, release: { sha: merge.headSha } });

    // DORA counts it: the bad deployment failed (linked incident, rolled back); the rollback is rework.
    const dora = (await call("GET", `/v1/services/${service}/dora`, "ALICE")).body;
    expect(dora.changeFailRate).toMatchObject({ failed: 1, total: 3, ids: [bad.id] });
    expect(dora.reworkRate).toMatchObject({ rework: 1, ids: [rollback.id] });
    expect(dora.recoveryTime.samples).toBe(1);

    // The scorecard reads the same records: a live pipeline, and every production deploy approved in the gate.
    const page = (await call("GET", `/v1/services/${service}/page`, "ALICE")).body;
    const rules = Object.fromEntries(page.scorecard.rules.map((r: Body) => [r.rule, r]));
    expect(rules["has-pipeline"]).toMatchObject({ status: "pass" });
    expect(rules["production-gated"]).toMatchObject({
      status: "pass",
      reason: "the last 3 production deployment(s) were each approved in the gate",
    });
  });

  it("a deploy freeze refuses the rollback at the gate: the incident escalates with the freeze's reason", async () => {
    const { service, merge, waiting, alarm } = await badDeploy();
    expect((await call("PUT", "/v1/deploy-freezes/payments", "BOB", { reason: "quarter-end close" })).status).toBe(200);
    expect((await call("POST", `/v1/incidents/${waiting.id}/approve`, "BOB", {})).status).toBe(200);

    const escalated = await incidentOf(alarm, (i) => i.status === "RESOLVED" || i.status === "ESCALATED");
    expect(escalated.status).toBe("ESCALATED");
    expect(escalated.actions).toEqual([
      expect.objectContaining({ call: "plinth:rollbackDeployment", outcome: "failed" }),
    ]);
    expect(escalated.escalation.reason).toMatch(
      new RegExp(
        `^the rollback deployment \\d+ of ${merge.headSha.slice(0, 7)} to production ended in failure .*quarter-end close`,
      ),
    );
    const refused = await poll(
      "/v1/deployment-approvals?team=payments&status=REFUSED",
      (list) => list.items?.some((a: Body) => a.serviceId === service && a.sha === merge.headSha),
      "BOB",
    );
    expect(refused.items.find((a: Body) => a.serviceId === service).reason).toContain("quarter-end close");
    expect((await call("DELETE", "/v1/deploy-freezes/payments", "BOB")).status).toBe(204);
  });
});
