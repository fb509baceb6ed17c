import { physicalName, type WorkflowName } from "@plinth/core";
import type { Catcher, Payload, Retrier, State, TaskState } from "./asl";
import { sdkErrorName } from "./sdk-errors";

/** States the workflows share: task steps, retries, catchers, starting another workflow, and the delete-and-wait loop. */
export const lambdaRetry: Retrier = {
  ErrorEquals: [
    "Lambda.ServiceException",
    "Lambda.AWSLambdaException",
    "Lambda.SdkClientException",
    "Lambda.TooManyRequestsException",
  ],
  IntervalSeconds: 1,
  MaxAttempts: 3,
  BackoffRate: 2,
  JitterStrategy: "FULL",
};

/** Step Functions names an aws-sdk integration's throttling `CloudFormation.CloudFormationException` too; only these are safe to retry. */
export const cloudFormationRetry: Retrier = {
  ErrorEquals: [
    "CloudFormation.LimitExceededException",
    "CloudFormation.TokenAlreadyExistsException",
    "States.Timeout",
  ],
  IntervalSeconds: 2,
  MaxAttempts: 4,
  BackoffRate: 2,
  JitterStrategy: "FULL",
};

export const cfn = (action: string) => `arn:aws:states:::aws-sdk:cloudformation:${action}`;

/** A step of the workflow's task function: `{ action, <subject>, ...more }` (subject `requestId` or `incidentId`), its answer at ResultPath. */
export function step(
  action: string,
  more: Payload,
  next: { Next: string } | { End: true },
  catchers: Catcher[],
  resultPath: string | null = null,
  subject = "requestId",
): TaskState {
  return {
    Type: "Task",
    Resource: "${TaskFunctionArn}",
    Parameters: { action, [`${subject}.$`]: `$.${subject}`, ...more },
    ResultPath: resultPath,
    Retry: [lambdaRetry],
    Catch: catchers,
    ...next,
  };
}

/** Any failure: keep the error at $.error, remember which step failed, go to `next`. */
export function failedAt(step: string, next: string, assign: Payload = {}): Catcher[] {
  return [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: next, Assign: { failedStep: step, ...assign } }];
}

/**
 * DeleteStack, then poll until the stack is gone. Leaves `$cleanup` = "deleted" or "failed" and
 * the stack's events at $.stackEvents (CloudFormation's reasons), then goes to `next`.
 * `prefix` keeps state names unique when a workflow uses the loop twice.
 */
export function deleteStackStates(
  prefix: string,
  next: string,
  stackNamePath: string,
  pollSeconds = 5,
): Record<string, State> {
  const toNext = (cleanup: string): Catcher[] => [
    { ErrorEquals: ["States.ALL"], ResultPath: "$.deleteError", Next: next, Assign: { cleanup } },
  ];
  return {
    [`${prefix}DeleteStack`]: {
      Type: "Task",
      Resource: cfn("deleteStack"),
      Parameters: { "StackName.$": stackNamePath },
      ResultPath: null,
      Retry: [cloudFormationRetry],
      Catch: toNext("failed"),
      Next: `${prefix}WaitForDelete`,
    },
    [`${prefix}WaitForDelete`]: { Type: "Wait", Seconds: pollSeconds, Next: `${prefix}DescribeDeletion` },
    [`${prefix}DescribeDeletion`]: {
      Type: "Task",
      Resource: cfn("describeStacks"),
      Parameters: { "StackName.$": stackNamePath },
      ResultSelector: { "StackStatus.$": "$.Stacks[0].StackStatus" },
      ResultPath: "$.deletion",
      Retry: [cloudFormationRetry],
      // A deleted stack is no longer found by its name: that is the success AWS reports.
      Catch: [
        {
          ErrorEquals: ["CloudFormation.CloudFormationException"],
          ResultPath: "$.deletion",
          Next: next,
          Assign: { cleanup: "deleted" },
        },
        ...toNext("failed"),
      ],
      Next: `${prefix}Deleted`,
    },
    [`${prefix}Deleted`]: {
      Type: "Choice",
      Choices: [
        {
          Variable: "$.deletion.StackStatus",
          StringEquals: "DELETE_COMPLETE",
          Next: next,
          Assign: { cleanup: "deleted" },
        },
        { Variable: "$.deletion.StackStatus", StringEquals: "DELETE_FAILED", Next: `${prefix}DeleteEvents` },
      ],
      Default: `${prefix}WaitForDelete`,
    },
    [`${prefix}DeleteEvents`]: {
      Type: "Task",
      Resource: cfn("describeStackEvents"),
      Parameters: { "StackName.$": stackNamePath },
      ResultSelector: { "events.$": "$.StackEvents" },
      ResultPath: "$.stackEvents",
      Retry: [cloudFormationRetry],
      Catch: toNext("failed"),
      Assign: { cleanup: "failed" },
      Next: next,
    },
  };
}

/**
 * Starts another of the provisioning workflows (by its deployed name, `plinth-<stage>-<workflow>`)
 * with `{ requestId }`, under the execution name at `namePath` (names make the start idempotent).
 */
/** A state machine of this stage, by its declared name (bound at deploy time and at local start). */
export const stateMachineArn = (workflow: WorkflowName) =>
  `arn:aws:states:\${Region}:\${Account}:stateMachine:${physicalName("${Stage}", workflow)}`;

export function startWorkflow(workflow: WorkflowName, namePath: string, next: string, catchers: Catcher[]): TaskState {
  return {
    Type: "Task",
    Resource: "arn:aws:states:::states:startExecution",
    Parameters: {
      StateMachineArn: stateMachineArn(workflow),
      "Name.$": namePath,
      Input: { "requestId.$": "$.requestId" },
    },
    ResultPath: null,
    Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2 }],
    Catch: catchers,
    Next: next,
  };
}

/**
 * One Athena statement, run to its end (`.sync`). Only throttling is retried: a statement that ran
 * may have written (UNLOAD refuses a prefix that is not empty), so a failed one fails the partition.
 */
export const athenaQuery = (
  statement: string,
  next: { Next: string } | { End: true },
  more: Pick<TaskState, "ResultSelector" | "ResultPath" | "Catch"> = {},
): TaskState => ({
  Type: "Task",
  Resource: "arn:aws:states:::athena:startQueryExecution.sync",
  Parameters: {
    "QueryString.$": `${statement}.sql`,
    QueryExecutionContext: { "Database.$": `${statement}.database` },
    ResultConfiguration: { OutputLocation: "s3://${Lake}/athena/results/" },
  },
  Retry: [
    {
      ErrorEquals: ["Athena.TooManyRequestsException"],
      IntervalSeconds: 2,
      MaxAttempts: 5,
      BackoffRate: 2,
      JitterStrategy: "FULL",
    },
  ],
  ResultPath: null,
  ...more,
  ...next,
});

/** An AWS SDK integration's throttling and transient errors, waited out with full jitter. */
export function sdkRetry(
  service: string,
  errors: readonly string[],
  intervalSeconds: number,
  maxAttempts: number,
): Retrier {
  return {
    ErrorEquals: errors.map((error) => sdkErrorName(service, error)),
    IntervalSeconds: intervalSeconds,
    MaxAttempts: maxAttempts,
    BackoffRate: 2,
    JitterStrategy: "FULL",
  };
}
