import type { StateMachine } from "./asl";
import { deleteStackStates, failedAt, step } from "./states";

/**
 * Deletes a request's stack and records the end: DESTROYED (destroy or expiry), or the clean-up
 * of a cancelled request; a delete CloudFormation cannot finish records FAILED with its reason.
 * Input: `{ requestId }`.
 */
export const provisioningTeardown = {
  Comment: "Teardown: delete the stack, wait until it is gone, record DESTROYED (or the failure)",
  StartAt: "Start",
  // Bounds the delete-and-wait poll: half a day; past it the reconciler fails the request at step workflow.
  TimeoutSeconds: 43_200,
  States: {
    Start: {
      Type: "Pass",
      Parameters: { "requestId.$": "$.requestId", stackEvents: { events: [] } },
      Assign: { cleanup: "failed" },
      Next: "FindStack",
    },
    FindStack: step("stackOf", {}, { Next: "TeardownDeleteStack" }, failedAt("destroy", "RecordFailed"), "$.found"),
    ...deleteStackStates("Teardown", "Deleted", "$.found.stackName"),
    Deleted: {
      Type: "Choice",
      Choices: [{ Variable: "$cleanup", StringEquals: "deleted", Next: "RecordDestroyed" }],
      Default: "RecordFailed",
    },
    RecordDestroyed: step(
      "destroyed",
      { "now.$": "$$.State.EnteredTime" },
      { End: true },
      failedAt("destroy", "RecordFailed"),
    ),
    RecordFailed: step("destroyFailed", { "stackEvents.$": "$.stackEvents.events" }, { Next: "Failed" }, [
      { ErrorEquals: ["States.ALL"], ResultPath: "$.recordError", Next: "Failed" },
    ]),
    Failed: { Type: "Fail", Error: "Plinth.TeardownFailed", Cause: "see the request's failure and timeline" },
  },
} satisfies StateMachine;
