import { PlatformAlarms } from "@plinth/core";
import { alarmArgs, awsDimension, dashboardBody } from "./monitoring-args";

/**
 * The platform watching itself: a CloudWatch alarm per entry of core's PlatformAlarms (per workflow
 * and per rule where it watches AWS's metrics) and a dashboard of every metric in the catalog.
 * Alarms need no action: CloudWatch puts every state change on the default bus, where the
 * `alarm-state-change` rule opens an incident for the platform team.
 */
export function monitoring(resources: {
  table: { name: $util.Output<string> };
  machines: Record<string, { arn: $util.Output<string> }>;
  rules: Record<string, { name: $util.Output<string> }>;
}) {
  const alarms: aws.cloudwatch.MetricAlarm[] = [];
  const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  for (const alarm of PlatformAlarms) {
    const dimension = awsDimension(alarm);
    const targets: [string | undefined, $util.Output<string> | undefined][] =
      alarm.kind === "plinth"
        ? [[undefined, undefined]]
        : alarm.kind === "table"
          ? [[undefined, resources.table.name]]
          : Object.entries(alarm.kind === "perWorkflow" ? resources.machines : resources.rules).map(([thing, each]) => [
              thing,
              "arn" in each ? each.arn : each.name,
            ]);
    for (const [thing, value] of targets) {
      const args = alarmArgs($app.stage, alarm, thing);
      alarms.push(
        new aws.cloudwatch.MetricAlarm(`Alarm${pascal(alarm.name)}${thing ? pascal(thing) : ""}`, {
          ...args,
          ...(dimension && value ? { dimensions: value.apply((v) => ({ [dimension]: v })) } : {}),
        }),
      );
    }
  }
  const region = aws.getRegionOutput().region;
  const dashboard = new aws.cloudwatch.Dashboard("PlatformDashboard", {
    dashboardName: `${$app.name}-${$app.stage}-platform`,
    dashboardBody: $util
      .all([region, $util.all(alarms.map((alarm) => alarm.arn))])
      .apply(([regionName, arns]) => JSON.stringify(dashboardBody($app.stage, regionName, arns))),
  });
  return { alarms, dashboard };
}
