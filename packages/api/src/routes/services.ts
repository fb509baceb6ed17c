import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Catalog } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, jsonBody, problems, ResponseHeaders } from "../openapi";

const base = "/v1/services";
const Id = z.object({ id: Catalog.ServiceId });
const IfMatch = z.object({
  "if-match": z
    .string()
    .regex(/^"\d+"$/, 'an ETag such as "3", as GET /v1/services/{id} returned it')
    .optional()
    .describe("The version you read; required to change a service, optional to retire one"),
});
const ServiceList = z
  .object({
    items: z.array(Catalog.Service),
    cursor: z.string().optional().describe("Pass as ?cursor= for the next page"),
    reads: z.number().int().describe("DynamoDB reads this page took"),
  })
  .meta({ id: "ServiceList" });
const ScorecardList = z
  .object({
    items: z.array(Catalog.Scorecard).describe("Most rules passed first"),
    cursor: z.string().optional(),
    reads: z.number().int(),
  })
  .meta({ id: "ScorecardList" });
const Exported = z
  .object({ fileName: z.literal("catalog-info.yaml"), yaml: z.string() })
  .meta({ id: "ServiceDescriptor" });

const readProblems = problems("unauthenticated", "not_found", "invalid_parameter");
const writeProblems = problems(
  "unauthenticated",
  "forbidden",
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
);
const etag = (service: Catalog.Service) => ({ ETag: `"${service.version}"` });
const versionOf = (header: string | undefined) => (header ? Number(header.replaceAll('"', "")) : undefined);

const register = createRoute({
  operationId: "registerService",
  method: "post",
  path: base,
  tags: ["services"],
  summary: "Register a service in the catalog",
  description:
    "Registers a service of your team (ids follow Backstage's entity-name rules and are unique in the stage). Requests and datasets may then name it; alarms on resources tagged `plinth:service` open incidents that name it.",
  security: bearer,
  request: { body: jsonBody(Catalog.CreateService) },
  responses: {
    201: json(Catalog.Service, "Registered", ResponseHeaders.location, ResponseHeaders.etag),
    ...writeProblems,
    ...problems("conflict"),
  },
});

const list = createRoute({
  operationId: "listServices",
  method: "get",
  path: base,
  tags: ["services"],
  summary: "A team's services by id; search by id or name prefix, filter by lifecycle and tier",
  description:
    "A team's services in id order, paged with `cursor`. `q` matches the start of the id or of the name (case-insensitive). Another team's services are never listed.",
  security: bearer,
  request: { query: Catalog.ServiceQuery },
  responses: { 200: json(ServiceList, "A page of services"), ...readProblems, ...problems("invalid_cursor") },
});

const get = createRoute({
  operationId: "getService",
  method: "get",
  path: `${base}/{id}`,
  tags: ["services"],
  summary: "A service",
  description:
    "A service of one of your teams (another team's is a 404). Its `ETag` is the version to send back as If-Match.",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(Catalog.Service, "The service", ResponseHeaders.etag), ...readProblems },
});

const page = createRoute({
  operationId: "getServicePage",
  method: "get",
  path: `${base}/{id}/page`,
  tags: ["services"],
  summary: "Everything Plinth knows about a service, in one answer",
  description:
    "The service with its live resources and their monthly cost, its datasets with the versions they serve, its open and recent incidents, and its scorecard — read through each domain's records that name the service (the newest 25 of each kind), with the reads it took.",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(Catalog.ServicePage, "The service's page"), ...readProblems },
});

const docs = createRoute({
  operationId: "getServiceDocs",
  method: "get",
  path: `${base}/{id}/docs`,
  tags: ["services"],
  summary: "A service's own docs: README.md or a docs/ page from its repository",
  description:
    "Read from the default branch of the service's repository through the Plinth GitHub App (the team must have connected the organisation), cached by commit sha. The Markdown is answered as written: render it sanitised, resolving relative links against `htmlUrl` at `sha`.",
  security: bearer,
  request: { params: Id, query: Catalog.ServiceDocsQuery },
  responses: {
    200: json(Catalog.ServiceDocs, "The page, with the list of pages there are"),
    ...readProblems,
    ...problems("conflict", "integration_required", "upstream_failed"),
  },
});

