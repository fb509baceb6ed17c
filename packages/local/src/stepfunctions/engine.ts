import type { State } from "@plinth/workflows";
import { runtimeError } from "./errors";
import { runChoice } from "./states/choice";
import { runMap } from "./states/map";
import { runParallel } from "./states/parallel";
import { runPass } from "./states/pass";
import { runTask } from "./states/task";
import { runFail, runSucceed } from "./states/terminal";
import { runWait } from "./states/wait";
import type { Frame, StateOutcome } from "./types";

/**
 * Runs a state machine (or a Parallel branch, or a Map's ItemProcessor) from `startAt` until a
 * state ends it, recording StateEntered/StateExited, and returns its output. Failures propagate as
 * StatesError; the top-level frame learns where, so a redrive can resume there.
 */
export async function runMachine(frame: Frame, input: unknown, startAt = frame.machine.StartAt): Promise<unknown> {
  const { history, clock } = frame.env;
  let name = startAt;
  let data = input;
  for (;;) {
    if (frame.signal.aborted) throw frame.signal.reason;
    const state = frame.machine.States[name];
    if (!state) throw runtimeError(`there is no state named "${name}"`);
    const entered = new Date(clock.now()).toISOString();
    history.record(`${state.Type}StateEntered`, { name, input: JSON.stringify(data) });
    if (frame.journal && CHECKPOINTED.has(state.Type)) frame.journal.checkpoint(name, data);
    let outcome: StateOutcome;
    try {
      outcome = await runState(name, state, data, frame, entered);
    } catch (error) {
      if (frame.failureSink) frame.failureSink.failedAt = { state: name, input: data };
      throw error;
    }
    history.record(`${state.Type}StateExited`, { name, output: JSON.stringify(outcome.output ?? null) });
    if (outcome.next === undefined) return outcome.output;
    name = outcome.next;
    data = outcome.output;
  }
}

/** Where work leaves the engine (a Wait checkpoints itself, with its deadline). */
const CHECKPOINTED = new Set(["Task", "Map", "Parallel"]);

function runState(name: string, state: State, input: unknown, frame: Frame, entered: string): Promise<StateOutcome> {
  const child = (childFrame: Frame, childInput: unknown) => runMachine(childFrame, childInput);
  switch (state.Type) {
    case "Pass":
      return runPass(name, state, input, frame, entered);
    case "Task":
      return runTask(name, state, input, frame, entered);
    case "Choice":
      return runChoice(name, state, input, frame, entered);
    case "Wait":
      return runWait(name, state, input, frame, entered);
    case "Succeed":
      return runSucceed(name, state, input, frame, entered);
    case "Fail":
      return runFail(name, state, input, frame, entered);
    case "Parallel":
      return runParallel(name, state, input, frame, entered, child);
    case "Map":
      return runMap(name, state, input, frame, entered, child);
  }
}
