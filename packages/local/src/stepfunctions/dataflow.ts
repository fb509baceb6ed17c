import type { Catcher, State } from "@plinth/workflows";
import { evaluate, type StatesBinding } from "./jsonata";
import { applyResultPath, renderTemplate, type Scope, selectPath } from "./paths";
import type { Frame, QueryLanguage } from "./types";

/**
 * The data flow shared by every state type, in both query languages:
 *   JSONPath: InputPath → Parameters → (work) → ResultSelector → ResultPath → OutputPath, Assign
 *   JSONata:  Arguments → (work) → Output, Assign
 */
export function languageOf(state: State, frame: Frame): QueryLanguage {
  return state.QueryLanguage ?? frame.queryLanguage;
}

export function contextObject(
  frame: Frame,
  stateName: string,
  enteredTime: string,
  retryCount: number,
  taskToken?: string,
) {
  const { env } = frame;
  return {
    Execution: {
      Id: env.executionArn,
      Input: env.executionInput,
      Name: env.executionName,
      RoleArn: env.roleArn,
      StartTime: env.startTime,
      RedriveCount: env.redriveCount,
    },
    StateMachine: { Id: env.stateMachineArn, Name: env.stateMachineName },
    State: { Name: stateName, EnteredTime: enteredTime, RetryCount: retryCount },
    ...(taskToken ? { Task: { Token: taskToken } } : {}),
    ...(frame.mapItem ? { Map: { Item: frame.mapItem } } : {}),
  };
}

export function jsonPathScope(frame: Frame, data: unknown, context: unknown): Scope {
  return { data, context, variables: frame.variables };
}

/** The value the work of a state receives: Parameters/Arguments applied to the (InputPath'd) input. */
export async function effectiveInput(
  state: { InputPath?: string | null; Parameters?: unknown; Arguments?: unknown },
  language: QueryLanguage,
  frame: Frame,
  input: unknown,
  context: unknown,
): Promise<unknown> {
  if (language === "JSONata") {
    return state.Arguments === undefined ? input : evaluate(state.Arguments, { input, context }, frame.variables);
  }
  const selected = selectPath(state.InputPath, jsonPathScope(frame, input, context));
  return state.Parameters === undefined
    ? selected
    : renderTemplate(state.Parameters, jsonPathScope(frame, selected, context));
}

/** The "result" of a state that does no work (Wait, Succeed): its input, after InputPath in JSONPath. */
export function passThrough(
  state: { InputPath?: string | null },
  language: QueryLanguage,
  frame: Frame,
  input: unknown,
  context: unknown,
): unknown {
  return language === "JSONata" ? input : selectPath(state.InputPath, jsonPathScope(frame, input, context));
}

/** Turns a state's result into its output, and applies its Assign (which sees variables as they were). */
export async function stateOutput(
  state: {
    ResultSelector?: unknown;
    ResultPath?: string | null;
    OutputPath?: string | null;
    Output?: unknown;
    Assign?: unknown;
  },
  language: QueryLanguage,
  frame: Frame,
  input: unknown,
  result: unknown,
  context: unknown,
): Promise<unknown> {
  if (language === "JSONata") return jsonataOutput(state, frame, { input, result, context }, result);
  const selected =
    state.ResultSelector === undefined
      ? result
      : renderTemplate(state.ResultSelector, jsonPathScope(frame, result, context));
  const assigned =
    state.Assign === undefined ? undefined : renderTemplate(state.Assign, jsonPathScope(frame, selected, context));
  const combined = applyResultPath(input, state.ResultPath, selected);
  const output = selectPath(state.OutputPath, jsonPathScope(frame, combined, context));
  assign(frame, assigned);
  return output;
}

/** Where a Catcher sends the error: `{Error, Cause}` placed by ResultPath, or shaped by Output. */
export async function catcherOutput(
  catcher: Catcher,
  language: QueryLanguage,
  frame: Frame,
  input: unknown,
  errorOutput: { Error: string; Cause: string },
  context: unknown,
): Promise<unknown> {
  if (language === "JSONata") return jsonataOutput(catcher, frame, { input, errorOutput, context }, errorOutput);
  const assigned =
    catcher.Assign === undefined
      ? undefined
      : renderTemplate(catcher.Assign, jsonPathScope(frame, errorOutput, context));
  assign(frame, assigned);
  return applyResultPath(input, catcher.ResultPath, errorOutput);
}

/**
 * JSONata's way out of a state, a Choice rule or a Catcher: Output (or `fallback`) and Assign are
 * both evaluated against the variables as they were before, then the assignments take effect.
 */
export async function jsonataOutput(
  exit: { Output?: unknown; Assign?: unknown },
  frame: Frame,
  states: StatesBinding,
  fallback: unknown,
): Promise<unknown> {
  const assigned = exit.Assign === undefined ? undefined : await evaluate(exit.Assign, states, frame.variables);
  const output = exit.Output === undefined ? fallback : await evaluate(exit.Output, states, frame.variables);
  assign(frame, assigned);
  return output;
}

export function assign(frame: Frame, assigned: unknown): void {
  if (assigned === undefined || assigned === null || typeof assigned !== "object") return;
  for (const [name, value] of Object.entries(assigned)) frame.variables.set(name, value);
}
