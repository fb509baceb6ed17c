import { describe, expect, it } from "vitest";
import { DataEvents } from "./data/events";
import { buildEvent } from "./events";
import { MeteredPublisher, MetricCatalog, type MetricPoint, metricPoint, metricsOfEvent } from "./metrics";
import { ProvisioningEvents } from "./provisioning/events";
import { RemediationEvents } from "./remediation/events";

const base = { id: "e1", occurredAt: "2026-11-01T10:10:00.000Z", correlationId: "c1" };
const request = { requestId: "pr-1", team: "payments", template: "sqs-queue", environment: "dev", stackName: "s" };
const incident = { incidentId: "inc-1", team: "payments", alarmName: "a", resource: "ecs-service/prod/x" };
const data = { dataset: "orders", team: "payments", partition: "2026-11-01", promotionId: "run-1" };

describe("the metrics catalog", () => {
  it("uses bounded dimension names only, never the reserved service/Stage, never ids or users", () => {
    for (const [name, metric] of Object.entries(MetricCatalog)) {
      for (const dimension of metric.dimensions) {
        expect(["service", "Stage"], name).not.toContain(dimension);
        expect(dimension, name).not.toMatch(/id$|Id$|user|User|By$/);
      }
    }
  });

  it("refuses a point whose dimensions are not exactly the catalog's", () => {
    expect(() => metricPoint("ProvisioningFailed", 1, { Template: "sqs-queue" })).toThrow(/Template, Step/);
    expect(() => metricPoint("IncidentsEscalated", 1, { Team: "payments" })).toThrow();
    expect(metricPoint("ApiLatency", 12.5, { Route: "GET /v1/me" })).toEqual({
      name: "ApiLatency",
      value: 12.5,
      dimensions: { Route: "GET /v1/me" },
    });
  });

  it("derives each fact's metrics from its event, with values and bounded dimensions", () => {
    expect(
      metricsOfEvent(
        buildEvent(ProvisioningEvents.succeeded, {
          ...base,
          ...request,
          outputs: {},
          requestedAt: "2026-11-01T10:00:00.000Z",
        }),
      ),
    ).toEqual([
      { name: "ProvisioningSucceeded", value: 1, dimensions: { Template: "sqs-queue" } },
      { name: "ProvisioningLeadTime", value: 600, dimensions: { Template: "sqs-queue" } },
    ]);
    expect(
      metricsOfEvent(
        buildEvent(ProvisioningEvents.failed, {
          ...base,
          ...request,
          step: "apply",
          error: "x",
          reason: "y",
          cleanup: "deleted",
        }),
      ),
    ).toEqual([{ name: "ProvisioningFailed", value: 1, dimensions: { Template: "sqs-queue", Step: "apply" } }]);
    expect(
      metricsOfEvent(
        buildEvent(DataEvents.promoted, {
          ...base,
          ...data,
          stage: "silver",
          version: 2,
          previousVersion: 1,
          rows: 9580,
          contractVersion: 1,
        }),
      ).map((p) => [p.name, p.value, p.dimensions]),
    ).toEqual([
      ["PromotionsPublished", 1, { Dataset: "orders", Layer: "silver" }],
      ["RowsPublished", 9580, { Dataset: "orders", Layer: "silver" }],
    ]);
    expect(
      metricsOfEvent(
        buildEvent(RemediationEvents.resolved, {
          ...base,
          ...incident,
          how: "verified",
          by: "plinth",
          openedAt: "2026-11-01T10:05:00.000Z",
        }),
      ),
    ).toEqual([
      { name: "IncidentsHealed", value: 1, dimensions: {} },
      { name: "IncidentTimeToResolve", value: 300, dimensions: { How: "verified" } },
    ]);
    expect(
      metricsOfEvent(
        buildEvent(ProvisioningEvents.approved, { ...base, ...request, approvedBy: "bob", planHash: "h" }),
      ),
    ).toEqual([]);
  });

  it("records after publishing, and a metric that cannot be recorded never fails the publish", async () => {
    const published: string[] = [];
    const recorded: MetricPoint[] = [];
    const inner = {
      publish: async (events: { detailType: string }[]) => void published.push(...events.map((e) => e.detailType)),
    };
    const event = buildEvent(RemediationEvents.incidentOpened, { ...base, ...incident, source: "alarm", summary: "s" });
    await new MeteredPublisher(inner, { record: (points) => void recorded.push(...points) }).publish([event]);
    expect(recorded).toEqual([{ name: "IncidentsOpened", value: 1, dimensions: { Source: "alarm" } }]);
    const failing = new MeteredPublisher(inner, {
      record: () => {
        throw new Error("stdout closed");
      },
    });
    await expect(failing.publish([event])).resolves.toBeUndefined();
    expect(published).toEqual(["Incident Opened", "Incident Opened"]);
  });
});
