import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { fail, Provisioning } from "@plinth/core";
import { z } from "zod";
import type { AppEnv } from "../context";
import { bearer, json, problems } from "../openapi";

const TemplateSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    description: z.string(),
    risk: z.enum(["low", "medium", "high"]),
    resourceTypes: z.array(z.string()),
    exampleMonthlyUsd: z
      .number()
      .describe("The estimated monthly cost of the example parameters: what the catalog shows as a starting price"),
  })
  .meta({ id: "TemplateSummary" });

const TemplateDetail = TemplateSummary.extend({
  parameters: z.record(z.string(), z.unknown()).describe("JSON Schema (2020-12) of the parameters"),
  example: z.object({
    parameters: z.record(z.string(), z.unknown()),
    request: z.record(z.string(), z.unknown()).describe("A POST /v1/provisioning-requests body to start from"),
  }),
}).meta({ id: "TemplateDetail" });

const list = createRoute({
  operationId: "listTemplates",
  method: "get",
  path: "/v1/templates",
  tags: ["catalog"],
  summary: "The catalog: what you can provision",
  description:
    "Every template of the catalog with its risk and the monthly cost of its example parameters. Pick one, then GET it for its parameter schema.",
  security: bearer,
  responses: {
    200: json(z.object({ items: z.array(TemplateSummary) }), "The templates"),
    ...problems("unauthenticated"),
  },
});

const get = createRoute({
  operationId: "getTemplate",
  method: "get",
  path: "/v1/templates/{id}",
  tags: ["catalog"],
  summary: "One template, with its parameters as JSON Schema and an example request",
  description:
    "The template's parameters as JSON Schema 2020-12 (types, defaults, limits, enums, descriptions) and a complete example request body; forms and CLIs are generated from it.",
  security: bearer,
  request: { params: z.object({ id: z.string() }) },
  responses: { 200: json(TemplateDetail, "The template"), ...problems("unauthenticated", "not_found") },
});

const summary = (t: Provisioning.CatalogTemplate) => ({
  id: t.id,
  version: t.version,
  title: t.title,
  description: t.description,
  risk: t.risk,
  resourceTypes: [...t.resourceTypes],
  exampleMonthlyUsd: t.cost(t.parameters.parse(t.example)).monthlyUsd,
});

export function registerTemplates(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, (c) => c.json({ items: Provisioning.catalog.map(summary) }, 200));

  app.openapi(get, (c) => {
    const id = c.req.valid("param").id;
    const template =
      Provisioning.findTemplate(id) ?? fail("not_found", `there is no template "${id}"; GET /v1/templates lists them`);
    const parameters = z.toJSONSchema(template.parameters, { io: "input", unrepresentable: "any" }) as Record<
      string,
      unknown
    >;
    return c.json(
      {
        ...summary(template),
        parameters,
        example: {
          parameters: template.example as Record<string, unknown>,
          request: {
            template: template.id,
            name: "example",
            environment: "dev",
            region: "us-east-1",
            ttlHours: 72,
            tags: { owner: "you@example.com", "cost-center": "CC-1234" },
            parameters: template.example,
          },
        },
      },
      200,
    );
  });
}
