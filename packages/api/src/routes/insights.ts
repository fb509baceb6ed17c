import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Insights, InsightsQuery } from "@plinth/core";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, problems } from "../openapi";

const get = createRoute({
  operationId: "getInsights",
  method: "get",
  path: "/v1/insights",
  tags: ["insights"],
  summary: "A team's insights: requests, lead time, failure rates, cost against budget, promotions, incidents",
  description:
    "For the records the team created in the window (default: the last 30 days): requests by status, lead time (request → ready) p50/p95, failure rate by template, the monthly cost of the team's live resources against its budget, promotion success and quarantine rates per dataset, incidents' time to resolve and the share that healed themselves. Computed from bounded range reads of the team index, never a scan; `cost` says what the answer read (queries, items, DynamoDB read units) and whether a kind had more records than it reads (narrow the window then).",
  security: bearer,
  request: { query: InsightsQuery },
  responses: {
    200: json(Insights, "The team's insights"),
    ...problems("unauthenticated", "invalid_parameter", "validation_failed", "not_found"),
  },
});

export function registerInsights(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(get, async (c) => c.json(await deps.insights.forTeam(c.req.valid("query"), c.var.caller), 200));
}
