import { addressesCatalog, MetricCatalog, PlatformAlarms, rules, WorkflowNames } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { alarmArgs, awsDimension, dashboardBody, metricsReferenced } from "./monitoring-args";

describe("the platform's dashboard and alarms", () => {
  it("graph every metric of the catalog and nothing else, for this stage only", () => {
    const body = dashboardBody("dev", "eu-west-1", ["arn:aws:cloudwatch:eu-west-1:1:alarm:a"]);
    expect(metricsReferenced(body).sort()).toEqual(Object.keys(MetricCatalog).sort());
    for (const widget of body.widgets.filter((w) => w.type === "metric"))
      expect(JSON.stringify(widget)).toContain('Stage=\\"dev\\"');
    expect(body.widgets.at(-1)).toMatchObject({
      type: "alarm",
      properties: { alarms: ["arn:aws:cloudwatch:eu-west-1:1:alarm:a"] },
    });
  });

  it("alarm only on catalog metrics, each addressed by its dimensions or one of its rollups", () => {
    for (const alarm of PlatformAlarms.filter((a) => a.kind === "plinth")) {
      expect(Object.keys(MetricCatalog), alarm.name).toContain(alarm.metric);
      expect(addressesCatalog(alarm), alarm.name).toBe(true);
      expect(alarmArgs("dev", alarm)).toMatchObject({
        name: `plinth-dev-platform-${alarm.name}`,
        namespace: "Plinth",
        metricName: alarm.metric,
        dimensions: { service: "plinth", Stage: "dev", ...alarm.dimensions },
        treatMissingData: "notBreaching",
      });
    }
    const p95 = PlatformAlarms.find((a) => a.name === "api-p95");
    expect(p95 && alarmArgs("dev", p95)).toMatchObject({ extendedStatistic: "p95", threshold: 100 });
  });

  it("cover every workflow's failed and timed-out executions, every rule's failed invocations and the table's throttles", () => {
    const kinds = PlatformAlarms.map((a) => [a.kind, a.metric]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["perWorkflow", "ExecutionsFailed"],
        ["perWorkflow", "ExecutionsTimedOut"],
        ["perRule", "FailedInvocations"],
        ["table", "ReadThrottleEvents"],
        ["table", "WriteThrottleEvents"],
        ["plinth", "ApiRequests"],
        ["plinth", "ApiLatency"],
      ]),
    );
    const failed = PlatformAlarms.find((a) => a.metric === "ExecutionsFailed");
    if (!failed) throw new Error("no ExecutionsFailed alarm");
    expect(awsDimension(failed)).toBe("StateMachineArn");
    const names = WorkflowNames.map((workflow) => alarmArgs("dev", failed, workflow).name);
    expect(new Set(names).size).toBe(WorkflowNames.length);
    expect(rules.length).toBeGreaterThan(0);
  });

  it("refuse an alarm whose dimensions are not the metric's", () => {
    expect(
      addressesCatalog({
        ...(PlatformAlarms[0] as Extract<(typeof PlatformAlarms)[number], { kind: "plinth" }>),
        dimensions: { Team: "x" },
      }),
    ).toBe(false);
  });
});
