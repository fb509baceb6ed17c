import { describe, expect, it } from "vitest";
import { type AlarmRef, resourceOf } from "./alarm";
import { factsOf } from "./resource-facts";
import { effectiveMode, matchRunbook, modeChangeRefusal, runbookById, runbooks } from "./runbooks";

const alarm = (namespace: string, metric: string, dimensions: Record<string, string>): AlarmRef => ({
  name: "a",
  namespace,
  metric,
  dimensions,
  state: "ALARM",
  reason: "",
});
const at = (a: AlarmRef) => resourceOf(a, "123456789012", "eu-west-1");

describe("runbooks", () => {
  it("ships at least five, each with preconditions, an action, a verification and an undo", () => {
    expect(runbooks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(runbooks.map((r) => r.id)).size).toBe(runbooks.length);
    for (const r of runbooks) {
      expect(r.preconditions.length, r.id).toBeGreaterThan(0);
      expect(r.verify.polls).toBeGreaterThan(0);
      expect(r.undo.summary.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [alarm("AWS/ECS", "MemoryUtilization", { ClusterName: "prod", ServiceName: "api" }), "ecs-restart-service"],
    [alarm("AWS/ECS", "CPUUtilization", { ClusterName: "prod", ServiceName: "api" }), "ecs-scale-out"],
    [alarm("AWS/EC2", "CPUUtilization", { AutoScalingGroupName: "web" }), "asg-scale-out"],
    [alarm("AWS/EC2", "StatusCheckFailed_Instance", { InstanceId: "i-0123456789abcdef0" }), "ec2-reboot-instance"],
    [alarm("CWAgent", "disk_used_percent", { InstanceId: "i-0123456789abcdef0", path: "/" }), "ssm-clear-disk"],
    [alarm("AWS/Lambda", "Errors", { FunctionName: "pricing", Resource: "pricing:live" }), "lambda-alias-rollback"],
    [alarm("AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: "orders-dlq" }), "sqs-redrive-dlq"],
  ])("matches %j to %s", (a, id) => {
    expect(matchRunbook(a, at(a))?.id).toBe(id);
  });

  it("matches nothing for a metric no runbook answers, or a queue that is not a dead-letter queue", () => {
    const latency = alarm("Custom/App", "Latency", { Endpoint: "/pay" });
    expect(at(latency)).toMatchObject({ type: "unknown", id: "a" });
    expect(matchRunbook(latency, at(latency))).toBeUndefined();
    const queue = alarm("AWS/SQS", "ApproximateNumberOfMessagesVisible", { QueueName: "orders" });
    expect(matchRunbook(queue, at(queue))).toBeUndefined();
  });

  it("lets the most cautious of kill switch, tier and mode win", () => {
    expect(effectiveMode("auto", "auto", false)).toBe("auto");
    expect(effectiveMode("approval", "auto", false)).toBe("approval");
    expect(effectiveMode("auto", "approval", false)).toBe("approval");
    expect(effectiveMode("approval", "shadow", false)).toBe("shadow");
    expect(effectiveMode("notify-only", "auto", false)).toBe("notify-only");
    expect(effectiveMode("auto", "auto", true)).toBe("notify-only");
  });

  it("promotes one rung at a time and backs off from anywhere", () => {
    expect(modeChangeRefusal("shadow", "approval")).toBeUndefined();
    expect(modeChangeRefusal("approval", "auto")).toBeUndefined();
    expect(modeChangeRefusal("shadow", "auto")).toBe("promote one step at a time: shadow → approval first");
    expect(modeChangeRefusal("auto", "shadow")).toBeUndefined();
  });

  it("scales out by half again, at least one, never past the maximum, and refuses at the maximum", () => {
    const runbook = runbookById("ecs-scale-out");
    const a = alarm("AWS/ECS", "CPUUtilization", { ClusterName: "prod", ServiceName: "api" });
    const describe = (desired: number, max?: string) =>
      factsOf([
        {
          call: "ecs:describeServices",
          result: {
            Services: [
              {
                Status: "ACTIVE",
                DesiredCount: desired,
                RunningCount: desired,
                Tags: max ? [{ Key: "plinth:max-capacity", Value: max }] : [],
              },
            ],
          },
        },
      ]);
    expect(runbook?.action.build(at(a), describe(4)).parameters.DesiredCount).toBe(6);
    expect(runbook?.action.build(at(a), describe(1)).parameters.DesiredCount).toBe(2);
    expect(runbook?.action.build(at(a), describe(8)).parameters.DesiredCount).toBe(10);
    expect(runbook?.action.build(at(a), describe(3, "4")).parameters.DesiredCount).toBe(4);
    const atMax = describe(4, "4");
    expect(runbook?.preconditions.map((p) => p.failure(atMax)).filter(Boolean)).toEqual([
      "desired capacity 4 is already at the maximum 4",
    ]);
  });

  it("rolls a Lambda alias back to the version below the current one, and undoes to the current one", () => {
    const runbook = runbookById("lambda-alias-rollback");
    const a = alarm("AWS/Lambda", "Errors", { FunctionName: "pricing", Resource: "pricing:live" });
    const facts = factsOf([
      { call: "lambda:getAlias", result: { FunctionVersion: "7" } },
      {
        call: "lambda:listVersionsByFunction",
        result: { Versions: [{ Version: "$LATEST" }, { Version: "3" }, { Version: "5" }, { Version: "7" }] },
      },
      { call: "lambda:listTags", result: { Tags: { team: "payments" } } },
    ]);
    expect(facts).toMatchObject({ aliasVersion: "7", previousVersion: "5", tags: { team: "payments" } });
    expect(runbook?.action.build(at(a), facts).parameters).toMatchObject({
      FunctionName: "pricing",
      Name: "live",
      FunctionVersion: "5",
    });
    expect(runbook?.undo.build?.(at(a), facts).parameters).toMatchObject({ FunctionVersion: "7" });
    const first = factsOf([
      { call: "lambda:getAlias", result: { FunctionVersion: "1" } },
      { call: "lambda:listVersionsByFunction", result: { Versions: [{ Version: "$LATEST" }, { Version: "1" }] } },
    ]);
    expect(runbook?.preconditions.map((p) => p.failure(first)).filter(Boolean)).toEqual([
      "no published version older than 1",
    ]);
  });

  it("treats a failed or unreadable describe as a missing resource, never as facts", () => {
    const failed = factsOf([
      { call: "ec2:describeInstances", error: { Error: "Ec2.InvalidInstanceIDNotFoundException", Cause: "gone" } },
    ]);
    expect(failed).toMatchObject({
      found: false,
      missing: "ec2:describeInstances: Ec2.InvalidInstanceIDNotFoundException gone",
    });
    const odd = factsOf([
      { call: "autoscaling:describeAutoScalingGroups", result: { AutoScalingGroups: [{ DesiredCapacity: "two" }] } },
    ]);
    expect(odd.found).toBe(false);
    expect(
      factsOf([{ call: "ecs:describeServices", result: { Services: [], Failures: [{ Reason: "MISSING" }] } }]).missing,
    ).toBe("ECS reports no such service");
  });
});
