import { ListExecutionsCommand, SFNClient } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { useRemediationCloud } from "./support/remediation";

// Its own local cloud: the storm trips a breaker and spends a budget, which would colour other tests.
// Budgets are per clock hour of the cloud's one clock: it starts at the top of an hour and runs 100×,
// so the whole storm (a few seconds) falls inside one budget hour (36 s real).
const topOfHour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const { cloud, call, poll, resource } = useRemediationCloud({ timeScale: 0.01, startTime: topOfHour });

describe("an alarm storm", () => {
  it("200 events for 50 resources → 50 incidents, one workflow each, actions within the budget, breaker open", async () => {
    const settings = await call("PATCH", "/v1/remediation/settings", "ROOT", {
      globalActionsPerHour: 20,
      teamActionsPerHour: 100,
      breakerMinSamples: 4,
      breakerFailureShare: 0.5,
    });
    expect(settings.status).toBe(200);
    // Every scale-out is refused by ECS: the outcomes the breaker counts are failures.
    cloud().fleet.control({
      faults: {
        failAction: {
          call: "ecs:updateService",
          times: 10_000,
          error: "ServiceNotActiveException",
          message: "Service was not ACTIVE.",
        },
      },
    });
    const services = Array.from({ length: 50 }, (_, i) =>
      resource({ type: "ecs-service", id: `storm/svc-${String(i).padStart(2, "0")}`, tags: { team: "payments" } }, [
        "CPUUtilization",
      ]),
    );

    // The burst: each alarm fires, then CloudWatch re-sends ALARM three more times (as it does when
    // the state reason changes) — 200 events on the default bus, 150 of them repeats.
    for (const { key } of services) cloud().fleet.break(key, "cpu-saturated");
    for (let repeat = 0; repeat < 3; repeat++)
      for (const { alarms } of services)
        cloud().cloudWatch.control({
          setAlarmState: { AlarmName: alarms[0] as string, StateValue: "ALARM", StateReason: `still high (${repeat})` },
        });
    await cloud().cloudWatch.settled();
    const alarmEvents = cloud().eventBridge.archive.filter(
      ({ event }) =>
        event.source === "aws.cloudwatch" && (event.detail as { state: { value: string } }).state.value === "ALARM",
    );
    expect(alarmEvents).toHaveLength(200);

    const all = await poll(
      "/v1/incidents?team=payments&limit=100",
      (body) => body.items.length === 50 && body.items.every((i: { status: string }) => i.status === "ESCALATED"),
      "ROOT",
      60_000,
    );
    expect(all.items).toHaveLength(50);
    expect(all.items.reduce((sum: number, i: { occurrences: number }) => sum + i.occurrences, 0)).toBe(200);
    expect(new Set(all.items.map((i: { resource: { id: string } }) => i.resource.id)).size).toBe(50);

    const sfn = new SFNClient({});
    const { executions = [] } = await sfn.send(
      new ListExecutionsCommand({
        stateMachineArn: JSON.parse(String(process.env.SST_RESOURCE_Remediation)).arn,
        maxResults: 1000,
      }),
    );
    sfn.destroy();
    expect(executions).toHaveLength(50);

    const status = (await call("GET", "/v1/remediation/status", "ROOT")).body;
    const started = cloud().eventBridge.archive.filter(({ event }) => event["detail-type"] === "Remediation Started");
    expect(started.length).toBeLessThanOrEqual(20);
    expect(status.budgets.global).toEqual({ used: started.length, limit: 20 });
    const breaker = status.breakers.find((b: { runbookId: string }) => b.runbookId === "ecs-scale-out");
    expect(breaker.state).toBe("open");
    expect(breaker.failureShare).toBeGreaterThanOrEqual(0.5);
    expect(breaker.heldBack.length).toBeGreaterThan(0);

    const reasons = await Promise.all(
      all.items.map(
        async (i: { id: string }) =>
          (await call("GET", `/v1/incidents/${i.id}`, "ROOT")).body.escalation.reason as string,
      ),
    );
    const count = (pattern: RegExp) => reasons.filter((r) => pattern.test(r)).length;
    expect(
      count(/automatic actions of this hour are used up/) + count(/circuit breaker/) + count(/action failed/),
    ).toBe(50);
    expect(count(/circuit breaker for ecs-scale-out open/)).toBeGreaterThan(0);
  }, 90_000);
});
