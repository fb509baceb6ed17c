import type { AlarmInput } from "./cloudwatch";

/**
 * The alarms a team would put on a fleet resource, named `<resource id>-<metric>`, with the
 * dimensions CloudWatch uses for that resource type — what the seed and the tests create.
 */
const THRESHOLDS: Record<string, { namespace: string; threshold: number }> = {
  MemoryUtilization: { namespace: "AWS/ECS", threshold: 85 },
  CPUUtilization: { namespace: "AWS/ECS", threshold: 80 },
  StatusCheckFailed_Instance: { namespace: "AWS/EC2", threshold: 1 },
  disk_used_percent: { namespace: "CWAgent", threshold: 90 },
  Errors: { namespace: "AWS/Lambda", threshold: 5 },
  ApproximateNumberOfMessagesVisible: { namespace: "AWS/SQS", threshold: 1 },
};

export function alarmFor(resourceKey: string, metric: string): AlarmInput {
  const [type, ...rest] = resourceKey.split("/");
  const id = rest.join("/");
  const known = THRESHOLDS[metric];
  if (!known) throw new Error(`no standard alarm for metric ${metric}`);
  let namespace = known.namespace;
  let dimensions: { Name: string; Value: string }[];
  switch (type) {
    case "ecs-service": {
      const [cluster = "", service = ""] = id.split("/");
      dimensions = [
        { Name: "ClusterName", Value: cluster },
        { Name: "ServiceName", Value: service },
      ];
      break;
    }
    case "autoscaling-group":
      namespace = "AWS/EC2";
      dimensions = [{ Name: "AutoScalingGroupName", Value: id }];
      break;
    case "ec2-instance":
      dimensions = [{ Name: "InstanceId", Value: id }];
      break;
    case "lambda-alias":
      dimensions = [
        { Name: "FunctionName", Value: id.split(":")[0] ?? id },
        { Name: "Resource", Value: id },
      ];
      break;
    case "sqs-queue":
      dimensions = [{ Name: "QueueName", Value: id }];
      break;
    default:
      throw new Error(`no standard alarm for resource type ${type}`);
  }
  return {
    AlarmName: `${id.replaceAll(/[/:]/g, "-")}-${metric}`,
    Namespace: namespace,
    MetricName: metric,
    Dimensions: dimensions,
    Threshold: known.threshold,
    ComparisonOperator: "GreaterThanOrEqualToThreshold",
  };
}
