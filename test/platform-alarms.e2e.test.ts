import { randomUUID } from "node:crypto";
import { PlatformAlarms, platformAlarmName } from "@plinth/core";
import { describe, expect, it } from "vitest";
import type { Body } from "./support/http";
import { useLocalCloud, waitFor } from "./support/local-cloud";
import { devQueue } from "./support/provisioning";

// Issue 22: the platform's own alarms, evaluated locally against the metrics its functions print,
// reach the same alarm rule as any alarm: an injected fault raises one and opens an incident for
// the platform team (notify-only: no runbook acts on Plinth itself). Time runs 100× fast, so the
// alarm's 15-minute window is 9 s.
const { cloud, call } = useLocalCloud("pa", { timeScale: 0.01, platformAlarms: true });

describe("platform alarms, locally", () => {
  it("three failed provisioning requests raise provisioning-failures, which opens a platform incident", async () => {
    const alarm = PlatformAlarms.find((a) => a.name === "provisioning-failures");
    const name = platformAlarmName(cloud().stage, alarm as (typeof PlatformAlarms)[number]);
    const stateOf = () =>
      cloud()
        .cloudWatch.inspect()
        .alarms.find((a) => a.name === name)?.state;
    expect(stateOf()).toBe("OK");

    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({ failResource: { match: "Queue", times: 3, reason: "injected" } }),
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const created = await call(
        "POST",
        "/v1/provisioning-requests",
        "ALICE",
        devQueue(`pa-${randomUUID().slice(0, 6)}`),
      );
      expect(created.status).toBe(202);
      ids.push(created.body.id);
    }
    for (const id of ids)
      await waitFor(
        async () => (await call("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body as Body,
        (request) => request.status === "FAILED",
        id,
      );

    await waitFor(
      async () => stateOf(),
      (state) => state === "ALARM",
      "the alarm",
    );
    const incident = await waitFor(
      async () =>
        ((await call("GET", "/v1/incidents?team=platform", "ROOT")).body.items as Body[]).find(
          (i) => i.alarm.name === name,
        ),
      (found) => found?.status === "ESCALATED",
      "the platform incident",
    );
    expect(incident).toMatchObject({ team: "platform", source: "alarm", resource: { type: "unknown" } });
    expect(incident.summary).toContain(name);
    // The team that owns the failed requests sees nothing of it: it is the platform's.
    expect(((await call("GET", "/v1/incidents?team=payments", "BOB")).body.items as Body[]).length).toBe(0);
  });
});
