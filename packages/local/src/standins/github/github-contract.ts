import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { serveOnLoopback } from "../../http";
import type { GitHubStandIn } from "./github";
import subset from "./github-openapi.subset.json" with { type: "json" };
import webhooks from "./github-webhooks.subset.json" with { type: "json" };

/**
 * The stand-in held to GitHub's own descriptions, for its tests: every REST answer against the
 * committed subset of `@octokit/openapi` (its status must be one GitHub documents for the operation,
 * its body that status's schema), every webhook payload against the subset of
 * `@octokit/openapi-webhooks` (`webhook-<event>-<action>`).
 */
type Json = Record<string, unknown>;

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms (Ajv reads it only beside a `type`). And
 * `oneOf` read as `anyOf`: GitHub's error unions (`basic-error` | `repository-rule-violation-error`)
 * have no required fields, so every error body matches both and no body could satisfy "exactly one".
 */
function nullableToJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableToJsonSchema);
  if (!value || typeof value !== "object") return value;
  const { nullable, oneOf, ...rest } = value as Json;
  if (oneOf !== undefined) rest.anyOf = oneOf;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, nullableToJsonSchema(inner)]));
  if (nullable !== true) return converted;
  return typeof converted.type === "string"
    ? { ...converted, type: [converted.type, "null"] }
    : { anyOf: [converted, { type: "null" }] };
}

const operations = Object.entries(
  subset.paths as Record<string, Record<string, { responses: Record<string, Json> }>>,
).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    pattern: new RegExp(`^/api/v3${path.replace(/\{(ref|path)\}/g, ".+").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    responses: operation.responses,
  })),
);

export class GitHubContract {
  readonly violations: string[] = [];
  validated = 0;
  webhooksValidated = 0;
  private readonly ajv = new Ajv({ strict: false, allErrors: true });

  constructor() {
    addFormats.default(this.ajv);
    this.ajv.addSchema(nullableToJsonSchema(subset) as Json, "github.json");
    this.ajv.addSchema(nullableToJsonSchema(webhooks) as Json, "webhooks.json");
  }

  private schema(ref: string): ValidateFunction {
    return this.ajv.getSchema(ref) ?? this.ajv.compile({ $ref: ref });
  }

  async response(request: { method: string; url: string }, response: Response): Promise<void> {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith("/api/v3/")) return;
    const candidates = operations.filter((op) => op.method === request.method && op.pattern.test(pathname));
    // The most specific path: `/git/ref/{ref}` over `/contents/{path}` and so on.
    const operation = candidates.sort((a, b) => b.path.length - a.path.length)[0];
    if (!operation) {
      this.violations.push(`${request.method} ${pathname}: not an operation of the subset`);
      return;
    }
    const documented = operation.responses[String(response.status)];
    // GitHub answers 401, 403 ("Resource not accessible by integration"), 404 and 422 (a validation
    // failure, e.g. dispatching a workflow without a `workflow_dispatch` trigger) on routes that do not
    // list them; their bodies are still held to `basic-error`.
    if (!documented && ![401, 403, 404, 422].includes(response.status)) {
      this.violations.push(`${request.method} ${operation.path}: ${response.status} is not documented`);
      return;
    }
    const text = await response.clone().text();
    const described = (documented as Json | undefined)?.content ?? (documented as Json | undefined)?.$ref;
    if (response.status === 204 || text === "" || (documented && !described)) return;
    const pointer = `github.json#/paths/${operation.path.replaceAll("~", "~0").replaceAll("/", "~1")}/${request.method.toLowerCase()}/responses/${response.status}`;
    const ref = (documented as Json | undefined)?.$ref as string | undefined;
    const schemaRef = ref
      ? `github.json${ref}/content/application~1json/schema`
      : documented
        ? `${pointer}/content/application~1json/schema`
        : "github.json#/components/schemas/basic-error";
    const check = this.schema(schemaRef);
    this.validated += 1;
    if (!check(JSON.parse(text)))
      this.violations.push(
        `${request.method} ${operation.path} ${response.status}: ${this.ajv.errorsText(check.errors).slice(0, 400)}`,
      );
  }

  /** A delivery's payload against `webhook-<event>-<action>` of GitHub's webhook description. */
  webhook(event: string, payload: { action?: unknown }): void {
    const name = `webhook-${event}-${String(payload.action)}`.replaceAll("_", "-");
    if (!(webhooks.components.schemas as Record<string, unknown>)[name]) {
      this.violations.push(`${event}.${String(payload.action)}: no ${name} in GitHub's webhook description`);
      return;
    }
    const check = this.schema(`webhooks.json#/components/schemas/${name}`);
    this.webhooksValidated += 1;
    if (!check(payload)) this.violations.push(`${name}: ${this.ajv.errorsText(check.errors).slice(0, 600)}`);
  }
}

/** The stand-in served on loopback with every REST answer checked. */
export async function serveValidated(github: GitHubStandIn, contract: GitHubContract) {
  return await serveOnLoopback(
    {
      fetch: async (request: Request) => {
        const { method, url } = request;
        const response = await github.app.fetch(request);
        await contract
          .response({ method, url }, response)
          .catch((error: unknown) => contract.violations.push(`${request.method} ${request.url}: ${String(error)}`));
        return response;
      },
    },
    0,
    "the GitHub stand-in",
    "PLINTH_GITHUB_PORT",
  );
}
