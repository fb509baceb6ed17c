import { describe, expect, it } from "vitest";
import { deliveryHarness } from "./support/delivery";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";

// CI/CD part 2 (issue 29): GitHub's webhooks flow back. The stand-in runs the merged workflow file,
// sends signed deliveries to the API, and Plinth records runs, jobs and deployments from them —
// in order, once, whatever GitHub's delivery does (duplicates, reordering, drops recovered by the sweep).
const harness = useLocalCloud("dlv", { timeScale: 0.001 });
const { cloud, call, poll } = harness;
const { activePipeline, deliver } = deliveryHarness(harness);

const completed = (runs: string) =>
  poll(
    runs,
    (list) => list.items?.length > 0 && list.items.every((run: Body) => run.status === "completed"),
    "ALICE",
    30_000,
  );

describe("runs and deployments from GitHub's webhooks", () => {
  it("merge → a push run of the real workflow → dev, staging and production deployed; records match GitHub", async () => {
    const { service, pipeline, runs } = await activePipeline(["dev", "staging"]);
    const list = await completed(runs);
    expect(list.items).toHaveLength(1);
    const [run] = list.items;
    expect(run).toMatchObject({
      pipelineId: pipeline.id,
      event: "push",
      status: "completed",
      conclusion: "success",
      headBranch: "main",
      workflowPath: pipeline.workflowPath,
    });
    const detail = (await call("GET", `${runs}/${run.runId}`, "ALICE")).body;
    expect(detail.jobs.map((job: Body) => [job.name, job.conclusion])).toEqual([
      ["Build and test", "success"],
      ["Deploy to dev", "success"],
      ["Deploy to staging", "success"],
    ]);
    expect(detail.jobs[0].steps.map((step: Body) => step.name)).toEqual([
      "Set up job",
      "Check out",
      "Set up Node.js 24",
      "Install",
      "Test",
      "Complete job",
    ]);
    const github = cloud()
      .github.inspect()
      .repositories.find((repo) => repo.fullName === `acme/${service}`);
    expect(github?.runs[0]).toMatchObject({ id: run.runId, status: "completed", conclusion: "success" });

    const deployments = await poll(
      `/v1/services/${service}/deployments`,
      (body) => body.items?.length === 2 && body.items.every((d: Body) => d.state === "success"),
      "ALICE",
    );
    expect(deployments.items.map((d: Body) => [d.environment, d.sha, d.runId])).toEqual([
      ["staging", run.headSha, run.runId],
      ["dev", run.headSha, run.runId],
    ]);
    expect(deployments.items.every((d: Body) => d.finishedAt >= d.startedAt && d.startedAt >= d.createdAt)).toBe(true);
    const staging = await call("GET", `/v1/services/${service}/deployments?environment=staging`, "ALICE");
    expect(staging.body.items).toHaveLength(1);
  });

  it("answers forged, malformed, oversized and unknown deliveries without recording them", async () => {
    const forged = await deliver("workflow_run", { action: "completed" }, { secret: "not-the-secret" });
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe("unauthenticated");
    const ping = await deliver("ping", { zen: "Design for failure.", hook_id: 1 });
    expect(ping).toMatchObject({ status: 200, body: { status: "pong" } });
    const unknown = await deliver("star", { action: "created" });
    expect(unknown).toMatchObject({ status: 202, body: { status: "ignored" } });
    const malformed = await deliver("workflow_run", undefined, { body: "{not json" });
    expect(malformed.status).toBe(400);
    const lacking = await deliver("workflow_run", { action: "completed", repository: { name: "x" } });
    expect(lacking.status).toBe(422);
    expect(lacking.body.errors.map((e: Body) => e.field)).toContain("body.workflow_run");
    const huge = await deliver("workflow_run", { padding: "x".repeat(1_100_000) });
    expect(huge.status).toBe(413);
  });
});

