import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import type { Data } from "@plinth/core";
import { TableDesign } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { useFreshTable } from "../../../../test/support/dynamodb";
import { DynamoPromotionStore } from "./promotion-store";
import { createTableInput, ensureTable } from "./table";
import { DynamoWorkingIndex } from "./working-index";

// Contract test on DynamoDB Local: the sparse working index holds a record exactly while it works.
const { client, tableName } = useFreshTable();

const run = (id: string, createdAt: string): Data.PromotionRecord => ({
  id,
  dataset: "orders",
  team: "payments",
  from: "bronze",
  to: "silver",
  partitions: ["2026-11-01"],
  status: "RUNNING",
  results: {},
  requestedBy: "alice",
  trigger: "api",
  execution: `arn:aws:states:us-east-1:000000000000:execution:plinth-t-Promotion:${id}`,
  createdAt,
  updatedAt: createdAt,
});

describe("the working index", () => {
  it("lists running records older than the cut-off, oldest first, in pages; an ended record leaves it", async () => {
    const runs = new DynamoPromotionStore(client(), tableName());
    const index = new DynamoWorkingIndex(client(), tableName());
    for (const [id, at] of [
      ["r1", "2026-11-01T10:00:00.000Z"],
      ["r2", "2026-11-01T10:01:00.000Z"],
      ["r3", "2026-11-01T10:02:00.000Z"],
      ["fresh", "2026-11-01T10:09:00.000Z"],
    ] as const)
      await runs.create(run(id, at));

    const first = await index.working("PromotionRun", "2026-11-01T10:05:00.000Z", { limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(first.items[0]).toEqual({
      kind: "PromotionRun",
      id: "r1",
      status: "RUNNING",
      since: "2026-11-01T10:00:00.000Z",
      execution: run("r1", "").execution,
    });
    const second = await index.working("PromotionRun", "2026-11-01T10:05:00.000Z", {
      limit: 2,
      ...(first.cursor ? { cursor: first.cursor } : {}),
    });
    expect(second.items.map((r) => r.id)).toEqual(["r3"]);

    await runs.setStatus("r2", "SUCCEEDED", "2026-11-01T10:06:00.000Z");
    const after = await index.working("PromotionRun", "2026-11-01T10:05:00.000Z", { limit: 10 });
    expect(after.items.map((r) => r.id)).toEqual(["r1", "r3"]);
    expect((await index.working("Incident", "2026-11-02", { limit: 10 })).items).toEqual([]);
  });

  it("is added to a table made before it existed (a local data folder kept across versions)", async () => {
    const name = `${tableName()}-old`;
    // Made before the working index existed: it is added (each missing index in turn, each waited
    // for: DynamoDB creates one index at a time per table).
    const { working: _working, ...indexes } = TableDesign.globalIndexes;
    const old = { ...TableDesign, globalIndexes: indexes };
    await client().send(new CreateTableCommand(createTableInput(name, old)));
    expect(await ensureTable(client(), name)).toBe(false);
    const { Table } = await client().send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
      "gsi1",
      "service",
      "working",
    ]);
    await client().send(new DeleteTableCommand({ TableName: name }));
  });
});
