import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Provisioning } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, IdempotencyKey, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const Id = z.object({ id: z.string().regex(/^pr-[0-9a-f]{20}$/, "a request id such as pr-0123456789abcdef0123") });
const IfMatch = z.object({
  "if-match": z
    .string()
    .regex(/^"\d+"$/, 'an ETag such as "3"')
    .optional(),
});
const DryRun = z.object({
  dryRun: z.enum(["true", "false"]).optional().describe("true: answer the plan, write nothing"),
});
const RequestList = z
  .object({
    items: z.array(Provisioning.ProvisioningRequest),
    cursor: z.string().optional().describe("Pass as ?cursor= for the next page"),
  })
  .meta({ id: "ProvisioningRequestList" });

const base = "/v1/provisioning-requests";
const location = (id: string) => `${base}/${id}`;
const etag = (request: Provisioning.ProvisioningRequest) => ({ etag: `"${request.version}"` });
const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const actionProblems = problems("unauthenticated", "forbidden", "not_found", "conflict", "invalid_parameter");

const create = createRoute({
  operationId: "createProvisioningRequest",
  method: "post",
  path: base,
  tags: ["provisioning"],
  summary: "Request infrastructure from the catalog (or, with ?dryRun=true, see the plan)",
  description:
    "Validates the parameters against the template, renders CloudFormation, estimates the cost and evaluates every policy. " +
    "A policy denial is a 422 naming the rule, and nothing is written. Otherwise the request is recorded and a workflow " +
    "plans a change set, waits for an approval when policy requires one, applies it and records the outputs.",
  security: bearer,
  request: { headers: IdempotencyKey, query: DryRun, body: jsonBody(Provisioning.CreateProvisioningRequest) },
  responses: {
    200: json(Provisioning.Plan, "The plan (dry run): nothing was written"),
    202: json(
      Provisioning.ProvisioningRequest,
      "Accepted: the workflow has started; follow Location",
      ResponseHeaders.location,
      ResponseHeaders.replayed,
    ),
    ...problems(
      "unauthenticated",
      "forbidden",
      "validation_failed",
      "policy_violation",
      "idempotency_key_reused",
      "malformed_json",
      "unsupported_media_type",
      "invalid_parameter",
    ),
  },
});

const list = createRoute({
  operationId: "listProvisioningRequests",
  method: "get",
  path: base,
  tags: ["provisioning"],
  summary: "Your team's requests, newest first",
  description:
    "Requests of one team (yours by default; say `team` when you have several), newest first, filterable by status and template, paged with `cursor`. Another team's list is empty, not forbidden.",
  security: bearer,
  request: { query: Provisioning.ListQuery },
  responses: { 200: json(RequestList, "A page of requests"), ...readProblems },
});

const get = createRoute({
  operationId: "getProvisioningRequest",
  method: "get",
  path: `${base}/{id}`,
  tags: ["provisioning"],
  summary: "A request: status, plan, policy results, cost, outputs and its timeline",
  description:
    "Everything about one request: status, the plan (resources, cost, policy results, hash), the change set once planned, approval, outputs once applied, failure with its cleanup state, and the timeline of steps. Poll it to follow a workflow; the ETag is its version.",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(Provisioning.ProvisioningRequest, "The request", ResponseHeaders.etag), ...readProblems },
});

const patch = createRoute({
  operationId: "extendProvisioningRequest",
  method: "patch",
  path: `${base}/{id}`,
  tags: ["provisioning"],
  summary: "Extend the time to live of a succeeded request",
  description:
    "Moves `expiresAt` later (never earlier), within the TTL limit outside production; the expiry timer is re-armed. Send `If-Match` with the ETag you read: 412 when the request changed since.",
  security: bearer,
  request: { params: Id, headers: IfMatch, body: jsonBody(Provisioning.RequestPatch) },
  responses: {
    200: json(Provisioning.ProvisioningRequest, "The request with its new expiry", ResponseHeaders.etag),
    ...problems(
      "unauthenticated",
      "forbidden",
      "not_found",
      "conflict",
      "validation_failed",
      "policy_violation",
      "version_conflict",
    ),
  },
});

const decision = <Body extends z.ZodType>(
  name: "approve" | "reject",
  summary: string,
  description: string,
  body: Body,
) =>
  createRoute({
    operationId: `${name}ProvisioningRequest`,
    method: "post",
    path: `${base}/{id}/${name}`,
    tags: ["provisioning"],
    summary,
    description,
    security: bearer,
    request: { params: Id, body: jsonBody(body) },
    responses: {
      200: json(Provisioning.ProvisioningRequest, "The request after the decision"),
      ...actionProblems,
      ...problems("self_approval", "stale_plan", "validation_failed"),
    },
  });

