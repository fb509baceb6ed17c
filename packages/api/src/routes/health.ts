import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { json } from "../openapi";

const Health = z.object({ status: z.literal("ok"), version: z.string() }).meta({ id: "Health" });

const health = createRoute({
  operationId: "getHealth",
  method: "get",
  path: "/healthz",
  tags: ["meta"],
  summary: "Liveness: the function is up (does not touch dependencies)",
  description:
    "For load balancers and uptime checks: answers 200 while the function runs, without calling DynamoDB, Step Functions or EventBridge, so it says nothing about them. No token needed.",
  security: [],
  responses: { 200: json(Health, "Up") },
});

const index = createRoute({
  operationId: "getIndex",
  method: "get",
  path: "/v1",
  tags: ["meta"],
  summary: "Where to go next",
  description:
    "The entry point: links to the collections, the OpenAPI document and the reference. No token needed; start here when exploring the API by hand.",
  security: [],
  responses: {
    200: json(
      z.object({ links: z.record(z.string(), z.string()) }).meta({ id: "Index" }),
      "Links to the API's resources",
    ),
  },
});

export function registerMeta(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(health, (c) => c.json({ status: "ok" as const, version: deps.version }, 200));
  app.openapi(index, (c) =>
    c.json(
      {
        links: {
          me: "/v1/me",
          templates: "/v1/templates",
          provisioningRequests: "/v1/provisioning-requests",
          incidents: "/v1/incidents",
          runbooks: "/v1/runbooks",
          remediationStatus: "/v1/remediation/status",
          datasets: "/v1/datasets",
          openapi: "/openapi.json",
          docs: "/docs",
        },
      },
      200,
    ),
  );
}
