import { z } from "zod";
import { AwsServiceError } from "../aws-gateway";
import { BackgroundFailures } from "../background";
import type { EngineClock } from "../stepfunctions/clock";
import { StatesError } from "../stepfunctions/errors";
import type { SdkAction } from "../stepfunctions/integrations";
import { type AwsMetrics, MetricDataError } from "./aws-metrics";

/**
 * CloudWatch stand-in — metric alarms over the fleet stand-in's metrics, reached by the workflow as
 * `aws-sdk:cloudwatch:*`: DescribeAlarms, DescribeAlarmHistory, PutMetricAlarm, SetAlarmState,
 * DeleteAlarms.
 *
 * An alarm compares its metric (read from the fleet whenever the fleet changes) with a threshold:
 * breaching → ALARM, not → OK, no data → INSUFFICIENT_DATA. Every state change is kept in the
 * alarm's history and published to the local EventBridge default bus as the *CloudWatch Alarm State
 * Change* event in AWS's shape (source `aws.cloudwatch`), which is what starts remediation.
 * SetAlarmState changes the state until the next evaluation, as in AWS.
 *
 * Alarms with a Statistic (or ExtendedStatistic) and Period read that statistic over the last period
 * (the local cloud serves Plinth's own metrics so); others read the metric's current value.
 *
 * `GetMetricData` serves the AWS metrics of provisioned resources (aws-metrics.ts), to the workflows
 * and, on the gateway (AWS JSON 1.0, `GraniteServiceVersion20100801`), to the SDK and the AWS CLI.
 *
 * Not modelled: datapoints-to-alarm, evaluation periods beyond one, metric math, composite alarms, actions.
 *
 * Controls (POST /_plinth/cloudwatch): `alarms` (put metric alarms), `setAlarmState`
 * (`{ AlarmName, StateValue, StateReason }`, emits the event), `evaluate` (re-read every metric).
 */
const Comparison = z.enum([
  "GreaterThanOrEqualToThreshold",
  "GreaterThanThreshold",
  "LessThanThreshold",
  "LessThanOrEqualToThreshold",
]);
export const AlarmInput = z.object({
  AlarmName: z.string().min(1).max(255),
  Namespace: z.string().min(1),
  MetricName: z.string().min(1),
  Dimensions: z.array(z.object({ Name: z.string(), Value: z.string() })).default([]),
  Threshold: z.number(),
  ComparisonOperator: Comparison.default("GreaterThanOrEqualToThreshold"),
  AlarmDescription: z.string().optional(),
  /** With a statistic and period, the metric is read as that statistic over the last period (Plinth's own metrics). */
  Statistic: z.enum(["Sum", "Average", "Maximum", "Minimum", "SampleCount"]).optional(),
  ExtendedStatistic: z
    .string()
    .regex(/^p\d+(\.\d+)?$/)
    .optional(),
  Period: z.number().int().positive().optional(),
});
export type AlarmInput = z.input<typeof AlarmInput>;
type StateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export const CloudWatchControl = z.object({
  alarms: z.array(AlarmInput).optional(),
  setAlarmState: z
    .object({
      AlarmName: z.string(),
      StateValue: z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]),
      StateReason: z.string().default("set by hand"),
    })
    .optional(),
  evaluate: z.boolean().optional(),
});

interface Alarm {
  input: z.infer<typeof AlarmInput>;
  state: StateValue;
  reason: string;
  updatedAt: string;
  history: { Timestamp: string; HistoryItemType: "StateUpdate"; HistorySummary: string }[];
}

export interface AlarmEvent {
  Source: "aws.cloudwatch";
  DetailType: "CloudWatch Alarm State Change";
  Detail: string;
  Resources: string[];
  EventBusName: "default";
}

export interface CloudWatchOptions {
  /** Where failures of background work are reported (stderr, and `GET /_plinth/failures`). */
  failures?: BackgroundFailures;
  clock: EngineClock;
  /** Reads a metric's current value (the fleet stand-in), or a statistic over a period when the alarm has one. */
  metric(
    namespace: string,
    name: string,
    dimensions: Record<string, string>,
    statistic?: { statistic: string; periodSeconds: number },
  ): number | undefined;
  /** Publishes state-change events (the local EventBridge default bus). */
  publish(events: AlarmEvent[]): Promise<void>;
  /** The provisioned resources' AWS metrics (GetMetricData). */
  awsMetrics?: AwsMetrics;
  account?: string;
  region?: string;
}

