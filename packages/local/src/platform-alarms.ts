import { METRICS_NAMESPACE } from "@plinth/aws";
import { PlatformAlarms, platformAlarmName } from "@plinth/core";
import type { MetricsCollector } from "./metrics-collector";
import type { CloudWatchStandIn } from "./standins/cloudwatch";

/**
 * The platform's alarms on the local CloudWatch stand-in: the `Plinth`-namespace ones, exactly as
 * stacks/monitoring.ts deploys them, evaluated against the metrics the local functions print. The
 * AWS-namespace ones (Step Functions, EventBridge, DynamoDB metrics) have no local source and are
 * deployed only in AWS.
 */
export function deployPlatformAlarms(cloudWatch: CloudWatchStandIn, stage: string): string[] {
  const names: string[] = [];
  for (const alarm of PlatformAlarms) {
    if (alarm.kind !== "plinth") continue;
    const name = platformAlarmName(stage, alarm);
    cloudWatch.putMetricAlarm({
      AlarmName: name,
      AlarmDescription: alarm.description,
      Namespace: METRICS_NAMESPACE,
      MetricName: alarm.metric,
      Dimensions: [
        { Name: "service", Value: "plinth" },
        { Name: "Stage", Value: stage },
        ...Object.entries(alarm.dimensions).map(([Name, Value]) => ({ Name, Value })),
      ],
      Threshold: alarm.threshold,
      ComparisonOperator: alarm.comparison,
      ...(alarm.statistic.startsWith("p") ? { ExtendedStatistic: alarm.statistic } : { Statistic: alarm.statistic }),
      Period: alarm.periodSeconds,
    });
    names.push(name);
  }
  return names;
}

/**
 * Re-evaluates the alarms when metrics arrive (at most every 200 ms) and every second (a period that
 * passes without points brings an alarm back to OK). Returns the stop.
 */
export function evaluateOnMetrics(metrics: MetricsCollector, cloudWatch: CloudWatchStandIn): () => Promise<void> {
  let pending: NodeJS.Timeout | undefined;
  const soon = () => {
    pending ??= setTimeout(() => {
      pending = undefined;
      cloudWatch.evaluate();
    }, 200);
  };
  metrics.onChange(soon);
  const tick = setInterval(() => cloudWatch.evaluate(), 1000);
  tick.unref();
  return async () => {
    clearInterval(tick);
    if (pending) clearTimeout(pending);
  };
}
