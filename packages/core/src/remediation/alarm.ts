import { z } from "zod";

/**
 * What CloudWatch puts on the default bus when an alarm changes state (source `aws.cloudwatch`,
 * detail-type `CloudWatch Alarm State Change`). Only the fields remediation reads are parsed; the
 * rest of AWS's envelope passes through untouched. Metric-math and composite alarms carry no single
 * metric: they parse, and open incidents that no runbook matches (notify-only).
 */
const Dimensions = z.record(z.string(), z.string());
const AlarmState = z.object({
  value: z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]),
  reason: z.string().default(""),
  timestamp: z.string().optional(),
});

export const AlarmStateChange = z.object({
  id: z.string().min(1),
  source: z.literal("aws.cloudwatch"),
  "detail-type": z.literal("CloudWatch Alarm State Change"),
  account: z.string().regex(/^\d{12}$/, "a 12-digit account id"),
  region: z.string().min(1),
  time: z.string(),
  resources: z.array(z.string()).default([]),
  detail: z.object({
    alarmName: z.string().min(1).max(255),
    state: AlarmState,
    previousState: AlarmState.optional(),
    configuration: z
      .object({
        description: z.string().optional(),
        metrics: z
          .array(
            z.object({
              id: z.string().optional(),
              metricStat: z
                .object({
                  metric: z.object({
                    namespace: z.string().min(1),
                    name: z.string().min(1),
                    dimensions: Dimensions.default({}),
                  }),
                })
                .optional(),
            }),
          )
          .default([]),
      })
      .default({ metrics: [] }),
  }),
});
export type AlarmStateChange = z.infer<typeof AlarmStateChange>;

/** The alarm as an incident remembers it. */
export const AlarmRef = z.object({
  name: z.string(),
  arn: z.string().optional(),
  namespace: z.string().optional(),
  metric: z.string().optional(),
  dimensions: Dimensions,
  state: z.enum(["OK", "ALARM", "INSUFFICIENT_DATA"]),
  reason: z.string(),
});
export type AlarmRef = z.infer<typeof AlarmRef>;

export const ResourceType = z.enum(["ecs-service", "ec2-instance", "autoscaling-group", "lambda-alias", "sqs-queue"]);
export type ResourceType = z.infer<typeof ResourceType>;

/** The one resource an alarm watches, named as the AWS APIs that act on it name it. */
export const ResourceRef = z.object({
  type: ResourceType.or(z.literal("unknown")),
  id: z.string().min(1),
  arn: z.string().optional(),
  account: z.string(),
  region: z.string(),
});
export type ResourceRef = z.infer<typeof ResourceRef>;

/** The key incidents are deduplicated on: one open incident per alarm and resource. */
export const resourceKey = (resource: ResourceRef) => `${resource.type}/${resource.id}`;

export function alarmOf(event: AlarmStateChange): AlarmRef {
  const metric = event.detail.configuration.metrics.find((m) => m.metricStat)?.metricStat?.metric;
  return {
    name: event.detail.alarmName,
    ...(event.resources[0] ? { arn: event.resources[0] } : {}),
    ...(metric ? { namespace: metric.namespace, metric: metric.name } : {}),
    dimensions: metric?.dimensions ?? {},
    state: event.detail.state.value,
    reason: event.detail.state.reason,
  };
}

/**
 * The resource behind an alarm's dimensions. An Auto Scaling group's metrics live in AWS/EC2 too, so
 * the group dimension is read before the instance one. Anything else is `unknown`, keyed by the
 * alarm itself so that repeats still land on one incident.
 */
export function resourceOf(alarm: AlarmRef, account: string, region: string): ResourceRef {
  const d = alarm.dimensions;
  const at = { account, region };
  if (d.ClusterName && d.ServiceName)
    return {
      type: "ecs-service",
      id: `${d.ClusterName}/${d.ServiceName}`,
      arn: `arn:aws:ecs:${region}:${account}:service/${d.ClusterName}/${d.ServiceName}`,
      ...at,
    };
  if (d.AutoScalingGroupName) return { type: "autoscaling-group", id: d.AutoScalingGroupName, ...at };
  if (d.InstanceId)
    return {
      type: "ec2-instance",
      id: d.InstanceId,
      arn: `arn:aws:ec2:${region}:${account}:instance/${d.InstanceId}`,
      ...at,
    };
  if (d.FunctionName && d.Resource?.startsWith(`${d.FunctionName}:`))
    return {
      type: "lambda-alias",
      id: d.Resource,
      arn: `arn:aws:lambda:${region}:${account}:function:${d.Resource}`,
      ...at,
    };
  if (d.QueueName)
    return { type: "sqs-queue", id: d.QueueName, arn: `arn:aws:sqs:${region}:${account}:${d.QueueName}`, ...at };
  return { type: "unknown", id: alarm.name, ...at };
}
