import { randomUUID } from "node:crypto";
import type { MetricCatalog } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { seedLake } from "../packages/local/src/lake/seed-lake";
import type { CollectedPoint } from "../packages/local/src/metrics-collector";
import { seedFleet } from "../packages/local/src/seed-fleet";
import type { Body } from "./support/http";
import { useLocalCloud, waitFor } from "./support/local-cloud";
import { devQueue } from "./support/provisioning";

// Issue 22: the platform measures itself. The functions (API, task functions) print CloudWatch
// embedded-metric lines as in Lambda; the local cloud collects them. A provisioning, a remediation
// and the sample lake's promotions run; their metrics are found with the right values and dimensions.
const { cloud, call } = useLocalCloud("mx", { timeScale: 0.001 });

const points = (name: keyof typeof MetricCatalog, dimensions: Record<string, string> = {}) =>
  cloud().metrics.select(name, 0, dimensions);
const until = (read: () => CollectedPoint[], what: string) =>
  waitFor(
    async () => read(),
    (p) => p.length > 0,
    what,
  );

describe("the platform's metrics (embedded metric format, collected locally)", () => {
  it("counts a provisioning request from creation to ready, with its lead time, by template", async () => {
    const created = await call(
      "POST",
      "/v1/provisioning-requests",
      "ALICE",
      devQueue(`mx-${randomUUID().slice(0, 6)}`),
    );
    expect(created.status).toBe(202);
    await waitFor(
      async () => (await call("GET", `/v1/provisioning-requests/${created.body.id}`, "ALICE")).body as Body,
      (request) => request.status === "SUCCEEDED",
      "request",
    );
    const [requested] = await until(() => points("ProvisioningRequested", { Template: "sqs-queue" }), "requested");
    expect(requested).toMatchObject({
      namespace: "Plinth",
      unit: "Count",
      value: 1,
      dimensions: { service: "plinth", Stage: cloud().stage, Template: "sqs-queue" },
    });
    await until(() => points("ProvisioningSucceeded", { Template: "sqs-queue" }), "succeeded");
    const [lead] = await until(() => points("ProvisioningLeadTime", { Template: "sqs-queue" }), "lead time");
    expect(lead?.unit).toBe("Seconds");
    expect(lead?.value).toBeGreaterThan(0);
  });

  it("measures every API answer by route template (never the id), and problems by code", async () => {
    const missing = await call("GET", "/v1/provisioning-requests/pr-00000000000000000000", "ALICE");
    expect(missing.status).toBe(404);
    const problems = await until(
      () => points("ApiProblems", { Route: "GET /v1/provisioning-requests/:id", Code: "not_found" }),
      "problem",
    );
    expect(problems.length).toBeGreaterThan(0);
    const latency = points("ApiLatency", { Route: "POST /v1/provisioning-requests" });
    expect(latency.length).toBeGreaterThan(0);
    expect(latency[0]?.unit).toBe("Milliseconds");
    expect(points("ApiRequests", { Route: "GET /v1/provisioning-requests/:id", StatusClass: "4xx" }).length).toBe(
      problems.length,
    );
    // No dimension value carries an id.
    expect(cloud().metrics.points.some((p) => Object.values(p.dimensions).some((v) => /pr-[0-9a-f]{8}/.test(v)))).toBe(
      false,
    );
  });

  it("counts an incident that heals itself, and its time to resolve", async () => {
    seedFleet(cloud().fleet, cloud().cloudWatch);
    cloud().fleet.break("ecs-service/prod/checkout", "memory-leak");
    await until(() => points("IncidentsOpened", { Source: "alarm" }), "opened");
    await until(() => points("IncidentsHealed"), "healed");
    const [resolved] = await until(() => points("IncidentTimeToResolve", { How: "verified" }), "time to resolve");
    expect(resolved?.value).toBeGreaterThan(0);
  });

  it("counts partitions published and rows published and set aside, by dataset and layer", async () => {
    await seedLake(cloud());
    const promotions = async () => JSON.stringify((await call("GET", "/v1/datasets/orders/promotions", "ALICE")).body);
    const [silver] = await until(
      () => points("PromotionsPublished", { Dataset: "orders", Layer: "silver" }),
      "silver",
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; promotions: ${(await promotions()).slice(0, 2000)}`);
    });
    expect(silver?.value).toBe(1);
    const rows = await until(() => points("RowsPublished", { Dataset: "orders", Layer: "silver" }), "rows");
    expect(rows.every((p) => p.value > 0)).toBe(true);
    // The sample orders have a known share of bad rows: set aside at silver.
    const quarantined = await until(
      () => points("RowsQuarantined", { Dataset: "orders", Layer: "silver" }),
      "rows set aside",
    );
    expect(quarantined.some((p) => p.value > 0)).toBe(true);
    const served = (await (await fetch(`${cloud().cloudUrl}/_plinth/metrics?name=RowsPublished`)).json()) as {
      metrics: { name: string; count: number; sum: number }[];
    };
    expect(served.metrics.length).toBeGreaterThan(0);
    expect(served.metrics.every((m) => m.name === "RowsPublished" && m.sum > 0)).toBe(true);
  });
});
