import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { type MetricPoint, metricPoint, PlinthError } from "@plinth/core";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { routePath } from "hono/route";
import type { AppDeps, AppEnv } from "./context";
import { CorrelationIdHeader } from "./openapi";
import { problemResponse, toPlinthError, validationError } from "./problems";
import { registerApprovals } from "./routes/approvals";
import { registerCosts } from "./routes/costs";
import { registerDatasets } from "./routes/datasets";
import { registerMeta } from "./routes/health";
import { registerIncidents } from "./routes/incidents";
import { registerInsights } from "./routes/insights";
import { registerMe } from "./routes/me";
import { registerPipelines } from "./routes/pipelines";
import { registerProvisioning } from "./routes/provisioning";
import { registerRecommendations } from "./routes/recommendations";
import { registerRunbooks } from "./routes/runbooks";
import { registerRuns } from "./routes/runs";
import { registerServices } from "./routes/services";
import { registerTemplates } from "./routes/templates";
import { MAX_WEBHOOK_BYTES, registerWebhooks } from "./routes/webhooks";

/** Every body the API takes (a contract with 500 columns, a 366-day backfill) fits well within this. */
export const MAX_BODY_BYTES = 256 * 1024;

const LOCATIONS = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "header",
} as const;

/**
 * /docs: Swagger UI (it renders OpenAPI 3.1) over /openapi.json, its files from our own origin. Of the
 * reference UIs, the lightest to install: swagger-ui-dist 12 MB, Redoc 85 MB, Scalar 287 MB.
 */