/** CloudWatch's error names, as its SDK exceptions are called. */
const metricDataErrorName = (error: MetricDataError) =>
  error.type === "InvalidNextToken" ? "InvalidNextToken" : `${error.type}Exception`;

export class CloudWatchStandIn {
  readonly actions: Readonly<Record<string, SdkAction>>;
  private readonly alarms = new Map<string, Alarm>();
  private readonly account: string;
  private readonly region: string;
  private publishing: Promise<void> = Promise.resolve();

  /** Failures of background work, reported and kept (see background.ts). */
  get failures(): BackgroundFailures {
    this.options.failures ??= new BackgroundFailures();
    return this.options.failures;
  }

  constructor(private readonly options: CloudWatchOptions) {
    this.account = options.account ?? "000000000000";
    this.region = options.region ?? "us-east-1";
    this.actions = {
      describeAlarms: async (p) => this.describeAlarms(p as Record<string, unknown>),
      describeAlarmHistory: async (p) => this.describeAlarmHistory(p as Record<string, unknown>),
      putMetricAlarm: async (p) => this.putMetricAlarm(p),
      setAlarmState: async (p) => this.setAlarmState(CloudWatchControl.shape.setAlarmState.unwrap().parse(p)),
      getMetricData: async (p) => {
        try {
          return this.metrics().getMetricData(p, "iso");
        } catch (error) {
          if (error instanceof MetricDataError)
            throw new StatesError(`CloudWatch.${metricDataErrorName(error)}`, error.message);
          throw error;
        }
      },
      deleteAlarms: async (p) => {
        for (const name of (p as { AlarmNames?: string[] }).AlarmNames ?? []) this.alarms.delete(name);
        return {};
      },
    };
  }

  /** The AWS JSON 1.0 service the SDK reaches at AWS_ENDPOINT_URL_CLOUDWATCH (GetMetricData only). */
  readonly service = {
    targetPrefix: "GraniteServiceVersion20100801",
    jsonVersion: "1.0" as const,
    handle: async (operation: string, input: unknown) => {
      if (operation !== "GetMetricData")
        throw new AwsServiceError(
          "UnknownOperationException",
          `the local CloudWatch serves GetMetricData over HTTP, not ${operation}`,
        );
      try {
        return this.metrics().getMetricData(input, "epoch-seconds");
      } catch (error) {
        if (error instanceof MetricDataError) throw new AwsServiceError(metricDataErrorName(error), error.message);
        throw error;
      }
    },
  };

  private metrics(): AwsMetrics {
    if (!this.options.awsMetrics) throw new Error("this CloudWatch stand-in has no AWS metrics to serve");
    return this.options.awsMetrics;
  }

  control(body: unknown) {
    const control = CloudWatchControl.parse(body);
    for (const alarm of control.alarms ?? []) this.putMetricAlarm(alarm);
    if (control.setAlarmState) this.setAlarmState(control.setAlarmState);
    if (control.evaluate) this.evaluate();
    return this.inspect();
  }

  putMetricAlarm(input: unknown) {
    const parsed = AlarmInput.safeParse(input);
    if (!parsed.success) throw new StatesError("CloudWatch.InvalidParameterValueException", parsed.error.message);
    const existing = this.alarms.get(parsed.data.AlarmName);
    this.alarms.set(parsed.data.AlarmName, {
      input: parsed.data,
      state: existing?.state ?? "INSUFFICIENT_DATA",
      reason: existing?.reason ?? "Unchecked: Initial alarm creation",
      updatedAt: existing?.updatedAt ?? this.now(),
      history: existing?.history ?? [],
    });
    this.evaluateOne(parsed.data.AlarmName);
    return {};
  }

  /** Re-reads every alarm's metric; publishes each state that changed. */
  evaluate(): void {
    for (const name of this.alarms.keys()) this.evaluateOne(name);
  }

  /** Resolves once every state change so far has reached the bus. */
  settled(): Promise<void> {
    return this.publishing;
  }

  inspect() {
    return {
      alarms: [...this.alarms.values()].map((a) => ({
        name: a.input.AlarmName,
        metric: `${a.input.Namespace}/${a.input.MetricName}`,
        dimensions: a.input.Dimensions,
        threshold: a.input.Threshold,
        state: a.state,
        reason: a.reason,
        updatedAt: a.updatedAt,
      })),
    };
  }