const change = createRoute({
  operationId: "changeService",
  method: "patch",
  path: `${base}/{id}`,
  tags: ["services"],
  summary: "Change a service (If-Match required)",
  description:
    'Replaces the fields given (`null` clears repository or system). Send `If-Match: "<version>"` as GET returned it: 428 without it, 412 when the service changed since.',
  security: bearer,
  request: { params: Id, headers: IfMatch, body: jsonBody(Catalog.ServicePatch) },
  responses: {
    200: json(Catalog.Service, "The changed service", ResponseHeaders.etag),
    ...writeProblems,
    ...problems("not_found", "invalid_parameter", "version_conflict", "precondition_required"),
  },
});

const retire = createRoute({
  operationId: "retireService",
  method: "delete",
  path: `${base}/{id}`,
  tags: ["services"],
  summary: "Retire a service that owns nothing live",
  description:
    "Deletes the service. Refused (409, naming each) while it owns live resources or datasets: destroy or move them first. With If-Match, only if it is still that version.",
  security: bearer,
  request: { params: Id, headers: IfMatch },
  responses: {
    204: { description: "Retired" },
    ...problems("unauthenticated", "forbidden", "not_found", "invalid_parameter", "conflict", "version_conflict"),
  },
});

const scorecards = createRoute({
  operationId: "listScorecards",
  method: "get",
  path: "/v1/scorecards",
  tags: ["services"],
  summary: "A team's services ranked by their scorecards",
  description:
    "Each service's scorecard — rules computed from Plinth's own records, each with its reason and, when it fails, the action that fixes it — most rules passed first, a page of services at a time.",
  security: bearer,
  request: { query: Catalog.ServiceQuery },
  responses: { 200: json(ScorecardList, "Scorecards"), ...readProblems, ...problems("invalid_cursor") },
});

const importRoute = createRoute({
  operationId: "importServices",
  method: "post",
  path: `${base}/import`,
  tags: ["services"],
  summary: "Import Backstage descriptors (catalog-info.yaml); dry run first",
  description:
    "Reads `kind: Component` documents and creates or changes the services they describe (other kinds are skipped, saying why). A document that cannot be mapped — an owner that is not a team of yours, a lifecycle Plinth does not know — is refused naming the document and field, and then nothing is written (422). `dryRun` answers the same without writing.",
  security: bearer,
  request: { body: jsonBody(Catalog.ImportRequest) },
  responses: { 200: json(Catalog.ImportResult, "What was (or would be) done per document"), ...writeProblems },
});

const exportRoute = createRoute({
  operationId: "exportService",
  method: "get",
  path: `${base}/{id}/backstage`,
  tags: ["services"],
  summary: "The service as a Backstage catalog-info.yaml",
  description: "A `kind: Component` descriptor that imports back to the same service (tier in `plinth.dev/tier`).",
  security: bearer,
  request: { params: Id },
  responses: { 200: json(Exported, "The descriptor"), ...readProblems },
});

export function registerServices(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const catalog = deps.catalog;
  app.openapi(register, async (c) => {
    const service = await catalog.register(c.req.valid("json"), c.var.caller, c.var.correlationId);
    return c.json(service, 201, { Location: `${base}/${service.id}`, ...etag(service) });
  });
  app.openapi(list, async (c) => c.json(await catalog.list(c.req.valid("query"), c.var.caller), 200));
  app.openapi(scorecards, async (c) => c.json(await catalog.scorecards(c.req.valid("query"), c.var.caller), 200));
  app.openapi(importRoute, async (c) =>
    c.json(await catalog.importBackstage(c.req.valid("json"), c.var.caller, c.var.correlationId), 200),
  );
  app.openapi(get, async (c) => {
    const service = await catalog.get(c.req.valid("param").id, c.var.caller);
    return c.json(service, 200, etag(service));
  });
  app.openapi(page, async (c) => c.json(await catalog.page(c.req.valid("param").id, c.var.caller), 200));
  app.openapi(docs, async (c) =>
    c.json(await deps.serviceDocs.read(c.req.valid("param").id, c.req.valid("query"), c.var.caller), 200),
  );
  app.openapi(exportRoute, async (c) =>
    c.json(await catalog.exportBackstage(c.req.valid("param").id, c.var.caller), 200),
  );
  app.openapi(change, async (c) => {
    const service = await catalog.change(
      c.req.valid("param").id,
      c.req.valid("json"),
      c.var.caller,
      versionOf(c.req.valid("header")["if-match"]),
      c.var.correlationId,
    );
    return c.json(service, 200, etag(service));
  });
  app.openapi(retire, async (c) => {
    await catalog.retire(
      c.req.valid("param").id,
      c.var.caller,
      versionOf(c.req.valid("header")["if-match"]),
      c.var.correlationId,
    );
    return c.body(null, 204);
  });
}