export function apiReferencePage(portal: string): string {
  const assets = `${portal}docs/`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Plinth API reference</title>
    <link rel="stylesheet" href="${assets}swagger-ui.css" />
  </head>
  <body>
    <main id="api-reference"></main>
    <script src="${assets}swagger-ui-bundle.js"></script>
    <script>
      SwaggerUIBundle({ url: "${portal}openapi.json", dom_id: "#api-reference", deepLinking: true, docExpansion: "list", validatorUrl: null });
    </script>
  </body>
</html>`;
}

const TAGS = [
  { name: "meta", description: "Liveness and the entry point; no token needed." },
  {
    name: "services",
    description:
      "The service catalog: what each team owns and ships, with the resources, datasets, incidents and scorecard Plinth knows of it; Backstage descriptors in and out.",
  },
  { name: "me", description: "Who you are to the platform: identity from your token, and your profile." },
  {
    name: "delivery",
    description:
      "CI/CD: GitHub Actions pipelines generated from templates, checked with actionlint, proposed as pull requests, with AWS access through OIDC deploy roles.",
  },
  { name: "catalog", description: "What can be provisioned: templates with their parameter schemas and costs." },
  {
    name: "provisioning",
    description:
      "Requests for infrastructure: plan (cost, policies), approval, apply, outputs, expiry and teardown, each run by a Step Functions workflow.",
  },
  {
    name: "remediation",
    description:
      "Self-healing: incidents opened by alarms, runbooks that act inside guardrails (kill switch, budgets, breakers, approvals), and their settings.",
  },
  {
    name: "insights",
    description: "How a team's work fares: provisioning, promotions and incidents over a window, from bounded reads.",
  },
  {
    name: "cost",
    description:
      "Measured cost from Cost Explorer (read once a day by a workflow, never per call) beside the plans' estimates: per request, service and team, the month against the budget, drift.",
  },
  {
    name: "data",
    description:
      "The medallion lake: datasets with data contracts, promotions landing → bronze → silver → gold behind quality checks, versions, rollback and quarantine.",
  },
];

/** The document's header, shared by /openapi.json and the generated client. */
export function documentConfig(
  version: string,
  server = { url: "/", description: "the origin serving this document" },
) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Plinth API",
      version,
      description:
        "Self-service infrastructure, data promotion and self-healing for the company's teams. " +
        "Errors are RFC 9457 problem details (`application/problem+json`) with a stable `type` and `code`, " +
        "the fields at fault in `errors[]`, and the request's `correlationId`. Creating calls take an `Idempotency-Key`.",
      license: { name: "Proprietary: for use inside the company", identifier: "LicenseRef-Proprietary" },
      contact: { name: "The platform team" },
    },
    servers: [server],
    tags: TAGS,
  };
}

interface Content {
  content?: Record<string, { example?: unknown; schema?: unknown }>;
}
interface Operation {
  operationId?: string;
  requestBody?: Content;
  responses?: Record<string, Content & { description?: string; headers?: object }>;
}

/** An operation's example: the request body it was sent and the answer it gave, recorded from a real run. */
export type RecordedExamples = Record<string, { request?: unknown; status: number; response: unknown }>;

/**
 * The OpenAPI document of an app: its routes' own definitions, plus what every response carries and,
 * when given, an example request and answer per operation. The Lambda serves it without examples
 * (they would weigh on every cold start); the committed copy the portal ships has them.
 */
export function documentOf(
  app: OpenAPIHono<AppEnv>,
  version: string,
  options: { server?: { url: string; description: string }; examples?: RecordedExamples } = {},
) {
  const document = app.getOpenAPI31Document(documentConfig(version, options.server));
  const recorded = options.examples ?? {};
  for (const item of Object.values(document.paths ?? {}))
    for (const operation of Object.values(item as Record<string, Operation>)) {
      // The body limit answers before any route does, so every operation that takes a body can answer it.
      if (operation.requestBody && operation.responses && !operation.responses["413"])
        operation.responses["413"] = {
          description: "payload_too_large",
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        };
      for (const response of Object.values(operation.responses ?? {}))
        response.headers = { "X-Correlation-Id": CorrelationIdHeader, ...response.headers };
      const example = recorded[operation.operationId ?? ""];
      if (!example) continue;
      const body = operation.requestBody?.content?.["application/json"];
      if (body && example.request !== undefined) body.example = example.request;
      const answer = operation.responses?.[String(example.status)]?.content?.["application/json"];
      if (answer) answer.example = example.response;
    }
  return document;
}

function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      // The rest of the body is never read: the connection cannot carry another request.
      c.header("connection", "close");
      return problemResponse(
        c,
        new PlinthError("payload_too_large", `a request body may be at most ${maxSize / 1024} KiB`, [
          { field: "body", message: `larger than ${maxSize} bytes` },
        ]),
      );
    },
  });
}

/** The Plinth HTTP API, built from injected ports: Lambda, the local cloud and tests all run this. */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, LOCATIONS[result.target]);
    },
  });

  app.use("*", correlate(deps));
  app.use("/v1/*", limitBody(MAX_BODY_BYTES));
  app.use("/webhooks/*", limitBody(MAX_WEBHOOK_BYTES));
  app.use("/v1/*", authenticate(deps));

  registerMeta(app, deps);
  registerMe(app, deps);
  registerTemplates(app);
  registerProvisioning(app, deps);
  registerIncidents(app, deps);
  registerRunbooks(app, deps);
  registerDatasets(app, deps);
  registerInsights(app, deps);
  registerCosts(app, deps);
  registerRecommendations(app, deps);
  registerServices(app, deps);
  registerPipelines(app, deps);
  registerRuns(app, deps);
  registerApprovals(app, deps);
  registerWebhooks(app, deps);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A JWT whose claims carry `sub`, `teams` and `roles`. `npm start` prints dev tokens.",
  });
  // Built on the first request for it, not at start (a cold start need not pay for it); the server is this stage's origin.
  let document: ReturnType<typeof documentOf> | undefined;
  app.get("/openapi.json", (c) => {
    document ??= documentOf(app, deps.version);
    return c.json({ ...document, servers: [{ url: new URL(c.req.url).origin, description: "this stage" }] });
  });
  app.get("/docs", (c) => c.html(apiReferencePage(deps.docsAssetsUrl ?? "/portal/")));

  app.notFound((c) =>
    problemResponse(
      c,
      new PlinthError("route_not_found", `${c.req.method} ${c.req.path} is not a route of this API; see /openapi.json`),
    ),
  );
  app.onError((error, c) => {
    const problem = toPlinthError(error);
    if (problem.code === "internal") {
      deps.logger.error("request failed", { correlationId: c.get("correlationId"), error: error as Error });
    }
    return problemResponse(c, problem);
  });
  return app;
}

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Every request gets a correlation id (the caller's, if sane), echoed back and on every log line, and
 * every answer a `Date` from the app's clock.
 * Logged with explicit keys rather than a child logger per request: this runs on every call.
 */
function correlate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = c.req.header("x-correlation-id");
    const correlationId = offered && CORRELATION_ID.test(offered) ? offered : randomUUID();
    c.set("correlationId", correlationId);
    const started = performance.now();
    await next();
    c.header("x-correlation-id", correlationId);
    // The API's clock, not the host's: where time runs scaled (the local cloud), clients age records by it.
    c.header("date", deps.clock.now().toUTCString());
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    deps.logger.info("request", {
      correlationId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs,
    });
    deps.metrics?.record(requestMetrics(c, durationMs));
  };
}

/** The route template (never the path: ids are not dimensions), its latency, its answer class and problem. */
function requestMetrics(c: Context<AppEnv>, durationMs: number): MetricPoint[] {
  const template = routePath(c, -1);
  const Route = template.endsWith("*") ? "unmatched" : `${c.req.method} ${template}`;
  const code = c.get("problemCode");
  return [
    metricPoint("ApiRequests", 1, { Route, StatusClass: `${Math.floor(c.res.status / 100)}xx` }),
    metricPoint("ApiLatency", durationMs, { Route }),
    ...(code ? [metricPoint("ApiProblems", 1, { Route, Code: code })] : []),
  ];
}

function authenticate(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path === "/v1" || c.req.path === "/v1/") return next();
    c.set("caller", await deps.authenticate(c));
    await next();
  };
}
