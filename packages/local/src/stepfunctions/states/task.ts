import type { TaskState } from "@plinth/workflows";
import type { Cancellation } from "../cancellation";
import { contextObject, effectiveInput, jsonPathScope, languageOf, stateOutput } from "../dataflow";
import { runtimeError, StatesError, toStatesError } from "../errors";
import { evaluate } from "../jsonata";
import { readPath } from "../paths";
import { guarded } from "../retry";
import type { Frame, StateOutcome } from "../types";
import { nextOf } from "./transition";

/**
 * Task: resolve the call, hand it to the integration (request-response, or `.waitForTaskToken`
 * then wait for SendTaskSuccess/Failure with heartbeats), under TimeoutSeconds, inside Retry/Catch.
 */
export async function runTask(
  name: string,
  state: TaskState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const { env } = frame;
  const callback = state.Resource.endsWith(".waitForTaskToken");
  const { resourceType, resource } = describeResource(state.Resource);
  return await guarded(state, frame, input, contextObject(frame, name, entered, 0), async (retryCount) => {
    // A resumed execution waits again with the token it handed out before the restart, without calling again.
    const resumedToken = callback && retryCount === 0 ? frame.journal?.resumed(name)?.token : undefined;
    const token = callback ? (resumedToken ?? env.newTaskToken()) : undefined;
    const context = contextObject(frame, name, entered, retryCount, token);
    const parameters = await effectiveInput(state, language, frame, input, context);
    const timeoutSeconds = await seconds(
      state.TimeoutSeconds,
      state.TimeoutSecondsPath,
      language,
      frame,
      input,
      context,
      "TimeoutSeconds",
    );
    const heartbeatSeconds = await seconds(
      state.HeartbeatSeconds,
      state.HeartbeatSecondsPath,
      language,
      frame,
      input,
      context,
      "HeartbeatSeconds",
    );
    const lambda = resourceType === "lambda-function";
    env.history.record(lambda ? "LambdaFunctionScheduled" : "TaskScheduled", {
      ...(lambda
        ? { resource: state.Resource, input: JSON.stringify(parameters) }
        : { resourceType, resource, region: "us-east-1", parameters: JSON.stringify(parameters) }),
      ...(timeoutSeconds === undefined ? {} : { timeoutInSeconds: timeoutSeconds }),
      ...(heartbeatSeconds === undefined ? {} : { heartbeatInSeconds: heartbeatSeconds }),
    });
    env.history.record(
      lambda ? "LambdaFunctionStarted" : "TaskStarted",
      lambda ? undefined : { resourceType, resource },
    );

    const attempt = frame.signal.child();
    let result: unknown;
    try {
      const work = (async () => {
        if (token) frame.journal?.callbackToken(name, token);
        if (resumedToken) return env.awaitCallback(resumedToken, heartbeatSeconds, attempt.signal);
        const response = await env.invoke({
          resource: state.Resource,
          parameters,
          signal: attempt.signal,
          ...(token ? { taskToken: token } : {}),
        });
        if (!token) return response;
        env.history.record("TaskSubmitted", { resourceType, resource, output: JSON.stringify(response ?? null) });
        return env.awaitCallback(token, heartbeatSeconds, attempt.signal);
      })();
      result =
        timeoutSeconds === undefined ? await work : await withTimeout(work, timeoutSeconds, frame, attempt.signal);
    } catch (caught) {
      if (frame.signal.aborted) throw caught;
      const error = toStatesError(caught);
      const timedOut = error.error === "States.Timeout" || error.error === "States.HeartbeatTimeout";
      env.history.record(
        lambda
          ? timedOut
            ? "LambdaFunctionTimedOut"
            : "LambdaFunctionFailed"
          : timedOut
            ? "TaskTimedOut"
            : "TaskFailed",
        { ...(lambda ? {} : { resourceType, resource }), error: error.error, cause: error.cause },
      );
      throw error;
    } finally {
      attempt.release();
      attempt.abort(new Error("task finished"));
    }
    env.history.record(lambda ? "LambdaFunctionSucceeded" : "TaskSucceeded", {
      ...(lambda ? {} : { resourceType, resource }),
      output: JSON.stringify(result ?? null),
    });
    return { output: await stateOutput(state, language, frame, input, result, context), next: nextOf(state) };
  });
}

async function withTimeout(
  work: Promise<unknown>,
  timeoutSeconds: number,
  frame: Frame,
  signal: Cancellation,
): Promise<unknown> {
  const timer = frame.env.clock.sleep(timeoutSeconds * 1000, signal).then(
    () => {
      throw new StatesError("States.Timeout", `the task did not finish within ${timeoutSeconds} s`);
    },
    () => new Promise<never>(() => undefined),
  );
  return await Promise.race([work, timer]);
}

async function seconds(
  value: number | string | undefined,
  path: string | undefined,
  language: string,
  frame: Frame,
  input: unknown,
  context: unknown,
  field: string,
): Promise<number | undefined> {
  let resolved: unknown = value;
  if (path !== undefined) resolved = readPath(path, jsonPathScope(frame, input, context));
  else if (language === "JSONata" && typeof value === "string")
    resolved = await evaluate(value, { input, context }, frame.variables);
  if (resolved === undefined) return undefined;
  if (typeof resolved !== "number" || !Number.isInteger(resolved) || resolved <= 0) {
    throw runtimeError(`${field} must be a positive integer, got ${JSON.stringify(resolved)}`);
  }
  return resolved;
}

/** How history names a resource: `arn:aws:states:::dynamodb:putItem` → dynamodb / putItem. */
export function describeResource(arn: string): { resourceType: string; resource: string } {
  const sdk = /^arn:aws:states:::aws-sdk:([^:]+):(.+)$/.exec(arn);
  if (sdk) return { resourceType: `aws-sdk:${sdk[1]}`, resource: sdk[2] as string };
  const optimized = /^arn:aws:states:::([^:]+):(.+)$/.exec(arn);
  if (optimized) return { resourceType: optimized[1] as string, resource: optimized[2] as string };
  if (arn.startsWith("arn:aws:lambda:")) return { resourceType: "lambda-function", resource: arn };
  return { resourceType: "unknown", resource: arn };
}
