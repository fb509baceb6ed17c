import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Remediation } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, IdempotencyKey, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const Id = z.object({ id: z.string().regex(/^inc-[0-9a-f]{20}$/, "an incident id such as inc-0123456789abcdef0123") });
const IncidentList = z
  .object({
    items: z.array(Remediation.IncidentSummary),
    cursor: z.string().optional().describe("Pass as ?cursor= for the next page"),
  })
  .meta({ id: "IncidentList" });

const base = "/v1/incidents";
const location = (id: string) => `${base}/${id}`;
const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const actionProblems = problems("unauthenticated", "forbidden", "not_found", "conflict", "validation_failed");

const report = createRoute({
  operationId: "reportIncident",
  method: "post",
  path: base,
  tags: ["remediation"],
  summary: "Report an incident by hand",
  description:
    "Lands on the open incident for the same alarm and resource when there is one (200); otherwise opens one and starts " +
    "the remediation workflow (202). Name the CloudWatch alarm that watches the resource so Plinth can match a runbook " +
    "and verify; without one the incident is notify-only.",
  security: bearer,
  request: { headers: IdempotencyKey, body: jsonBody(Remediation.ManualReport) },
  responses: {
    200: json(
      Remediation.Incident,
      "An open incident for this alarm and resource already existed, or a replay of the same Idempotency-Key",
      ResponseHeaders.location,
      ResponseHeaders.replayed,
    ),
    202: json(Remediation.Incident, "Opened; the remediation workflow has started", ResponseHeaders.location),
    ...problems(
      "unauthenticated",
      "forbidden",
      "validation_failed",
      "idempotency_key_reused",
      "malformed_json",
      "unsupported_media_type",
    ),
  },
});

const list = createRoute({
  operationId: "listIncidents",
  method: "get",
  path: base,
  tags: ["remediation"],
  summary: "Incidents of a team, newest first (filters: status, alarm, resource)",
  description: "Admins also see `?team=unowned`: incidents on resources without a `team` tag.",
  security: bearer,
  request: { query: Remediation.IncidentQuery },
  responses: { 200: json(IncidentList, "A page of incidents"), ...readProblems },
});

const get = createRoute({
  operationId: "getIncident",
  method: "get",
  path: `${base}/{id}`,
  tags: ["remediation"],
  summary: "An incident with its context, guardrail decisions, actions and timeline",
  description:
    "One incident with the alarm that opened it, the resource, the matched runbook and mode, the context gathered (tags, recent deployments, facts, alarm history), the proposed action, every guardrail decision, the actions taken and their outcomes, and the timeline.",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(Remediation.Incident, "The incident"), ...readProblems },
});

const action = (name: "acknowledge" | "resolve" | "approve" | "reject", summary: string, description: string) =>
  createRoute({
    operationId: `${name}Incident`,
    method: "post",
    path: `${base}/{id}/${name}`,
    tags: ["remediation"],
    summary,
    description,
    security: bearer,
    request: {
      params: Id,
      body: { required: false, content: { "application/json": { schema: Remediation.Comment } } },
    },
    responses: {
      200: json(Remediation.Incident, "The incident after the action"),
      ...actionProblems,
      ...problems("self_approval"),
    },
  });

const acknowledge = action(
  "acknowledge",
  "Say you are looking at it (developers of the owning team)",
  "Records who is on it and when; the workflow goes on unchanged. Once per incident (409 after).",
);
const resolve = action(
  "resolve",
  "Close it by hand; a pending approval is withdrawn and nothing runs",
  "Ends the incident as RESOLVED (how: manual) with your comment. A pending approval is withdrawn and no further action runs; the workflow stops. 409 when it is already resolved.",
);
const approve = action(
  "approve",
  "Let the proposed action run (approvers of the owning team; never your own report)",
  "Answers an incident waiting for approval: the proposed action runs (still inside the guardrails: kill switch, budgets, breaker), then verification. 409 when it is not waiting (already decided, or the approval window passed).",
);
const reject = action(
  "reject",
  "Refuse the proposed action; the incident is escalated",
  "Answers an incident waiting for approval: nothing runs and the incident is ESCALATED to a person with your comment.",
);

export function registerIncidents(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const service = deps.remediation;

  app.openapi(report, async (c) => {
    const { incident, created, replayed } = await service.report(c.req.valid("json"), c.var.caller, {
      idempotencyKey: c.req.valid("header")["idempotency-key"],
      correlationId: c.var.correlationId,
    });
    return c.json(incident, created ? 202 : 200, {
      Location: location(incident.id),
      ...(replayed ? { "idempotent-replayed": "true" } : {}),
    });
  });

  app.openapi(list, async (c) => c.json(await service.list(c.req.valid("query"), c.var.caller), 200));
  app.openapi(get, async (c) => c.json(await service.get(c.req.valid("param").id, c.var.caller), 200));

  for (const [route, run] of [
    [
      acknowledge,
      (id: string, _body: unknown, caller: AppEnv["Variables"]["caller"]) => service.acknowledge(id, caller),
    ],
    [resolve, (id: string, body: unknown, caller: AppEnv["Variables"]["caller"]) => service.resolve(id, caller, body)],
    [approve, (id: string, body: unknown, caller: AppEnv["Variables"]["caller"]) => service.approve(id, caller, body)],
    [reject, (id: string, body: unknown, caller: AppEnv["Variables"]["caller"]) => service.reject(id, caller, body)],
  ] as const) {
    app.openapi(route, async (c) => {
      const body: unknown = await c.req.json().catch(() => ({}));
      return c.json(await run(c.req.valid("param").id, body, c.var.caller), 200);
    });
  }
}
