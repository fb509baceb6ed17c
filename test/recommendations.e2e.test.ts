import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";

/**
 * Idle resources through the local cloud: four production queues live for two weeks of workflow
 * time (a day passes in 1.7 s), one busy; the ResourceRecommendations workflow reads their CloudWatch
 * metrics (GetMetricData from the local CloudWatch, which derives them from the same traffic model
 * the Cost Explorer stand-in bills) and opens a recommendation for each idle one. Applying one opens
 * a destroy that waits for another approver; dismiss and snooze are audited. Scheduled rules are off:
 * the test runs the workflows when it chooses.
 */
const DAY = 86_400_000;
const { cloud, call, poll } = useLocalCloud("recommendations", {
  timeScale: 2e-5,
  startTime: new Date("2026-11-03T06:00:00Z"),
  schedulesDisabled: true,
});

const queue = async (name: string) => {
  const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
    template: "sqs-queue",
    name,
    environment: "production",
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
    parameters: { expectedMessagesPerMonth: 2_000_000 },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  const id = String(created.body.id);
  const waiting = await poll(`/v1/provisioning-requests/${id}`, (body) => body?.status === "AWAITING_APPROVAL");
  expect(
    (await call("POST", `/v1/provisioning-requests/${id}/approve`, "BOB", { planHash: waiting.plan.hash })).status,
  ).toBe(200);
  await poll(`/v1/provisioning-requests/${id}`, (body) => body?.status === "SUCCEEDED");
  return id;
};
const engineNow = () => cloud().clock.now().getTime();
const passDays = async (days: number) => {
  const until = engineNow() + days * DAY;
  await poll("/v1/me", () => engineNow() > until, "ALICE", 90_000);
};
const scan = async () => {
  const run = await cloud().runWorkflow("ResourceRecommendations", {});
  expect(run.status, `${run.error}: ${run.cause}`).toBe("SUCCEEDED");
};
const events = async (detailType: string) =>
  (
    (await (
      await fetch(`${cloud().cloudUrl}/_plinth/events?detail-type=${encodeURIComponent(detailType)}&limit=100`)
    ).json()) as { items: { event: { detail: Body } }[] }
  ).items.map((item) => item.event.detail);
const recommendationOf = async (request: string, user = "ALICE") => {
  const list = (await call("GET", "/v1/recommendations?team=payments", user)).body;
  return (list.items as Body[]).find((item) => item.request === request);
};

let busy: string;
let applied: string;
let dismissed: string;
let snoozed: string;

