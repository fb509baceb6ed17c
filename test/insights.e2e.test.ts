import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seedLake } from "../packages/local/src/lake/seed-lake";
import { seedFleet } from "../packages/local/src/seed-fleet";
import type { Body } from "./support/http";
import { useLocalCloud, waitFor } from "./support/local-cloud";
import { devQueue, productionBucket } from "./support/provisioning";

// Issue 22, item 4: a team's insights equal what this test computes from the records it created,
// read back through the API.
const { cloud, call } = useLocalCloud("in", { timeScale: 0.001 });

const request = async (id: string) => (await call("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body as Body;
const settled = (id: string, statuses: string[]) =>
  waitFor(
    () => request(id),
    (r) => statuses.includes(r.status),
    id,
  );

describe("insights per team", () => {
  it("counts requests, lead times, failure rates, cost, promotions and incidents as the records say", async () => {
    const start = new Date(Date.now() - 60_000).toISOString();
    const ok = [];
    for (let i = 0; i < 2; i++)
      ok.push(
        (await call("POST", "/v1/provisioning-requests", "ALICE", devQueue(`in-${randomUUID().slice(0, 6)}`))).body.id,
      );
    await Promise.all(ok.map((id) => settled(id, ["SUCCEEDED"])));
    await fetch(`${cloud().cloudUrl}/_plinth/cloudformation`, {
      method: "POST",
      body: JSON.stringify({ failResource: { match: "Queue", times: 1 } }),
    });
    const bad = (await call("POST", "/v1/provisioning-requests", "ALICE", devQueue(`in-${randomUUID().slice(0, 6)}`)))
      .body.id;
    await settled(bad, ["FAILED"]);
    const waiting = (
      await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(`in-${randomUUID().slice(0, 6)}`))
    ).body.id;
    await settled(waiting, ["AWAITING_APPROVAL"]);

    seedFleet(cloud().fleet, cloud().cloudWatch);
    cloud().fleet.break("ecs-service/prod/checkout", "memory-leak");
    await seedLake(cloud());
    const incidents = await waitFor(
      async () => (await call("GET", "/v1/incidents?team=payments", "BOB")).body.items as Body[],
      (items) => items.length > 0 && items.every((i) => i.status === "RESOLVED"),
      "incident",
    );
    const runsOf = async () => (await call("GET", "/v1/datasets/orders/promotions", "ALICE")).body.items as Body[];
    await waitFor(runsOf, (runs) => runs.length >= 2 && runs.every((r) => r.status !== "RUNNING"), "orders runs");

    const insights = await call("GET", `/v1/insights?team=payments&from=${start}`, "ALICE");
    expect(insights.status).toBe(200);
    const body = insights.body as Body;

    // Provisioning, from the four requests as the API shows them.
    const all = await Promise.all([...ok, bad, waiting].map(request));
    const lead = all
      .filter((r) => r.status === "SUCCEEDED")
      .map(
        (r) => (Date.parse(r.timeline.find((e: Body) => e.status === "SUCCEEDED").at) - Date.parse(r.createdAt)) / 1000,
      )
      .sort((a, b) => a - b);
    expect(body.provisioning).toMatchObject({
      requests: 4,
      byStatus: { SUCCEEDED: 2, FAILED: 1, AWAITING_APPROVAL: 1 },
      leadTimeSeconds: { count: 2, p50: lead[0], p95: lead[1] },
    });
    expect(body.provisioning.byTemplate).toEqual([
      { template: "sqs-queue", requests: 3, succeeded: 2, failed: 1, failureRate: 0.3333 },
      { template: "s3-bucket", requests: 1, succeeded: 0, failed: 0, failureRate: 0 },
    ]);
    // The budget holds what is live, waiting, or failed and retryable (a failed request keeps its reservation).
    const held = all.filter((r) => ["SUCCEEDED", "AWAITING_APPROVAL", "FAILED"].includes(r.status));
    const cost = held.reduce((sum, r) => sum + Math.round(r.plan.cost.monthlyUsd * 100), 0) / 100;
    expect(body.provisioning.monthlyCommittedUsd).toBeCloseTo(cost, 2);
    expect(body.provisioning.monthlyBudgetUsd).toBe(1000);

    // Promotions of orders, from its runs.
    const runs = await runsOf();
    const results = runs.flatMap((r) => Object.values(r.results) as Body[]);
    const rowsIn = results.reduce((n, r) => n + (r.report?.inputRows ?? 0), 0);
    const rowsQuarantined = results.reduce((n, r) => n + (r.report?.quarantinedRows ?? 0), 0);
    expect(body.promotions.byDataset.find((d: Body) => d.dataset === "orders")).toEqual({
      dataset: "orders",
      runs: runs.length,
      succeeded: runs.filter((r) => r.status === "SUCCEEDED").length,
      successRate: Math.round((runs.filter((r) => r.status === "SUCCEEDED").length / runs.length) * 10_000) / 10_000,
      rowsIn,
      rowsQuarantined,
      quarantineRate: Math.round((rowsQuarantined / rowsIn) * 10_000) / 10_000,
    });

    // Incidents: the demo break healed itself.
    expect(body.incidents).toMatchObject({
      opened: incidents.length,
      resolved: incidents.length,
      healedAutomatically: incidents.filter((i) => i.resolution?.how === "verified").length,
      healedShare: 1,
      timeToResolveSeconds: { count: incidents.length },
    });
    expect(body.cost).toMatchObject({ truncated: false });
    expect(body.cost.queries).toBeGreaterThanOrEqual(5);
    expect(body.cost.readUnits).toBeGreaterThan(0);

    // Another team's insights are not yours; a window outside the records is empty.
    expect((await call("GET", "/v1/insights?team=search", "ALICE")).status).toBe(404);
    const before = await call(
      "GET",
      "/v1/insights?team=payments&from=2020-01-01T00:00:00Z&to=2020-01-31T00:00:00Z",
      "ALICE",
    );
    expect(before.body.provisioning).toMatchObject({ requests: 0, leadTimeSeconds: null });
  });
});
