import type { Retrier, StateMachine, TaskState } from "./asl";
import { lambdaRetry, step as taskStep } from "./cloudformation";

/**
 * `Promotion` (STANDARD), input `{ promotionId, partitions }` from the API, or S3's *Object Created*
 * event from the lake-landing rule (intake turns it into a bronze run, and Finish chains the silver
 * run after it). For each partition (a Map, at most 4
 * at once, so a backfill of many partitions does not flood the engine or the table):
 *
 *   load → reused? → check → decide (the quality gate) → write version → publish pointer → emit
 *
 * `load` finds an identical earlier promotion (same inputs and contract: the re-run answers its
 * version) or reserves a version number; `check` runs the engine and uploads the unpublished files;
 * a failed gate is recorded with its checks and announced; `publish` moves the stage pointer with
 * one conditional write, and a promotion that lost the race is recorded FAILED. Any error in a
 * partition is recorded FAILED with its reason; the others go on. `Finish` sets the run's status.
 */
const taskRetry: Retrier = {
  // Thrown by the task's SDK calls: throttling and brief outages of S3 or DynamoDB.
  ErrorEquals: [
    "ThrottlingException",
    "ProvisionedThroughputExceededException",
    "TransactionConflictException",
    "RequestLimitExceeded",
    "SlowDown",
    "ServiceUnavailable",
    "InternalError",
    "TimeoutError",
  ],
  IntervalSeconds: 1,
  MaxAttempts: 4,
  BackoffRate: 2,
  JitterStrategy: "FULL",
};

const step = (
  action: string,
  more: Parameters<typeof taskStep>[1],
  next: { Next: string } | { End: true },
  result: string | null,
): TaskState => {
  const state = taskStep(
    action,
    { "partition.$": "$.partition", ...more },
    next,
    [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "RecordFailure" }],
    result,
    "promotionId",
  );
  return { ...state, Retry: [lambdaRetry, taskRetry] };
};

/** A call of the task function whose failure goes to `onError` (with the error at `errorPath`). */
const call = (
  parameters: TaskState["Parameters"],
  resultPath: string | null,
  onError: { Next: string; errorPath: string },
  next: { Next: string } | { End: true },
): TaskState => ({
  Type: "Task",
  Resource: "${StepFunctionArn}",
  Parameters: parameters,
  ResultPath: resultPath,
  Retry: [lambdaRetry, taskRetry],
  Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: onError.errorPath, Next: onError.Next }],
  ...next,
});

export const promotion = {
  Comment: "Partitions → load → check → quality gate → write version → publish pointer → emit; then the run's status",
  StartAt: "Trigger",
  States: {
    // Started by the API with `{ promotionId, partitions }`, or by the lake-landing rule with S3's event.
    Trigger: {
      Type: "Choice",
      Choices: [{ Variable: "$.detail.object.key", IsPresent: true, Next: "Intake" }],
      Default: "Partitions",
    },
    // The table unreachable: IntakeFailed fails the execution, and EventBridge delivers the event again.
    Intake: call(
      { action: "intake", "event.$": "$" },
      "$.intake",
      { Next: "IntakeFailed", errorPath: "$.error" },
      { Next: "Landed" },
    ),
    Landed: {
      Type: "Choice",
      Choices: [{ Variable: "$.intake.outcome", StringEquals: "run", Next: "IngestLanding" }],
      Default: "Ignored",
    },
    IngestLanding: {
      Type: "Pass",
      Parameters: { "promotionId.$": "$.intake.promotionId", "partitions.$": "$.intake.partitions" },
      Next: "Partitions",
    },
    Ignored: { Type: "Succeed" },
    IntakeFailed: { Type: "Fail", Error: "Plinth.IntakeFailed", Cause: "the landed file could not be taken in" },
    Partitions: {
      Type: "Map",
      ItemsPath: "$.partitions",
      ItemSelector: { "promotionId.$": "$.promotionId", "partition.$": "$$.Map.Item.Value" },
      MaxConcurrency: 4,
      ItemProcessor: {
        ProcessorConfig: { Mode: "INLINE" },
        StartAt: "Load",
        States: {
          Load: step("load", {}, { Next: "Reused" }, "$.load"),
          Reused: {
            Type: "Choice",
            Choices: [{ Variable: "$.load.outcome", StringEquals: "reused", Next: "AnswerExisting" }],
            Default: "Check",
          },
          AnswerExisting: step("reused", { "load.$": "$.load" }, { End: true }, null),
          Check: step("check", { "load.$": "$.load" }, { Next: "QualityGate" }, "$.check"),
          QualityGate: {
            Type: "Choice",
            Choices: [{ Variable: "$.check.outcome", StringEquals: "failed", Next: "GateFailed" }],
            Default: "WriteVersion",
          },
          GateFailed: step("gateFailed", { "load.$": "$.load", "check.$": "$.check" }, { Next: "Emit" }, "$.published"),
          WriteVersion: step(
            "write",
            { "load.$": "$.load", "check.$": "$.check" },
            { Next: "PublishPointer" },
            "$.written",
          ),
          PublishPointer: step(
            "publish",
            { "load.$": "$.load", "check.$": "$.check", "written.$": "$.written" },
            { Next: "Emit" },
            "$.published",
          ),
          // The data is published (or the failure recorded) already; a lost announcement is not a failed partition.
          Emit: call(
            { action: "emit", "events.$": "$.published.events" },
            null,
            { Next: "PartitionDone", errorPath: "$.emitError" },
            { Next: "PartitionDone" },
          ),
          // Not even the failure could be written: Unrecorded fails the Map, whose Catch still runs Finish.
          RecordFailure: call(
            { action: "failed", "promotionId.$": "$.promotionId", "partition.$": "$.partition", "error.$": "$.error" },
            null,
            { Next: "Unrecorded", errorPath: "$.recordError" },
            { End: true },
          ),
          Unrecorded: {
            Type: "Fail",
            Error: "Plinth.Unrecorded",
            Cause: "a partition's failure could not be recorded",
          },
          PartitionDone: { Type: "Succeed" },
        },
      },
      ResultPath: null,
      // A partition whose failure could not even be recorded: Finish still settles the run.
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Finish" }],
      Next: "Finish",
    },
    Finish: call(
      { action: "finish", "promotionId.$": "$.promotionId" },
      "$.result",
      { Next: "Unsettled", errorPath: "$.error" },
      { Next: "Chained" },
    ),
    // A landing's bronze run is followed by its silver run, in this same execution.
    Chained: {
      Type: "Choice",
      Choices: [{ Variable: "$.result.next", IsPresent: true, Next: "PromoteToSilver" }],
      Default: "Done",
    },
    PromoteToSilver: {
      Type: "Pass",
      Parameters: { "promotionId.$": "$.result.next.promotionId", "partitions.$": "$.result.next.partitions" },
      Next: "Partitions",
    },
    Done: { Type: "Succeed" },
    // The table stayed unreachable through every retry: the run keeps RUNNING and the execution says why.
    Unsettled: { Type: "Fail", Error: "Plinth.Unsettled", Cause: "the run's status could not be written" },
  },
} satisfies StateMachine;
