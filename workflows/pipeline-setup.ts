import type { Payload, StateMachine } from "./asl";
import { failedAt, step } from "./states";

/**
 * A service's pipeline: render + actionlint → the deploy roles (child provisioning requests; the
 * production one waits for its approver) → GitHub environments with each role's ARN → a branch with
 * the workflow file and a pull request → wait until it is merged (ACTIVE) or closed (cleaned up): GitHub's
 * `pull_request.closed` delivery answers the wait's task token; an hourly read covers a lost delivery.
 * `mode: upgrade` renders the newer template and goes straight to the pull request; `cleanup` and
 * `cancel-upgrade` (a cancel) remove what was made. Any failure is recorded with its step and cause
 * and keeps what exists for a retry. Input: `{ pipelineId, mode }`.
 */
const ROLE_POLL_SECONDS = 30;
/** A `pull_request.closed` delivery wakes the wait; past this it reads the pull request itself (a lost delivery). */
const MERGE_RECHECK_SECONDS = 3600;
const task = (
  action: string,
  more: Payload,
  next: { Next: string } | { End: true },
  failed: string,
  resultPath: string | null = null,
) => step(action, more, next, failedAt(failed, "RecordFailure"), resultPath, "pipelineId");

export const pipelineSetup = {
  Comment:
    "Pipeline setup: render + lint → deploy roles → environments → pull request → merged (ACTIVE) or closed (cleaned up)",
  StartAt: "Start",
  // A pull request may wait for review for days; past a week the reconciler fails the pipeline and a retry waits again.
  TimeoutSeconds: 7 * 86_400,
  States: {
    Start: { Type: "Pass", Assign: { failedStep: "render" }, Next: "Mode" },
    Mode: {
      Type: "Choice",
      Choices: [
        { Variable: "$.mode", StringEquals: "cleanup", Next: "CleanUpCancelled" },
        { Variable: "$.mode", StringEquals: "cancel-upgrade", Next: "CleanUpCancelled" },
      ],
      Default: "Render",
    },
    Render: task("render", {}, { Next: "SetupOrUpgrade" }, "render"),
    SetupOrUpgrade: {
      Type: "Choice",
      Choices: [{ Variable: "$.mode", StringEquals: "upgrade", Next: "Propose" }],
      Default: "RequestRoles",
    },
    RequestRoles: task("requestRoles", {}, { Next: "CheckRoles" }, "roles"),
    CheckRoles: task("checkRoles", {}, { Next: "RolesReady" }, "roles", "$.roles"),
    RolesReady: {
      Type: "Choice",
      Choices: [{ Variable: "$.roles.ready", BooleanEquals: true, Next: "Environments" }],
      Default: "WaitForRoles",
    },
    WaitForRoles: { Type: "Wait", Seconds: ROLE_POLL_SECONDS, Next: "CheckRoles" },
    Environments: task("environments", {}, { Next: "Propose" }, "environments"),
    Propose: task("propose", {}, { Next: "AwaitMerge" }, "pull-request"),
    AwaitMerge: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: {
        FunctionName: "${TaskFunctionArn}",
        Payload: { action: "awaitMerge", "pipelineId.$": "$.pipelineId", "taskToken.$": "$$.Task.Token" },
      },
      TimeoutSeconds: MERGE_RECHECK_SECONDS,
      ResultPath: null,
      Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], MaxAttempts: 3 }],
      Catch: [
        { ErrorEquals: ["States.Timeout"], ResultPath: null, Next: "CheckMerge" },
        ...failedAt("merge", "RecordFailure"),
      ],
      Next: "CheckMerge",
    },
    CheckMerge: task("checkMerge", {}, { Next: "Merged" }, "merge", "$.pull"),
    Merged: {
      Type: "Choice",
      Choices: [
        { Variable: "$.pull.state", StringEquals: "merged", Next: "Done" },
        { Variable: "$.pull.state", StringEquals: "closed", Next: "ClosedOrUpgradeClosed" },
      ],
      Default: "AwaitMerge",
    },
    ClosedOrUpgradeClosed: {
      Type: "Choice",
      Choices: [{ Variable: "$.mode", StringEquals: "upgrade", Next: "CleanUpUpgradeClosed" }],
      Default: "CleanUpClosed",
    },
    CleanUpClosed: task("cleanup", { outcome: "CLOSED" }, { Next: "Done" }, "cleanup"),
    CleanUpUpgradeClosed: task("cleanup", { outcome: "UPGRADE_CLOSED" }, { Next: "Done" }, "cleanup"),
    CleanUpCancelled: task("cleanup", { outcome: "CANCELLED" }, { Next: "Done" }, "cleanup"),
    Done: { Type: "Succeed" },
    RecordFailure: step(
      "failed",
      { "step.$": "$failedStep", "error.$": "$.error" },
      { Next: "Failed" },
      [{ ErrorEquals: ["States.ALL"], ResultPath: "$.recordError", Next: "Failed" }],
      null,
      "pipelineId",
    ),
    Failed: { Type: "Fail", Error: "Plinth.PipelineSetupFailed", Cause: "recorded on the pipeline" },
  },
} satisfies StateMachine;
