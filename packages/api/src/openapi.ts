import type { ErrorCode } from "@plinth/core";
import { z } from "zod";
import { Problem, statusOf } from "./problems";

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } };
}

/** The problem responses a route can give, keyed by status, for the OpenAPI document. */
export function problems(...codes: ErrorCode[]) {
  const responses: Record<
    number,
    { description: string; content: { "application/problem+json": { schema: typeof Problem } } }
  > = {};
  for (const code of codes) {
    const status = statusOf(code);
    const existing = responses[status];
    responses[status] = {
      description: existing ? `${existing.description}, ${code}` : code,
      content: { "application/problem+json": { schema: Problem } },
    };
  }
  return responses;
}

export const bearer = [{ bearer: [] }];

/** The `Idempotency-Key` header of a POST that creates something: a retry with the same key gets the first answer. */
export const IdempotencyKey = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{8,128}$/, "8–128 visible ASCII characters, e.g. a UUID")
    .optional()
    .describe("Retry safely: the same key and body return the first answer"),
});
