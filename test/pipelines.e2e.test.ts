import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { SFNClient, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { deliveryHarness, tags, unique } from "./support/delivery";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";

// CI/CD part 1 (issue 28) through the real API, SDK clients, local cloud and the GitHub stand-in's
// real git repositories: a service gets a pipeline — deploy roles provisioned through the normal flow
// (production approved by an approver), GitHub environments, a pull request with the workflow file —
// and it is ACTIVE when the pull request merges. Failure paths, cancel, retry and the upgrade offer.
const { cloud, call, poll, client } = useLocalCloud("pipe", { timeScale: 0.001 });
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "plinth-pipelines-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const { serviceWithRepository, pipelineOf, approveRole, repository } = deliveryHarness({ cloud, call, poll, client });

/** A dev-only node-lambda-sst pipeline of a new service, created and followed to its open pull request. */
async function awaitingMerge() {
  const service = await serviceWithRepository();
  const created = await call("POST", `/v1/services/${service}/pipelines`, "ALICE", {
    template: "node-lambda-sst",
    parameters: { environments: ["dev"] },
    tags,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  const open = await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE");
  return { service, created, open };
}

describe("pipelines", () => {
  it("dry run: the YAML, the roles and their approvals, the pull request — and nothing written", async () => {
    const service = await serviceWithRepository();
    const plan = await call("POST", `/v1/services/${service}/pipelines?dryRun=true`, "ALICE", {
      template: "node-lambda-sst",
      parameters: { environments: ["dev", "production"] },
      tags,
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    expect(plan.body.workflowPath).toBe(`.github/workflows/plinth-${service}.yml`);
    expect(plan.body.lint).toEqual({ tool: "actionlint 1.7", findings: [] });
    const workflow = parse(plan.body.yaml);
    expect(Object.keys(workflow.jobs)).toEqual(["build", "deploy-dev", "deploy-production"]);
    expect(plan.body.roles).toEqual([
      {
        environment: "dev",
        template: "github-deploy-role",
        subject: `repo:acme/${service}:environment:dev`,
        approval: "not-required",
      },
      {
        environment: "production",
        template: "github-deploy-role",
        subject: `repo:acme/${service}:environment:production`,
        approval: "required",
      },
    ]);
    expect(plan.body.pullRequest.branch).toBe("plinth/pipeline-node-lambda-sst-1.1.0");
    expect((await call("GET", `/v1/services/${service}/pipelines`, "ALICE")).body.items).toEqual([]);
    expect(repository(`acme/${service}`)?.pulls).toEqual([]);
  });

  it("sets up a pipeline: roles (production approved), environments, a pull request with the workflow; merged → ACTIVE; git clone shows it", async () => {
    const service = await serviceWithRepository();
    const created = await call(
      "POST",
      `/v1/services/${service}/pipelines`,
      "ALICE",
      { template: "node-lambda-sst", parameters: { environments: ["dev", "production"] }, tags },
      { "idempotency-key": `setup-${service}` },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    expect(created.headers.get("location")).toBe(`/v1/services/${service}/pipelines/${created.body.id}`);
    const replay = await call(
      "POST",
      `/v1/services/${service}/pipelines`,
      "ALICE",
      { template: "node-lambda-sst", parameters: { environments: ["dev", "production"] }, tags },
      { "idempotency-key": `setup-${service}` },
    );
    expect(replay.body.id).toBe(created.body.id);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");

    // The production role waits for an approver of the team, like any production request.
    const waiting = await pipelineOf(service, created.body.id, (p) =>
      p.roles.some((r: Body) => r.status === "AWAITING_APPROVAL"),
    );
    expect(waiting.status).toBe("SETTING_UP");
    expect(waiting.timeline.at(-1).message).toMatch(/production \(awaits an approver\)/);
    const production = waiting.roles.find((r: Body) => r.environment === "production");
    const role = (await call("GET", `/v1/provisioning-requests/${production.requestId}`, "ALICE")).body;
    expect(role).toMatchObject({
      template: { id: "github-deploy-role" },
      environment: "production",
      service,
      requestedBy: "alice",
    });
    await approveRole(production.requestId);

    const open = await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE");
    expect(open.repository.cloneUrl).toBe(`${cloud().githubUrl}/acme/${service}.git`);
    expect(open.change.pullRequest.url).toBe(`${cloud().githubUrl}/acme/${service}/pull/1`);
    expect(open.roles.every((r: Body) => r.status === "SUCCEEDED" && r.roleArn?.startsWith("arn:aws:iam::"))).toBe(
      true,
    );
    const repo = repository(`acme/${service}`);
    expect(repo?.environments).toEqual([
      { name: "dev", protectedBranchesOnly: false, variables: { AWS_ROLE_ARN: open.roles[0].roleArn } },
      { name: "production", protectedBranchesOnly: true, variables: { AWS_ROLE_ARN: open.roles[1].roleArn } },
    ]);
    expect(repo?.pulls).toEqual([
      {
        number: 1,
        title: expect.stringContaining("Add the"),
        state: "open",
        merged: false,
        head: "plinth/pipeline-node-lambda-sst-1.1.0",
        base: "main",
      },
    ]);

    // The branch with the workflow file in a real commit, read with git.
    const branchClone = join(scratch, `${service}-branch`);
    await run("git", ["clone", "--quiet", "--branch", open.change.branch, open.repository.cloneUrl, branchClone]);
    const file = readFileSync(join(branchClone, open.workflowPath), "utf8");
    expect(file).toContain("# Generated by Plinth from the pipeline template node-lambda-sst 1.1.0");
    expect(parse(file).jobs["deploy-production"].environment).toEqual({ name: "production" });

    await cloud().github.control({ action: "merge", repository: `acme/${service}`, number: 1 });
    const active = await pipelineOf(service, created.body.id, (p) => p.status === "ACTIVE");
    expect(active.live).toMatchObject({
      id: "node-lambda-sst",
      version: "1.1.0",
      contentHash: open.change.template.contentHash,
    });
    expect(active.upgradeAvailable).toBeUndefined();
    const mainClone = join(scratch, `${service}-main`);
    await run("git", ["clone", "--quiet", open.repository.cloneUrl, mainClone]);
    expect(readFileSync(join(mainClone, open.workflowPath), "utf8")).toBe(file);
    // The merged branch is gone.
    expect(
      cloud()
        .github.inspect()
        .repositories.find((r) => r.fullName === `acme/${service}`)?.pulls[0]?.merged,
    ).toBe(true);
    const { stdout: branches } = await run("git", ["ls-remote", "--heads", open.repository.cloneUrl]);
    expect(branches).not.toContain("plinth/pipeline");

    // One pipeline per service.
    const second = await call("POST", `/v1/services/${service}/pipelines`, "ALICE", { template: "static-site", tags });
    expect(second.status).toBe(409);
  });

  it("refuses a repository in an organisation the team has not connected (clear 409, nothing written)", async () => {
    const id = unique("svc");
    await call("POST", "/v1/services", "ALICE", {
      id,
      repository: { provider: "github", owner: "elsewhere", name: id },
    });
    const refused = await call("POST", `/v1/services/${id}/pipelines`, "ALICE", { template: "node-lambda-sst", tags });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: "integration_required",
      errors: [{ field: "service.repository.owner" }],
    });
    expect(refused.body.detail).toMatch(
      /install the Plinth GitHub App there, then plinth github connect elsewhere --team payments/,
    );
    const notInstalled = await call("PUT", "/v1/teams/payments/github/elsewhere", "BOB");
    expect(notInstalled.status).toBe(409);
    expect(notInstalled.body.detail).toMatch(/not installed on elsewhere/);
    expect((await call("GET", `/v1/services/${id}/pipelines`, "ALICE")).body.items).toEqual([]);
  });

  it("fails naming GitHub's answer when GitHub refuses a call, then a retry finishes from where it stopped", async () => {
    const service = await serviceWithRepository();
    await cloud().github.control({
      action: "fail",
      method: "PUT",
      path: `/repos/acme/${service}/environments/`,
      status: 422,
      times: 1,
    });
    const created = await call("POST", `/v1/services/${service}/pipelines`, "ALICE", {
      template: "static-site",
      parameters: { environments: ["dev"] },
      tags,
    });
    expect(created.status).toBe(202);
    const failed = await pipelineOf(service, created.body.id, (p) => p.status === "FAILED");
    expect(failed.failure).toMatchObject({ step: "environments", error: "Plinth.GitHubCallFailed" });
    expect(failed.failure.cause).toBe(
      `GitHub answered 422 to PUT /repos/acme/${service}/environments/dev: Validation Failed`,
    );
    expect(failed.timeline.at(-1).message).toMatch(/kept for a retry: deploy role requests pr-/);

    // GitHub refusing the pull request (403) on the retry: FAILED again, at that step, naming it.
    await cloud().github.control({
      action: "fail",
      method: "POST",
      path: `/repos/acme/${service}/pulls$`,
      status: 403,
    });
    expect((await call("POST", `/v1/services/${service}/pipelines/${created.body.id}/retry`, "ALICE")).status).toBe(
      202,
    );
    const refused = await pipelineOf(service, created.body.id, (p) => p.status === "FAILED" && p.attempt === 2);
    expect(refused.failure).toEqual({
      step: "pull-request",
      error: "Plinth.GitHubCallFailed",
      cause: `GitHub answered 403 to POST /repos/acme/${service}/pulls: Resource not accessible by integration`,
    });

    const retried = await call("POST", `/v1/services/${service}/pipelines/${created.body.id}/retry`, "ALICE");
    expect(retried.status, JSON.stringify(retried.body)).toBe(202);
    const open = await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE");
    // The same role request as before: the retry found it.
    expect(open.roles.map((r: Body) => r.requestId)).toEqual(failed.roles.map((r: Body) => r.requestId));
    expect(repository(`acme/${service}`)?.pulls).toHaveLength(1);
  });

  it("cancel mid-setup closes the pull request, deletes the branch, removes the roles and environments", async () => {
    const { service, created, open } = await awaitingMerge();
    const cancelled = await call("POST", `/v1/services/${service}/pipelines/${created.body.id}/cancel`, "ALICE");
    expect(cancelled.status).toBe(202);
    expect(cancelled.body.status).toBe("CANCELLED");
    const cleaned = await pipelineOf(service, created.body.id, (p) => p.timeline.at(-1).step === "cleanup");
    expect(cleaned.status).toBe("CANCELLED");
    expect(cleaned.timeline.at(-1).message).toMatch(/closed #1, deleted plinth\/pipeline-node-lambda-sst-1.1.0/);
    const repo = repository(`acme/${service}`);
    expect(repo?.pulls[0]).toMatchObject({ state: "closed", merged: false });
    expect(repo?.environments).toEqual([]);
    const { stdout: branches } = await run("git", ["ls-remote", "--heads", open.repository.cloneUrl]);
    expect(branches).not.toContain("plinth/");
    await poll(
      `/v1/provisioning-requests/${open.roles[0].requestId}`,
      (r) => r.status === "DESTROYED",
      "ALICE",
      30_000,
    );
    // The service may have a pipeline again.
    const again = await call("POST", `/v1/services/${service}/pipelines?dryRun=true`, "ALICE", {
      template: "node-lambda-sst",
      tags,
    });
    expect(again.status).toBe(200);
  });

  it("is failed by the reconciler when its execution is stopped outside Plinth, and a retry resumes the wait", async () => {
    const { service, created, open } = await awaitingMerge();
    const sfn = new SFNClient({});
    await sfn.send(
      new StopExecutionCommand({ executionArn: open.execution, error: "Operator.Stopped", cause: "stopped by hand" }),
    );
    sfn.destroy();
    const failed = await pipelineOf(service, created.body.id, (p) => p.status === "FAILED");
    expect(failed.failure).toMatchObject({ step: "workflow", error: "Operator.Stopped", cause: "stopped by hand" });
    expect((await call("POST", `/v1/services/${service}/pipelines/${created.body.id}/retry`, "ALICE")).status).toBe(
      202,
    );
    // The same pull request: the retry found it and waits for its merge again.
    const waiting = await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE" && p.attempt === 2);
    expect(waiting.change.pullRequest).toEqual(open.change.pullRequest);
    expect(repository(`acme/${service}`)?.pulls).toHaveLength(1);
  });

  it("offers the newer template version to a repository on an older one, and the upgrade pull request changes only the workflow file", async () => {
    const service = await serviceWithRepository();
    const created = await call("POST", `/v1/services/${service}/pipelines`, "ALICE", {
      template: "node-lambda-sst",
      templateVersion: "1.0.0",
      parameters: { environments: ["dev"] },
      tags,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE");
    await cloud().github.control({ action: "merge", repository: `acme/${service}`, number: 1 });
    const active = await pipelineOf(service, created.body.id, (p) => p.status === "ACTIVE");
    expect(active).toMatchObject({ live: { version: "1.0.0" }, upgradeAvailable: "1.1.0" });

    const outdated = await call("GET", "/v1/pipelines/outdated?template=node-lambda-sst", "ALICE");
    expect(outdated.body.items.map((p: Body) => p.id)).toContain(created.body.id);
    expect((await call("GET", "/v1/pipelines/outdated", "DAN")).body.items.map((p: Body) => p.id)).not.toContain(
      created.body.id,
    );

    const upgrade = await call("POST", `/v1/services/${service}/pipelines/${created.body.id}/upgrade`, "ALICE");
    expect(upgrade.status, JSON.stringify(upgrade.body)).toBe(202);
    const proposed = await pipelineOf(service, created.body.id, (p) => p.change.pullRequest?.number === 2);
    expect(proposed.status).toBe("UPGRADING");
    const clone = join(scratch, `${service}-upgrade`);
    await run("git", ["clone", "--quiet", "--branch", proposed.change.branch, proposed.repository.cloneUrl, clone]);
    const { stdout: files } = await run("git", ["-C", clone, "diff", "--name-only", "origin/main...HEAD"]);
    expect(files.trim()).toBe(proposed.workflowPath);
    const { stdout: diff } = await run("git", ["-C", clone, "diff", "origin/main...HEAD"]);
    expect(diff).toContain("+        run: npx sst deploy --stage dev --print-logs");

    await cloud().github.control({ action: "merge", repository: `acme/${service}`, number: 2 });
    const upgraded = await pipelineOf(
      service,
      created.body.id,
      (p) => p.status === "ACTIVE" && p.live.version === "1.1.0",
    );
    expect(upgraded.upgradeAvailable).toBeUndefined();
    expect((await call("GET", "/v1/pipelines/outdated", "ALICE")).body.items.map((p: Body) => p.id)).not.toContain(
      created.body.id,
    );
  });
});
