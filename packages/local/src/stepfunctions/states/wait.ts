import type { WaitState } from "../../../../../workflows/asl";
import { contextObject, jsonPathScope, languageOf, stateOutput } from "../dataflow";
import { runtimeError } from "../errors";
import { evaluate } from "../jsonata";
import { readPath, selectPath } from "../paths";
import type { Frame, StateOutcome } from "../types";
import { nextOf } from "./transition";

/** Wait: for Seconds, or until a Timestamp (each static, from a path, or a JSONata expression), on the engine clock. */
export async function runWait(
  name: string,
  state: WaitState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  const { clock } = frame.env;
  let seconds: unknown;
  let timestamp: unknown;
  if (language === "JSONata") {
    seconds =
      state.Seconds === undefined ? undefined : await evaluate(state.Seconds, { input, context }, frame.variables);
    timestamp =
      state.Timestamp === undefined ? undefined : await evaluate(state.Timestamp, { input, context }, frame.variables);
  } else {
    const scope = jsonPathScope(frame, selectPath(state.InputPath, jsonPathScope(frame, input, context)), context);
    seconds = state.SecondsPath ? readPath(state.SecondsPath, scope) : state.Seconds;
    timestamp = state.TimestampPath ? readPath(state.TimestampPath, scope) : state.Timestamp;
  }
  let waitMs: number;
  if (seconds !== undefined) {
    if (typeof seconds !== "number" || seconds < 0 || !Number.isInteger(seconds)) {
      throw runtimeError(`Wait "${name}": seconds must be a non-negative integer, got ${JSON.stringify(seconds)}`);
    }
    waitMs = seconds * 1000;
  } else {
    const until = typeof timestamp === "string" ? Date.parse(timestamp) : Number.NaN;
    if (Number.isNaN(until))
      throw runtimeError(`Wait "${name}": ${JSON.stringify(timestamp)} is not an ISO-8601 timestamp`);
    waitMs = Math.max(0, until - clock.now());
  }
  try {
    await clock.sleep(waitMs, frame.signal);
  } catch (error) {
    frame.env.history.record("WaitStateAborted", { name });
    throw error;
  }
  if (language === "JSONata")
    return { output: await stateOutput(state, language, frame, input, input, context), next: nextOf(state) };
  const effective = selectPath(state.InputPath, jsonPathScope(frame, input, context));
  return { output: selectPath(state.OutputPath, jsonPathScope(frame, effective, context)), next: nextOf(state) };
}
