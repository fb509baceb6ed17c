import { type ErrorCode, fieldsOf, isPlinthError, PlinthError } from "@plinth/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";

/**
 * RFC 9457 problem details. This file is the one place where an error code becomes an HTTP status;
 * routes and domain code only throw coded errors.
 */
const PROBLEM_BASE = "https://plinth.dev/problems/";

const Catalog: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 422, title: "The request body does not match the schema" },
  invalid_parameter: { status: 400, title: "A path, query or header parameter is invalid" },
  invalid_cursor: { status: 400, title: "The page cursor is not one this listing issued" },
  payload_too_large: { status: 413, title: "The request body is too large" },
  malformed_json: { status: 400, title: "The request body is not valid JSON" },
  unsupported_media_type: { status: 415, title: "The request body must be application/json" },
  unauthenticated: { status: 401, title: "A valid bearer token is required" },
  forbidden: { status: 403, title: "Your roles do not allow this" },
  not_found: { status: 404, title: "No such resource" },
  route_not_found: { status: 404, title: "No such route" },
  conflict: { status: 409, title: "The resource's state does not allow this" },
  version_conflict: { status: 412, title: "The resource changed since you read it" },
  precondition_required: { status: 428, title: "Send If-Match with the version you read" },
  idempotency_key_reused: { status: 422, title: "The Idempotency-Key was used with another request" },
  policy_violation: { status: 422, title: "The request breaks a platform policy" },
  self_approval: { status: 403, title: "You cannot approve or reject your own request" },
  stale_plan: { status: 409, title: "The plan changed since the hash you quoted" },
  unreadable_input: { status: 422, title: "A data file could not be read as its format" },
  integration_required: { status: 409, title: "An outside system must be connected first" },
  upstream_failed: { status: 502, title: "An outside system refused the call" },
  internal: { status: 500, title: "Something went wrong on our side" },
};

export const Problem = z
  .object({
    type: z.url(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    correlationId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
export type Problem = z.infer<typeof Problem>;

export function problemType(code: ErrorCode): string {
  return `${PROBLEM_BASE}${code.replaceAll("_", "-")}`;
}

export function statusOf(code: ErrorCode): number {
  return Catalog[code].status;
}

export function problemResponse(c: Context, error: PlinthError): Response {
  const { status, title } = Catalog[error.code];
  // For the request's metrics (ApiProblems by code), read by the app's first middleware.
  c.set("problemCode", error.code);
  const body: Problem = {
    type: problemType(error.code),
    title,
    status,
    detail: error.detail,
    instance: new URL(c.req.url).pathname,
    code: error.code,
    ...(c.get("correlationId") ? { correlationId: c.get("correlationId") as string } : {}),
    ...(error.fields.length > 0 ? { errors: error.fields } : {}),
  };
  return c.body(JSON.stringify(body), status as 400, {
    "content-type": "application/problem+json",
    ...(error.code === "unauthenticated" ? { "www-authenticate": 'Bearer realm="plinth"' } : {}),
  });
}

/**
 * Everything thrown becomes a PlinthError; unknown errors become `internal` with no detail leaked.
 * A ZodError that reaches here is ours (a record or a task input that did not parse): the client's
 * input was parsed at the edge (the route's validator, or `parseInput` in core) and named there.
 */
export function toPlinthError(error: unknown): PlinthError {
  if (isPlinthError(error)) return error;
  if (error instanceof HTTPException) {
    if (error.message.startsWith("Malformed JSON")) return new PlinthError("malformed_json", error.message);
    if (error.status === 401) return new PlinthError("unauthenticated", error.message || "authentication failed");
    if (error.status === 404) return new PlinthError("not_found", error.message || "not found");
    if (error.status === 413) return new PlinthError("payload_too_large", "the request body is too large");
    // @hono/zod-openapi refuses a body whose content type the route does not declare.
    if (error.status === 415) return new PlinthError("unsupported_media_type", "send the body as application/json");
  }
  // GitHub (or another outside system) refused a call the API made: say which call and what it said.
  if (error instanceof Error && error.name === "Plinth.GitHubCallFailed")
    return new PlinthError("upstream_failed", error.message);
  return new PlinthError("internal", "an unexpected error occurred; quote the correlation id when you report it", [], {
    cause: error,
  });
}

export function validationError(error: z.ZodError, location: "body" | "query" | "path" | "header"): PlinthError {
  const fields = fieldsOf(error, location);
  const code = location === "body" ? "validation_failed" : "invalid_parameter";
  const summary = fields.map((field) => `${field.field}: ${field.message}`).join("; ");
  return new PlinthError(code, summary, fields);
}