describe("the production gate", () => {
  const approvals = (user = "BOB") => call("GET", "/v1/deployment-approvals", user);
  const waitingFor = (service: string, sha?: string) =>
    poll(
      "/v1/deployment-approvals",
      (list) => list.items?.some((a: Body) => a.serviceId === service && a.decidable && (!sha || a.sha === sha)),
      "BOB",
      30_000,
    ).then((list) => list.items.find((a: Body) => a.serviceId === service && (!sha || a.sha === sha)));
  const approvalOf = (id: string, done: (a: Body) => boolean) =>
    poll(`/v1/deployment-approvals/${id}`, done, "BOB", 30_000);

  it("production waits for an approver in Plinth, bound to the commit that passed staging; approved → deployed", async () => {
    const { service, runs } = await activePipeline(["dev", "staging", "production"]);
    const gate = await waitingFor(service);
    expect(gate).toMatchObject({
      status: "WAITING",
      environment: "production",
      team: "payments",
      requestedBy: "reviewer",
      previous: { environment: "staging", succeeded: true },
    });
    const [run] = (await call("GET", runs, "ALICE")).body.items;
    expect(gate.sha).toBe(run.headSha);
    expect(["waiting", "in_progress"]).toContain(run.status);

    // A decision names the commit and the environment it was made for.
    const other = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
      sha: "0".repeat(40),
      environment: "production",
    });
    expect(other.status).toBe(409);
    expect(other.body.errors[0].field).toBe("body.sha");
    expect(
      (
        await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "ALICE", {
          sha: gate.sha,
          environment: "production",
        })
      ).status,
    ).toBe(403);
    const approved = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
      sha: gate.sha,
      environment: "production",
      comment: "release 1",
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: "APPROVED", decidedBy: "bob" });
    const told = await approvalOf(gate.id, (a) => a.answeredAt !== undefined);
    expect(told.timeline.at(-1).message).toBe("GitHub told: approved");
    await completed(runs);
    const production = await poll(
      `/v1/services/${service}/deployments?environment=production`,
      (body) => body.items?.[0]?.state === "success",
      "ALICE",
    );
    expect(production.items[0].sha).toBe(gate.sha);
    expect((await approvals()).body.items.some((a: Body) => a.id === gate.id)).toBe(false);
  });

  it("refuses a self-approval: who dispatched the run cannot approve it; another approver can", async () => {
    const { service, runs } = await activePipeline(["dev", "production"]);
    const merged = await waitingFor(service);
    expect(
      (await call("POST", `/v1/deployment-approvals/${merged.id}/reject`, "BOB", { reason: "not this one" })).status,
    ).toBe(200);
    const dispatched = await call("POST", runs, "BOB", {}, { "idempotency-key": `run-${service}` });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(202);
    expect(dispatched.body).toMatchObject({ event: "workflow_dispatch", dispatchedBy: "bob" });
    const replay = await call("POST", runs, "BOB", {}, { "idempotency-key": `run-${service}` });
    expect(replay.body.runId).toBe(dispatched.body.runId);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const gate = await poll(
      "/v1/deployment-approvals",
      (list) => list.items?.some((a: Body) => a.runId === dispatched.body.runId && a.decidable),
      "BOB",
      30_000,
    ).then((list) => list.items.find((a: Body) => a.runId === dispatched.body.runId));
    expect(gate.dispatchedBy).toBe("bob");
    const self = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
      sha: gate.sha,
      environment: "production",
    });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe("self_approval");
    const other = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "ROOT", {
      sha: gate.sha,
      environment: "production",
    });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    const run = await poll(`${runs}/${dispatched.body.runId}`, (r) => r.status === "completed", "ALICE", 30_000);
    expect(run.conclusion).toBe("success");
    const rejected = await poll(`${runs}/${merged.runId}`, (r) => r.status === "completed", "ALICE", 30_000);
    expect(rejected.conclusion).toBe("failure");
    expect(rejected.jobs.at(-1)).toMatchObject({ name: "Deploy to production", conclusion: "failure" });
  });

  it("refuses a commit that skipped staging, and every production deploy while the team is frozen — the reason shown in GitHub", async () => {
    const { service, runs } = await activePipeline(["dev", "staging", "production"]);
    const merged = await waitingFor(service);
    expect(
      (await call("POST", `/v1/deployment-approvals/${merged.id}/reject`, "BOB", { reason: "later" })).status,
    ).toBe(200);
    // A hand-written workflow that goes straight to production: the gate is the environment's, not the file's.
    const pushed = (await cloud().github.control({
      action: "push",
      repository: `acme/${service}`,
      files: {
        ".github/workflows/hotfix.yml":
          "name: hotfix\non:\n  push:\n    branches: [main]\njobs:\n  ship:\n    runs-on: ubuntu-24.04\n    environment: production\n    steps:\n      - run: echo ship\n",
      },
      message: "Hotfix straight to production",
      author: "alice",
    })) as { sha: string; runs: number[] };
    const refused = await poll(
      "/v1/deployment-approvals?team=payments&status=REFUSED",
      (list) => list.items?.some((a: Body) => a.sha === pushed.sha && a.answeredAt),
      "BOB",
      30_000,
    ).then((list) => list.items.find((a: Body) => a.sha === pushed.sha));
    expect(refused.reason).toMatch(/has not succeeded in staging/);
    expect(refused.previous).toEqual({ environment: "staging", succeeded: false });
    const hotfix = cloud()
      .github.inspect()
      .repositories.find((repo) => repo.fullName === `acme/${service}`)
      ?.runs.find((run) => run.path === ".github/workflows/hotfix.yml");
    await poll(
      `/v1/services/${service}/deployments?environment=production`,
      (b) => b.items?.some((d: Body) => d.sha === pushed.sha && d.state === "failure"),
      "ALICE",
    );
    expect(hotfix).toBeDefined();

    const frozen = await call("PUT", "/v1/deploy-freezes/payments", "BOB", { reason: "quarter-end close" });
    expect(frozen.status).toBe(200);
    expect((await call("PUT", "/v1/deploy-freezes/platform", "BOB", { reason: "nope" })).status).toBe(403);
    try {
      const dispatched = await call("POST", runs, "ALICE", {});
      const gate = await poll(
        "/v1/deployment-approvals?team=payments&status=REFUSED",
        (list) => list.items?.some((a: Body) => a.runId === dispatched.body.runId && a.answeredAt),
        "BOB",
        30_000,
      ).then((list) => list.items.find((a: Body) => a.runId === dispatched.body.runId));
      expect(gate.reason).toBe("payments's production deploys are frozen: quarter-end close (bob)");
      const reports = cloud().github.inspect().gateReports;
      expect(reports.some((r) => r.runId === dispatched.body.runId)).toBe(false);
    } finally {
      expect((await call("DELETE", "/v1/deploy-freezes/payments", "BOB")).status).toBe(204);
    }
  });
});
