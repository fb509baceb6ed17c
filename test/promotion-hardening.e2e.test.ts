import { describe, expect, it } from "vitest";
import { ordersContract } from "../packages/local/src/lake/sample";
import type { Body } from "./support/http";
import { usePromotionCloud } from "./support/promotion";

// Data promotion under sloppy input and races (issue 14, items 8 and 10).
const { call, poll, lake, setup, promote, land } = usePromotionCloud("phard");

/** Every `v=N/` folder the lake holds for a dataset's stage partition, and every recorded version. */
async function lakeAgreesWithRecords(dataset: string, stage: string, partition: string) {
  const folders = new Set<number>();
  for (const prefix of [`lake/${stage}/${dataset}/${partition}/`, `lake/quarantine/${dataset}/${partition}/`])
    for (const object of await lake().list(prefix)) folders.add(Number(/\/v=(\d+)\//.exec(object.key)?.[1]));
  const recorded = (
    await call("GET", `/v1/datasets/${dataset}/stages/${stage}/versions?partition=${partition}`, "ALICE")
  ).body.items.map((v: Body) => v.version as number);
  return { folders: [...folders].sort(), recorded: [...recorded].sort() };
}

describe("data promotion, hardened", () => {
  it("item 8: concurrent identical promotions leave only recorded versions in the lake", async () => {
    const { id } = await setup();
    await land(id, "2026-09-01", 200);
    // A new contract version makes the next silver promotion new work; four identical ones race.
    const contract = { ...ordersContract, checks: (ordersContract.checks ?? []).filter((c) => c.kind !== "reference") };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { contract })).status).toBe(200);
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => promote(id, { to: "silver", partition: "2026-09-01" })),
    );
    const results = runs.map((r) => r.run.results["2026-09-01"]);
    expect(results.filter((r) => r.status === "SUCCEEDED" && !r.reused)).toHaveLength(1);
    const { folders, recorded } = await lakeAgreesWithRecords(id, "silver", "2026-09-01");
    expect(folders).toEqual(recorded);
  });

  it("item 10: a header-only landing is recorded EMPTY and publishes no version", async () => {
    const { id } = await setup();
    await lake().put(
      `lake/landing/${id}/2026-09-02/orders.csv`,
      "order_id,customer_id,order_date,amount,currency,status\n",
    );
    const bronze = await poll(
      `/v1/datasets/${id}/promotions?limit=10`,
      (b) => b.items.some((r: Body) => r.trigger === "landing" && r.status !== "RUNNING"),
      "ALICE",
      60_000,
    );
    const run = bronze.items.find((r: Body) => r.trigger === "landing");
    expect(run.status).toBe("SUCCEEDED");
    expect(run.results["2026-09-02"]).toMatchObject({
      status: "EMPTY",
      note: expect.stringContaining("has no rows"),
    });
    expect(run.results["2026-09-02"].version).toBeUndefined();
    // Nothing chained to silver, no version recorded, nothing left in the lake for it.
    expect(bronze.items.filter((r: Body) => r.to === "silver")).toEqual([]);
    expect(await lakeAgreesWithRecords(id, "bronze", "2026-09-02")).toEqual({ folders: [], recorded: [] });
    const dataset = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body;
    expect(dataset.stages.find((s: Body) => s.stage === "bronze").partitions).toEqual([]);
  });
});
