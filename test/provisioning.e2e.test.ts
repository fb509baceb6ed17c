import { randomUUID } from "node:crypto";
import { SFNClient } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { breaches, expectNothingStuck } from "./support/invariants";
import { devQueue, productionBucket, useProvisioningCloud } from "./support/provisioning";

// End to end through the local cloud: HTTP → API → DynamoDB Local + Step Functions → task function
// → CloudFormation stand-in → EventBridge. Every name is unique per test, so tests are independent.
const { cloud, call, until, status, eventsOf, eventsThrough, executionsOf } = useProvisioningCloud();
const create = (user: string, body: unknown, headers: Record<string, string> = {}) =>
  call("POST", "/v1/provisioning-requests", user, body, headers);
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const live = (stackName: string) =>
  cloud()
    .cloudFormation.liveStacks()
    .some((s) => s.name === stackName);

describe("provisioning, end to end", () => {
  it("provisions without approval: plan, apply, outputs, events, an expiry timer", async () => {
    const created = await create("ALICE", devQueue(unique("orders")));
    expect(created.status).toBe(202);
    expect(created.headers.get("location")).toBe(`/v1/provisioning-requests/${created.body.id}`);
    expect(created.body).toMatchObject({ status: "VALIDATING", team: "payments", requestedBy: "alice" });

    const done = await until(created.body.id, status("SUCCEEDED", "FAILED"));
    expect(done.status).toBe("SUCCEEDED");
    expect(done.outputs.QueueUrl).toMatch(
      new RegExp(`^https://sqs\\.us-east-1\\.amazonaws\\.com/000000000000/plinth-${cloud().stage}-payments-dev-`),
    );
    expect(done.changes.map((c: { logicalId: string; action: string }) => `${c.action} ${c.logicalId}`)).toEqual([
      "Add DeadLetterQueue",
      "Add Queue",
    ]);
    expect(done.timeline.map((e: { step: string; status: string }) => `${e.step}:${e.status}`)).toEqual([
      "request:VALIDATING",
      "validate:VALIDATING",
      "plan:PLANNED",
      "apply:APPLYING",
      "outputs:SUCCEEDED",
    ]);
    expect(Date.parse(done.expiresAt)).toBeGreaterThan(Date.now());
    expect(await eventsThrough(done.id, "Provisioning Succeeded")).toEqual([
      "Provisioning Requested",
      "Provisioning Planned",
      "Provisioning Succeeded",
    ]);
    const executions = await executionsOf(done.id);
    expect(executions).toContainEqual({ name: `${done.id}-1`, status: "SUCCEEDED" });
    expect(executions).toContainEqual({ name: `${done.id}-expiry-1`, status: "RUNNING" });
  });

  it("waits for an approver, refuses self-approval and stale plans, then applies the approved plan", async () => {
    const created = await create("BOB", productionBucket(unique("ledger"), "bob"));
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    expect(waiting.plan.approval).toBe("required");
    expect(waiting.plan.policies).toContainEqual(
      expect.objectContaining({ rule: "production-approval", outcome: "approval" }),
    );
    const hash = waiting.plan.hash;

    const self = await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "BOB", { planHash: hash });
    expect(self.status).toBe(403);
    expect(self.body.type).toBe("https://plinth.dev/problems/self-approval");
    const developer = await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "ALICE", {
      planHash: hash,
    });
    expect(developer.status).toBe(403);
    expect(developer.body.code).toBe("forbidden");
    const stale = await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "ROOT", {
      planHash: "0".repeat(64),
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: "stale_plan", errors: [{ field: "body.planHash" }] });

    const approved = await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "ROOT", { planHash: hash });
    expect(approved.status).toBe(200);
    const done = await until(waiting.id, status("SUCCEEDED", "FAILED"));
    expect(done).toMatchObject({ status: "SUCCEEDED", approval: { decision: "approved", by: "root", planHash: hash } });
    expect(Object.keys(done.outputs)).toEqual(["BucketName", "BucketArn"]);
    expect(done.expiresAt).toBeUndefined();
    expect(await eventsThrough(done.id, "Provisioning Succeeded")).toEqual([
      "Provisioning Requested",
      "Provisioning Planned",
      "Provisioning Approval Requested",
      "Provisioning Approved",
      "Provisioning Succeeded",
    ]);
  });

  it("ends a rejected request and deletes its empty stack", async () => {
    const created = await create("DAN", productionBucket(unique("index"), "dan"));
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    const rejected = await call("POST", `/v1/provisioning-requests/${waiting.id}/reject`, "ERIN", {
      comment: "use the shared bucket",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: "REJECTED", approval: { decision: "rejected", by: "erin" } });
    await until(waiting.id, () => eventsOf(waiting.id).includes("Provisioning Rejected"));
    expect(live(waiting.plan.stackName)).toBe(false);
    expect(await executionsOf(waiting.id)).toEqual([{ name: `${waiting.id}-1`, status: "SUCCEEDED" }]);
  });

  it("records a failed apply with CloudFormation's reason, deletes the stack, and a retry succeeds", async () => {
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({
        failResource: { match: "Queue", times: 1, reason: "Queue name already taken (injected)" },
      }),
    });
    const created = await create("ALICE", devQueue(unique("flaky")));
    const failed = await until(created.body.id, status("FAILED", "SUCCEEDED"));
    expect(failed.status).toBe("FAILED");
    expect(failed.failure).toMatchObject({
      step: "apply",
      cleanup: "deleted",
      reason: "Queue (AWS::SQS::Queue): Queue name already taken (injected)",
    });
    expect(live(failed.plan.stackName)).toBe(false);
    expect(await eventsThrough(failed.id, "Provisioning Failed")).toContain("Provisioning Failed");

    const retried = await call("POST", `/v1/provisioning-requests/${failed.id}/retry`, "ALICE");
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ status: "VALIDATING", attempt: 2 });
    const done = await until(failed.id, status("SUCCEEDED", "FAILED"));
    expect(done.status).toBe("SUCCEEDED");
    expect(live(done.plan.stackName)).toBe(true);
    const runs = (await executionsOf(done.id)).filter((e) => !e.name.includes("expiry"));
    expect(runs.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: `${done.id}-1`, status: "FAILED" },
      { name: `${done.id}-2`, status: "SUCCEEDED" },
    ]);
  });

  it("keeps an approval across a retry when the plan is unchanged", async () => {
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({ failResource: { match: "AWS::S3::BucketPolicy", times: 1 } }),
    });
    const created = await create("ALICE", productionBucket(unique("vault")));
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "BOB", { planHash: waiting.plan.hash });
    expect((await until(waiting.id, status("FAILED", "SUCCEEDED"))).status).toBe("FAILED");
    await call("POST", `/v1/provisioning-requests/${waiting.id}/retry`, "ALICE");
    const done = await until(waiting.id, status("SUCCEEDED", "FAILED", "AWAITING_APPROVAL"));
    expect(done.status).toBe("SUCCEEDED");
    expect(eventsOf(done.id).filter((e) => e === "Provisioning Approval Requested")).toHaveLength(1);
  });

  it("cancels a request waiting for approval and cleans up", async () => {
    const created = await create("ALICE", productionBucket(unique("cancel")));
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    const cancelled = await call("POST", `/v1/provisioning-requests/${waiting.id}/cancel`, "ALICE");
    expect(cancelled.status).toBe(202);
    expect(cancelled.body.status).toBe("CANCELLED");
    // The record names the execution acting on it now: the clean-up, not the stopped provisioning.
    expect(cancelled.body.execution).toMatch(new RegExp(`:execution:[^:]+-ProvisioningTeardown:${waiting.id}-cancel$`));
    await until(waiting.id, () => eventsOf(waiting.id).includes("Provisioning Cancelled"));
    expect(live(waiting.plan.stackName)).toBe(false);
    const executions = await executionsOf(waiting.id);
    expect(executions).toContainEqual({ name: `${waiting.id}-1`, status: "ABORTED" });
    expect(executions).toContainEqual({ name: `${waiting.id}-cancel`, status: "SUCCEEDED" });
  });

  it("destroys a succeeded request and gives its budget back", async () => {
    // The dry run's team-budget reason says what the team has committed.
    const budget = async () =>
      (await call("POST", "/v1/provisioning-requests?dryRun=true", "DAN", devQueue(unique("probe"), "dan"))).body;
    const before = (await budget()).policies.find((p: { rule: string }) => p.rule === "team-budget").reason;
    const created = await create("DAN", devQueue(unique("scratch"), "dan"));
    const done = await until(created.body.id, status("SUCCEEDED"));
    const during = (await budget()).policies.find((p: { rule: string }) => p.rule === "team-budget").reason;
    expect(during).not.toBe(before);

    const destroying = await call("POST", `/v1/provisioning-requests/${done.id}/destroy`, "DAN");
    expect(destroying.body.status).toBe("DESTROYING");
    const destroyed = await until(done.id, status("DESTROYED", "FAILED"));
    expect(destroyed).toMatchObject({ status: "DESTROYED", outputs: {} });
    expect(live(done.plan.stackName)).toBe(false);
    expect(await eventsThrough(done.id, "Provisioning Destroyed")).toContain("Provisioning Destroyed");
    expect((await budget()).policies.find((p: { rule: string }) => p.rule === "team-budget").reason).toBe(before);
  });

  it("records a failed delete as FAILED at destroy, and destroy can be tried again", async () => {
    const created = await create("ALICE", devQueue(unique("sticky")));
    const done = await until(created.body.id, status("SUCCEEDED"));
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({ failDelete: { times: 1 } }),
    });
    await call("POST", `/v1/provisioning-requests/${done.id}/destroy`, "ALICE");
    const failed = await until(done.id, status("FAILED", "DESTROYED"));
    expect(failed.failure).toMatchObject({ step: "destroy", cleanup: "failed" });
    expect(failed.failure.reason).toMatch(/could not be deleted \(injected fault\)/);
    await call("POST", `/v1/provisioning-requests/${done.id}/destroy`, "ALICE");
    expect((await until(done.id, status("DESTROYED", "FAILED"))).status).toBe("DESTROYED");
  });

  it("answers 50 concurrent creates with one key with one request, one execution and identical answers", async () => {
    const key = randomUUID();
    const body = devQueue(unique("burst"));
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => create("ALICE", body, { "idempotency-key": key })),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202]));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(49);
    const id = answers[0]?.body.id;
    await until(id, status("SUCCEEDED"));
    expect((await executionsOf(id)).filter((e) => !e.name.includes("expiry"))).toEqual([
      { name: `${id}-1`, status: "SUCCEEDED" },
    ]);
    const listed = await call("GET", "/v1/provisioning-requests?limit=100", "ALICE");
    expect(listed.body.items.filter((r: { name: string }) => r.name === body.name)).toHaveLength(1);

    const reused = await create("ALICE", { ...body, name: unique("other") }, { "idempotency-key": key });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      code: "idempotency_key_reused",
      errors: [{ field: "header.idempotency-key" }],
    });
  });

  it("refuses bad input with a 4xx naming the field or rule, and writes nothing", async () => {
    const name = unique("bad");
    const cases: [unknown, number, string][] = [
      [{ ...devQueue(name), template: "mainframe" }, 422, "body.template"],
      [{ ...devQueue(name), parameters: { maxReceiveCount: "five" } }, 422, "body.parameters.maxReceiveCount"],
      [
        { ...devQueue(name), parameters: { visibilityTimeoutSeconds: 99_999 } },
        422,
        "body.parameters.visibilityTimeoutSeconds",
      ],
      [{ ...devQueue(name), region: "ap-south-2" }, 422, "policy.allowed-regions"],
      [{ ...devQueue(name), tags: { owner: "alice" } }, 422, "policy.required-tags"],
      [{ ...devQueue(name), ttlHours: 2000 }, 422, "policy.ttl-limit"],
      [{ ...devQueue(name), name: "Bad_Name" }, 422, "policy.naming"],
      [{ ...devQueue(name), parameters: { expectedMessagesPerMonth: 2_000_000_000_000 } }, 422, "policy.team-budget"],
      [{ ...devQueue(name), team: "search" }, 403, "body.team"],
      [{ ...devQueue(name), environment: "qa" }, 422, "body.environment"],
    ];
    for (const [body, expected, field] of cases) {
      const response = await create("ALICE", body);
      expect(response.status, field).toBe(expected);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(
        response.body.errors.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
    }
    const listed = await call("GET", "/v1/provisioning-requests?limit=100", "ALICE");
    expect(listed.body.items.filter((r: { name: string }) => r.name === name)).toEqual([]);
  });

  it("shows the plan on a dry run and writes nothing", async () => {
    const name = unique("dry");
    const dry = await create("ALICE", { ...devQueue(name), region: "ap-south-2" }, {});
    expect(dry.status).toBe(422);
    const plan = await call("POST", "/v1/provisioning-requests?dryRun=true", "ALICE", {
      ...devQueue(name),
      region: "ap-south-2",
    });
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({
      allowed: false,
      approval: "not-required",
      stackName: `plinth-${cloud().stage}-payments-dev-${name}`,
    });
    expect(plan.body.cost).toMatchObject({ currency: "USD", monthlyUsd: 1.2 });
    expect(plan.body.hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await call("GET", "/v1/provisioning-requests?limit=100", "ALICE");
    expect(listed.body.items.filter((r: { name: string }) => r.name === name)).toEqual([]);
  });

  it("serves the catalog with JSON Schemas and examples", async () => {
    const list = await call("GET", "/v1/templates", "CAROL");
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([
      "s3-bucket",
      "sqs-queue",
      "dynamodb-table",
      "lambda-service",
      "github-deploy-role",
    ]);
    // The deploy role's example plans as allowed too (issue 28: provisioned like any template).
    const role = await call("GET", "/v1/templates/github-deploy-role", "CAROL");
    expect(role.body).toMatchObject({
      risk: "high",
      parameters: { required: ["service", "repositoryOwner", "repositoryName"] },
    });
    const planned = await call("POST", "/v1/provisioning-requests?dryRun=true", "ALICE", role.body.example.request);
    expect(planned.status).toBe(200);
    expect(planned.body.resources).toEqual([{ logicalId: "Role", type: "AWS::IAM::Role" }]);
    const detail = await call("GET", "/v1/templates/lambda-service", "CAROL");
    expect(detail.body).toMatchObject({
      risk: "high",
      parameters: { type: "object", required: ["codeS3Bucket", "codeS3Key"] },
    });
    const example = await call("POST", "/v1/provisioning-requests?dryRun=true", "ALICE", detail.body.example.request);
    expect(example.status).toBe(200);
    expect(example.body.allowed).toBe(true);
    expect((await call("GET", "/v1/templates/mainframe", "CAROL")).status).toBe(404);
  });

  it("pages a team's list with a cursor and filters by status and template", async () => {
    const names = [unique("page"), unique("page"), unique("page")];
    for (const name of names) await create("VIC", devQueue(name)).then(() => undefined);
    const ids: string[] = [];
    for (const name of names) ids.push((await create("DAN", devQueue(name, "dan"))).body.id);
    for (const id of ids) await until(id, status("SUCCEEDED"));
    const first = await call("GET", "/v1/provisioning-requests?limit=2&template=sqs-queue&status=SUCCEEDED", "VIC");
    expect(first.body.items).toHaveLength(2);
    expect(first.body.cursor).toBeTypeOf("string");
    const second = await call(
      "GET",
      `/v1/provisioning-requests?limit=2&template=sqs-queue&status=SUCCEEDED&cursor=${first.body.cursor}`,
      "VIC",
    );
    const seen = [...first.body.items, ...second.body.items].map((r: { id: string }) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await call("GET", "/v1/provisioning-requests?cursor=garbage", "VIC")).body.errors[0].field).toBe(
      "query.cursor",
    );
    expect((await call("GET", "/v1/provisioning-requests?team=search", "ALICE")).body.items).toEqual([]);
  });

  it("extends a TTL, and refuses to shorten it", async () => {
    const created = await create("ALICE", devQueue(unique("ttl")));
    const done = await until(created.body.id, status("SUCCEEDED"));
    const later = new Date(Date.parse(done.expiresAt) + 3_600_000).toISOString();
    const extended = await call(
      "PATCH",
      `/v1/provisioning-requests/${done.id}`,
      "ALICE",
      { expiresAt: later },
      { "if-match": `"${done.version}"` },
    );
    expect(extended.status).toBe(200);
    expect(extended.body.expiresAt).toBe(later);
    const shorter = await call("PATCH", `/v1/provisioning-requests/${done.id}`, "ALICE", { expiresAt: done.expiresAt });
    expect(shorter.status).toBe(422);
    expect(shorter.body.errors[0].field).toBe("body.expiresAt");
  });
});

