import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { OctokitGitHubApp } from "@plinth/aws";
import { Delivery } from "@plinth/core";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveOnLoopback } from "../../http";
import { GitHubStandIn } from "./github";
import subset from "./github-openapi.subset.json" with { type: "json" };

/**
 * The GitHub stand-in through the real Octokit adapter Plinth deploys (`@octokit/core` +
 * `@octokit/auth-app`: a real RS256 app JWT, real installation tokens), every REST answer held to
 * GitHub's own OpenAPI description (the committed subset of @octokit/openapi): its status must be one
 * GitHub documents for the operation and its body must match that status's schema. (Integration
 * tier: the repositories are the machine's git.)
 */
type Json = Record<string, unknown>;
const run = promisify(execFile);
/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms (Ajv reads it only beside a `type`). And
 * `oneOf` read as `anyOf`: GitHub's error unions (`basic-error` | `repository-rule-violation-error`)
 * have no required fields, so every error body matches both and no body could satisfy "exactly one".
 */
function nullableToJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableToJsonSchema);
  if (!value || typeof value !== "object") return value;
  const { nullable, oneOf, ...rest } = value as Json;
  if (oneOf !== undefined) rest.anyOf = oneOf;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, nullableToJsonSchema(inner)]));
  if (nullable !== true) return converted;
  return typeof converted.type === "string"
    ? { ...converted, type: [converted.type, "null"] }
    : { anyOf: [converted, { type: "null" }] };
}
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(nullableToJsonSchema(subset) as Json, "github.json");
const operations = Object.entries(
  subset.paths as Record<string, Record<string, { responses: Record<string, Json> }>>,
).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    pattern: new RegExp(`^/api/v3${path.replace(/\{(ref|path)\}/g, ".+").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    responses: operation.responses,
  })),
);
const violations: string[] = [];
let validated = 0;

async function validate(request: { method: string; url: string }, response: Response): Promise<void> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith("/api/v3/")) return;
  const candidates = operations.filter((op) => op.method === request.method && op.pattern.test(pathname));
  // The most specific path: `/git/ref/{ref}` over `/contents/{path}` and so on.
  const operation = candidates.sort((a, b) => b.path.length - a.path.length)[0];
  if (!operation) {
    violations.push(`${request.method} ${pathname}: not an operation of the subset`);
    return;
  }
  const documented = operation.responses[String(response.status)];
  // GitHub answers 401, 403 ("Resource not accessible by integration"), 404 and 422 (a validation
  // failure, e.g. dispatching a workflow without a `workflow_dispatch` trigger) on routes that do not
  // list them; their bodies are still held to `basic-error`.
  if (!documented && ![401, 403, 404, 422].includes(response.status)) {
    violations.push(`${request.method} ${operation.path}: ${response.status} is not documented`);
    return;
  }
  const text = await response.clone().text();
  const described = (documented as Json | undefined)?.content ?? (documented as Json | undefined)?.$ref;
  if (response.status === 204 || text === "" || (documented && !described)) return;
  const pointer = `github.json#/paths/${operation.path.replaceAll("~", "~0").replaceAll("/", "~1")}/${request.method.toLowerCase()}/responses/${response.status}`;
  const ref = (documented as Json | undefined)?.$ref as string | undefined;
  const schemaRef = ref
    ? `github.json${ref}/content/application~1json/schema`
    : documented
      ? `${pointer}/content/application~1json/schema`
      : "github.json#/components/schemas/basic-error";
  const check = ajv.getSchema(schemaRef) ?? ajv.compile({ $ref: schemaRef });
  validated += 1;
  if (!check(JSON.parse(text)))
    violations.push(
      `${request.method} ${operation.path} ${response.status}: ${ajv.errorsText(check.errors).slice(0, 400)}`,
    );
}

let github: GitHubStandIn;
let close: () => Promise<void>;
let directory: string;
let app: OctokitGitHubApp;
const clock = { now: () => new Date() };

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "plinth-github-test-"));
  github = new GitHubStandIn({ directory, clock });
  const served = await serveOnLoopback(
    {
      fetch: async (request: Request) => {
        const { method, url } = request;
        const response = await github.app.fetch(request);
        await validate({ method, url }, response).catch((error: unknown) =>
          violations.push(`${request.method} ${request.url}: ${String(error)}`),
        );
        return response;
      },
    },
    0,
    "the GitHub stand-in",
    "PLINTH_GITHUB_PORT",
  );
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
  expect(violations).toEqual([]);
  expect(validated).toBeGreaterThan(15);
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

  it("dispatches a workflow and answers the run's id, moves it as a runner would, and reruns a failed one", async () => {
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
      content: "name: deploy\non:\n  workflow_dispatch: {}\njobs: {}\n",
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
    expect(await read()).toMatchObject({
      id: runId,
      status: "queued",
      conclusion: null,
      run_attempt: 1,
      event: "workflow_dispatch",
      head_branch: "main",
    });
    const rerun = () =>
      octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", { ...base, run_id: runId });
    await expect(rerun()).rejects.toMatchObject({ status: 403 });
    await github.control({
      action: "run",
      repository: "acme/checkout",
      runId,
      status: "completed",
      conclusion: "failure",
    });
    expect(await read()).toMatchObject({ status: "completed", conclusion: "failure" });
    expect((await rerun()).status).toBe(201);
    expect(await read()).toMatchObject({ status: "queued", conclusion: null, run_attempt: 2 });
  });
});
