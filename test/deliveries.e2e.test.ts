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
