import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Catalog, Delivery } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, IdempotencyKey, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const runs = "/v1/services/{id}/pipelines/{pipelineId}/runs";
const PipelineParam = z.object({ id: Catalog.ServiceId, pipelineId: Delivery.PipelineId });
const RunParam = PipelineParam.extend({
  runId: z.coerce.number().int().positive().describe("GitHub's run id"),
});
const AttemptQuery = z.object({
  attempt: z.coerce.number().int().min(1).optional().describe("One attempt of the run (the latest when absent)"),
});
const LimitQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
const RunList = z.object({ items: z.array(Delivery.PipelineRun) }).meta({ id: "PipelineRunList" });
const DeploymentList = z.object({ items: z.array(Delivery.Deployment) }).meta({ id: "DeploymentList" });
const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const actionProblems = problems(
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "invalid_parameter",
  "upstream_failed",
);
const location = (service: string, pipeline: string, runId: number) =>
  `/v1/services/${service}/pipelines/${pipeline}/runs/${runId}`;

const dispatch = createRoute({
  operationId: "dispatchPipelineRun",
  method: "post",
  path: runs,
  tags: ["delivery"],
  summary: "Run the pipeline now (a workflow_dispatch), and follow exactly that run",
  description:
    "Dispatches the pipeline's workflow on its default branch (or `ref`) asking GitHub for the run it made (`return_run_details`), so the answer is **this** run — never a neighbour started at the same moment. The run is recorded at once and kept current by GitHub's webhooks. Needs an ACTIVE pipeline. A retry with the same Idempotency-Key answers the same run and dispatches nothing.",
  security: bearer,
  request: {
    params: PipelineParam,
    headers: IdempotencyKey,
    body: { ...jsonBody(Delivery.DispatchRun), required: false },
  },
  responses: {
    202: json(
      Delivery.PipelineRun,
      "Dispatched: the run as GitHub reports it; follow Location",
      ResponseHeaders.location,
      ResponseHeaders.replayed,
    ),
    ...actionProblems,
    ...problems("validation_failed", "malformed_json", "unsupported_media_type", "integration_required"),
  },
});

const list = createRoute({
  operationId: "listPipelineRuns",
  method: "get",
  path: runs,
  tags: ["delivery"],
  summary: "The pipeline's runs, newest first",
  description:
    "Every run Plinth has heard of (dispatched here, or started by a push), its latest state from GitHub's webhooks; jobs are on each run's own page.",
  security: bearer,
  request: { params: PipelineParam, query: LimitQuery },
  responses: { 200: json(RunList, "The runs"), ...readProblems },
});

const get = createRoute({
  operationId: "getPipelineRun",
  method: "get",
  path: `${runs}/{runId}`,
  tags: ["delivery"],
  summary: "A run with its jobs and steps",
  description:
    "The run's status and conclusion, its commit, who dispatched it, and each job with its steps, as GitHub last reported them.",
  security: bearer,
  request: { params: RunParam, query: AttemptQuery },
  responses: { 200: json(Delivery.PipelineRun, "The run"), ...readProblems },
});

const rerun = createRoute({
  operationId: "rerunPipelineRun",
  method: "post",
  path: `${runs}/{runId}/rerun`,
  tags: ["delivery"],
  summary: "Rerun the failed jobs of a run (its next attempt)",
  description:
    "For a run that completed with a failure (or was cancelled): GitHub reruns the failed jobs and what depends on them as the run's next attempt.",
  security: bearer,
  request: { params: RunParam },
  responses: {
    202: json(Delivery.PipelineRun, "Rerun: the new attempt; follow Location", ResponseHeaders.location),
    ...actionProblems,
  },
});

const cancel = createRoute({
  operationId: "cancelPipelineRun",
  method: "post",
  path: `${runs}/{runId}/cancel`,
  tags: ["delivery"],
  summary: "Cancel a run in progress",
  description:
    "Asks GitHub to cancel the run; it completes as `cancelled` shortly after (a deploy job mid-way finishes its current step).",
  security: bearer,
  request: { params: RunParam },
  responses: {
    202: json(Delivery.PipelineRun, "Cancelling: follow Location", ResponseHeaders.location),
    ...actionProblems,
  },
});

const deployments = createRoute({
  operationId: "listDeployments",
  method: "get",
  path: "/v1/services/{id}/deployments",
  tags: ["delivery"],
  summary: "The service's deployments, newest first",
  description:
    "Every deployment GitHub Actions reported for the service's pipeline (one per environment per run): commit, state, when it started and finished, and the run that made it.",
  security: bearer,
  request: {
    params: z.object({ id: Catalog.ServiceId }),
    query: LimitQuery.extend({
      environment: z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,255}$/)
        .optional()
        .describe("Only this environment"),
    }),
  },
  responses: { 200: json(DeploymentList, "The deployments"), ...readProblems },
});

const dora = createRoute({
  operationId: "getServiceDora",
  method: "get",
  path: "/v1/services/{id}/dora",
  tags: ["delivery"],
  summary: "DORA's delivery metrics for the service, from its production deployments",
  description:
    "Deployment frequency, change lead time (commit → production, median and p90), change fail rate (failed, rolled back, or named by an incident), failed deployment recovery time and deployment rework rate, as dora.dev defines them, each with the deployments behind it, and week by week. Computed from the deployments GitHub reported; one query.",
  security: bearer,
  request: { params: z.object({ id: Catalog.ServiceId }), query: Delivery.DoraQuery },
  responses: { 200: json(Delivery.Dora, "The metrics"), ...readProblems },
});

export function registerRuns(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(dispatch, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    // The body is optional: without one (or without a JSON content type) the default branch runs.
    const body: unknown = c.req.valid("json") ?? {};
    const { run, replayed } = await deps.runs.dispatch(
      id,
      pipelineId,
      body,
      c.var.caller,
      c.req.valid("header")["idempotency-key"],
    );
    c.header("Location", location(id, pipelineId, run.runId));
    if (replayed) c.header("Idempotent-Replayed", "true");
    return c.json(run, 202);
  });
  app.openapi(list, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    return c.json({ items: await deps.runs.runs(id, pipelineId, c.var.caller, c.req.valid("query").limit) }, 200);
  });
  app.openapi(get, async (c) => {
    const { id, pipelineId, runId } = c.req.valid("param");
    return c.json(await deps.runs.run(id, pipelineId, runId, c.var.caller, c.req.valid("query").attempt), 200);
  });
  app.openapi(rerun, async (c) => {
    const { id, pipelineId, runId } = c.req.valid("param");
    const run = await deps.runs.rerun(id, pipelineId, runId, c.var.caller);
    c.header("Location", `${location(id, pipelineId, runId)}?attempt=${run.attempt}`);
    return c.json(run, 202);
  });
  app.openapi(cancel, async (c) => {
    const { id, pipelineId, runId } = c.req.valid("param");
    const run = await deps.runs.cancel(id, pipelineId, runId, c.var.caller);
    c.header("Location", location(id, pipelineId, runId));
    return c.json(run, 202);
  });
  app.openapi(dora, async (c) =>
    c.json(await deps.runs.dora(c.req.valid("param").id, c.req.valid("query"), c.var.caller), 200),
  );
  app.openapi(deployments, async (c) => {
    const { limit, environment } = c.req.valid("query");
    return c.json(
      { items: await deps.runs.deployments(c.req.valid("param").id, c.var.caller, { limit, environment }) },
      200,
    );
  });
}
