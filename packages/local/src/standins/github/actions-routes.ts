import type { Hono } from "hono";
import { z } from "zod";
import type { GitHubStandIn, Permissions, Repo } from "./github";
import { parseWorkflow, triggersOf } from "./runner";
import { error } from "./shapes";
import { deploymentJson, jobObject, runJson, statusObject } from "./webhook-payloads";

/**
 * GitHub Actions' REST surface, over the stand-in's runner (runner.ts): dispatch (refused, as GitHub
 * does, when the file has no `workflow_dispatch` trigger; the run's id answered with
 * `return_run_details`), a run and its jobs, rerun of the failed jobs, cancel; deployments and their
 * statuses; an environment's custom protection rules and the app's answer to one
 * (`POST …/actions/runs/{run_id}/deployment_protection_rule`: a state approves or rejects, a comment
 * alone is a status report shown on the run).
 */
const API = "/api/v3";
type Context = { req: { raw: Request; param(name: "owner" | "repo"): string } };

export function actionsRoutes(
  gh: GitHubStandIn,
  app: Hono,
  repoOf: (c: Context) => Repo,
  grantOf: (c: Context) => { permissions: Permissions },
): void {
  const denied = (c: Context, permission: string, level: "read" | "write") =>
    gh.can(grantOf(c), permission, level) ? undefined : error(403, "Resource not accessible by integration");
  const runOf = (repo: Repo, id: string) => repo.runs.find((candidate) => String(candidate.id) === id);

  app.post(`${API}/repos/:owner/:repo/actions/workflows/:workflow/dispatches`, async (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "write");
    if (refused) return refused;
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
    const workflow = parseWorkflow(file.content.toString("utf8"));
    if (typeof workflow === "string") return error(422, workflow);
    if (!("workflow_dispatch" in triggersOf(workflow)))
      return error(422, "Workflow does not have 'workflow_dispatch' trigger");
    const run = await gh.runner.start(repo, {
      path,
      workflow,
      branch,
      sha,
      event: "workflow_dispatch",
      actor: gh.bot.login,
    });
    if (!body.data.return_run_details) return c.body(null, 204);
    const json = runJson(gh, repo, run);
    return c.json({ workflow_run_id: run.id, run_url: json.url, html_url: json.html_url });
  });

  app.get(`${API}/repos/:owner/:repo/actions/runs/:runId`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "read");
    if (refused) return refused;
    const run = runOf(repo, c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    return c.json(runJson(gh, repo, run));
  });

  app.get(`${API}/repos/:owner/:repo/actions/runs/:runId/jobs`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "read");
    if (refused) return refused;
    const run = runOf(repo, c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    return c.json({ total_count: run.jobs.length, jobs: run.jobs.map((job) => jobObject(gh, repo, run, job)) });
  });

  app.post(`${API}/repos/:owner/:repo/actions/runs/:runId/rerun-failed-jobs`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "write");
    if (refused) return refused;
    const run = runOf(repo, c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    if (run.status !== "completed" || run.conclusion === "success")
      return error(403, "This workflow run cannot be rerun: it has no failed jobs");
    gh.runner.rerunFailed(repo, run);
    return c.json({}, 201);
  });

  app.post(`${API}/repos/:owner/:repo/actions/jobs/:jobId/rerun`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "write");
    if (refused) return refused;
    const jobId = Number(c.req.param("jobId"));
    const run = repo.runs.find((candidate) => candidate.jobs.some((job) => job.id === jobId));
    if (!run) return error(404, "Not Found");
    if (run.status !== "completed") return error(403, "This workflow is already running");
    gh.runner.rerunJob(repo, run, jobId);
    return c.json({}, 201);
  });

  app.post(`${API}/repos/:owner/:repo/actions/runs/:runId/cancel`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "actions", "write");
    if (refused) return refused;
    const run = runOf(repo, c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    if (run.status === "completed") return error(409, "Cannot cancel a workflow run that is completed.");
    gh.runner.cancel(run);
    return c.json({}, 202);
  });

  // The app's answer to its deployment protection rule (the deployment_callback_url).
  app.post(`${API}/repos/:owner/:repo/actions/runs/:runId/deployment_protection_rule`, async (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "deployments", "write");
    if (refused) return refused;
    const run = runOf(repo, c.req.param("runId"));
    if (!run) return error(404, "Not Found");
    const body = z
      .object({
        environment_name: z.string().min(1),
        state: z.enum(["approved", "rejected"]).optional(),
        comment: z.string().max(1024).optional(),
      })
      .refine((value) => value.state !== undefined || value.comment !== undefined)
      .safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return error(422, 'Invalid request.\n\nNo subschema in "anyOf" matched.');
    const job = run.jobs.find((candidate) => candidate.environment === body.data.environment_name);
    if (job?.gate !== "pending")
      return error(422, `No pending deployment protection rule for ${body.data.environment_name}`);
    if (!body.data.state) {
      gh.gateReports.push({ runId: run.id, environment: body.data.environment_name, comment: body.data.comment ?? "" });
      return c.body(null, 204);
    }
    gh.runner.review(run, body.data.environment_name, body.data.state, body.data.comment ?? "");
    return c.body(null, 204);
  });

  app.get(`${API}/repos/:owner/:repo/deployments`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "deployments", "read");
    if (refused) return refused;
    const environment = c.req.query("environment");
    const sha = c.req.query("sha");
    const found = repo.deployments
      .filter((d) => (!environment || d.environment === environment) && (!sha || d.sha === sha))
      .toReversed()
      .slice(0, Math.min(Number(c.req.query("per_page") ?? 30) || 30, 100));
    return c.json(found.map((deployment) => deploymentJson(gh, repo, deployment)));
  });

  app.get(`${API}/repos/:owner/:repo/deployments/:id/statuses`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "deployments", "read");
    if (refused) return refused;
    const deployment = repo.deployments.find((candidate) => String(candidate.id) === c.req.param("id"));
    if (!deployment) return error(404, "Not Found");
    return c.json(deployment.statuses.toReversed().map((status) => statusObject(gh, repo, deployment, status)));
  });

  const environmentOf = (repo: Repo, name: string) => repo.environments.find((env) => env.name === name);
  const ruleJson = (rule: { id: number; appId: number }) => ({
    id: rule.id,
    node_id: Buffer.from(`GA_${rule.id}`).toString("base64"),
    enabled: true,
    app: {
      id: rule.appId,
      slug: "plinth",
      integration_url: `${gh.apiUrl}/app`,
      node_id: Buffer.from(`A_${rule.appId}`).toString("base64"),
    },
  });

  app.get(`${API}/repos/:owner/:repo/environments/:env/deployment_protection_rules`, (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "environments", "read");
    if (refused) return refused;
    const env = environmentOf(repo, decodeURIComponent(c.req.param("env")));
    if (!env) return error(404, "Not Found");
    return c.json({
      total_count: env.customRules?.length ?? 0,
      custom_deployment_protection_rules: (env.customRules ?? []).map(ruleJson),
    });
  });

  app.post(`${API}/repos/:owner/:repo/environments/:env/deployment_protection_rules`, async (c) => {
    const repo = repoOf(c);
    const refused = denied(c, "environments", "write");
    if (refused) return refused;
    const env = environmentOf(repo, decodeURIComponent(c.req.param("env")));
    if (!env) return error(404, "Not Found");
    const body = z.object({ integration_id: z.number().int() }).safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return error(422, 'Invalid request.\n\n"integration_id" wasn\'t supplied.');
    if (body.data.integration_id !== gh.appId) return error(422, "The app is not installed on this repository");
    const existing = env.customRules?.find((rule) => rule.appId === body.data.integration_id);
    if (existing) return error(422, "Validation Failed", { errors: [{ message: "The app is already enabled" }] });
    const rule = { id: gh.id(), appId: body.data.integration_id };
    env.customRules = [...(env.customRules ?? []), rule];
    return c.json(ruleJson(rule), 201);
  });
}
