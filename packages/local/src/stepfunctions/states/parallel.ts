import type { ParallelState } from "@plinth/workflows";
import { contextObject, effectiveInput, languageOf, stateOutput } from "../dataflow";
import { toStatesError } from "../errors";
import { guarded } from "../retry";
import type { Frame, StateOutcome } from "../types";
import { nextOf } from "./transition";

type RunMachine = (frame: Frame, input: unknown) => Promise<unknown>;

/** Parallel: every branch gets the same input; the result is their outputs in order; one failure stops the rest. */
export async function runParallel(
  name: string,
  state: ParallelState,
  input: unknown,
  frame: Frame,
  entered: string,
  runMachine: RunMachine,
): Promise<StateOutcome> {
  const language = languageOf(state, frame);
  const context = contextObject(frame, name, entered, 0);
  return await guarded(state, frame, input, context, async () => {
    const branchInput = await effectiveInput(state, language, frame, input, context);
    frame.env.history.record("ParallelStateStarted");
    const siblings = frame.signal.child();
    let results: unknown[];
    try {
      results = await Promise.all(
        state.Branches.map((branch) =>
          runMachine(
            {
              env: frame.env,
              machine: branch,
              queryLanguage: branch.QueryLanguage ?? language,
              variables: new Map(frame.variables),
              signal: siblings.signal,
            },
            branchInput,
          ).catch((error: unknown) => {
            siblings.abort(error);
            throw error;
          }),
        ),
      );
    } catch (caught) {
      const error = frame.signal.aborted ? caught : (siblings.signal.reason ?? caught);
      const statesError = toStatesError(error);
      frame.env.history.record("ParallelStateFailed", { error: statesError.error, cause: statesError.cause });
      throw error;
    } finally {
      siblings.release();
    }
    frame.env.history.record("ParallelStateSucceeded");
    return { output: await stateOutput(state, language, frame, input, results, context), next: nextOf(state) };
  });
}
