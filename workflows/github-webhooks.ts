import type { StateMachine } from "./asl";
import { lambdaRetry } from "./states";

/**
 * One GitHub webhook delivery, after the receiver recorded it (rule `github-webhook`, input: the
 * event's detail): claim it, apply its fact (a run, a job, a deployment, a pull request that closed),
 * mark it done. Express: thousands a day, each a few hundred milliseconds. A failure is retried here
 * with backoff; past that the delivery stays RECEIVED with its error and the sweep tries it again.
 */
export const githubDelivery = {
  Comment: "A GitHub webhook delivery → its run, job or deployment record (or the pipeline setup it wakes)",
  StartAt: "Process",
  TimeoutSeconds: 300,
  States: {
    Process: {
      Type: "Task",
      Resource: "${TaskFunctionArn}",
      Parameters: { action: "process", "deliveryId.$": "$.deliveryId" },
      ResultPath: "$.processed",
      Retry: [lambdaRetry, { ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 1, MaxAttempts: 4, BackoffRate: 3 }],
      // The delivery keeps its error and stays RECEIVED: the sweep emits it again (8 tries, then FAILED).
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Unprocessed" }],
      End: true,
    },
    Unprocessed: {
      Type: "Fail",
      Error: "Plinth.DeliveryUnprocessed",
      Cause: "kept on the delivery; the sweep tries again",
    },
  },
} satisfies StateMachine;

/**
 * Every 5 minutes (rule `github-redelivery`): deliveries left RECEIVED are emitted again, and those
 * GitHub failed to hand over are redelivered through the app's API (`/app/hook/deliveries`).
 */
export const githubRedelivery = {
  Comment: "Lost and failed webhook deliveries → emitted again, or redelivered by GitHub",
  StartAt: "Recover",
  TimeoutSeconds: 600,
  States: {
    Recover: {
      Type: "Task",
      Resource: "${TaskFunctionArn}",
      Parameters: { action: "recover" },
      ResultPath: "$.recovered",
      Retry: [lambdaRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Unrecovered" }],
      End: true,
    },
    // The next run (5 minutes on) looks again: nothing is lost by one that failed.
    Unrecovered: { Type: "Fail", Error: "Plinth.RedeliveryFailed", Cause: "GitHub's delivery log could not be read" },
  },
} satisfies StateMachine;
