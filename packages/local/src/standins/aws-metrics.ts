import { z } from "zod";
import type { EngineClock } from "../stepfunctions/clock";
import type { ResourceLifetime } from "./cloudformation";
import { decodePageToken, encodePageToken, queryFingerprint } from "./page-token";
import type { TrafficModel } from "./traffic";

/**
 * CloudWatch `GetMetricData` for the AWS metrics of what the CloudFormation stand-in created, derived
 * from the shared traffic model (traffic.ts) over each resource's lifetime on the engine's clock:
 *
 *   AWS/SQS       NumberOfMessagesSent|Received|Deleted (QueueName)   a third of the requests each
 *   AWS/Lambda    Invocations (FunctionName)                           every request
 *   AWS/DynamoDB  ConsumedRead|WriteCapacityUnits (TableName)          half the requests each
 *   AWS/S3        BucketSizeBytes (BucketName, StorageType=StandardStorage), NumberOfObjects
 *                 (BucketName, StorageType=AllStorageTypes)            daily; half the requests write 1 KiB
 *
 * Publishing as AWS does: SQS publishes while a queue is active and stops after six hours without
 * traffic (a period with no datapoint is not a zero — readers must count it as one); Lambda and DynamoDB
 * publish only when there is something to count; S3's storage metrics come once a day, always.
 * Datapoints are aligned to StartTime, newest first unless `ScanBy: TimestampAscending`, and paged by
 * `MaxDatapoints` with a `NextToken` bound to the query.
 *
 * Not modelled: metric math (`Expression` is refused), `Unit` filtering, other metrics (they answer no
 * datapoints, as an unknown metric does in AWS), anomaly bands.
 */
export interface AwsMetricsOptions {
  clock: EngineClock;
  lifetimes: () => ResourceLifetime[];
  traffic: TrafficModel;
}

const Dimension = z.object({ Name: z.string(), Value: z.string() });
const Query = z.object({
  Id: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/, "must start with a lower-case letter, then letters, digits or _"),
  MetricStat: z
    .object({
      Metric: z.object({
        Namespace: z.string(),
        MetricName: z.string(),
        Dimensions: z.array(Dimension).max(30).default([]),
      }),
      Period: z
        .number()
        .int()
        .positive()
        .refine((period) => period % 60 === 0, "must be a multiple of 60"),
      Stat: z.enum(["Sum", "Average", "Maximum", "Minimum", "SampleCount"]),
      Unit: z.string().optional(),
    })
    .optional(),
  Expression: z.string().optional(),
  Label: z.string().optional(),
  ReturnData: z.boolean().optional(),
});
/** Step Functions passes timestamps as ISO strings, the SDK (JSON 1.0) as epoch seconds. */
const Timestamp = z.union([z.number().transform((seconds) => seconds * 1000), z.iso.datetime().transform(Date.parse)]);
const Request = z.object({
  MetricDataQueries: z.array(Query).min(1).max(500),
  StartTime: Timestamp,
  EndTime: Timestamp,
  NextToken: z.string().optional(),
  ScanBy: z.enum(["TimestampDescending", "TimestampAscending"]).default("TimestampDescending"),
  MaxDatapoints: z.number().int().positive().max(100_800).default(100_800),
});

export class MetricDataError extends Error {
  constructor(
    readonly type: "InvalidParameterValue" | "InvalidNextToken" | "InvalidParameterCombination",
    message: string,
  ) {
    super(message);
  }
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** SQS stops publishing a queue's metrics after this long without activity. */
const SQS_QUIET = 6 * HOUR;
const OBJECT_BYTES = 1024;

interface Series {
  id: string;
  label: string;
  points: { at: number; value: number }[];
}

export class AwsMetrics {
  /** GetMetricData calls answered. */
  calls = 0;

  constructor(private readonly options: AwsMetricsOptions) {}

  /** `timestamps`: how this caller writes a time (epoch seconds for the SDK, ISO for Step Functions). */
  getMetricData(input: unknown, timestamps: "epoch-seconds" | "iso") {
    this.calls++;
    const parsed = Request.safeParse(input);
    if (!parsed.success) throw new MetricDataError("InvalidParameterValue", z.prettifyError(parsed.error));
    const request = parsed.data;
    if (request.StartTime >= request.EndTime)
      throw new MetricDataError("InvalidParameterValue", "The parameter StartTime must be less than EndTime.");
    const ids = new Set<string>();
    for (const query of request.MetricDataQueries) {
      if (ids.has(query.Id))
        throw new MetricDataError("InvalidParameterValue", `The value ${query.Id} for Id is not unique.`);
      ids.add(query.Id);
      if (query.Expression !== undefined)
        throw new MetricDataError(
          "InvalidParameterValue",
          `the local CloudWatch serves no metric math (query ${query.Id})`,
        );
      if (!query.MetricStat)
        throw new MetricDataError("InvalidParameterCombination", `query ${query.Id} needs a MetricStat`);
    }
    const lifetimes = this.options.lifetimes();
    const series = request.MetricDataQueries.filter((query) => query.ReturnData !== false).map((query) =>
      this.series(
        query as Required<Pick<z.infer<typeof Query>, "MetricStat">> & z.infer<typeof Query>,
        request,
        lifetimes,
      ),
    );
    for (const s of series)
      s.points.sort((a, b) => (request.ScanBy === "TimestampAscending" ? a.at - b.at : b.at - a.at));

    // Paging counts datapoints across the queries, in order; the token remembers where it stopped.
    const fingerprint = queryFingerprint({
      q: request.MetricDataQueries,
      s: request.StartTime,
      e: request.EndTime,
      b: request.ScanBy,
    });
    let skip = 0;
    if (request.NextToken) {
      const decoded = decodePageToken(request.NextToken, fingerprint);
      if (decoded === undefined)
        throw new MetricDataError("InvalidNextToken", "The NextToken is not valid for this request");
      skip = decoded;
    }
    let budget = request.MaxDatapoints;
    let offset = 0;
    let more = false;
    const results = series.map((s) => {
      const from = Math.max(0, skip - offset);
      offset += s.points.length;
      const points = s.points.slice(from, from + budget);
      budget -= points.length;
      const partial = from + points.length < s.points.length;
      if (partial) more = true;
      const time = (at: number) => (timestamps === "iso" ? new Date(at).toISOString() : at / 1000);
      return {
        Id: s.id,
        Label: s.label,
        Timestamps: points.map((p) => time(p.at)),
        Values: points.map((p) => p.value),
        StatusCode: partial ? "PartialData" : "Complete",
      };
    });
    const returned = results.reduce((sum, r) => sum + r.Values.length, 0);
    return {
      MetricDataResults: results,
      Messages: [],
      ...(more ? { NextToken: encodePageToken(fingerprint, skip + returned) } : {}),
    };
  }

