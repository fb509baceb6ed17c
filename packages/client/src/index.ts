import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, operations, paths } from "./schema";
// Each enum's values at run time, generated with the types (status filters, validation in forms).
export {
  incidentStatusValues,
  provisioningRequestStatusValues,
  serviceLifecycleValues,
  serviceTypeValues,
} from "./schema";
export type Schemas = components["schemas"];
export type ProblemBody = Schemas["Problem"];

/** A problem+json answer (or no answer at all) as a typed error: a stable `code`, the fields at fault, the correlation id. */
export class PlinthApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: { field: string; message: string }[];
  readonly correlationId: string | undefined;

  constructor(problem: Pick<ProblemBody, "status" | "code" | "detail"> & Partial<ProblemBody>, options?: ErrorOptions) {
    super(describeProblem(problem), options);
    this.name = "PlinthApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.correlationId = problem.correlationId;
  }
}

/** `422 validation_failed: body.parameters.size: must be at most 100` — each field once. */
export function describeProblem(
  problem: Pick<ProblemBody, "status" | "code" | "detail"> & Partial<ProblemBody>,
): string {
  const fields = [...new Map((problem.errors ?? []).map((error) => [error.field, error.message])).entries()];
  const where = fields.map(([field, message]) => `${field}: ${message}`).join("; ");
  return `${problem.status} ${problem.code}: ${where || problem.detail}`;
}

export interface ClientOptions {
  /** The API's base URL; "" for the page's own origin (the portal). */
  baseUrl: string;
  /** Read on every request, so a new sign-in takes effect at once. */
  token?: () => string | undefined;
  fetch?: typeof globalThis.fetch;
  /** Called with every problem before it is thrown (the portal sends a 401 back to sign-in). */
  onProblem?: (error: PlinthApiError) => void;
}

function isProblem(body: unknown): body is ProblemBody {
  return typeof body === "object" && body !== null && "code" in body && "status" in body && "detail" in body;
}

/**
 * The one typed client of the API. Every call either returns the operation's typed answer or throws
 * a PlinthApiError; callers never look at status codes.
 */
export function createPlinthClient(options: ClientOptions) {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token?.();
      if (token) request.headers.set("authorization", `Bearer ${token}`);
      return request;
    },
  };
  const raise: Middleware = {
    async onResponse({ response }) {
      // Nothing to change on success (returning the same object is refused where Response differs by realm).
      if (response.ok) return undefined;
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const error = isProblem(body)
        ? new PlinthApiError(body)
        : new PlinthApiError({
            status: response.status,
            code: "unexpected_response",
            detail: `${response.status} ${response.statusText} from ${response.url}`,
          });
      options.onProblem?.(error);
      throw error;
    },
    onError({ error, request }) {
      const cause = error instanceof Error ? error : new Error(String(error));
      throw new PlinthApiError(
        { status: 0, code: "unreachable", detail: `${request.url} did not answer: ${cause.message}` },
        { cause },
      );
    },
  };
  client.use(auth, raise);
  return client;
}

export type PlinthClient = ReturnType<typeof createPlinthClient>;

/** The answer of a call that succeeded (the client throws on every other). */
export async function data<T>(call: Promise<{ data?: T }>): Promise<T> {
  const result = await call;
  return result.data as T;
}
export * from "./format";
