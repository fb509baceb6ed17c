import type { WaitState } from "@plinth/workflows";
import { contextObject, jsonPathScope, languageOf, passThrough, stateOutput } from "../dataflow";
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
  // Only the duration is kept across the sleep: a parked execution should cost little memory.
  const { clock } = frame.env;
  const resumed = frame.journal?.resumed(name)?.waitUntil;
  const until = resumed ?? clock.now() + (await duration(name, state, input, frame, entered));
  frame.journal?.waitUntil(name, input, until);
  try {
    await clock.sleep(Math.max(0, until - clock.now()), frame.signal);
  } catch (error) {
    frame.env.history.record("WaitStateAborted", { name });
    throw error;
  }
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  const output = await stateOutput(
    state,
    language,
    frame,
    input,
    passThrough(state, language, frame, input, context),
    context,
  );
  return { output, next: nextOf(state) };
}

async function duration(
  name: string,
  state: WaitState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<number> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
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
  if (seconds !== undefined) {
    if (typeof seconds !== "number" || seconds < 0 || !Number.isInteger(seconds)) {
      throw runtimeError(`Wait "${name}": seconds must be a non-negative integer, got ${JSON.stringify(seconds)}`);
    }
    return seconds * 1000;
  }
  const until = typeof timestamp === "string" ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(until))
    throw runtimeError(`Wait "${name}": ${JSON.stringify(timestamp)} is not an ISO-8601 timestamp`);
  return Math.max(0, until - frame.env.clock.now());
}