describe("who may do what", () => {
  it("hides another team's requests (404) and enforces roles on every route", async () => {
    const created = await create("ALICE", productionBucket(unique("matrix")));
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    const id = waiting.id;
    const routes: [string, string, unknown][] = [
      ["GET", `/v1/provisioning-requests/${id}`, undefined],
      ["PATCH", `/v1/provisioning-requests/${id}`, { expiresAt: "2030-01-01T00:00:00.000Z" }],
      ["POST", `/v1/provisioning-requests/${id}/approve`, { planHash: waiting.plan.hash }],
      ["POST", `/v1/provisioning-requests/${id}/reject`, { comment: "no" }],
      ["POST", `/v1/provisioning-requests/${id}/retry`, undefined],
      ["POST", `/v1/provisioning-requests/${id}/destroy`, undefined],
      ["POST", `/v1/provisioning-requests/${id}/cancel`, undefined],
    ];
    // Expected statuses per user for a payments request waiting for approval, requested by alice.
    // 409: allowed, but not in this status. Decisions are tried before cancel so the request stays waiting.
    const expected: Record<string, number[]> = {
      ALICE: [200, 409, 403, 403, 409, 409, 202], // developer, requester
      CAROL: [200, 403, 403, 403, 403, 403, 403], // viewer
      DAN: [404, 404, 404, 404, 404, 404, 404], // search developer
      ERIN: [404, 404, 404, 404, 404, 404, 404], // search approver
      VIC: [404, 404, 404, 404, 404, 404, 404], // search viewer
    };
    for (const [user, statuses] of Object.entries(expected)) {
      const seen: number[] = [];
      for (const [method, path, body] of routes) {
        if (user === "ALICE" && path.endsWith("/cancel")) continue;
        seen.push((await call(method, path, user, body)).status);
      }
      expect(seen, user).toEqual(user === "ALICE" ? statuses.slice(0, -1) : statuses);
    }
    // viewers cannot create; approvers of the team can decide (tested above); alice can cancel her own.
    expect((await create("CAROL", productionBucket(unique("viewer"), "carol"))).status).toBe(403);
    expect((await call("POST", `/v1/provisioning-requests/${id}/cancel`, "ALICE")).status).toBe(202);
  });
});

