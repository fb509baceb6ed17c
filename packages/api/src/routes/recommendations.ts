import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Cost } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const RecommendationId = z.object({
  id: z.string().regex(/^rec-[0-9a-f]{20}$/, "a recommendation id such as rec-0123456789abcdef0123"),
});
const recommendations = "/v1/recommendations";
const readProblems = problems("unauthenticated", "invalid_parameter", "not_found");
const actionProblems = problems("unauthenticated", "forbidden", "not_found", "conflict", "invalid_parameter");

const listRecommendations = createRoute({
  operationId: "listRecommendations",
  method: "get",
  path: recommendations,
  tags: ["cost"],
  summary: "Idle resources, each with its evidence, the monthly saving and one action",
  description:
    "The team's recommendations, newest first, with the total a month the OPEN ones would save. A daily workflow (ResourceRecommendations) reads each live resource's CloudWatch metrics with GetMetricData and opens one when a resource shows no use for its template's window (SQS 14 days, Lambda and DynamoDB 30, S3 60 unchanged); one in use again, or gone, is RESOLVED.",
  security: bearer,
  request: { query: Cost.RecommendationQuery },
  responses: { 200: json(Cost.RecommendationList, "The team's recommendations"), ...readProblems },
});

const getRecommendation = createRoute({
  operationId: "getRecommendation",
  method: "get",
  path: `${recommendations}/{id}`,
  tags: ["cost"],
  summary: "A recommendation: evidence (the metric window, day by day), saving, action and its audit trail",
  description:
    "Its evidence is what CloudWatch answered: each metric's daily datapoints over the window (days with none count as zero — SQS stops publishing after six hours idle), the saving (the larger of the plan's estimate and the measured run rate), the action, and every change with who made it and why.",
  security: bearer,
  request: { params: RecommendationId },
  responses: { 200: json(Cost.Recommendation, "The recommendation"), ...readProblems },
});

const applyRecommendation = createRoute({
  operationId: "applyRecommendation",
  method: "post",
  path: `${recommendations}/{id}/apply`,
  tags: ["cost"],
  summary: "Open the change it recommends: a destroy of the request, waiting for another approver",
  description:
    "Developers of the team. The request gets a `destroyRequest` and stays SUCCEEDED until another approver of the team approves it (POST /v1/provisioning-requests/{id}/approve with the plan's hash; never the one who applied) — then it is destroyed like any other — or rejects it, which reopens the recommendation at the next scan. Follow the request at Location.",
  security: bearer,
  request: { params: RecommendationId },
  responses: {
    202: json(Cost.AppliedRecommendation, "The change is open; Location is the request", ResponseHeaders.location),
    ...actionProblems,
  },
});

const dismissRecommendation = createRoute({
  operationId: "dismissRecommendation",
  method: "post",
  path: `${recommendations}/{id}/dismiss`,
  tags: ["cost"],
  summary: "Say why it is not waste: it stays dismissed, with your reason in its audit trail",
  description:
    "Developers of the team, for an OPEN or SNOOZED recommendation. It is not reopened by later scans; the reason, who and when are kept in its history and published as Recommendation Dismissed.",
  security: bearer,
  request: { params: RecommendationId, body: jsonBody(Cost.Dismissal) },
  responses: {
    200: json(Cost.Recommendation, "The recommendation, DISMISSED"),
    ...actionProblems,
    ...problems("validation_failed"),
  },
});

const snoozeRecommendation = createRoute({
  operationId: "snoozeRecommendation",
  method: "post",
  path: `${recommendations}/{id}/snooze`,
  tags: ["cost"],
  summary: "Look again later: it reopens after `until` if the resource is still idle",
  description:
    "Developers of the team. `until` is in the future and at most 180 days ahead; the first daily scan after it reopens the recommendation if the resource is still there (Recommendation Opened again). Published as Recommendation Dismissed with `until`.",
  security: bearer,
  request: { params: RecommendationId, body: jsonBody(Cost.Snooze) },
  responses: {
    200: json(Cost.Recommendation, "The recommendation, SNOOZED"),
    ...actionProblems,
    ...problems("validation_failed"),
  },
});

export function registerRecommendations(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(listRecommendations, async (c) =>
    c.json(await deps.recommendations.list(c.req.valid("query"), c.var.caller), 200),
  );
  app.openapi(getRecommendation, async (c) =>
    c.json(await deps.recommendations.get(c.req.valid("param").id, c.var.caller), 200),
  );
  app.openapi(applyRecommendation, async (c) => {
    const applied = await deps.recommendations.apply(c.req.valid("param").id, c.var.caller);
    return c.json(applied, 202, { Location: `/v1/provisioning-requests/${applied.request.id}` });
  });
  app.openapi(dismissRecommendation, async (c) =>
    c.json(await deps.recommendations.dismiss(c.req.valid("param").id, c.var.caller, c.req.valid("json")), 200),
  );
  app.openapi(snoozeRecommendation, async (c) =>
    c.json(await deps.recommendations.snooze(c.req.valid("param").id, c.var.caller, c.req.valid("json")), 200),
  );
}