  private series(
    query: z.infer<typeof Query> & { MetricStat: NonNullable<z.infer<typeof Query>["MetricStat"]> },
    request: z.infer<typeof Request>,
    lifetimes: ResourceLifetime[],
  ): Series {
    const { Metric, Period, Stat } = query.MetricStat;
    const dimensions = Object.fromEntries(Metric.Dimensions.map((d) => [d.Name, d.Value]));
    const source = metricSource(Metric.Namespace, Metric.MetricName, dimensions);
    const points: Series["points"] = [];
    const life =
      source && lifetimes.find((l) => l.type === source.type && l.properties[source.nameProperty] === source.name);
    if (source && life) {
      const periodMs = Period * 1000;
      for (let at = request.StartTime; at + periodMs <= request.EndTime; at += periodMs) {
        const end = Math.min(at + periodMs, this.options.clock.now());
        const from = Math.max(at, life.from);
        const to = Math.min(end, life.to ?? Number.POSITIVE_INFINITY);
        if (to <= from) continue;
        const value = this.value(source, life, lifetimes, at, from, to, Stat, periodMs);
        if (value !== undefined) points.push({ at, value });
      }
    }
    return { id: query.Id, label: query.Label ?? Metric.MetricName, points };
  }

  private value(
    source: MetricSource,
    life: ResourceLifetime,
    lifetimes: ResourceLifetime[],
    periodStart: number,
    from: number,
    to: number,
    stat: string,
    periodMs: number,
  ): number | undefined {
    const traffic = this.options.traffic;
    if (source.kind === "gauge") {
      // Once a day, at the day's end, the bucket's size (or object count) so far.
      if (to - periodStart < Math.min(periodMs, DAY)) return undefined;
      const written = traffic.servedBy(life, lifetimes, life.from, to) / 2;
      return source.metric === "BucketSizeBytes" ? Math.round(written) * OBJECT_BYTES : Math.round(written);
    }
    const requests = traffic.servedBy(life, lifetimes, from, to) * source.share;
    if (requests <= 0) {
      if (source.publishesWhenQuiet) {
        const recent = traffic.servedBy(life, lifetimes, Math.max(life.from, from - SQS_QUIET), from);
        // A queue publishes zeros for six hours after its last activity (and after it is created).
        if (recent > 0 || from - life.from < SQS_QUIET) return 0;
      }
      return undefined;
    }
    const minutes = Math.max(1, Math.round((to - from) / 60_000));
    const perMinute = requests / minutes;
    return { Sum: requests, SampleCount: minutes, Average: perMinute, Maximum: perMinute, Minimum: perMinute }[
      stat
    ] as number;
  }
}

interface MetricSource {
  type: string;
  nameProperty: string;
  name: string;
  metric: string;
  kind: "counter" | "gauge";
  /** The share of the stack's requests this metric counts. */
  share: number;
  publishesWhenQuiet: boolean;
}

function metricSource(namespace: string, metric: string, dimensions: Record<string, string>): MetricSource | undefined {
  const counter = (type: string, nameProperty: string, name: string | undefined, share: number, quiet = false) =>
    name === undefined
      ? undefined
      : { type, nameProperty, name, metric, kind: "counter" as const, share, publishesWhenQuiet: quiet };
  switch (`${namespace}/${metric}`) {
    case "AWS/SQS/NumberOfMessagesSent":
    case "AWS/SQS/NumberOfMessagesReceived":
    case "AWS/SQS/NumberOfMessagesDeleted":
      return counter("AWS::SQS::Queue", "QueueName", dimensions.QueueName, 1 / 3, true);
    case "AWS/Lambda/Invocations":
      return counter("AWS::Lambda::Function", "FunctionName", dimensions.FunctionName, 1);
    case "AWS/DynamoDB/ConsumedReadCapacityUnits":
    case "AWS/DynamoDB/ConsumedWriteCapacityUnits":
      return counter("AWS::DynamoDB::Table", "TableName", dimensions.TableName, 1 / 2);
    case "AWS/S3/BucketSizeBytes":
    case "AWS/S3/NumberOfObjects": {
      const storage = metric === "BucketSizeBytes" ? "StandardStorage" : "AllStorageTypes";
      if (dimensions.BucketName === undefined || dimensions.StorageType !== storage) return undefined;
      return {
        type: "AWS::S3::Bucket",
        nameProperty: "BucketName",
        name: dimensions.BucketName,
        metric,
        kind: "gauge",
        share: 1,
        publishesWhenQuiet: true,
      };
    }
    default:
      return undefined;
  }
}
