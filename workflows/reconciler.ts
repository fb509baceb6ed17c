import type { StateMachine } from "./asl";
import { lambdaRetry } from "./states";

/**
 * An execution of ours ended FAILED, TIMED_OUT or ABORTED (AWS's *Execution Status Change* event,
 * by the `execution-ended` rule): move the record it was acting on to its failed status, with the
 * execution's error and cause, through the domain's own step. Input: the event.
 */
export const reconciler = {
  Comment: "Execution ended badly → the record it acted on is failed (or escalated) with the reason",
  StartAt: "Reconcile",
  States: {
    Reconcile: {
      Type: "Task",
      Resource: "${TaskFunctionArn}",
      Parameters: { action: "reconcile", "event.$": "$" },
      ResultPath: "$.reconciled",
      // Throttling and brief outages of the table are retried longer than a step's usual three tries.
      Retry: [lambdaRetry, { ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 2, MaxAttempts: 4, BackoffRate: 2 }],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Unreconciled" }],
      End: true,
    },
    // The sweep finds the record later (its execution has ended); this execution says why it could not.
    Unreconciled: { Type: "Fail", Error: "Plinth.Unreconciled", Cause: "the record could not be reconciled" },
  },
} satisfies StateMachine;
