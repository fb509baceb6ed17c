import { describe, expect, it } from "vitest";
import { Cancellation } from "../stepfunctions/cancellation";
import { manualClock } from "../stepfunctions/clock";
import { alarmFor } from "./alarms";
import { type AlarmEvent, CloudWatchStandIn } from "./cloudwatch";
import { FleetStandIn } from "./fleet";

function world() {
  const clock = manualClock();
  const fleet = new FleetStandIn({ clock, effectSeconds: 30 });
  const published: AlarmEvent[] = [];
  const cloudWatch = new CloudWatchStandIn({
    clock,
    metric: (ns, name, dims) => fleet.metric(ns, name, dims),
    publish: async (events) => {
      published.push(...events);
    },
  });
  fleet.onChange(() => cloudWatch.evaluate());
  const call = (service: string, action: string, parameters: unknown) => {
    const run = fleet.services.get(service)?.[action];
    if (!run) throw new Error(`${service}:${action} missing`);
    return run(parameters, new Cancellation());
  };
  const states = () => published.map((e) => JSON.parse(e.Detail).state.value);
  /** Lets every effect already due happen (a heal is due 30 s of stand-in time after its action). */
  const settle = async () => {
    clock.advance(30_000);
    await new Promise((resolve) => setImmediate(resolve));
    await cloudWatch.settled();
  };
  return { fleet, cloudWatch, call, states, settle, published };
}

describe("the fleet and CloudWatch stand-ins", () => {
  it("turns a problem into an ALARM event in AWS's shape, and the fitting action into OK after its effect time", async () => {
    const { fleet, cloudWatch, call, states, settle, published } = world();
    const key = fleet.add({ type: "ecs-service", id: "prod/api", tags: { team: "payments" } });
    cloudWatch.putMetricAlarm(alarmFor(key, "MemoryUtilization"));
    fleet.break(key, "memory-leak");
    await settle();
    expect(states()).toEqual(["OK", "ALARM"]);
    const event = published[1];
    expect(event).toMatchObject({
      Source: "aws.cloudwatch",
      DetailType: "CloudWatch Alarm State Change",
      EventBusName: "default",
      Resources: ["arn:aws:cloudwatch:us-east-1:000000000000:alarm:prod-api-MemoryUtilization"],
    });
    expect(JSON.parse(event?.Detail ?? "{}")).toMatchObject({
      alarmName: "prod-api-MemoryUtilization",
      previousState: { value: "OK" },
      configuration: {
        metrics: [
          {
            metricStat: {
              metric: {
                namespace: "AWS/ECS",
                name: "MemoryUtilization",
                dimensions: { ClusterName: "prod", ServiceName: "api" },
              },
            },
          },
        ],
      },
    });

    // The wrong action does not heal; the right one does, once its effect time has passed.
    await call("ecs", "updateService", { Cluster: "prod", Service: "api", DesiredCount: 3 });
    await settle();
    expect(states()).toEqual(["OK", "ALARM"]);
    await call("ecs", "updateService", { Cluster: "prod", Service: "api", ForceNewDeployment: true });
    await settle();
    expect(states()).toEqual(["OK", "ALARM", "OK"]);
    const history = (await cloudWatch.actions.describeAlarmHistory?.(
      { AlarmName: "prod-api-MemoryUtilization" },
      new Cancellation(),
    )) as {
      AlarmHistoryItems: { HistorySummary: string }[];
    };
    expect(history.AlarmHistoryItems.map((h) => h.HistorySummary)).toEqual([
      "Alarm updated from ALARM to OK",
      "Alarm updated from OK to ALARM",
      "Alarm updated from INSUFFICIENT_DATA to OK",
    ]);
  });

  it("injects faults: a failing action, an action that does not heal, unknown resources named like AWS names them", async () => {
    const { fleet, cloudWatch, call, states, settle } = world();
    const key = fleet.add({ type: "autoscaling-group", id: "web", desired: 2, max: 4 });
    cloudWatch.putMetricAlarm(alarmFor(key, "CPUUtilization"));
    fleet.control({
      faults: { failAction: { call: "autoscaling:setDesiredCapacity", times: 1, error: "ThrottlingException" } },
    });
    await expect(
      call("autoscaling", "setDesiredCapacity", { AutoScalingGroupName: "web", DesiredCapacity: 3 }),
    ).rejects.toMatchObject({
      error: "AutoScaling.ThrottlingException",
    });
    fleet.control({ faults: { noHeal: ["*"] } });
    fleet.break(key, "cpu-saturated");
    await call("autoscaling", "setDesiredCapacity", { AutoScalingGroupName: "web", DesiredCapacity: 3 });
    await settle();
    expect(states()).toEqual(["OK", "ALARM"]);
    await expect(
      call("autoscaling", "setDesiredCapacity", { AutoScalingGroupName: "web", DesiredCapacity: 9 }),
    ).rejects.toMatchObject({
      error: "AutoScaling.ValidationErrorException",
    });
    await expect(call("ec2", "rebootInstances", { InstanceIds: ["i-0000000000000000f"] })).rejects.toMatchObject({
      error: "Ec2.InvalidInstanceIDNotFoundException",
    });
    await expect(
      call("sqs", "getQueueAttributes", { QueueUrl: "https://sqs.us-east-1.amazonaws.com/0/none" }),
    ).rejects.toMatchObject({
      error: "Sqs.QueueDoesNotExistException",
    });
    expect(() => fleet.control({ break: { resource: key, problem: "gremlins" } })).toThrow();
  });

  it("redrives a dead-letter queue and rolls a Lambda alias back", async () => {
    const { fleet, call, settle } = world();
    const dlq = fleet.add({ type: "sqs-queue", id: "orders-dlq" });
    fleet.break(dlq, "dlq-backlog", 12);
    expect(fleet.metric("AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: "orders-dlq" })).toBe(12);
    await call("sqs", "startMessageMoveTask", { SourceArn: "arn:aws:sqs:us-east-1:000000000000:orders-dlq" });
    await settle();
    expect(fleet.metric("AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: "orders-dlq" })).toBe(0);

    const alias = fleet.add({ type: "lambda-alias", id: "pricing:live", versions: 2 });
    fleet.break(alias, "bad-deploy");
    expect(await call("lambda", "getAlias", { FunctionName: "pricing", Name: "live" })).toMatchObject({
      FunctionVersion: "3",
    });
    expect(fleet.metric("AWS/Lambda", "Errors", { FunctionName: "pricing", Resource: "pricing:live" })).toBe(40);
    await call("lambda", "updateAlias", { FunctionName: "pricing", Name: "live", FunctionVersion: "2" });
    await settle();
    expect(fleet.metric("AWS/Lambda", "Errors", { FunctionName: "pricing", Resource: "pricing:live" })).toBe(0);
  });
});
