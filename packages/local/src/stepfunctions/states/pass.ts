import type { PassState } from "@plinth/workflows";
import { contextObject, effectiveInput, languageOf, stateOutput } from "../dataflow";
import type { Frame, StateOutcome } from "../types";
import { nextOf } from "./transition";

/** Pass: its Result (or its Parameters/Arguments, or its input) becomes its result. */
export async function runPass(
  name: string,
  state: PassState,
  input: unknown,
  frame: Frame,
  entered: string,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  const result =
    state.Result !== undefined && language === "JSONPath"
      ? state.Result
      : await effectiveInput(state, language, frame, input, context);
  const output = await stateOutput(state, language, frame, input, result, context);
  return { output, next: nextOf(state) };
}
