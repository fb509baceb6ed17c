import type { StateMachine } from "@plinth/workflows";
import type { Cancellation } from "./cancellation";
import type { EngineClock } from "./clock";
import type { History } from "./history";

export type QueryLanguage = "JSONPath" | "JSONata";

/** What the Task state hands an integration: the resolved call, and the token for callbacks. */
export interface TaskCall {
  resource: string;
  parameters: unknown;
  /** Set for `.waitForTaskToken` resources: the integration must pass it on. */
  taskToken?: string;
  signal: Cancellation;
}

/** Everything one execution (and its Map/Parallel children) shares while it runs. */
export interface ExecutionEnv {
  executionArn: string;
  executionName: string;
  executionInput: unknown;
  startTime: string;
  roleArn: string;
  redriveCount: number;
  stateMachineArn: string;
  stateMachineName: string;
  clock: EngineClock;
  history: History;
  /** Calls the resource of a Task state (integrations and in-process Lambda handlers). */
  invoke(call: TaskCall): Promise<unknown>;
  /** Opens a callback: resolves with SendTaskSuccess's output, rejects on failure or timeout. */
  awaitCallback(token: string, heartbeatSeconds: number | undefined, signal: Cancellation): Promise<unknown>;
  newTaskToken(): string;
}

/** A position inside the execution: the machine being run, its variables, its query language. */
export interface Frame {
  env: ExecutionEnv;
  machine: StateMachine;
  queryLanguage: QueryLanguage;
  variables: Map<string, unknown>;
  signal: Cancellation;
  mapItem?: { Index: number; Value: unknown };
  /** Set on the top-level frame: told where a failure happened, so RedriveExecution can resume there. */
  failureSink?: { failedAt?: { state: string; input: unknown } };
  /** Set on the top-level frame of a durable execution (PLINTH_DATA_DIR): what must survive a restart. */
  journal?: FrameJournal;
}

/** Where the engine tells the journal what it must not lose (journal.ts says when and why). */
export interface FrameJournal {
  checkpoint(state: string, input: unknown): void;
  callbackToken(state: string, token: string): void;
  waitUntil(state: string, input: unknown, until: number): void;
  /** Once, on the state a resumed execution starts in: the token it waited with, its Wait's deadline. */
  resumed(state: string): { token?: string; waitUntil?: number } | undefined;
}

export interface StateOutcome {
  output: unknown;
  /** The next state; absent when the state ends its machine. */
  next?: string;
}
