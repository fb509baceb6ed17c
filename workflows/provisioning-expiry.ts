import type { StateMachine } from "./asl";
import { failedAt, startWorkflow, stateMachineArn, step } from "./states";

/**
 * The TTL timer of one succeeded request: it sleeps until the warning, warns, sleeps until the
 * expiry, then starts the teardown. It re-reads the record every time it wakes, so extending the
 * TTL (PATCH) just makes it sleep again. Waiting costs nothing in a Standard workflow (billing is
 * per state transition) and runs the same code in AWS and in the local cloud. Input: `{ requestId }`.
 */
export const provisioningExpiry = {
  Comment: "Expiry: wait → warn → wait → teardown, re-reading the expiry each time",
  StartAt: "Check",
  // A timer of at most a year (the longest TTL, and Step Functions' own limit for a Standard execution).
  TimeoutSeconds: 31_536_000,
  States: {
    Check: step(
      "expiryCheck",
      { "now.$": "$$.State.EnteredTime", teardownMachine: stateMachineArn("ProvisioningTeardown") },
      { Next: "Decide" },
      failedAt("expiry", "CheckFailed"),
      "$.check",
    ),
    Decide: {
      Type: "Choice",
      Choices: [
        { Variable: "$.check.next", StringEquals: "wait", Next: "Sleep" },
        { Variable: "$.check.next", StringEquals: "destroy", Next: "StartTeardown" },
      ],
      Default: "Done",
    },
    Sleep: { Type: "Wait", TimestampPath: "$.check.until", Next: "Check" },
    StartTeardown: startWorkflow(
      "ProvisioningTeardown",
      "$.check.teardownName",
      "Done",
      failedAt("expiry", "CheckFailed"),
    ),
    CheckFailed: {
      Type: "Fail",
      Error: "Plinth.ExpiryFailed",
      Cause: "the expiry timer could not decide or start the teardown",
    },
    Done: { Type: "Succeed" },
  },
} satisfies StateMachine;