describe("the record and its execution agree", () => {
  it("never says running once its executions have ended", async () => {
    // Drive a mix to their ends first: a success, a failure, a cancellation.
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({ failResource: { match: "DeadLetterQueue", times: 1 } }),
    });
    const failing = (await create("DAN", devQueue(unique("agree"), "dan"))).body.id;
    const succeeding = (
      await create("DAN", {
        ...devQueue(unique("agree"), "dan"),
        template: "dynamodb-table",
        parameters: { partitionKey: { name: "pk" } },
      })
    ).body.id;
    await until(failing, status("FAILED", "SUCCEEDED"));
    await until(succeeding, status("FAILED", "SUCCEEDED"));
    const listed = await call("GET", "/v1/provisioning-requests?limit=100", "DAN");
    const running = new Set(["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "DESTROYING"]);
    for (const request of listed.body.items) {
      const executions = (await executionsOf(request.id)).filter((e) => !e.name.includes("expiry"));
      const anyRunning = executions.some((e) => e.status === "RUNNING");
      if (!anyRunning) expect(running.has(request.status), `${request.id} is ${request.status}`).toBe(false);
    }
  });

  it("leaves no record working without a running execution (the invariant of issue 16)", async () => {
    const sfn = new SFNClient({});
    await expectNothingStuck(() => breaches(cloud().apiClients.dynamodb, cloud().tableName, sfn));
    sfn.destroy();
  });
});
