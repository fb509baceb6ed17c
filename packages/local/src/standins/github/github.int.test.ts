import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { OctokitGitHubApp } from "@plinth/aws";
import { Delivery } from "@plinth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitHubStandIn } from "./github";
import { GitHubContract, serveValidated } from "./github-contract";

/**
 * The GitHub stand-in through the real Octokit adapter Plinth deploys (`@octokit/core` +
 * `@octokit/auth-app`: a real RS256 app JWT, real installation tokens), every REST answer held to
 * GitHub's own OpenAPI description (the committed subset of @octokit/openapi): its status must be one
 * GitHub documents for the operation and its body must match that status's schema. (Integration
 * tier: the repositories are the machine's git.)
 */
const run = promisify(execFile);

const contract = new GitHubContract();
let github: GitHubStandIn;
let close: () => Promise<void>;
let directory: string;
let app: OctokitGitHubApp;
const clock = { now: () => new Date() };
/** The runner's modelled minutes in milliseconds. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms / 1000));

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "plinth-github-test-"));
  github = new GitHubStandIn({ directory, clock, sleep });
  const served = await serveValidated(github, contract);
  close = served.close;
  github.listening(served.url);
  github.install("acme");
  github.install("limited", { contents: "write", pull_requests: "write", metadata: "read" });
  await github.createRepository("acme/checkout", { "package.json": '{ "name": "checkout" }\n' });
  await github.createRepository("limited/site");
  app = new OctokitGitHubApp({ appId: String(github.appId), privateKey: github.privateKey, baseUrl: github.apiUrl });
});

afterAll(async () => {
  await close();
  rmSync(directory, { recursive: true, force: true });
  expect(contract.violations).toEqual([]);
  expect(contract.validated).toBeGreaterThan(15);
});

const repo = { owner: "acme", name: "checkout" };
const workflowPath = ".github/workflows/plinth-checkout.yml";

describe("GitHub stand-in, through the Octokit adapter", () => {
  it("finds the app's installation on an organisation, and none where it is not installed", async () => {
    expect(await app.installationFor("acme")).toEqual(expect.any(Number));
    expect(await app.installationFor("nobody")).toBeUndefined();
  });

  it("commits a workflow file on a new branch, opens a pull request, merges it, and git clones the result", async () => {
    const installation = (await app.installationFor("acme")) as number;
    const described = await app.repository(installation, repo);
    expect(described.defaultBranch).toBe("main");
    const base = (await app.branchHead(installation, repo, "main")) as string;
    await app.createBranch(installation, repo, "plinth/pipeline", base);
    await app.createBranch(installation, repo, "plinth/pipeline", base); // already there: fine
    const commit = await app.writeFile(installation, repo, {
      branch: "plinth/pipeline",
      path: workflowPath,
      content: "name: checkout\non: push\njobs: {}\n",
      message: "Add the pipeline",
    });
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const read = await app.readFile(installation, repo, workflowPath, "plinth/pipeline");
    expect(read?.content).toBe("name: checkout\non: push\njobs: {}\n");
    // Replacing it needs the blob's sha, as on GitHub; a stale one is refused.
    await expect(
      app.writeFile(installation, repo, {
        branch: "plinth/pipeline",
        path: workflowPath,
        content: "x\n",
        message: "stale",
      }),
    ).rejects.toThrow(/409/);

    const pull = await app.openPull(installation, repo, {
      title: "Add the pipeline",
      body: "why",
      head: "plinth/pipeline",
      base: "main",
    });
    expect(pull).toMatchObject({
      state: "open",
      url: `${new URL(github.apiUrl).origin}/acme/checkout/pull/${pull.number}`,
    });
    expect(await app.openPullFrom(installation, repo, "plinth/pipeline")).toMatchObject({ number: pull.number });
    await github.control({ action: "merge", repository: "acme/checkout", number: pull.number });
    const merged = await app.pull(installation, repo, pull.number);
    expect(merged.state).toBe("merged");
    expect(merged.mergeCommitSha).toMatch(/^[0-9a-f]{40}$/);
    await app.deleteBranch(installation, repo, "plinth/pipeline");
    await app.deleteBranch(installation, repo, "plinth/pipeline"); // already gone: fine
    expect(await app.branchHead(installation, repo, "plinth/pipeline")).toBeUndefined();

    const clone = join(directory, "clone");
    // Asynchronously: the stand-in answers git from this same process.
    await run("git", ["clone", "--quiet", described.cloneUrl, clone], {
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
    });
    expect(readFileSync(join(clone, workflowPath), "utf8")).toBe("name: checkout\non: push\njobs: {}\n");
    const { stdout: log } = await run("git", ["-C", clone, "log", "--format=%s", "-n", "2"]);
    expect(log).toContain(`Merge pull request #${pull.number}`);
  });

  it("creates environments with a branch rule and a variable, and updates the variable on a second run", async () => {
    const installation = (await app.installationFor("acme")) as number;
    await app.putEnvironment(installation, repo, "production", {
      protectedBranchesOnly: true,
      variables: { AWS_ROLE_ARN: "arn:1" },
    });
    await app.putEnvironment(installation, repo, "production", {
      protectedBranchesOnly: true,
      variables: { AWS_ROLE_ARN: "arn:2" },
    });
    const seen = github.inspect().repositories.find((candidate) => candidate.fullName === "acme/checkout");
    expect(seen?.environments).toEqual([
      { name: "production", protectedBranchesOnly: true, variables: { AWS_ROLE_ARN: "arn:2" } },
    ]);
    await app.deleteEnvironment(installation, repo, "production");
    await app.deleteEnvironment(installation, repo, "production");
  });

  it("refuses a workflow file without the workflows permission, as GitHub does, naming the call", async () => {
    const installation = (await app.installationFor("limited")) as number;
    const site = { owner: "limited", name: "site" };
    const error = await app
      .writeFile(installation, site, {
        branch: "main",
        path: ".github/workflows/x.yml",
        content: "on: push\n",
        message: "m",
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Delivery.GitHubCallFailed);
    expect(error).toMatchObject({ status: 403, call: "PUT /repos/limited/site/contents/.github/workflows/x.yml" });
    expect((error as Error).message).toMatch(/without `workflows` permission/);
  });

  it("hides another organisation's repository (404) and answers injected faults with GitHub's bodies", async () => {
    const other = (await app.installationFor("limited")) as number;
    await expect(app.repository(other, repo)).rejects.toMatchObject({ status: 404 });
    await github.control({ action: "fail", method: "PUT", path: "/environments/", status: 422, times: 1 });
    const installation = (await app.installationFor("acme")) as number;
    await expect(
      app.putEnvironment(installation, repo, "dev", { protectedBranchesOnly: false, variables: {} }),
    ).rejects.toMatchObject({ status: 422, call: "PUT /repos/acme/checkout/environments/dev" });
  });

  it("checks the app JWT as GitHub does", async () => {
    const bad = await fetch(`${github.apiUrl}/app`, { headers: { authorization: "Bearer not-a-jwt" } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ message: "A JSON web token could not be decoded" });
    const none = await fetch(`${github.apiUrl}/repos/acme/checkout`);
    expect(none.status).toBe(401);
  });

  it("keeps organisations, repositories and pull requests across a restart on the same directory", async () => {
    const durable = mkdtempSync(join(tmpdir(), "plinth-github-durable-"));
    try {
      const first = new GitHubStandIn({ directory: durable, clock });
      first.install("acme");
      await first.createRepository("acme/kept");
      const reopened = new GitHubStandIn({ directory: durable, clock });
      expect(reopened.inspect()).toEqual(first.inspect());
      expect(reopened.installationOf("acme")).toBe(first.installationOf("acme"));
      // The repository is adopted, not created again (its refs exist).
      await reopened.createRepository("acme/kept");
      expect(reopened.appId).toBe(first.appId);
      expect(reopened.privateKey).toBe(first.privateKey);
    } finally {
      rmSync(durable, { recursive: true, force: true });
    }
  });

  it("dispatches a workflow and answers the run's id, runs its jobs, and reruns the failed ones as the next attempt", async () => {
    const installation = (await app.installationFor("acme")) as number;
    const octokit = new Octokit({
      authStrategy: createAppAuth,
      auth: { appId: github.appId, privateKey: github.privateKey, installationId: installation },
      baseUrl: github.apiUrl,
    });
    const base = { owner: "acme", repo: "checkout" };
    await app.writeFile(installation, repo, {
      branch: "main",
      path: ".github/workflows/deploy.yml",
      content:
        "name: deploy\non:\n  workflow_dispatch: {}\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - name: Test\n        run: npm test\n  ship:\n    needs: build\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ship\n",
      message: "Add deploy",
    });
    await app.writeFile(installation, repo, {
      branch: "main",
      path: ".github/workflows/push-only.yml",
      content: "on: push\njobs: {}\n",
      message: "Add push-only",
    });
    const dispatch = (workflow: string, details: boolean) =>
      octokit.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
        ...base,
        workflow_id: workflow,
        ref: "main",
        return_run_details: details,
      });
    await github.control({ action: "fail-job", repository: "acme/checkout", job: "build", step: "Test" });
    const first = await dispatch("deploy.yml", true);
    expect(first.status).toBe(200);
    const runId = (first.data as { workflow_run_id: number }).workflow_run_id;
    expect((await dispatch("deploy.yml", false)).status).toBe(204);
    await expect(dispatch("push-only.yml", true)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Workflow does not have 'workflow_dispatch' trigger"),
    });
    const read = async () =>
      (await octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { ...base, run_id: runId })).data;
    expect(await read()).toMatchObject({ id: runId, run_attempt: 1, event: "workflow_dispatch", head_branch: "main" });
    const until = async (done: (run: Awaited<ReturnType<typeof read>>) => boolean) => {
      for (let i = 0; i < 400; i++) {
        const current = await read();
        if (done(current)) return current;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`run ${runId} never got there: ${JSON.stringify(await read())}`);
    };
    await until((run) => run.status === "completed");
    expect(await read()).toMatchObject({ status: "completed", conclusion: "failure" });
    const jobs = async () =>
      (await octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", { ...base, run_id: runId })).data
        .jobs;
    expect((await jobs()).map((job) => [job.name, job.conclusion])).toEqual([
      ["build", "failure"],
      ["ship", "skipped"],
    ]);
    const rerun = () =>
      octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", { ...base, run_id: runId });
    expect((await rerun()).status).toBe(201);
    await until((run) => run.run_attempt === 2 && run.status === "completed");
    expect(await read()).toMatchObject({ conclusion: "success", run_attempt: 2 });
    expect((await jobs()).map((job) => [job.name, job.conclusion])).toEqual([
      ["build", "success"],
      ["ship", "success"],
    ]);
    await expect(rerun()).rejects.toMatchObject({ status: 403 });
  });
});
