import { randomUUID } from "node:crypto";
import type { LocalCloud } from "../../packages/local/src/cloud";
import { alarmFor } from "../../packages/local/src/standins/alarms";
import type { FleetResourceInput, Problem } from "../../packages/local/src/standins/fleet";
import { archivedEvents } from "./events";
import type { Body } from "./http";
import { useLocalCloud } from "./local-cloud";

/**
 * A local cloud for remediation tests. Time runs 1000× fast: a runbook's 300 s verification wait
 * takes 0.3 s, an action's 30 s effect 30 ms. Resources and alarms are made through the stand-ins'
 * own surfaces; everything after the alarm is the product.
 */
/** Adds a resource to the fleet stand-in with the standard alarms on `metrics`; returns its key and alarm names. */
export function fleetResource(cloud: LocalCloud, input: FleetResourceInput, metrics: string[]) {
  const key = cloud.fleet.add(input);
  const alarms = metrics.map((metric) => {
    const alarm = alarmFor(key, metric);
    cloud.cloudWatch.putMetricAlarm(alarm);
    return alarm.AlarmName;
  });
  return { key, alarms };
}

export function useRemediationCloud(options: { timeScale?: number; startTime?: Date } = {}) {
  const { cloud, call, poll } = useLocalCloud("rm", {
    timeScale: options.timeScale ?? 0.001,
    ...(options.startTime ? { startTime: options.startTime } : {}),
  });

  const resource = (input: FleetResourceInput, metrics: string[]) => fleetResource(cloud(), input, metrics);
  const ecsService = (team: string, extraTags: Record<string, string> = {}) =>
    resource({ type: "ecs-service", id: `prod/svc-${randomUUID().slice(0, 6)}`, tags: { team, ...extraTags } }, [
      "MemoryUtilization",
      "CPUUtilization",
    ]);
  const breakIt = (key: string, problem: Problem) => cloud().fleet.break(key, problem);

  /** The one incident of an alarm, once `done` holds for it (found through the API's list filter). */
  const incidentOf = async (alarm: string, done: (incident: Body) => boolean, team = "payments"): Promise<Body> => {
    const listed = await poll(
      `/v1/incidents?team=${team}&alarm=${encodeURIComponent(alarm)}`,
      (body) => body?.items?.length > 0 && done(body.items[0]),
    );
    return (await call("GET", `/v1/incidents/${listed.items[0].id}`, "ROOT")).body;
  };
  const settledIn =
    (...statuses: string[]) =>
    (incident: Body) =>
      statuses.includes(incident?.status);

  const { eventsOf, eventsThrough } = archivedEvents(cloud, "incidentId");

  const actionsOn = (key: string) =>
    cloud()
      .fleet.inspect()
      .resources.find((r) => r.key === key)
      ?.actions.map((a) => a.call) ?? [];

  return {
    cloud,
    call,
    poll,
    resource,
    ecsService,
    breakIt,
    incidentOf,
    settledIn,
    eventsOf,
    eventsThrough,
    actionsOn,
  };
}
