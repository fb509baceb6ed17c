import type { StateMachine } from "./asl";
import { lambdaRetry, sdkRetry } from "./states";

/** GetMetricData allows 50 calls a second per account; a throttle or a busy moment is waited out. */
const cloudWatchRetry = sdkRetry("cloudwatch", ["LimitExceeded", "InternalServiceFault"], 2, 5);

const failed = (next: string) => [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: next }];

const task = (action: string, parameters: Record<string, unknown>, resultPath: string | null, next?: string) => ({
  Type: "Task" as const,
  Resource: "${TaskFunctionArn}",
  Parameters: { action, ...parameters },
  ResultPath: resultPath,
  Retry: [lambdaRetry],
  ...(next ? { Next: next } : { End: true as const }),
});

/**
 * Once a day (the `resource-recommendations` rule): which live resources are idle, from their
 * CloudWatch metrics. Plan: the live resources old enough to judge, batched by template (each batch's
 * answer fits a state: ≤ 500 queries, ≤ 5,000 datapoints); per batch, one GetMetricData of daily
 * values over the template's window, then the findings (open, update or resolve recommendations);
 * then every open one checked against its request (destroyed → resolved, a rejected destroy or an
 * ended snooze → open again). Input: the scheduled event (ignored).
 */
export const resourceRecommendations = {
  Comment: "CloudWatch GetMetricData → idle resources → recommendations (opened, updated, resolved)",
  StartAt: "Plan",
  TimeoutSeconds: 86_400,
  States: {
    Plan: { ...task("plan", {}, "$.plan", "Batches"), Catch: failed("NotScanned") },
    Batches: {
      Type: "Map",
      ItemsPath: "$.plan.batches",
      // One batch at a time: a day has hours for this, and CloudWatch's rate stays far away.
      MaxConcurrency: 1,
      ItemProcessor: {
        StartAt: "Queries",
        States: {
          Queries: { ...task("queries", { "batch.$": "$" }, "$.queries", "Read"), Catch: failed("BatchFailed") },
          Read: {
            Type: "Task",
            Resource: "arn:aws:states:::aws-sdk:cloudwatch:getMetricData",
            Parameters: {
              "MetricDataQueries.$": "$.queries.queries",
              "StartTime.$": "$.queries.startTime",
              "EndTime.$": "$.queries.endTime",
              ScanBy: "TimestampAscending",
            },
            ResultPath: "$.metrics",
            Retry: [cloudWatchRetry],
            Catch: failed("BatchFailed"),
            Next: "Findings",
          },
          Findings: {
            ...task("findings", { "batch.$": "$.queries.batch", "metrics.$": "$.metrics" }, "$"),
            Catch: failed("BatchFailed"),
          },
          // The whole run fails with the batch's reason (the Map's Catch), rather than judging on part of it.
          BatchFailed: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
        },
      },
      ResultPath: null,
      Catch: failed("NotScanned"),
      Next: "Close",
    },
    Close: {
      ...task("close", {}, "$.closed", "Scanned"),
      Catch: failed("NotScanned"),
    },
    Scanned: { Type: "Succeed" },
    // Tomorrow's run reads the windows again: a failed run loses nothing.
    NotScanned: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
  },
} satisfies StateMachine;
