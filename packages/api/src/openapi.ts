import type { ErrorCode } from "@plinth/core";
import { z } from "zod";
import { Problem, statusOf } from "./problems";

/** Response headers a route sets, declared once here and named by the routes that send them. */
export const ResponseHeaders = {
  location: {
    Location: z.string().meta({
      description: "Where to follow what was created or started",
      example: "/v1/provisioning-requests/pr-0123456789abcdef0123",
    }),
  },
  etag: {
    ETag: z
      .string()
      .meta({ description: "The resource's version: send it back as If-Match to change it safely", example: '"3"' }),
  },
  replayed: {
    "Idempotent-Replayed": z
      .string()
      .meta({
        description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key",
        example: "true",
      })
      .optional(),
  },
} satisfies Record<string, Record<string, z.ZodType<string | undefined>>>;

/** Every response carries it (the correlate middleware): added to each response of the document. */
export const CorrelationIdHeader = {
  description: "The request's correlation id (yours from X-Correlation-Id, else a new one); it is on every log line",
  schema: { type: "string", example: "0b6f5a3e-2f0c-4a8e-9d43-6f1f0f2c9a77" },
};

export function json<T extends z.ZodType>(
  schema: T,
  description: string,
  ...headers: Record<string, z.ZodType<string | undefined>>[]
) {
  return {
    description,
    ...(headers.length
      ? { headers: z.object(Object.assign({}, ...headers) as Record<string, z.ZodType<string | undefined>>) }
      : {}),
    content: { "application/json": { schema } },
  };
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
