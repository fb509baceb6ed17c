import { afterAll, describe, expect, it } from "vitest";
import { lakeS3Client, S3LakeStorage } from "../packages/aws/src/s3/lake-storage";
import { orderRows, ordersContract, toCsv } from "../packages/local/src/lake/sample";
import { useLocalCloud } from "./support/local-cloud";

// The size switch: a partition larger than the DuckDB task takes is recorded FAILED, saying why.
// (The limit is lowered for this file's cloud; its task function reads it on first use.)
process.env.PLINTH_DUCKDB_LIMIT_BYTES = "10000";
afterAll(() => {
  delete process.env.PLINTH_DUCKDB_LIMIT_BYTES;
});
const { cloud, call, poll } = useLocalCloud("size", { timeScale: 0.001 });

describe("the engine size switch", () => {
  it("records a partition too large for DuckDB as FAILED, naming the missing Athena engine", async () => {
    const contract = { ...ordersContract, checks: [] };
    expect((await call("POST", "/v1/datasets", "ALICE", { id: "big_orders", team: "payments", contract })).status).toBe(
      201,
    );
    const lake = new S3LakeStorage(lakeS3Client(), cloud().lakeBucket);
    await lake.put("lake/landing/big_orders/2026-11-01/orders.csv", toCsv(orderRows("2026-11-01", 1000, 100)));
    const runs = await poll(
      "/v1/datasets/big_orders/promotions",
      (b) => b.items.length > 0 && b.items.every((r: { status: string }) => r.status !== "RUNNING"),
      "ALICE",
      30_000,
    );
    const [bronze] = runs.items;
    expect(bronze).toMatchObject({ to: "bronze", status: "FAILED" });
    expect(bronze.results["2026-11-01"].error).toMatch(
      /more than the DuckDB task takes .*Athena engine for larger partitions is not built yet/,
    );
  });
});
