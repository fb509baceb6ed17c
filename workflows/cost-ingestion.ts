import { Cost } from "@plinth/core";
import type { StateMachine } from "./asl";
import { lambdaRetry, sdkRetry } from "./states";

const getCostAndUsage = "arn:aws:states:::aws-sdk:costexplorer:getCostAndUsage";

/** Cost Explorer throttles at a few requests a second; a limit or a busy moment is waited out. */
const costExplorerRetry = sdkRetry("costexplorer", ["LimitExceeded", "DataUnavailable"], 5, 4);

/** A task step of the cost function. */
const task = (action: string, parameters: Record<string, unknown>, resultPath: string | null, next: string) => ({
  Type: "Task" as const,
  Resource: "${TaskFunctionArn}",
  Parameters: { action, ...parameters },
  ResultPath: resultPath,
  Retry: [lambdaRetry],
  Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotRead" }],
  Next: next,
});

/**
 * Once a day (the `cost-ingestion` rule): what the stage's resources cost, from Cost Explorer —
 * GetCostAndUsage DAILY, UnblendedCost, grouped by `plinth:stage` and `plinth:request`, from the
 * first day of the previous month (AWS restates) to today, page by page (NextPageToken); each page
 * stored per team and day; then each team's month evaluated (budget thresholds, drift, the measured
 * run rate the budget policy holds). Input: the scheduled event (ignored).
 */
export const costIngestion = {
  Comment: "Cost Explorer → measured cost per request and day → budget thresholds and drift",
  StartAt: "Window",
  // A run takes seconds to minutes; one still running when the next day's starts is stuck.
  TimeoutSeconds: 86_400,
  States: {
    Window: task("window", {}, "$.window", "FirstPage"),
    FirstPage: {
      Type: "Task",
      Resource: getCostAndUsage,
      Parameters: { "TimePeriod.$": "$.window", ...Cost.costQuery },
      ResultPath: "$.page",
      Retry: [costExplorerRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotRead" }],
      Next: "Store",
    },
    Store: task("storePage", { "page.$": "$.page" }, "$.stored", "MorePages"),
    MorePages: {
      Type: "Choice",
      Choices: [{ Variable: "$.stored.NextPageToken", IsPresent: true, Next: "NextPage" }],
      Default: "Evaluate",
    },
    NextPage: {
      Type: "Task",
      Resource: getCostAndUsage,
      Parameters: { "TimePeriod.$": "$.window", "NextPageToken.$": "$.stored.NextPageToken", ...Cost.costQuery },
      ResultPath: "$.page",
      Retry: [costExplorerRetry],
      Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotRead" }],
      Next: "Store",
    },
    Evaluate: task("evaluate", {}, "$.evaluated", "Read"),
    Read: { Type: "Succeed" },
    // Tomorrow's run reads the same window again: nothing is lost by a run that failed.
    NotRead: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
  },
} satisfies StateMachine;
