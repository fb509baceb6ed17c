/**
 * Every failure a user can act on carries a stable code. The API maps codes to HTTP statuses in one
 * place (packages/api/src/problems.ts); nothing else decides a status.
 */
export const ErrorCodes = [
  "validation_failed",
  "invalid_parameter",
  "invalid_cursor",
  "payload_too_large",
  "malformed_json",
  "unauthenticated",
  "forbidden",
  "not_found",
  "route_not_found",
  "conflict",
  "version_conflict",
  "precondition_required",
  "idempotency_key_reused",
  "policy_violation",
  "self_approval",
  "stale_plan",
  "unreadable_input",
  "unsupported_media_type",
  "integration_required",
  "upstream_failed",
  "internal",
] as const;
export type ErrorCode = (typeof ErrorCodes)[number];

export interface InvalidField {
  /** Dotted path of the failing field, e.g. `body.parameters.retentionDays`. */
  field: string;
  message: string;
}

export class PlinthError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly fields: InvalidField[];

  constructor(code: ErrorCode, detail: string, fields: InvalidField[] = [], options?: { cause?: unknown }) {
    super(`${code}: ${detail}`, options);
    this.name = "PlinthError";
    this.code = code;
    this.detail = detail;
    this.fields = fields;
  }
}

export function fail(
  code: ErrorCode,
  detail: string,
  fields: InvalidField[] = [],
  options?: { cause?: unknown },
): never {
  throw new PlinthError(code, detail, fields, options);
}

export function isPlinthError(error: unknown): error is PlinthError {
  return error instanceof PlinthError;
}

/**
 * A failure a workflow matches on by name (`ErrorEquals: ["Plinth.StalePlan"]`): Lambda reports the
 * error's name as `errorType`. Step handlers of every workflow throw these for outcomes a state
 * machine branches on; anything else is a PlinthError or a bug.
 */
export class StepError extends Error {
  constructor(name: `Plinth.${string}`, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
  }
}