  private evaluateOne(name: string): void {
    const alarm = this.alarms.get(name);
    if (!alarm) return;
    const { Namespace, MetricName, Dimensions, Threshold, ComparisonOperator, Period } = alarm.input;
    const statistic = alarm.input.ExtendedStatistic ?? alarm.input.Statistic;
    const value = this.options.metric(
      Namespace,
      MetricName,
      Object.fromEntries(Dimensions.map((d) => [d.Name, d.Value])),
      statistic && Period ? { statistic, periodSeconds: Period } : undefined,
    );
    if (value === undefined) {
      this.transition(alarm, "INSUFFICIENT_DATA", "Insufficient Data: no datapoints were received for the metric");
      return;
    }
    const breaching = {
      GreaterThanOrEqualToThreshold: value >= Threshold,
      GreaterThanThreshold: value > Threshold,
      LessThanThreshold: value < Threshold,
      LessThanOrEqualToThreshold: value <= Threshold,
    }[ComparisonOperator];
    const verb = breaching ? "was" : "was not";
    this.transition(
      alarm,
      breaching ? "ALARM" : "OK",
      `Threshold Crossed: 1 datapoint [${value}] ${verb} ${ComparisonOperator.replace(/([A-Z])/g, " $1")
        .trim()
        .toLowerCase()} (${Threshold}).`,
    );
  }

  private setAlarmState(request: { AlarmName: string; StateValue: StateValue; StateReason: string }) {
    const alarm = this.alarms.get(request.AlarmName);
    if (!alarm) throw new StatesError("CloudWatch.ResourceNotFoundException", `Alarm ${request.AlarmName} not found`);
    this.transition(alarm, request.StateValue, request.StateReason, true);
    return {};
  }

  private transition(alarm: Alarm, state: StateValue, reason: string, force = false): void {
    if (alarm.state === state && !force) return;
    const previous = { value: alarm.state, reason: alarm.reason, timestamp: alarm.updatedAt };
    const at = this.now();
    alarm.state = state;
    alarm.reason = reason;
    alarm.updatedAt = at;
    alarm.history.unshift({
      Timestamp: at,
      HistoryItemType: "StateUpdate",
      HistorySummary: `Alarm updated from ${previous.value} to ${state}`,
    });
    alarm.history.splice(100);
    const { input } = alarm;
    const detail = {
      alarmName: input.AlarmName,
      state: { value: state, reason, timestamp: at },
      previousState: previous,
      configuration: {
        ...(input.AlarmDescription ? { description: input.AlarmDescription } : {}),
        metrics: [
          {
            id: "m1",
            metricStat: {
              metric: {
                namespace: input.Namespace,
                name: input.MetricName,
                dimensions: Object.fromEntries(input.Dimensions.map((d) => [d.Name, d.Value])),
              },
              period: 60,
              stat: "Average",
            },
            returnData: true,
          },
        ],
      },
    };
    const event: AlarmEvent = {
      Source: "aws.cloudwatch",
      DetailType: "CloudWatch Alarm State Change",
      Detail: JSON.stringify(detail),
      Resources: [this.arnOf(input.AlarmName)],
      EventBusName: "default",
    };
    this.publishing = this.publishing
      .then(() => this.options.publish([event]))
      .catch(this.failures.handler(`CloudWatch alarm ${input.AlarmName}`));
  }

  private describeAlarms(p: Record<string, unknown>) {
    const names = p.AlarmNames as string[] | undefined;
    const selected = names
      ? names.map((n) => this.alarms.get(n)).filter((a): a is Alarm => a !== undefined)
      : [...this.alarms.values()];
    return {
      MetricAlarms: selected.map((a) => ({
        AlarmName: a.input.AlarmName,
        AlarmArn: this.arnOf(a.input.AlarmName),
        Namespace: a.input.Namespace,
        MetricName: a.input.MetricName,
        Dimensions: a.input.Dimensions,
        Threshold: a.input.Threshold,
        ComparisonOperator: a.input.ComparisonOperator,
        StateValue: a.state,
        StateReason: a.reason,
        StateUpdatedTimestamp: a.updatedAt,
      })),
      CompositeAlarms: [],
    };
  }

  private describeAlarmHistory(p: Record<string, unknown>) {
    const alarm = this.alarms.get(String(p.AlarmName));
    const max = typeof p.MaxRecords === "number" ? p.MaxRecords : 100;
    return {
      AlarmHistoryItems: (alarm?.history ?? [])
        .slice(0, max)
        .map((h) => ({ AlarmName: alarm?.input.AlarmName, AlarmType: "MetricAlarm", ...h })),
    };
  }

  private arnOf(name: string): string {
    return `arn:aws:cloudwatch:${this.region}:${this.account}:alarm:${name}`;
  }

  private now(): string {
    return new Date(this.options.clock.now()).toISOString();
  }
}
