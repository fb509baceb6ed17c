/**
 * A failure inside an execution, named as Step Functions names it (`States.Timeout`,
 * `DynamoDB.ConditionalCheckFailedException`, a Lambda's error type, …) with its cause.
 */
export class StatesError extends Error {
  constructor(
    readonly error: string,
    override readonly cause: string = "",
  ) {
    super(`${error}: ${cause}`);
    this.name = "StatesError";
  }
}

/** Errors no Retry or Catch may handle (the States Language spec: they end the execution). */
const TERMINAL = new Set(["States.Runtime", "States.DataLimitExceeded"]);

/**
 * Whether a Retrier's or Catcher's ErrorEquals matches `error`. `States.ALL` matches every error
 * but the terminal ones; `States.TaskFailed` matches every error but `States.Timeout` (AWS).
 */
export function errorMatches(errorEquals: readonly string[], error: string): boolean {
  if (TERMINAL.has(error)) return false;
  return errorEquals.some(
    (name) => name === "States.ALL" || name === error || (name === "States.TaskFailed" && error !== "States.Timeout"),
  );
}

export function runtimeError(message: string): StatesError {
  return new StatesError("States.Runtime", message);
}

export function toStatesError(error: unknown): StatesError {
  if (error instanceof StatesError) return error;
  if (error instanceof Error) return new StatesError(error.name || "Error", error.message);
  return new StatesError("States.TaskFailed", String(error));
}
