import type { FailState, SucceedState } from "@plinth/workflows";
import { contextObject, jsonPathScope, languageOf, passThrough, stateOutput } from "../dataflow";
import { StatesError } from "../errors";
import { evaluate } from "../jsonata";
import { readPath } from "../paths";
import type { Frame, StateOutcome } from "../types";

/** Succeed ends its machine with its (InputPath/OutputPath'd, or Output) input. */
export async function runSucceed(
  name: string,
  state: SucceedState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  return {
    output: await stateOutput(
      state,
      language,
      frame,
      input,
      passThrough(state, language, frame, input, context),
      context,
    ),
  };
}

/** Fail ends its machine with an error and a cause, static or read from the input. */
export async function runFail(
  name: string,
  state: FailState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<never> {
  const context = contextObject(frame, name, entered, 0);
  if (languageOf(state, frame) === "JSONata") {
    const states = { input, context };
    const error = await evaluate(state.Error ?? "", states, frame.variables);
    const cause = await evaluate(state.Cause ?? "", states, frame.variables);
    throw new StatesError(String(error ?? ""), String(cause ?? ""));
  }
  const scope = jsonPathScope(frame, input, context);
  const error = state.ErrorPath ? String(readPath(state.ErrorPath, scope)) : (state.Error ?? "");
  const cause = state.CausePath ? String(readPath(state.CausePath, scope)) : (state.Cause ?? "");
  throw new StatesError(error, cause);
}
