import { ListExecutionsCommand, SFNClient } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { breaches, expectNothingStuck } from "./support/invariants";
import { useRemediationCloud } from "./support/remediation";

const { cloud, call, poll, resource, ecsService, breakIt, incidentOf, settledIn, eventsOf, eventsThrough, actionsOn } =
  useRemediationCloud();
const done = settledIn("RESOLVED", "ESCALATED");
const guards = (incident: { decisions: { guard: string; outcome: string }[] }) =>
  incident.decisions.map((d) => `${d.guard}:${d.outcome}`);

describe("remediation through the local cloud", () => {
  it("alarm → event → rule → workflow → action → verified → resolved, with the OK noted", async () => {
    const { key, alarms } = ecsService("payments");
    breakIt(key, "memory-leak");
    const incident = await incidentOf(alarms[0] as string, done);

    expect(incident).toMatchObject({
      status: "RESOLVED",
      team: "payments",
      source: "alarm",
      resource: { type: "ecs-service", id: key.replace("ecs-service/", "") },
      runbook: { id: "ecs-restart-service", mode: "auto", tier: "auto" },
      attempts: 1,
      resolution: { by: "plinth", how: "verified" },
      occurrences: 1,
    });
    expect(incident.actions).toEqual([
      expect.objectContaining({
        call: "ecs:updateService",
        outcome: "healed",
        parameters: expect.objectContaining({ ForceNewDeployment: true }),
      }),
    ]);
    expect(incident.alarmOkAt).toBeDefined();
    expect(incident.context.tags).toEqual({ team: "payments" });
    expect(incident.context.deployments.length).toBeGreaterThan(0);
    expect(guards(incident)).toEqual(
      expect.arrayContaining([
        "runbook:pass",
        "mode:pass",
        "preconditions:pass",
        "breaker:pass",
        "cooldown:pass",
        "team-budget:pass",
        "global-budget:pass",
      ]),
    );
    expect(incident.timeline.map((t: { step: string }) => t.step)).toEqual(
      expect.arrayContaining(["intake", "context", "assess", "act", "recovered", "verify", "resolve"]),
    );
    expect(await eventsThrough(incident.id, "Incident Resolved")).toEqual([
      "Incident Opened",
      "Remediation Started",
      "Remediation Succeeded",
      "Incident Resolved",
    ]);
    expect(actionsOn(key)).toEqual(["ecs:updateService"]);
  });

  it("escalates, with the whole timeline, when the action does not heal — after the allowed attempts, never looping", async () => {
    const { key, alarms } = resource(
      { type: "autoscaling-group", id: "web-asg", desired: 2, max: 6, tags: { team: "payments" } },
      ["CPUUtilization"],
    );
    cloud().fleet.control({ faults: { noHeal: [key] } });
    breakIt(key, "cpu-saturated");
    const incident = await incidentOf(alarms[0] as string, done);
    cloud().fleet.control({ faults: {} });

    expect(incident).toMatchObject({ status: "ESCALATED", attempts: 2, runbook: { id: "asg-scale-out" } });
    // Each attempt re-reads the group: 2 → 3, then 3 → 5 (half again, within MaxSize 6).
    expect(
      incident.actions.map((a: { parameters: { DesiredCapacity: number } }) => a.parameters.DesiredCapacity),
    ).toEqual([3, 5]);
    expect(incident.actions.map((a: { outcome: string }) => a.outcome)).toEqual(["not-healed", "not-healed"]);
    expect(incident.escalation.reason).toMatch(/not healed: .* still in ALARM after 3 checks; 2 of 2 attempts used/);
    expect(await eventsThrough(incident.id, "Remediation Escalated")).toEqual([
      "Incident Opened",
      "Remediation Started",
      "Remediation Failed",
      "Remediation Started",
      "Remediation Failed",
      "Remediation Escalated",
    ]);
    const escalated = cloud().eventBridge.archive.find(
      ({ event }) =>
        event["detail-type"] === "Remediation Escalated" &&
        (event.detail as { incidentId: string }).incidentId === incident.id,
    )?.event.detail as { lastSteps: string[]; actions: unknown[] };
    expect(escalated.actions).toHaveLength(2);
    expect(escalated.lastSteps.length).toBeGreaterThan(3);
    expect(actionsOn(key)).toEqual(["autoscaling:setDesiredCapacity", "autoscaling:setDesiredCapacity"]);
  });

  it("asks an approver of the owning team for a risky runbook, then acts", async () => {
    const { key, alarms } = resource({ type: "ec2-instance", id: "i-0aa11bb22cc33dd44", tags: { team: "payments" } }, [
      "StatusCheckFailed_Instance",
    ]);
    breakIt(key, "status-check-failed");
    const waiting = await incidentOf(alarms[0] as string, settledIn("AWAITING_APPROVAL"));
    expect(waiting.proposal).toMatchObject({
      call: "ec2:rebootInstances",
      parameters: { InstanceIds: ["i-0aa11bb22cc33dd44"] },
    });
    expect(waiting.approval.taskToken).toBeUndefined();
    expect(actionsOn(key)).toEqual([]);
    expect(eventsOf(waiting.id)).toContain("Remediation Proposed");

    expect((await call("POST", `/v1/incidents/${waiting.id}/approve`, "ALICE", {})).status).toBe(403);
    expect((await call("POST", `/v1/incidents/${waiting.id}/approve`, "ERIN", {})).status).toBe(404);
    const approved = await call("POST", `/v1/incidents/${waiting.id}/approve`, "BOB", { comment: "go" });
    expect(approved.status).toBe(200);

    const resolved = await incidentOf(alarms[0] as string, done);
    expect(resolved).toMatchObject({ status: "RESOLVED", approval: { decision: "approved", decidedBy: "bob" } });
    expect(actionsOn(key)).toEqual(["ec2:rebootInstances"]);
  });

  it("item 12 (issue 14): the approval deadline shown is the one enforced, on the cloud's one clock", async () => {
    const { key, alarms } = resource({ type: "ec2-instance", id: "i-0ee11ff22aa33bb44", tags: { team: "payments" } }, [
      "StatusCheckFailed_Instance",
    ]);
    breakIt(key, "status-check-failed");
    const waiting = await incidentOf(alarms[0] as string, settledIn("AWAITING_APPROVAL"));
    const minute = 60_000;
    const requested = Date.parse(waiting.approval.requestedAt);
    const shown = Date.parse(waiting.approval.expiresAt);
    expect(shown - requested).toBe(60 * minute);
    // Opened and asked within moments of each other on the same clock (time runs 1000× here).
    expect(requested - Date.parse(waiting.createdAt)).toBeGreaterThanOrEqual(0);
    expect(requested - Date.parse(waiting.createdAt)).toBeLessThan(30 * minute);

    const escalated = await incidentOf(alarms[0] as string, settledIn("ESCALATED"));
    const enforced = Date.parse(escalated.escalation.at);
    expect(enforced).toBeGreaterThanOrEqual(shown);
    expect(enforced - shown).toBeLessThan(30 * minute);
    expect(actionsOn(key)).toEqual([]);
  });

  it("a rejected action is escalated and nothing runs", async () => {
    const { key, alarms } = resource(
      { type: "lambda-alias", id: "pricing:live", versions: 2, tags: { team: "payments" } },
      ["Errors"],
    );
    breakIt(key, "bad-deploy");
    const waiting = await incidentOf(alarms[0] as string, settledIn("AWAITING_APPROVAL"));
    expect(waiting.proposal).toMatchObject({ call: "lambda:updateAlias", parameters: { FunctionVersion: "2" } });
    expect(waiting.proposal.undo).toContain('"FunctionVersion":"3"');
    await call("POST", `/v1/incidents/${waiting.id}/reject`, "BOB", { comment: "we roll forward" });
    const escalated = await incidentOf(alarms[0] as string, done);
    expect(escalated.status).toBe("ESCALATED");
    expect(escalated.escalation.reason).toBe("an approver rejected the action");
    expect(actionsOn(key)).toEqual([]);
  });

  it("shadow mode records what it would do and acts on nothing", async () => {
    const { key, alarms } = resource({ type: "ec2-instance", id: "i-0bb22cc33dd44ee55", tags: { team: "payments" } }, [
      "disk_used_percent",
    ]);
    breakIt(key, "disk-full");
    const incident = await incidentOf(alarms[0] as string, done);
    expect(incident).toMatchObject({
      status: "ESCALATED",
      runbook: { id: "ssm-clear-disk", mode: "shadow" },
      actions: [],
    });
    expect(incident.proposal).toMatchObject({
      call: "ssm:sendCommand",
      parameters: { DocumentName: "AWS-RunShellScript" },
    });
    expect(incident.escalation.reason).toMatch(/^shadow mode: would run ssm:sendCommand/);
    expect(await eventsThrough(incident.id, "Remediation Escalated")).toEqual([
      "Incident Opened",
      "Remediation Proposed",
      "Remediation Escalated",
    ]);
    expect(actionsOn(key)).toEqual([]);
  });

  it("respects the opt-out tag", async () => {
    const { key, alarms } = ecsService("payments", { "plinth:remediation": "off" });
    breakIt(key, "memory-leak");
    const incident = await incidentOf(alarms[0] as string, done);
    expect(incident.status).toBe("ESCALATED");
    expect(incident.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          guard: "opt-out",
          outcome: "block",
          reason: "the resource is tagged plinth:remediation=off",
        }),
      ]),
    );
    expect(actionsOn(key)).toEqual([]);
  });

  it("respects the kill switch from the very next event, and only admins turn it", async () => {
    expect((await call("PUT", "/v1/remediation/kill-switch", "BOB", { on: true })).status).toBe(403);
    const on = await call("PUT", "/v1/remediation/kill-switch", "ROOT", { on: true, reason: "game day" });
    expect(on.body).toMatchObject({ on: true, by: "root", reason: "game day" });
    try {
      const { key, alarms } = ecsService("payments");
      breakIt(key, "memory-leak");
      const incident = await incidentOf(alarms[0] as string, done);
      expect(incident).toMatchObject({ status: "ESCALATED", runbook: { mode: "notify-only" }, actions: [] });
      expect(guards(incident)).toContain("kill-switch:downgrade");
      expect(actionsOn(key)).toEqual([]);
      const runbooks = await call("GET", "/v1/runbooks", "ALICE");
      expect(new Set(runbooks.body.items.map((r: { effectiveMode: string }) => r.effectiveMode))).toEqual(
        new Set(["notify-only"]),
      );
    } finally {
      await call("PUT", "/v1/remediation/kill-switch", "ROOT", { on: false });
    }
  });

  it("holds a second action on the same resource back during its cooldown", async () => {
    const { key, alarms } = ecsService("payments");
    const cpu = alarms[1] as string;
    breakIt(key, "cpu-saturated");
    const first = await incidentOf(cpu, done);
    expect(first).toMatchObject({ status: "RESOLVED", runbook: { id: "ecs-scale-out" } });
    breakIt(key, "cpu-saturated");
    const second = await poll(
      `/v1/incidents?team=payments&alarm=${cpu}`,
      (body) => body.items.length === 2 && done(body.items[0]),
    );
    const incident = (await call("GET", `/v1/incidents/${second.items[0].id}`, "ROOT")).body;
    expect(incident.status).toBe("ESCALATED");
    expect(incident.escalation.reason).toMatch(/is cooling down until .* after an action for inc-/);
    expect(actionsOn(key)).toEqual(["ecs:updateService"]);
  });

  it("opens a notify-only incident for an alarm no runbook answers", async () => {
    cloud().cloudWatch.putMetricAlarm({
      AlarmName: "checkout-p99-latency",
      Namespace: "Custom/Checkout",
      MetricName: "LatencyP99",
      Dimensions: [{ Name: "Endpoint", Value: "/pay" }],
      Threshold: 800,
    });
    cloud().cloudWatch.control({
      setAlarmState: { AlarmName: "checkout-p99-latency", StateValue: "ALARM", StateReason: "p99 above 800 ms" },
    });
    const incident = await incidentOf("checkout-p99-latency", done, "unowned");
    expect(incident).toMatchObject({
      status: "ESCALATED",
      team: "unowned",
      resource: { type: "unknown" },
      actions: [],
    });
    expect(incident.escalation.reason).toMatch(/no runbook answers Custom\/Checkout\/LatencyP99 .*notify only/);
    expect((await call("GET", `/v1/incidents/${incident.id}`, "ALICE")).status).toBe(404);
  });

  it("records and drops a malformed alarm event without starting a workflow", async () => {
    const sfn = new SFNClient({});
    const remediationArn = JSON.parse(String(process.env.SST_RESOURCE_Remediation)).arn;
    const before = (await sfn.send(new ListExecutionsCommand({ stateMachineArn: remediationArn }))).executions?.length;
    // AWS refuses an aws.* source from PutEvents; the local cloud's control endpoint stands in for CloudWatch.
    const injected = await fetch(`${cloud().cloudUrl}/_plinth/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        entries: [
          {
            Source: "aws.cloudwatch",
            DetailType: "CloudWatch Alarm State Change",
            Detail: JSON.stringify({ state: { value: "ALARM" }, configuration: { metrics: "not a list" } }),
          },
        ],
      }),
    });
    expect(injected.status).toBe(200);
    const deadline = Date.now() + 10_000;
    let records: { reason: string }[] = [];
    while (records.length === 0 && Date.now() < deadline) {
      records = (await cloud().incidents.dropped(cloud().clock.now().toISOString().slice(0, 10))) as {
        reason: string;
      }[];
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(records[0]?.reason).toMatch(/detail\.alarmName/);
    expect(records[0]?.reason).toMatch(/detail\.configuration\.metrics/);
    const after = (await sfn.send(new ListExecutionsCommand({ stateMachineArn: remediationArn }))).executions?.length;
    expect(after).toBe(before);
    sfn.destroy();
  });

  it("leaves no record working without a running execution (the invariant of issue 16)", async () => {
    const sfn = new SFNClient({});
    await expectNothingStuck(() => breaches(cloud().apiClients.dynamodb, cloud().tableName, sfn));
    sfn.destroy();
  });
});
