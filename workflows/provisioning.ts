import type { StateMachine } from "./asl";
import { cfn, cloudFormationRetry, deleteStackStates, failedAt, startWorkflow, step } from "./states";

/**
 * Catalog request → validate → plan (a CloudFormation change set, described into the record) →
 * approval when policy says so → apply (execute the change set, poll the stack) → outputs.
 * Any failure deletes the stack (CloudFormation has rolled it back), then records FAILED with the
 * failing step and CloudFormation's reason. A rejected or expired approval deletes the empty stack
 * and records that end. Input: `{ requestId }`.
 */
const STACK_POLL_SECONDS = 5;

export const provisioning = {
  Comment: "Provisioning: validate → plan → approval → apply → outputs; failure cleans up and is recorded",
  StartAt: "Start",
  // Bounds every poll (change set, stack, clean-up): a day of approval plus a day to apply. Past it the execution TIMED_OUT and the reconciler fails the request.
  TimeoutSeconds: 2 * 86_400,
  States: {
    Start: {
      Type: "Pass",
      Parameters: { "requestId.$": "$.requestId", stackEvents: { events: [] } },
      Assign: { failedStep: "validate", cleanup: "not-needed" },
      Next: "Validate",
    },
    Validate: step("validate", {}, { Next: "CreateChangeSet" }, failedAt("validate", "RecordFailure"), "$.request"),
    CreateChangeSet: {
      Type: "Task",
      Resource: cfn("createChangeSet"),
      Parameters: {
        "StackName.$": "$.request.stackName",
        "ChangeSetName.$": "$.request.changeSetName",
        ChangeSetType: "CREATE",
        "TemplateBody.$": "$.request.templateBody",
        "Tags.$": "$.request.tags",
        Capabilities: ["CAPABILITY_NAMED_IAM"],
        RoleARN: "${CloudFormationRoleArn}",
      },
      ResultPath: null,
      Retry: [cloudFormationRetry],
      Catch: failedAt("plan", "CleanUp"),
      Next: "WaitForChangeSet",
    },
    WaitForChangeSet: { Type: "Wait", Seconds: 2, Next: "DescribeChangeSet" },
    DescribeChangeSet: {
      Type: "Task",
      Resource: cfn("describeChangeSet"),
      Parameters: { "StackName.$": "$.request.stackName", "ChangeSetName.$": "$.request.changeSetName" },
      ResultPath: "$.changeSet",
      Retry: [cloudFormationRetry],
      Catch: failedAt("plan", "CleanUp"),
      Next: "ChangeSetReady",
    },
    ChangeSetReady: {
      Type: "Choice",
      Choices: [
        { Variable: "$.changeSet.Status", StringEquals: "CREATE_COMPLETE", Next: "RecordPlan" },
        {
          Variable: "$.changeSet.Status",
          StringEquals: "FAILED",
          Next: "ChangeSetFailed",
          Assign: { failedStep: "plan" },
        },
      ],
      Default: "WaitForChangeSet",
    },
    ChangeSetFailed: {
      Type: "Pass",
      Parameters: { Error: "Plinth.ChangeSetFailed", "Cause.$": "$.changeSet.StatusReason" },
      ResultPath: "$.error",
      Next: "CleanUp",
    },
    RecordPlan: step(
      "planned",
      { "validatedAt.$": "$.request.validatedAt", "changes.$": "$.changeSet.Changes" },
      { Next: "NeedsApproval" },
      failedAt("plan", "CleanUp"),
      "$.plan",
    ),
    NeedsApproval: {
      Type: "Choice",
      Choices: [{ Variable: "$.plan.approval", StringEquals: "required", Next: "AwaitApproval" }],
      Default: "Apply",
    },
    AwaitApproval: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: {
        FunctionName: "${TaskFunctionArn}",
        Payload: { action: "awaitApproval", "requestId.$": "$.requestId", "taskToken.$": "$$.Task.Token" },
      },
      TimeoutSeconds: 86_400,
      ResultPath: "$.approval",
      Retry: [{ ErrorEquals: ["Lambda.ServiceException", "Lambda.TooManyRequestsException"], MaxAttempts: 3 }],
      Catch: [
        { ErrorEquals: ["States.Timeout", "Plinth.Rejected"], ResultPath: "$.error", Next: "Discard" },
        ...failedAt("approval", "CleanUp"),
      ],
      Next: "Apply",
    },
    Discard: {
      Type: "Task",
      Resource: cfn("deleteStack"),
      Parameters: { "StackName.$": "$.request.stackName" },
      ResultPath: null,
      Retry: [cloudFormationRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: null, Next: "Close" }],
      Next: "Close",
    },
    Close: step("closed", { "error.$": "$.error" }, { End: true }, failedAt("approval", "RecordFailure")),
    Apply: step("applying", {}, { Next: "ExecuteChangeSet" }, failedAt("apply", "CleanUp")),
    ExecuteChangeSet: {
      Type: "Task",
      Resource: cfn("executeChangeSet"),
      Parameters: { "StackName.$": "$.request.stackName", "ChangeSetName.$": "$.request.changeSetName" },
      ResultPath: null,
      Retry: [cloudFormationRetry],
      Catch: failedAt("apply", "CleanUp"),
      Next: "WaitForStack",
    },
    WaitForStack: { Type: "Wait", Seconds: STACK_POLL_SECONDS, Next: "DescribeStack" },
    DescribeStack: {
      Type: "Task",
      Resource: cfn("describeStacks"),
      Parameters: { "StackName.$": "$.request.stackName" },
      ResultSelector: { "StackStatus.$": "$.Stacks[0].StackStatus", "Outputs.$": "$.Stacks[0].Outputs" },
      ResultPath: "$.stack",
      Retry: [cloudFormationRetry],
      Catch: failedAt("apply", "CleanUp"),
      Next: "StackReady",
    },
    StackReady: {
      Type: "Choice",
      Choices: [
        { Variable: "$.stack.StackStatus", StringEquals: "CREATE_COMPLETE", Next: "RecordOutputs" },
        { Variable: "$.stack.StackStatus", StringEquals: "CREATE_IN_PROGRESS", Next: "WaitForStack" },
      ],
      Default: "StackFailed",
    },
    StackFailed: {
      Type: "Pass",
      Parameters: {
        Error: "Plinth.StackFailed",
        "Cause.$": "States.Format('the stack ended {}', $.stack.StackStatus)",
      },
      ResultPath: "$.error",
      Assign: { failedStep: "apply" },
      Next: "CleanUp",
    },
    RecordOutputs: step(
      "succeeded",
      { "stack.$": "$.stack", "now.$": "$$.State.EnteredTime" },
      { Next: "HasExpiry" },
      failedAt("outputs", "CleanUp"),
      "$.result",
    ),
    HasExpiry: {
      Type: "Choice",
      Choices: [{ Variable: "$.result.expires", BooleanEquals: true, Next: "StartExpiryTimer" }],
      Default: "Done",
    },
    // The resources exist and the record says so; a timer that cannot start is reported as this
    // execution failing (visible in the console and alarms), never by failing the request.
    StartExpiryTimer: startWorkflow("ProvisioningExpiry", "$.result.expiryName", "Done", [
      { ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "ExpiryNotScheduled" },
    ]),
    ExpiryNotScheduled: {
      Type: "Fail",
      Error: "Plinth.ExpiryNotScheduled",
      Cause: "the expiry timer could not be started",
    },
    Done: { Type: "Succeed" },

    // ── failure: read CloudFormation's reasons, delete the stack, record FAILED ────────────────
    CleanUp: {
      Type: "Task",
      Resource: cfn("describeStackEvents"),
      Parameters: { "StackName.$": "$.request.stackName" },
      ResultSelector: { "events.$": "$.StackEvents" },
      ResultPath: "$.stackEvents",
      Retry: [cloudFormationRetry],
      // No stack (the change set was never created): nothing to delete.
      Catch: [
        { ErrorEquals: ["States.ALL"], ResultPath: null, Next: "RecordFailure", Assign: { cleanup: "not-needed" } },
      ],
      Next: "CleanUpDeleteStack",
    },
    ...deleteStackStates("CleanUp", "RecordFailure", "$.request.stackName", STACK_POLL_SECONDS),
    RecordFailure: step(
      "failed",
      {
        "step.$": "$failedStep",
        "error.$": "$.error",
        "stackEvents.$": "$.stackEvents.events",
        "cleanup.$": "$cleanup",
      },
      { Next: "Failed" },
      [{ ErrorEquals: ["States.ALL"], ResultPath: "$.recordError", Next: "Failed" }],
    ),
    Failed: { Type: "Fail", Error: "Plinth.ProvisioningFailed", Cause: "see the request's failure and timeline" },
  },
} satisfies StateMachine;
