/**
 * Amazon States Language, typed just enough that a definition written as a TypeScript object is
 * checked while it is written. The full grammar is checked by `asl-validator` in tests and by the
 * local Step Functions service when a definition is created.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Payload = { [key: string]: Json };

export interface Retrier {
  ErrorEquals: string[];
  IntervalSeconds?: number;
  MaxAttempts?: number;
  BackoffRate?: number;
  MaxDelaySeconds?: number;
  JitterStrategy?: "FULL" | "NONE";
}

export interface Catcher {
  ErrorEquals: string[];
  Next: string;
  ResultPath?: string | null;
  Output?: Json;
  Assign?: Payload;
}

interface Common {
  Comment?: string;
  QueryLanguage?: "JSONPath" | "JSONata";
  InputPath?: string | null;
  OutputPath?: string | null;
  Output?: Json;
  Assign?: Payload;
}

type Transition = { Next: string; End?: never } | { End: true; Next?: never };

export type TaskState = Common &
  Transition & {
    Type: "Task";
    Resource: string;
    Parameters?: Payload;
    Arguments?: Json;
    ResultSelector?: Payload;
    ResultPath?: string | null;
    TimeoutSeconds?: number;
    TimeoutSecondsPath?: string;
    HeartbeatSeconds?: number;
    HeartbeatSecondsPath?: string;
    Retry?: Retrier[];
    Catch?: Catcher[];
    Credentials?: Payload;
  };

export type PassState = Common &
  Transition & { Type: "Pass"; Result?: Json; ResultPath?: string | null; Parameters?: Payload };

export type WaitState = Common &
  Transition & {
    Type: "Wait";
    Seconds?: number | string;
    Timestamp?: string;
    SecondsPath?: string;
    TimestampPath?: string;
  };

export interface ChoiceRule {
  Next?: string;
  Variable?: string;
  Condition?: string;
  And?: ChoiceRule[];
  Or?: ChoiceRule[];
  Not?: ChoiceRule;
  Assign?: Payload;
  Output?: Json;
  [comparison: string]: Json | ChoiceRule | ChoiceRule[] | undefined;
}

export type ChoiceState = Common & { Type: "Choice"; Choices: ChoiceRule[]; Default?: string };

export type SucceedState = Common & { Type: "Succeed" };

export type FailState = Common & {
  Type: "Fail";
  Error?: string;
  Cause?: string;
  ErrorPath?: string;
  CausePath?: string;
};

export type ParallelState = Common &
  Transition & {
    Type: "Parallel";
    Branches: StateMachine[];
    Parameters?: Payload;
    Arguments?: Json;
    ResultSelector?: Payload;
    ResultPath?: string | null;
    Retry?: Retrier[];
    Catch?: Catcher[];
  };

export type MapState = Common &
  Transition & {
    Type: "Map";
    ItemProcessor?: StateMachine & { ProcessorConfig?: { Mode: "INLINE" | "DISTRIBUTED"; ExecutionType?: string } };
    Iterator?: StateMachine;
    ItemsPath?: string;
    Items?: Json;
    ItemSelector?: Payload;
    Parameters?: Payload;
    ItemBatcher?: { MaxItemsPerBatch?: number; MaxInputBytesPerBatch?: number; BatchInput?: Payload };
    MaxConcurrency?: number;
    ToleratedFailurePercentage?: number;
    ToleratedFailureCount?: number;
    ResultSelector?: Payload;
    ResultPath?: string | null;
    Retry?: Retrier[];
    Catch?: Catcher[];
  };

export type State =
  | TaskState
  | PassState
  | WaitState
  | ChoiceState
  | SucceedState
  | FailState
  | ParallelState
  | MapState;

export interface StateMachine {
  Comment?: string;
  QueryLanguage?: "JSONPath" | "JSONata";
  StartAt: string;
  States: Record<string, State>;
  TimeoutSeconds?: number;
  Version?: "1.0";
}

/** Every nested state machine of a definition, the definition itself first (Parallel branches, Map processors). */
export function* machines(definition: StateMachine): Generator<StateMachine> {
  yield definition;
  for (const state of Object.values(definition.States)) {
    if (state.Type === "Parallel") for (const branch of state.Branches) yield* machines(branch);
    if (state.Type === "Map") {
      const processor = state.ItemProcessor ?? state.Iterator;
      if (processor) yield* machines(processor);
    }
  }
}

export function* tasks(definition: StateMachine): Generator<[string, TaskState]> {
  for (const machine of machines(definition)) {
    for (const [name, state] of Object.entries(machine.States)) {
      if (state.Type === "Task") yield [name, state];
    }
  }
}
