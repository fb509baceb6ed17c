import { lakeS3Client, S3LakeStorage } from "@plinth/aws";
import type { Data } from "@plinth/core";
import type { LocalCloud } from "../cloud";
import { customerRows, customersContract, orderRows, ordersContract, ordersGoldSql, toCsv } from "./sample";

export const SAMPLE_DAYS = ["2026-11-01", "2026-11-02", "2026-11-03"];

/**
 * `npm start`'s sample lake, through the same doors a team would use: registers `customers` and
 * `orders` (team payments) over the API, then lands their files in the lake bucket. The landing
 * rule ingests each to bronze and promotes it to silver; customers first, because the orders'
 * contract checks each order's customer against customers' silver. Gold is left for the user:
 * one request, printed in the banner.
 */
export function seedLake(cloud: LocalCloud, options: SeedOptions = {}) {
  return seedStage(
    {
      apiUrl: cloud.apiUrl,
      token: cloud.tokens.ALICE ?? "",
      lake: new S3LakeStorage(lakeS3Client(), cloud.lakeBucket),
    },
    options,
  );
}

export interface SeedOptions {
  customers?: number;
  ordersPerDay?: number;
}

/** A stage's API (a token of a developer of team payments) and its lake: local or deployed, the same code. */
export interface SeedTarget {
  apiUrl: string;
  token: string;
  lake: Pick<Data.LakeStorage, "put">;
}

export async function seedStage(target: SeedTarget, options: SeedOptions = {}) {
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${target.apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${target.token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok && response.status !== 409) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };
  const lake = target.lake;
  const customers = options.customers ?? 2_000;

  await api("POST", "/v1/datasets", {
    id: "customers",
    team: "payments",
    description: "Customers of the shop (sample data)",
    partitionKey: "snapshot",
    contract: customersContract,
  });
  await api("POST", "/v1/datasets", {
    id: "orders",
    team: "payments",
    description: "Orders of the shop, one partition per day (sample data with known bad rows)",
    contract: ordersContract,
    gold: { sql: ordersGoldSql },
  });
  await lake.put("lake/landing/customers/all/customers.csv", toCsv(customerRows(customers)));
  await until(async () => {
    const detail = await api("GET", "/v1/datasets/customers");
    const silver = (detail.stages as { stage: string; partitions: unknown[] }[]).find((s) => s.stage === "silver");
    return (silver?.partitions.length ?? 0) > 0;
  });
  for (const day of SAMPLE_DAYS)
    await lake.put(
      `lake/landing/orders/${day}/orders.csv`,
      toCsv(orderRows(day, options.ordersPerDay ?? 10_000, customers)),
    );
}

async function until(check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the sample customers never reached silver");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
