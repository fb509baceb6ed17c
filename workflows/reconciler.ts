import type { StateMachine } from "./asl";
import { athenaQuery, lambdaRetry } from "./states";

/**
 * An execution of ours ended FAILED, TIMED_OUT or ABORTED (AWS's *Execution Status Change* event,
 * by the `execution-ended` rule), or the `sweep` rule's schedule fired: move the record(s) the ended
 * execution was acting on to their failed status, with the execution's error and cause, through the
 * domain's own step; then drop the Athena scratch databases a promotion run may have left.
 * Input: the event.
 */
export const reconciler = {
  Comment: "Execution ended badly (or the sweep) → the record it acted on is failed (or escalated) with the reason",
  StartAt: "Reconcile",
  TimeoutSeconds: 3600,
  States: {
    Reconcile: {
      Type: "Task",
      Resource: "${TaskFunctionArn}",
      Parameters: { action: "reconcile", "event.$": "$" },
      ResultPath: "$.reconciled",
      // Throttling and brief outages of the table are retried longer than a step's usual three tries.
      Retry: [lambdaRetry, { ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 2, MaxAttempts: 4, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Unreconciled" }],
      Next: "AnythingToDrop",
    },
    AnythingToDrop: {
      Type: "Choice",
      Choices: [{ Variable: "$.reconciled.cleanup[0]", IsPresent: true, Next: "DropScratch" }],
      Default: "Reconciled",
    },
    // One statement at a time; a drop that fails fails this execution (visible), the record stays reconciled.
    DropScratch: {
      Type: "Map",
      ItemsPath: "$.reconciled.cleanup",
      MaxConcurrency: 1,
      ItemProcessor: {
        ProcessorConfig: { Mode: "INLINE" },
        StartAt: "Drop",
        States: {
          Drop: athenaQuery(
            "$",
            { End: true },
            { Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "DropFailed" }] },
          ),
          DropFailed: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
        },
      },
      ResultPath: null,
      Next: "Reconciled",
    },
    Reconciled: { Type: "Succeed" },
    // The sweep finds the record later (its execution has ended); this execution says why it could not.
    Unreconciled: { Type: "Fail", Error: "Plinth.Unreconciled", Cause: "the record could not be reconciled" },
  },
} satisfies StateMachine;
