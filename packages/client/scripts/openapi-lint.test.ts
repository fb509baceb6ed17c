import { openApiDocument, type RecordedExamples } from "@plinth/api";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

/**
 * The OpenAPI document as a product, checked by Redocly's linter (its strictest built-in ruleset,
 * plus descriptions, tag definitions and examples that must match their schemas) and by the rules
 * Redocly has no built-in for.
 */
import examples from "../examples.json" with { type: "json" };

const document = openApiDocument("0.1.0", examples as RecordedExamples) as unknown as {
  paths: Record<string, Record<string, Operation>>;
};

interface Operation {
  operationId?: string;
  description?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { example?: unknown }> }>;
}

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ at: `${method.toUpperCase()} ${path}`, operation })),
);
/** Liveness and the entry point take no input and need no token: no 4xx can happen to them. */
const PUBLIC = new Set(["GET /healthz", "GET /v1"]);

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended-strict rules, with descriptions and valid examples required", async () => {
    const config = await createConfig({
      extends: ["recommended-strict"],
      rules: {
        "operation-description": "error",
        "tag-description": "error",
        "operation-tag-defined": "error",
        "no-invalid-media-type-examples": "error",
        "no-invalid-schema-examples": "error",
        // Replaced below: every operation but the two public ones has a 4xx.
        "operation-4xx-response": "off",
      },
    });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config });
    expect(problems.map((p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`)).toEqual([]);
  });

  it("gives every operation a 4xx (but liveness and the index), an example answer, and an example body when it takes one", () => {
    const missing: string[] = [];
    for (const { at, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      if (!PUBLIC.has(at) && !statuses.some((s) => s.startsWith("4"))) missing.push(`${at}: no 4xx`);
      // An answer with no body (204) needs no example.
      const answered = statuses
        .filter((s) => s.startsWith("2"))
        .some(
          (s) =>
            operation.responses[s]?.content === undefined ||
            operation.responses[s]?.content?.["application/json"]?.example !== undefined,
        );
      if (!answered) missing.push(`${at}: no example answer`);
      const body = operation.requestBody?.content["application/json"];
      if (body && body.example === undefined) missing.push(`${at}: no example body`);
    }
    expect(missing).toEqual([]);
  });

  it("lists 413 payload_too_large on every operation that takes a body (the body limit answers before any route)", () => {
    const withBody = operations.filter(({ operation }) => operation.requestBody);
    expect(withBody.length).toBeGreaterThanOrEqual(19);
    expect(withBody.filter(({ operation }) => !operation.responses["413"]).map(({ at }) => at)).toEqual([]);
  });

  it("declares the headers responses carry: the correlation id everywhere, Location on what starts or creates", () => {
    const missing: string[] = [];
    for (const { at, operation } of operations)
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response.headers?.["X-Correlation-Id"]) missing.push(`${at} ${status}: X-Correlation-Id`);
        if ((status === "201" || status === "202") && !response.headers?.Location)
          missing.push(`${at} ${status}: Location`);
      }
    expect(missing).toEqual([]);
  });
});
