import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Cost } from "@plinth/core";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, problems } from "../openapi";

const get = createRoute({
  operationId: "getCosts",
  method: "get",
  path: "/v1/costs",
  tags: ["cost"],
  summary: "Measured cost beside the plans' estimates: by request, service or day, and the month against the budget",
  description:
    "What Cost Explorer billed for the team's resources (read once a day by the CostIngestion workflow, grouped by the `plinth:stage` and `plinth:request` cost allocation tags — this call never reaches Cost Explorer), each request's plan estimate beside its measured monthly run rate (the last 7 complete days × 365/12) with large drift flagged, and the month: spent so far, the forecast (month to date + the daily run rate for each day left) and which budget thresholds (80 %, 100 %, on actual or forecast spend) it crossed. Amounts AWS may still restate say `estimated`. Spend without a request tag is team `unallocated`, readable by admins.",
  security: bearer,
  request: { query: Cost.CostQuery },
  responses: {
    200: json(Cost.CostReport, "The team's measured cost"),
    ...problems("unauthenticated", "invalid_parameter", "not_found"),
  },
});

export function registerCosts(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(get, async (c) => c.json(await deps.costs.report(c.req.valid("query"), c.var.caller), 200));
}
