import { MetricCatalog, type MetricName, type PlatformAlarm, PlatformAlarms, platformAlarmName } from "@plinth/core";

/**
 * The platform's dashboard and alarms as plain data, from core's metric catalog and alarm list: the
 * stack (monitoring.ts) turns them into CloudWatch resources, a test holds them to the catalog.
 */
export const NAMESPACE = "Plinth";

/** The one dimension an alarm on AWS's metrics takes: the state machine, the rule or the table it watches. */
export function awsDimension(alarm: PlatformAlarm): string | undefined {
  return alarm.kind === "plinth"
    ? undefined
    : { perWorkflow: "StateMachineArn", perRule: "RuleName", table: "TableName" }[alarm.kind];
}

/**
 * The CloudWatch MetricAlarm arguments of one platform alarm (for one workflow or rule: `thing`).
 * A `plinth` alarm's dimensions are here; an AWS-metric alarm's one dimension is the deployed
 * thing's name or ARN, which the stack adds (`awsDimension`).
 */
export function alarmArgs(stage: string, alarm: PlatformAlarm, thing?: string) {
  return {
    name: platformAlarmName(stage, alarm, alarm.kind === "table" ? undefined : thing),
    alarmDescription: alarm.description,
    namespace: alarm.kind === "plinth" ? NAMESPACE : alarm.namespace,
    metricName: alarm.metric,
    ...(alarm.kind === "plinth" ? { dimensions: { service: "plinth", Stage: stage, ...alarm.dimensions } } : {}),
    ...(alarm.statistic.startsWith("p") ? { extendedStatistic: alarm.statistic } : { statistic: alarm.statistic }),
    period: alarm.periodSeconds,
    evaluationPeriods: 1,
    threshold: alarm.threshold,
    comparisonOperator: alarm.comparison,
    // No traffic is not an outage.
    treatMissingData: "notBreaching",
  };
}

/** One graph per metric of the catalog (SEARCH over its dimensions, this stage only), then the alarms. */
export function dashboardBody(stage: string, region: string, alarmArns: string[] = []) {
  const widgets: Record<string, unknown>[] = [];
  const names = Object.keys(MetricCatalog) as MetricName[];
  names.forEach((name, index) => {
    const metric = MetricCatalog[name];
    const schema = ["Plinth", "service", "Stage", ...metric.dimensions].join(",");
    const statistic = metric.unit === "Count" ? "Sum" : "p95";
    widgets.push({
      type: "metric",
      x: (index % 3) * 8,
      y: Math.floor(index / 3) * 6,
      width: 8,
      height: 6,
      properties: {
        title: `${name} (${statistic})`,
        region,
        view: "timeSeries",
        stat: statistic,
        period: 300,
        metrics: [
          [
            {
              expression: `SEARCH('{${schema}} MetricName="${name}" Stage="${stage}"', '${statistic}', 300)`,
              id: `m${index}`,
              label: metric.description,
            },
          ],
        ],
      },
    });
  });
  if (alarmArns.length > 0)
    widgets.push({
      type: "alarm",
      x: 0,
      y: Math.ceil(names.length / 3) * 6,
      width: 24,
      height: 6,
      properties: { title: "Platform alarms", alarms: alarmArns },
    });
  return { widgets };
}

/** The names of the catalog metrics a dashboard body refers to (for the test). */
export function metricsReferenced(body: ReturnType<typeof dashboardBody>): string[] {
  return body.widgets.flatMap((widget) =>
    [...JSON.stringify(widget).matchAll(/MetricName=\\"(\w+)\\"/g)].map((match) => match[1] as string),
  );
}

export { PlatformAlarms };
