import { expect } from "vitest";
import { lakeS3Client, S3LakeStorage } from "../../packages/aws/src/s3/lake-storage";
import type { LocalCloudOptions } from "../../packages/local/src/cloud";
import {
  customerRows,
  customersContract,
  orderRows,
  ordersContract,
  ordersGoldSql,
  toCsv,
} from "../../packages/local/src/lake/sample";
import type { Body } from "./http";
import { useLocalCloud } from "./local-cloud";

/**
 * A local cloud for promotion tests, with the sample lake's datasets: `setup()` registers a fresh
 * customers/orders pair (ids are global in the stage) with customers already in silver, `land()`
 * drops a day of orders in the landing zone and waits for the runs the landing starts by itself.
 */
export function usePromotionCloud(prefix: string, options: Omit<LocalCloudOptions, "stage" | "dynamodbEndpoint"> = {}) {
  const { cloud, call, poll } = useLocalCloud(prefix, { timeScale: 0.001, ...options });
  const lake = () => new S3LakeStorage(lakeS3Client(), cloud().lakeBucket);

  let datasetCount = 0;
  /** A fresh pair of datasets per test (ids are global in the stage), with customers in silver. */
  async function setup(orders: Record<string, unknown> = {}) {
    datasetCount += 1;
    const customers = `customers_${datasetCount}`;
    const id = `orders_${datasetCount}`;
    expect(
      (await call("POST", "/v1/datasets", "ALICE", { id: customers, team: "payments", contract: customersContract }))
        .status,
    ).toBe(201);
    const contract = {
      ...ordersContract,
      checks: ordersContract.checks?.map((c) => (c.kind === "reference" ? { ...c, dataset: customers } : c)),
    };
    const registered = await call("POST", "/v1/datasets", "ALICE", {
      id,
      team: "payments",
      contract,
      gold: { sql: ordersGoldSql },
      ...orders,
    });
    expect(registered.status).toBe(201);
    await lake().put(`lake/landing/${customers}/all/customers.csv`, toCsv(customerRows(200)));
    await promote(customers, { to: "bronze", partition: "all" });
    await promote(customers, { to: "silver", partition: "all" });
    return { id, customers };
  }

  async function promote(dataset: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    const started = await call("POST", `/v1/datasets/${dataset}/promotions`, "ALICE", body, headers);
    expect([200, 202]).toContain(started.status);
    const run = await poll(
      `/v1/datasets/${dataset}/promotions/${started.body.id}`,
      (b) => b.status !== "RUNNING",
      "ALICE",
      60_000,
    );
    return { started, run };
  }

  /**
   * Lands a day's orders and waits for what the landing starts by itself (the lake-landing rule:
   * bronze, then silver). Promotions a test asks for afterwards are re-runs unless something changed.
   */
  async function land(dataset: string, date: string, rows = 1000, file = "orders.csv") {
    const silverRuns = (b: Body): Body[] =>
      b.items.filter((r: Body) => r.trigger === "landing" && r.to === "silver" && r.partitions.includes(date));
    const before = silverRuns((await call("GET", `/v1/datasets/${dataset}/promotions?limit=100`, "ALICE")).body).length;
    await lake().put(`lake/landing/${dataset}/${date}/${file}`, toCsv(orderRows(date, rows, 200)));
    const settled = await poll(
      `/v1/datasets/${dataset}/promotions?limit=100`,
      (b) => silverRuns(b).length > before && silverRuns(b).every((r) => r.status !== "RUNNING"),
      "ALICE",
      60_000,
    );
    return silverRuns(settled)[0] as Body;
  }

  return { cloud, call, poll, lake, setup, promote, land };
}