const lifecycleAction = (name: "cancel" | "retry" | "destroy", summary: string, description: string) =>
  createRoute({
    operationId: `${name}ProvisioningRequest`,
    method: "post",
    path: `${base}/{id}/${name}`,
    tags: ["provisioning"],
    summary,
    description,
    security: bearer,
    request: { params: Id },
    responses: {
      202: json(Provisioning.ProvisioningRequest, "Accepted: a workflow is on it", ResponseHeaders.location),
      ...actionProblems,
    },
  });

const approve = decision(
  "approve",
  "Approve the plan you reviewed, or a destroy someone asked for, quoting its hash (approvers; never your own)",
  "Resumes a request waiting for approval. `planHash` must be the hash of the plan you reviewed (`plan.hash`): if the plan changed since, the answer is 409 stale_plan and nothing is approved. Approvers of the request's team only, never the requester (403 self_approval). On a SUCCEEDED request with a `destroyRequest` (an applied recommendation) it approves the destroy instead: the stack is deleted (DESTROYING), never by the one who asked.",
  Provisioning.ApprovalDecision,
);
const reject = decision(
  "reject",
  "Reject a request waiting for approval, or withdraw a destroy someone asked for",
  "Ends a request waiting for approval as REJECTED with your comment (required); nothing was created, so nothing is cleaned up. Approvers of the team only. On a SUCCEEDED request with a `destroyRequest` it withdraws the destroy instead (the resource stays; its recommendation reopens at the next scan).",
  Provisioning.Rejection,
);
const cancel = lifecycleAction(
  "cancel",
  "Stop a running request and delete whatever it made",
  "Stops the workflow of a request that is validating, planned, waiting for approval or applying, and starts a teardown of whatever the stack holds; the request becomes CANCELLED and says whether cleanup succeeded. Follow it at Location.",
);
const retry = lifecycleAction(
  "retry",
  "Run a failed request again; finished steps are skipped and an approval of the same plan is kept",
  "Starts a new execution (attempt + 1) for a FAILED or ROLLED_BACK request, e.g. after a transient CloudFormation error. The plan is recomputed; if it is unchanged an earlier approval still holds. Follow it at Location.",
);
const destroy = lifecycleAction(
  "destroy",
  "Delete the stack of a request",
  "Deletes the CloudFormation stack of a SUCCEEDED request and everything in it (DESTROYING, then DESTROYED). Retained resources (production data) are reported, not deleted. The expiry timer does the same when the TTL passes.",
);

export function registerProvisioning(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const service = deps.provisioning;

  app.openapi(create, async (c) => {
    const body = c.req.valid("json");
    if (c.req.valid("query").dryRun === "true") return c.json(await service.preview(body, c.var.caller), 200);
    const { request, replayed } = await service.create(body, c.var.caller, {
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      correlationId: c.var.correlationId,
    });
    return c.json(request, 202, {
      Location: location(request.id),
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    });
  });

  app.openapi(list, async (c) => c.json(await service.list(c.req.valid("query"), c.var.caller), 200));

  app.openapi(get, async (c) => {
    const request = await service.get(c.req.valid("param").id, c.var.caller);
    return c.json(request, 200, etag(request));
  });

  app.openapi(patch, async (c) => {
    const ifMatch = c.req.valid("header")["if-match"];
    const expected = ifMatch === undefined ? undefined : Number(ifMatch.replaceAll('"', ""));
    const request = await service.extend(c.req.valid("param").id, c.var.caller, c.req.valid("json"), expected);
    return c.json(request, 200, etag(request));
  });

  app.openapi(approve, async (c) =>
    c.json(await service.approve(c.req.valid("param").id, c.var.caller, c.req.valid("json")), 200),
  );
  app.openapi(reject, async (c) =>
    c.json(await service.reject(c.req.valid("param").id, c.var.caller, c.req.valid("json")), 200),
  );
  for (const [route, run] of [
    [cancel, service.cancel],
    [retry, service.retry],
    [destroy, service.destroy],
  ] as const) {
    app.openapi(route, async (c) => {
      const request = await run.call(service, c.req.valid("param").id, c.var.caller);
      return c.json(request, 202, { Location: location(request.id) });
    });
  }
}