describe("idle resources become recommendations (issue 30)", () => {
  it("two weeks without messages open a recommendation with the metric window as evidence; a busy queue gets none", {
    timeout: 150_000,
  }, async () => {
    busy = await queue("orders");
    applied = await queue("refunds");
    dismissed = await queue("audit-trail");
    snoozed = await queue("backfill");
    const usage = await fetch(`${cloud().cloudUrl}/_plinth/usage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: busy, requestsPerHour: 3_000 }),
    });
    expect(usage.status).toBe(200);
    await passDays(15.5);
    await scan();
    expect(cloud().awsMetrics.calls).toBeGreaterThan(0);

    const list = (await call("GET", "/v1/recommendations?team=payments", "CAROL")).body;
    const requests = (list.items as Body[]).map((item) => item.request).sort();
    expect(requests).toEqual([applied, dismissed, snoozed].sort());
    expect(list.open).toBe(3);
    const one = (list.items as Body[]).find((item) => item.request === applied) as Body;
    expect(one).toMatchObject({ status: "OPEN", kind: "idle", template: "sqs-queue", action: { kind: "destroy" } });
    expect(one.reason).toMatch(/no messages sent or received for 14 days/);
    // The evidence is the window: 14 complete days, both metrics read, nothing counted.
    expect(Date.parse(one.evidence.to) - Date.parse(one.evidence.from)).toBe(14 * DAY);
    expect(one.evidence.metrics.map((m: Body) => m.name)).toEqual(["NumberOfMessagesSent", "NumberOfMessagesReceived"]);
    for (const metric of one.evidence.metrics) expect(metric).toMatchObject({ total: 0, stat: "Sum" });
    expect(one.evidence.metrics[0].dimensions.QueueName).toMatch(/-refunds$/);
    // The saving: the plan's $2.40 a month (2 M messages × 3 requests at $0.40 a million), released from the
    // team's budget — measured, an idle queue costs ~$0.
    expect(one.saving.estimateMonthlyUsd).toBeCloseTo(2.4, 2);
    expect(one.saving.monthlyUsd).toBeGreaterThanOrEqual(one.saving.estimateMonthlyUsd);
    expect(list.monthlySavingUsd).toBeCloseTo(3 * one.saving.monthlyUsd, 2);
    expect(one.history).toEqual([expect.objectContaining({ actor: "plinth", action: "opened" })]);
    const opened = (await events("Recommendation Opened")).filter((e) => e.team === "payments");
    expect(opened.map((e) => e.requestId).sort()).toEqual(requests);

    // A second scan finds the same resources: nothing opened twice.
    await scan();
    expect((await events("Recommendation Opened")).filter((e) => e.team === "payments")).toHaveLength(3);
    const view = await call("GET", `/v1/recommendations/${one.id}`, "CAROL");
    expect(view.status).toBe(200);
    expect(view.body.version).toBeGreaterThan(1);
  });

  it("viewers read, developers act, other teams see nothing", async () => {
    const one = (await recommendationOf(applied)) as Body;
    const viewer = await call("POST", `/v1/recommendations/${one.id}/apply`, "CAROL");
    expect(viewer.status).toBe(403);
    expect((await call("GET", `/v1/recommendations/${one.id}`, "DAN")).status).toBe(404);
    expect((await call("POST", `/v1/recommendations/${one.id}/dismiss`, "DAN", { reason: "not mine" })).status).toBe(
      404,
    );
    expect((await call("GET", "/v1/recommendations?team=payments", "DAN")).status).toBe(404);
    expect((await call("GET", "/v1/recommendations", "DAN")).body.items).toEqual([]);
    const bad = await call("GET", "/v1/recommendations/rec-nope", "ALICE");
    expect(bad.status).toBe(400);
  });

  it("apply opens a destroy awaiting another approver; approved, the queue goes and the recommendation resolves", {
    timeout: 60_000,
  }, async () => {
    const one = (await recommendationOf(applied)) as Body;
    const apply = await call("POST", `/v1/recommendations/${one.id}/apply`, "ALICE");
    expect(apply.status, JSON.stringify(apply.body)).toBe(202);
    expect(apply.headers.get("location")).toBe(`/v1/provisioning-requests/${applied}`);
    expect(apply.body.recommendation).toMatchObject({ status: "APPLIED", applied: { by: "alice", change: applied } });
    expect((await call("POST", `/v1/recommendations/${one.id}/apply`, "ALICE")).status).toBe(409);

    const request = (await call("GET", `/v1/provisioning-requests/${applied}`, "ALICE")).body;
    expect(request.status).toBe("SUCCEEDED");
    expect(request.destroyRequest).toMatchObject({ by: "alice", recommendation: one.id });
    expect(request.destroyRequest.reason).toMatch(/idle/);
    // A developer cannot approve; a stale hash is refused; the approver's approval starts the teardown.
    expect(
      (await call("POST", `/v1/provisioning-requests/${applied}/approve`, "ALICE", { planHash: request.plan.hash }))
        .status,
    ).toBe(403);
    const stale = await call("POST", `/v1/provisioning-requests/${applied}/approve`, "BOB", {
      planHash: "0".repeat(64),
    });
    expect(stale.status).toBe(409);
    const approved = await call("POST", `/v1/provisioning-requests/${applied}/approve`, "BOB", {
      planHash: request.plan.hash,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.status).toBe("DESTROYING");
    expect(approved.body.destroyRequest).toBeUndefined();
    const gone = await poll(`/v1/provisioning-requests/${applied}`, (body) => body?.status === "DESTROYED");
    expect(gone.timeline.map((entry: Body) => entry.message).join("\n")).toMatch(/destroy approved; asked by alice/);
    expect(
      cloud()
        .cloudFormation.liveStacks()
        .map((stack) => stack.name),
    ).not.toContain(expect.stringContaining("-refunds"));
    const appliedEvents = (await events("Recommendation Applied")).filter((e) => e.requestId === applied);
    expect(appliedEvents).toEqual([expect.objectContaining({ by: "alice", change: applied })]);

    await scan();
    const resolved = (await recommendationOf(applied)) as Body;
    expect(resolved.status).toBe("RESOLVED");
    expect(resolved.resolution).toMatch(/DESTROYED/);
    expect(resolved.history.map((h: Body) => h.action)).toEqual(
      expect.arrayContaining(["opened", "applied", "resolved"]),
    );
  });

  it("dismiss keeps the reason in the audit trail; a snooze reopens the recommendation once it ends", {
    timeout: 60_000,
  }, async () => {
    const toDismiss = (await recommendationOf(dismissed)) as Body;
    const noReason = await call("POST", `/v1/recommendations/${toDismiss.id}/dismiss`, "ALICE", {});
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(noReason.body.errors)).toContain("body.reason");
    const dismiss = await call("POST", `/v1/recommendations/${toDismiss.id}/dismiss`, "ALICE", {
      reason: "kept for the yearly audit replay",
    });
    expect(dismiss.status).toBe(200);
    expect(dismiss.body).toMatchObject({
      status: "DISMISSED",
      dismissal: { by: "alice", reason: "kept for the yearly audit replay" },
    });
    expect(dismiss.body.history.at(-1)).toMatchObject({ actor: "alice", action: "dismissed" });

    const toSnooze = (await recommendationOf(snoozed)) as Body;
    const tooLate = await call("POST", `/v1/recommendations/${toSnooze.id}/snooze`, "ALICE", {
      until: new Date(engineNow() + 400 * DAY).toISOString(),
    });
    expect(tooLate.status).toBe(422);
    expect(JSON.stringify(tooLate.body.errors)).toContain("body.until");
    const until = new Date(engineNow() + 2 * DAY).toISOString();
    const snooze = await call("POST", `/v1/recommendations/${toSnooze.id}/snooze`, "ALICE", {
      until,
      reason: "the backfill runs next week",
    });
    expect(snooze.status).toBe(200);
    expect(snooze.body).toMatchObject({ status: "SNOOZED", snoozedUntil: until });
    const told = (await events("Recommendation Dismissed")).filter((e) => e.team === "payments");
    expect(told).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: dismissed, by: "alice", reason: "kept for the yearly audit replay" }),
        expect.objectContaining({ requestId: snoozed, by: "alice", until }),
      ]),
    );

    await passDays(2.5);
    await scan();
    const reopened = (await recommendationOf(snoozed)) as Body;
    expect(reopened.status).toBe("OPEN");
    expect(reopened.history.at(-1)).toMatchObject({ action: "reopened" });
    expect(reopened.history.at(-1).message).toMatch(/snooze ended/);
    expect(((await recommendationOf(dismissed)) as Body).status).toBe("DISMISSED");
  });

  it("plinth recommendation lists, shows the evidence and acts; --json is the API's answer", async () => {
    const user = cliUser();
    const login = await user.plinth(["auth", "login", "--with-token", "--api-url", cloud().apiUrl], {
      stdin: cloud().tokens.ALICE,
    });
    expect(login.code, login.stderr).toBe(0);
    const list = await user.plinth(["recommendation", "list", "--status", "open"]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/1 open recommendation\(s\) for payments/);
    expect(list.stdout).toContain(snoozed);
    const json = await user.plinth(["rec", "list", "--json"]);
    const parsed = JSON.parse(json.stdout) as Body;
    expect(parsed.items.map((item: Body) => item.request).sort()).toEqual([applied, dismissed, snoozed].sort());
    const id = (parsed.items as Body[]).find((item) => item.request === snoozed)?.id as string;
    const view = await user.plinth(["recommendation", "view", id]);
    expect(view.code, view.stderr).toBe(0);
    expect(view.stdout).toMatch(/AWS\/SQS NumberOfMessagesSent\s+Sum\s+0\s+0/);
    expect(view.stdout).toMatch(/alice\s+snoozed: snoozed until/);
    const noWhen = await user.plinth(["recommendation", "snooze", id]);
    expect(noWhen.code).toBe(2);
    expect(noWhen.stderr).toMatch(/--until <time> or --for <duration>/);
    const dismiss = await user.plinth(["recommendation", "dismiss", id, "--reason", "replays next quarter"]);
    expect(dismiss.code, dismiss.stderr).toBe(0);
    expect(((await recommendationOf(snoozed)) as Body).dismissal).toMatchObject({
      by: "alice",
      reason: "replays next quarter",
    });
  });
});
