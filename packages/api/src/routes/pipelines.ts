import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Catalog, Delivery, TeamId } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, IdempotencyKey, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const base = "/v1/services/{id}/pipelines";
const ServiceParam = z.object({ id: Catalog.ServiceId });
const PipelineParam = z.object({ id: Catalog.ServiceId, pipelineId: Delivery.PipelineId });
const DryRun = z.object({
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .describe("true: answer the plan (the YAML, the roles, the pull request), write nothing"),
});
const PipelineList = z.object({ items: z.array(Delivery.Pipeline) }).meta({ id: "PipelineList" });
const TemplateList = z.object({ items: z.array(Delivery.TemplateSummary) }).meta({ id: "PipelineTemplateList" });
const Connection = z
  .object({ team: TeamId, owner: z.string(), installation: z.number().int() })
  .meta({ id: "GitHubConnection" });
const ConnectionList = z
  .object({
    items: z.array(z.object({ owner: z.string(), installation: z.number().int(), by: z.string(), at: z.string() })),
  })
  .meta({ id: "GitHubConnectionList" });
const GitHubOwner = z.object({
  team: TeamId,
  owner: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, "a GitHub organisation or user, e.g. acme"),
});

const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const actionProblems = problems(
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "invalid_parameter",
  "version_conflict",
);
const location = (service: string, id: string) => `/v1/services/${service}/pipelines/${id}`;

const create = createRoute({
  operationId: "createPipeline",
  method: "post",
  path: base,
  tags: ["delivery"],
  summary: "Create the service's GitHub Actions pipeline (or, with ?dryRun=true, see what it would do)",
  description:
    "Renders the pipeline template for the service and checks it with actionlint, then a `PipelineSetup` workflow provisions one `github-deploy-role` per environment (production waits for an approver of the team), creates the GitHub environments with each role's ARN, pushes a branch with `.github/workflows/plinth-<service>.yml` and opens a pull request. The pipeline is ACTIVE when the pull request is merged. The service must name a repository in a GitHub organisation its team has connected.",
  security: bearer,
  request: { params: ServiceParam, headers: IdempotencyKey, query: DryRun, body: jsonBody(Delivery.CreatePipeline) },
  responses: {
    200: json(Delivery.PipelinePlan, "The plan (dry run): nothing was written"),
    202: json(
      Delivery.Pipeline,
      "Accepted: the setup has started; follow Location",
      ResponseHeaders.location,
      ResponseHeaders.replayed,
    ),
    ...problems(
      "unauthenticated",
      "forbidden",
      "not_found",
      "validation_failed",
      "invalid_parameter",
      "policy_violation",
      "conflict",
      "integration_required",
      "idempotency_key_reused",
      "malformed_json",
      "unsupported_media_type",
      "upstream_failed",
    ),
  },
});

const list = createRoute({
  operationId: "listPipelines",
  method: "get",
  path: base,
  tags: ["delivery"],
  summary: "The service's pipelines, newest first",
  description:
    "Every pipeline of the service, including cancelled and closed ones, each with `upgradeAvailable` when a newer template version exists.",
  security: bearer,
  request: { params: ServiceParam },
  responses: { 200: json(PipelineList, "The service's pipelines"), ...readProblems },
});

const get = createRoute({
  operationId: "getPipeline",
  method: "get",
  path: `${base}/{pipelineId}`,
  tags: ["delivery"],
  summary: "A pipeline, with its setup timeline, roles and pull request",
  description:
    "Status, the pull request in flight (`change`), what the default branch holds (`live`), the deploy roles and the timeline of the setup.",
  security: bearer,
  request: { params: PipelineParam },
  responses: { 200: json(Delivery.Pipeline, "The pipeline"), ...readProblems },
});

const action = (operationId: string, verb: "upgrade" | "cancel" | "retry", summary: string, description: string) =>
  createRoute({
    operationId,
    method: "post",
    path: `${base}/{pipelineId}/${verb}`,
    tags: ["delivery"],
    summary,
    description,
    security: bearer,
    request: { params: PipelineParam },
    responses: {
      202: json(Delivery.Pipeline, "Accepted: the workflow has started; follow Location", ResponseHeaders.location),
      ...actionProblems,
      ...problems("validation_failed"),
    },
  });
