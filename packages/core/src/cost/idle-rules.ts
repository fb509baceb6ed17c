/**
 * When a provisioned resource counts as idle — every threshold in one place, per template. Each rule
 * names the CloudWatch metrics that show the resource in use (read daily with GetMetricData) and how
 * long they must show nothing:
 *   activity   idle when every metric sums to zero over the window; a day with no datapoint is a zero
 *              (SQS stops publishing after six hours without traffic, Lambda and DynamoDB when nothing
 *              happens)
 *   unchanged  idle when every metric keeps one value over the window (an S3 bucket nobody writes to)
 * A resource younger than its window is never idle: it has not had the time to prove it.
 */
export interface IdleMetric {
  namespace: string;
  name: string;
  stat: "Sum" | "Average";
  /** The metric's dimensions, from the request's outputs (undefined: the output is missing). */
  dimensions(outputs: Readonly<Record<string, string>>): Record<string, string> | undefined;
}

export interface IdleRule {
  template: string;
  days: number;
  test: "activity" | "unchanged";
  /** What the evidence shows, in words: "no messages sent or received". */
  shows: string;
  metrics: readonly IdleMetric[];
}

const named =
  (output: string, dimension: string, extra: Record<string, string> = {}) =>
  (outputs: Readonly<Record<string, string>>) => {
    const value = outputs[output];
    return value === undefined ? undefined : { [dimension]: value, ...extra };
  };
const queueName = (outputs: Readonly<Record<string, string>>) => {
  const arn = outputs.QueueArn;
  return arn === undefined ? undefined : { QueueName: arn.split(":").at(-1) ?? arn };
};

export const IDLE_RULES: Readonly<Record<string, IdleRule>> = {
  "sqs-queue": {
    template: "sqs-queue",
    days: 14,
    test: "activity",
    shows: "no messages sent or received",
    metrics: [
      { namespace: "AWS/SQS", name: "NumberOfMessagesSent", stat: "Sum", dimensions: queueName },
      { namespace: "AWS/SQS", name: "NumberOfMessagesReceived", stat: "Sum", dimensions: queueName },
    ],
  },
  "lambda-service": {
    template: "lambda-service",
    days: 30,
    test: "activity",
    shows: "no invocations",
    metrics: [
      { namespace: "AWS/Lambda", name: "Invocations", stat: "Sum", dimensions: named("FunctionName", "FunctionName") },
    ],
  },
  "dynamodb-table": {
    template: "dynamodb-table",
    days: 30,
    test: "activity",
    shows: "no read or write capacity consumed",
    metrics: [
      {
        namespace: "AWS/DynamoDB",
        name: "ConsumedReadCapacityUnits",
        stat: "Sum",
        dimensions: named("TableName", "TableName"),
      },
      {
        namespace: "AWS/DynamoDB",
        name: "ConsumedWriteCapacityUnits",
        stat: "Sum",
        dimensions: named("TableName", "TableName"),
      },
    ],
  },
  "s3-bucket": {
    template: "s3-bucket",
    days: 60,
    test: "unchanged",
    shows: "its size and object count unchanged",
    metrics: [
      {
        namespace: "AWS/S3",
        name: "BucketSizeBytes",
        stat: "Average",
        dimensions: named("BucketName", "BucketName", { StorageType: "StandardStorage" }),
      },
      {
        namespace: "AWS/S3",
        name: "NumberOfObjects",
        stat: "Average",
        dimensions: named("BucketName", "BucketName", { StorageType: "AllStorageTypes" }),
      },
    ],
  },
};

/** The longest window any rule reads: what one GetMetricData call per batch asks for. */
export const IDLE_WINDOW_DAYS = Math.max(...Object.values(IDLE_RULES).map((rule) => rule.days));

/** Whether a resource's daily series (oldest first, one per metric, missing days absent) shows it idle. */
export function isIdle(rule: IdleRule, series: readonly (readonly number[])[]): boolean {
  if (rule.test === "activity") return series.every((values) => values.every((value) => value === 0));
  return series.every((values) => values.every((value) => value === values[0]));
}
