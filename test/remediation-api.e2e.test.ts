import { describe, expect, it } from "vitest";
import { useRemediationCloud } from "./support/remediation";

const { call, ecsService, breakIt, incidentOf, settledIn, actionsOn } = useRemediationCloud();
const done = settledIn("RESOLVED", "ESCALATED");

describe("the remediation API", () => {
  it("lists at least five runbooks with their match, tier, mode, preconditions, action, verification and undo", async () => {
    const { status, body } = await call("GET", "/v1/runbooks", "CAROL");
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThanOrEqual(5);
    for (const runbook of body.items) {
      expect(runbook).toMatchObject({
        id: expect.any(String),
        version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        match: { namespace: expect.any(String), metrics: expect.any(Array) },
        tier: expect.stringMatching(/^(auto|approval|notify-only)$/),
        action: expect.any(String),
        undo: expect.any(String),
        verify: { waitSeconds: expect.any(Number), polls: expect.any(Number) },
      });
      expect(runbook.preconditions.length).toBeGreaterThan(0);
    }
    expect((await call("GET", "/v1/runbooks/no-such-runbook", "CAROL")).status).toBe(404);
  });

  it("rolls a runbook out one rung at a time, admins only, and a shadowed runbook stops acting", async () => {
    expect((await call("PUT", "/v1/runbooks/ssm-clear-disk/mode", "BOB", { mode: "approval" })).status).toBe(403);
    const skip = await call("PUT", "/v1/runbooks/ssm-clear-disk/mode", "ROOT", { mode: "auto" });
    expect(skip.status).toBe(409);
    expect(skip.body.detail).toBe("promote one step at a time: shadow → approval first");
    const bad = await call("PUT", "/v1/runbooks/ssm-clear-disk/mode", "ROOT", { mode: "yolo" });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("body.mode");
    const approval = await call("PUT", "/v1/runbooks/ssm-clear-disk/mode", "ROOT", { mode: "approval" });
    expect(approval.body).toMatchObject({ mode: "approval", effectiveMode: "approval", modeSetBy: { by: "root" } });

    const back = await call("PUT", "/v1/runbooks/ecs-restart-service/mode", "ROOT", { mode: "shadow" });
    expect(back.body.mode).toBe("shadow");
    try {
      const { key, alarms } = ecsService("payments");
      breakIt(key, "memory-leak");
      const incident = await incidentOf(alarms[0] as string, done);
      expect(incident).toMatchObject({ status: "ESCALATED", runbook: { mode: "shadow" } });
      expect(actionsOn(key)).toEqual([]);
    } finally {
      await call("PUT", "/v1/runbooks/ecs-restart-service/mode", "ROOT", { mode: "approval" });
      await call("PUT", "/v1/runbooks/ecs-restart-service/mode", "ROOT", { mode: "auto" });
    }
  });

  it("lands a manual report on the alarm's open incident; Idempotency-Key replays answer the same", async () => {
    const { key, alarms } = ecsService("payments", { "plinth:remediation": "off" });
    breakIt(key, "memory-leak");
    const open = await incidentOf(alarms[0] as string, done);
    expect(open.status).toBe("ESCALATED");

    const report = { summary: "checkout is slow and memory keeps climbing", alarmName: alarms[0] };
    const attached = await call("POST", "/v1/incidents", "ALICE", report, { "idempotency-key": "report-0001-abcd" });
    expect(attached.status).toBe(200);
    expect(attached.body).toMatchObject({ id: open.id, occurrences: 2 });
    const replay = await call("POST", "/v1/incidents", "ALICE", report, { "idempotency-key": "report-0001-abcd" });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ id: open.id, occurrences: 2 });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const reused = await call(
      "POST",
      "/v1/incidents",
      "ALICE",
      { ...report, summary: "something else" },
      { "idempotency-key": "report-0001-abcd" },
    );
    expect(reused.status).toBe(422);
    expect(JSON.stringify(reused.body)).toContain("header.idempotency-key");
    const listed = (await call("GET", `/v1/incidents?team=payments&alarm=${alarms[0]}`, "ALICE")).body.items;
    expect(listed).toHaveLength(1);
  });

  it("a manual report that names only an alarm is matched through the alarm, acted on and verified", async () => {
    const { key, alarms } = ecsService("payments");
    const created = await call("POST", "/v1/incidents", "ALICE", { summary: "suspect a leak", alarmName: alarms[0] });
    expect(created.status).toBe(202);
    expect(created.headers.get("location")).toBe(`/v1/incidents/${created.body.id}`);
    expect(created.body).toMatchObject({ source: "manual", reportedBy: "alice", team: "payments", status: "OPEN" });
    // The problem shows up in the metric as the report is being looked at; its alarm event attaches.
    breakIt(key, "memory-leak");
    const incident = await incidentOf(alarms[0] as string, done);
    expect(incident.resource).toMatchObject({ type: "ecs-service" });
    expect(incident).toMatchObject({ id: created.body.id, status: "RESOLVED", runbook: { id: "ecs-restart-service" } });
    expect(incident.alarm).toMatchObject({ namespace: "AWS/ECS", metric: "MemoryUtilization" });
    expect(actionsOn(key)).toEqual(["ecs:updateService"]);
  });

  it("refuses bad input with a problem naming the field, and writes nothing", async () => {
    const cases: [unknown, string][] = [
      [{}, "body.summary"],
      [{ summary: "x" }, "body.summary"],
      [{ summary: "disk full", resource: { type: "mainframe", id: "z" } }, "body.resource.type"],
      [{ summary: "disk full", team: "search" }, "body.team"],
    ];
    for (const [body, field] of cases) {
      const answer = await call("POST", "/v1/incidents", "ALICE", body);
      expect(answer.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(JSON.stringify(answer.body)).toContain(field);
    }
    expect((await call("POST", "/v1/incidents", "CAROL", { summary: "viewer reports" })).status).toBe(403);
    expect((await call("GET", "/v1/incidents/inc-not-an-id", "ALICE")).status).toBe(400);
    expect((await call("GET", "/v1/incidents/inc-0123456789abcdef0123", "ALICE")).status).toBe(404);
    const badSettings = await call("PATCH", "/v1/remediation/settings", "ROOT", { breakerFailureShare: 7 });
    expect(badSettings.status).toBe(422);
    expect(JSON.stringify(badSettings.body)).toContain("body.breakerFailureShare");
  });

  it("shows each team only its incidents; acknowledge and resolve by hand", async () => {
    const { key, alarms } = ecsService("payments", { "plinth:remediation": "off" });
    breakIt(key, "memory-leak");
    const incident = await incidentOf(alarms[0] as string, done);
    expect((await call("GET", `/v1/incidents/${incident.id}`, "DAN")).status).toBe(404);
    expect((await call("GET", "/v1/incidents?team=payments", "DAN")).body.items).toEqual([]);
    expect((await call("POST", `/v1/incidents/${incident.id}/acknowledge`, "CAROL")).status).toBe(403);
    const acked = await call("POST", `/v1/incidents/${incident.id}/acknowledge`, "ALICE");
    expect(acked.body.acknowledged).toMatchObject({ by: "alice" });
    const resolved = await call("POST", `/v1/incidents/${incident.id}/resolve`, "ALICE", {
      comment: "restarted by hand",
    });
    expect(resolved.body).toMatchObject({
      status: "RESOLVED",
      resolution: { by: "alice", how: "manual", comment: "restarted by hand" },
    });
    const status = (await call("GET", "/v1/remediation/status", "ALICE")).body;
    expect(status).toMatchObject({ killSwitch: { on: false }, budgets: { teams: { payments: expect.any(Object) } } });
    expect(Object.keys(status.budgets.teams)).toEqual(["payments"]);
  });
});
