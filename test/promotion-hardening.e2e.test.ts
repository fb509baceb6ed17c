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

  it("issue 32: hostile headers end the landing run FAILED as unreadable_input naming the object and line 1", async () => {
    const { id } = await setup();
    const cases = [
      {
        partition: "2026-09-03",
        // Random bytes whose first line holds a NUL and bytes that are not UTF-8.
        body: Uint8Array.from([0x27, 0x00, 0x9f, 0x41, 0x2c, 0x27, 0xff, 0x0a, 0x01, 0x02, 0x2c, 0x03, 0x0a]),
        problem: "line 1: the header row is not UTF-8 text",
      },
      {
        partition: "2026-09-04",
        body: "order_id,cust\u0000omer_id,order_date,amount,currency,status\nO-1,C-1,2026-09-04,1.00,EUR,paid\n",
        problem: "line 1: the header row holds a control character (U+0000) at character 14",
      },
      {
        partition: "2026-09-05",
        body: 'order_id,"customer\nid",order_date,amount,currency,status\nO-1,C-1,2026-09-05,1.00,EUR,paid\n',
        problem: "line 1: the header row holds a control character (U+000A) at character 19",
      },
    ];
    for (const { partition, body } of cases) await lake().put(`lake/landing/${id}/${partition}/garbage.csv`, body);
    const runs = await poll(
      `/v1/datasets/${id}/promotions?limit=10`,
      (b) => b.items.filter((r: Body) => r.trigger === "landing" && r.status !== "RUNNING").length === cases.length,
      "ALICE",
      60_000,
    );
    for (const { partition, problem } of cases) {
      const run = runs.items.find((r: Body) => r.trigger === "landing" && r.partitions.includes(partition));
      expect(run.status, partition).toBe("FAILED");
      const error: string = run.results[partition].error;
      expect(error).toContain("unreadable_input");
      expect(error).toContain(`lake/landing/${id}/${partition}/garbage.csv ${problem}`);
      expect(error).not.toMatch(/Parser Error|\/tmp\//);
    }
  });
});
