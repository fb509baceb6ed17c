import type { Retrier, State, StateMachine, TaskState } from "./asl";
import { athenaQuery, lambdaRetry, step as taskStep } from "./states";

/**
 * `Promotion` (STANDARD), input `{ promotionId, partitions }` from the API, or S3's *Object Created*
 * event from the lake-landing rule (intake turns it into a bronze run, and Finish chains the silver
 * run after it). For each partition (a Map, at most 4
 * at once, so a backfill of many partitions does not flood the engine or the table):
 *
 *   load → reused? → check → decide (the quality gate) → write version → publish pointer → emit
 *
 * `check` is the DuckDB task; a partition past the size switch runs on Athena instead (its
 * statements written by the task function, run by the Athena states one at a time in a scratch
 * database that is dropped after, failed or not).
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
  onError = "RecordFailure",
): TaskState => {
  const state = taskStep(
    action,
    { "partition.$": "$.partition", ...more },
    next,
    [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: onError }],
    result,
    "promotionId",
  );
  return { ...state, Retry: [lambdaRetry, taskRetry] };
};

/** Any failure after the scratch database exists: drop it, then record the failure. */
const dropOnError = [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "AthenaDropAfterFailure" }];

/** Statements in order, one at a time (each may read what the one before created). */
const athenaStatements = (name: string, itemsPath: string, next: string): State => ({
  Type: "Map",
  ItemsPath: itemsPath,
  MaxConcurrency: 1,
  ItemProcessor: {
    ProcessorConfig: { Mode: "INLINE" },
    StartAt: `${name}Statement`,
    States: {
      [`${name}Statement`]: athenaQuery(
        "$",
        { End: true },
        { Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: `${name}StatementFailed` }] },
      ),
      // The query's own error and cause (the failed query execution) go on to the Map's Catch.
      [`${name}StatementFailed`]: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
    },
  },
  ResultPath: null,
  Catch: dropOnError,
  Next: next,
});

/** A call of the task function whose failure goes to `onError` (with the error at `errorPath`). */
const call = (
  parameters: TaskState["Parameters"],
  resultPath: string | null,
  onError: { Next: string; errorPath: string },
  next: { Next: string } | { End: true },
): TaskState => ({
  Type: "Task",
  Resource: "${TaskFunctionArn}",
  Parameters: parameters,
  ResultPath: resultPath,
  Retry: [lambdaRetry, taskRetry],
  Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: onError.errorPath, Next: onError.Next }],
  ...next,
});

export const promotion = {
  Comment: "Partitions → load → check → quality gate → write version → publish pointer → emit; then the run's status",
  StartAt: "Trigger",
  // Bounds the run, including a landing's chained silver run; past it the reconciler fails the unfinished partitions.
  TimeoutSeconds: 86_400,
  States: {
    // Started by the API with `{ promotionId, partitions }`, or by the lake-landing rule with S3's event.
    Trigger: {
      Type: "Choice",
      Choices: [{ Variable: "$.detail.object.key", IsPresent: true, Next: "Intake" }],
      Default: "Partitions",
    },
    // The table unreachable: IntakeFailed fails the execution, and EventBridge delivers the event again.
    Intake: call(
      { action: "intake", "event.$": "$", "execution.$": "$$.Execution.Id" },
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
            Default: "Engine",
          },
          // The size switch (DUCKDB_LIMIT_BYTES in packages/core/src/data/steps.ts): past it, Athena.
          Engine: {
            Type: "Choice",
            Choices: [{ Variable: "$.load.engine", StringEquals: "athena", Next: "AthenaPrepare" }],
            Default: "Check",
          },
          AnswerExisting: step("reused", { "load.$": "$.load" }, { End: true }, null),
          Check: step("check", { "load.$": "$.load" }, { Next: "QualityGate" }, "$.check"),
          // Athena: scratch database and tables → checked table → summary → gate → UNLOADs → drop.
          AthenaPrepare: step("athenaPrepare", { "load.$": "$.load" }, { Next: "AthenaStatements" }, "$.athena"),
          AthenaStatements: athenaStatements("Prepare", "$.athena.prepare", "AthenaSummary"),
          AthenaSummary: athenaQuery(
            "$.athena.summary",
            { Next: "AthenaSummaryRows" },
            {
              ResultSelector: { "QueryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
              ResultPath: "$.summary",
              Catch: dropOnError,
            },
          ),
          AthenaSummaryRows: {
            Type: "Task",
            Resource: "arn:aws:states:::athena:getQueryResults",
            Parameters: { "QueryExecutionId.$": "$.summary.QueryExecutionId", MaxResults: 2 },
            ResultSelector: { "ResultSet.$": "$.ResultSet" },
            ResultPath: "$.summary",
            Retry: [taskRetry],
            Catch: dropOnError,
            Next: "AthenaJudge",
          },
          AthenaJudge: step(
            "athenaJudge",
            { "load.$": "$.load", "resultSet.$": "$.summary.ResultSet" },
            { Next: "AthenaWrites" },
            "$.judged",
            "AthenaDropAfterFailure",
          ),
          AthenaWrites: athenaStatements("Write", "$.judged.writes", "AthenaCollect"),
          AthenaCollect: step(
            "athenaCollect",
            { "load.$": "$.load", "judged.$": "$.judged" },
            { Next: "AthenaDrop" },
            "$.check",
            "AthenaDropAfterFailure",
          ),
          // The version's files are written: a scratch database left behind is not a failed partition.
          AthenaDrop: athenaQuery(
            "$.athena.cleanup",
            { Next: "QualityGate" },
            { Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.dropError", Next: "QualityGate" }] },
          ),
          AthenaDropAfterFailure: athenaQuery(
            "$.athena.cleanup",
            { Next: "RecordFailure" },
            { Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.dropError", Next: "RecordFailure" }] },
          ),
          QualityGate: {
            Type: "Choice",
            Choices: [
              { Variable: "$.check.outcome", StringEquals: "failed", Next: "GateFailed" },
              { Variable: "$.check.outcome", StringEquals: "empty", Next: "NothingToPublish" },
            ],
            Default: "WriteVersion",
          },
          NothingToPublish: step(
            "empty",
            { "load.$": "$.load", "check.$": "$.check" },
            { Next: "Emit" },
            "$.published",
          ),
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
      { action: "finish", "promotionId.$": "$.promotionId", "execution.$": "$$.Execution.Id" },
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