const upgrade = action(
  "upgradePipeline",
  "upgrade",
  "Propose the newest template version as a pull request",
  "For an ACTIVE pipeline whose template has a newer version: renders it with the same parameters, checks it with actionlint and opens a pull request that changes only the workflow file. Merged: the pipeline is on the new version; closed: it stays where it was.",
);
const cancel = action(
  "cancelPipeline",
  "cancel",
  "Cancel a setup or an upgrade, removing what it made",
  "Stops the workflow; a clean-up closes the pull request and deletes its branch, and (for a setup) removes the deploy roles and the GitHub environments. The pipeline ends CANCELLED (an upgrade: back to ACTIVE).",
);
const retry = action(
  "retryPipeline",
  "retry",
  "Retry a failed setup or upgrade",
  "Starts the workflow again; each step finds what the failed attempt made (role requests, branch, file, pull request) and continues from there.",
);

const templates = createRoute({
  operationId: "listPipelineTemplates",
  method: "get",
  path: "/v1/pipeline-templates",
  tags: ["delivery"],
  summary: "Pipeline templates, with their versions and parameter schemas",
  description:
    "The newest version of each template, the versions still offered, and the JSON Schema of its parameters (what the portal's form and `plinth pipeline create --set` fill).",
  security: bearer,
  responses: { 200: json(TemplateList, "The templates"), ...problems("unauthenticated") },
});

const outdated = createRoute({
  operationId: "listOutdatedPipelines",
  method: "get",
  path: "/v1/pipelines/outdated",
  tags: ["delivery"],
  summary: "Your teams' pipelines on an older template version than the newest",
  description:
    "Every pipeline of your teams whose default branch holds an older version of its template: each is one `upgrade` away from the newest.",
  security: bearer,
  request: { query: z.object({ template: z.string().max(64).optional().describe("Only this template") }) },
  responses: {
    200: json(PipelineList, "Pipelines with an upgrade available"),
    ...problems("unauthenticated", "forbidden", "invalid_parameter"),
  },
});

const connect = createRoute({
  operationId: "connectGitHubOrganisation",
  method: "put",
  path: "/v1/teams/{team}/github/{owner}",
  tags: ["delivery"],
  summary: "Connect a GitHub organisation (where the Plinth GitHub App is installed) to a team",
  description:
    "An approver of the team records the app's installation on the organisation for the team; its services' repositories there can then get pipelines. A 409 `integration_required` when the app is not installed there.",
  security: bearer,
  request: { params: GitHubOwner },
  responses: {
    200: json(Connection, "Connected"),
    ...problems("unauthenticated", "forbidden", "invalid_parameter", "integration_required", "upstream_failed"),
  },
});

const connections = createRoute({
  operationId: "listGitHubConnections",
  method: "get",
  path: "/v1/teams/{team}/github",
  tags: ["delivery"],
  summary: "The GitHub organisations a team has connected",
  description: "Each organisation with the app's installation id, who connected it and when.",
  security: bearer,
  request: { params: z.object({ team: TeamId }) },
  responses: { 200: json(ConnectionList, "The team's connections"), ...readProblems },
});

export function registerPipelines(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const delivery = deps.delivery;
  app.openapi(create, async (c) => {
    const { id } = c.req.valid("param");
    const result = await delivery.create(id, c.req.valid("json"), c.var.caller, {
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      correlationId: c.var.correlationId,
      dryRun: c.req.valid("query").dryRun === "true",
    });
    if ("plan" in result) return c.json(result.plan, 200);
    return c.json(result.pipeline, 202, {
      Location: location(id, result.pipeline.id),
      ...(result.replayed ? { "idempotent-replayed": "true" } : {}),
    });
  });
  app.openapi(list, async (c) => c.json({ items: await delivery.list(c.req.valid("param").id, c.var.caller) }, 200));
  app.openapi(get, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    return c.json(await delivery.get(id, pipelineId, c.var.caller), 200);
  });
  app.openapi(upgrade, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    return c.json(await delivery.upgrade(id, pipelineId, c.var.caller), 202, { Location: location(id, pipelineId) });
  });
  app.openapi(cancel, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    return c.json(await delivery.cancel(id, pipelineId, c.var.caller), 202, { Location: location(id, pipelineId) });
  });
  app.openapi(retry, async (c) => {
    const { id, pipelineId } = c.req.valid("param");
    return c.json(await delivery.retry(id, pipelineId, c.var.caller), 202, { Location: location(id, pipelineId) });
  });
  app.openapi(templates, async (c) => c.json({ items: Delivery.templateSummaries() }, 200));
  app.openapi(outdated, async (c) =>
    c.json({ items: await delivery.outdated(c.var.caller, c.req.valid("query").template) }, 200),
  );
  app.openapi(connect, async (c) => {
    const { team, owner } = c.req.valid("param");
    return c.json(await delivery.connect(team, owner, c.var.caller), 200);
  });
  app.openapi(connections, async (c) =>
    c.json({ items: await delivery.connections(c.req.valid("param").team, c.var.caller) }, 200),
  );
}
