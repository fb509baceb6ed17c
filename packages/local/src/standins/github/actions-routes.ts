import { createHash } from "node:crypto";
import type { Hono } from "hono";
import { parse } from "yaml";
import { z } from "zod";
import type { GitHubStandIn, Permissions, Repo } from "./github";
import { error, repository } from "./shapes";

/**
 * GitHub Actions' REST surface for runs, without a runner: a dispatch makes a real run record of the
 * workflow file at the ref's commit (refused, as GitHub does, when the file has no `workflow_dispatch`
 * trigger), answering its id when asked (`return_run_details`); the run stays `queued` until the
 * control `run` moves it as a runner would (`in_progress`, `completed` with a conclusion). A failed
 * run can be rerun (`rerun-failed-jobs`: the next attempt, queued again).
 */
export interface WorkflowRun {
  id: number;
  runNumber: number;
  attempt: number;
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  title: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: "success" | "failure" | "cancelled" | null;
  createdAt: string;
  updatedAt: string;
}

const API = "/api/v3";
const workflowId = (path: string) => Number.parseInt(createHash("sha256").update(path).digest("hex").slice(0, 8), 16);

export const RunControl = z.strictObject({
  action: z.literal("run"),
  repository: z.string(),
  runId: z.number().int(),
  status: z.enum(["in_progress", "completed"]),
  conclusion: z.enum(["success", "failure", "cancelled"]).optional(),
});

export function moveRun(gh: GitHubStandIn, command: z.output<typeof RunControl>) {
  const run = gh.repos.get(command.repository.toLowerCase())?.runs.find((candidate) => candidate.id === command.runId);
  if (!run) throw new Error(`no run ${command.runId} in ${command.repository}`);
  if (command.status === "completed" && !command.conclusion) throw new Error("a completed run needs a conclusion");
  run.status = command.status;
  run.conclusion = command.status === "completed" ? (command.conclusion ?? null) : null;
  run.updatedAt = gh.now();
  return { id: run.id, status: run.status, conclusion: run.conclusion, attempt: run.attempt };
}

function runJson(gh: GitHubStandIn, repo: Repo, run: WorkflowRun) {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const api = `${gh.apiUrl}/repos/${fullName}`;
  const facts = { ...repo.facts, openPulls: 0 };
  const minimal = repository(gh.base, facts);
  return {
    id: run.id,
    name: run.path.split("/").at(-1),
    node_id: Buffer.from(`WFR_${run.id}`).toString("base64"),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.title,
    run_number: run.runNumber,
    run_attempt: run.attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowId(run.path),
    url: `${api}/actions/runs/${run.id}`,
    html_url: `${gh.base}/${fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.createdAt,
    jobs_url: `${api}/actions/runs/${run.id}/jobs`,
    logs_url: `${api}/actions/runs/${run.id}/logs`,
    check_suite_url: `${api}/check-suites/${run.id}`,
    artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${run.id}/cancel`,
    rerun_url: `${api}/actions/runs/${run.id}/rerun`,
    workflow_url: `${api}/actions/workflows/${workflowId(run.path)}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: run.title,
      timestamp: run.createdAt,
      author: null,
      committer: null,
    },
    repository: minimal,
    head_repository: minimal,
  };
}

export function actionsRoutes(
  gh: GitHubStandIn,
  app: Hono,
  repoOf: (c: { req: { param(name: "owner" | "repo"): string } }) => Repo,
  grantOf: (c: { req: { raw: Request; param(name: "owner"): string } }) => { permissions: Permissions },
): void {
  app.post(`${API}/repos/:owner/:repo/actions/workflows/:workflow/dispatches`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "actions", "write")) return error(403, "Resource not accessible by integration");
    const body = z
      .object({
        ref: z.string().min(1),
        inputs: z.record(z.string(), z.unknown()).optional(),
        return_run_details: z.boolean().optional(),
      })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
    const branch = body.data.ref.replace(/^refs\/heads\//, "");
    const sha = await repo.git.resolve(`refs/heads/${branch}`);
    if (!sha) return error(422, `No ref found for: ${body.data.ref}`);
    const path = `.github/workflows/${decodeURIComponent(c.req.param("workflow"))}`;
    const file = await repo.git.file(sha, path);
    if (!file) return error(404, "Not Found");
    let on: unknown;
    try {
      on = (parse(file.content.toString("utf8")) as { on?: unknown } | null)?.on;
    } catch {
      return error(422, "Workflow is not valid YAML");
    }
    const triggers = typeof on === "string" ? [on] : Array.isArray(on) ? on : Object.keys((on as object) ?? {});
    if (!triggers.includes("workflow_dispatch"))
      return error(422, "Workflow does not have 'workflow_dispatch' trigger");
    const now = gh.now();
    const run: WorkflowRun = {
      id: gh.id(),
      runNumber: repo.runs.filter((candidate) => candidate.path === path).length + 1,
      attempt: 1,
      path,
      headBranch: branch,
      headSha: sha,
      event: "workflow_dispatch",
      title: (await repo.git.commit(sha)).message.split("\n")[0] ?? path,
      status: "queued",
      conclusion: null,
      createdAt: now,
      updatedAt: now,
    };
    repo.runs.push(run);
    if (!body.data.return_run_details) return c.body(null, 204);
    const json = runJson(gh, repo, run);
    return c.json({ workflow_run_id: run.id, run_url: json.url, html_url: json.html_url });
  });

  app.get(`${API}/repos/:owner/:repo/actions/runs/:runId`, (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "actions", "read")) return error(403, "Resource not accessible by integration");
    const run = repo.runs.find((candidate) => String(candidate.id) === c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    return c.json(runJson(gh, repo, run));
  });

  app.post(`${API}/repos/:owner/:repo/actions/runs/:runId/rerun-failed-jobs`, (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "actions", "write")) return error(403, "Resource not accessible by integration");
    const run = repo.runs.find((candidate) => String(candidate.id) === c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    if (run.status !== "completed" || run.conclusion !== "failure")
      return error(403, "This workflow run cannot be rerun: it has no failed jobs");
    run.attempt += 1;
    run.status = "queued";
    run.conclusion = null;
    run.updatedAt = gh.now();
    return c.json({}, 201);
  });
}
