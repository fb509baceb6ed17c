import { Data } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { useFreshTable } from "../../../../test/support/dynamodb";
import { DynamoDatasetStore } from "./dataset-store";
import { DynamoVersionStore, VersionTaken } from "./version-store";

const { client, tableName } = useFreshTable();
const versions = () => new DynamoVersionStore(client(), tableName());
const datasets = () => new DynamoDatasetStore(client(), tableName());
const at = "2026-11-23T08:00:00.000Z";

const version = (n: number, partition = "2026-11-01"): Data.DataVersion => ({
  dataset: "orders",
  stage: "silver",
  partition,
  version: n,
  prefix: Data.versionPrefix("silver", "orders", partition, n),
  files: ["part-0.parquet"],
  contentHash: `hash-${n}`,
  inputs: [{ stage: "bronze", version: n, contentHash: `bronze-${n}` }],
  contractVersion: 1,
  rows: 100,
  quarantinedRows: 0,
  promotionId: `p-${n}`,
  durationMs: 12,
  createdAt: at,
});
const key = (n: number) =>
  Data.promotionKey({
    dataset: "orders",
    partition: "2026-11-01",
    to: "silver",
    inputs: version(n).inputs,
    contractVersion: 1,
  });
const pointer = (n: number, previous?: number): Data.PointerState => ({
  version: n,
  ...(previous ? { previous } : {}),
  movedAt: at,
  movedBy: "plinth",
  reason: "promotion",
});

describe("DynamoVersionStore", () => {
  it("records a version once per promotion key: a re-run gets the first back", async () => {
    expect(await versions().record(version(1), key(1))).toEqual({ created: true, version: version(1) });
    const rerun = await versions().record({ ...version(2), promotionId: "p-again" }, key(1));
    expect(rerun).toEqual({ created: false, version: version(1) });
    expect(await versions().list("orders", "silver", "2026-11-01")).toEqual([version(1)]);
    const reserved = await Promise.all(
      [1, 2, 3].map(() => versions().reserveVersion("orders", "silver", "2026-11-01")),
    );
    expect(reserved.sort()).toEqual([1, 2, 3]);
    expect(await versions().list("orders", "silver", "2026-11-01")).toEqual([version(1)]);
  });

  it("refuses a version number another promotion took", async () => {
    await versions().record(version(1), key(1));
    await expect(versions().record(version(1), key(9))).rejects.toBeInstanceOf(VersionTaken);
  });

  it("moves a pointer only from the version it names: one of two racing promotions wins", async () => {
    expect(await versions().movePointer("orders", "silver", "2026-11-01", undefined, pointer(1))).toBe(true);
    const race = await Promise.all([
      versions().movePointer("orders", "silver", "2026-11-01", 1, pointer(2, 1)),
      versions().movePointer("orders", "silver", "2026-11-01", 1, pointer(3, 1)),
    ]);
    expect(race.filter(Boolean)).toHaveLength(1);
    const now = await versions().pointer("orders", "silver", "2026-11-01");
    expect([2, 3]).toContain(now?.version);
    expect(await versions().movePointer("orders", "silver", "2026-11-01", undefined, pointer(4))).toBe(false);
    expect(await versions().pointers("orders", "silver")).toEqual([{ ...now, partition: "2026-11-01" }]);
  });
});

describe("DynamoDatasetStore", () => {
  const contract = Data.Contract.parse({ columns: [{ name: "id", type: "string" }], primaryKey: ["id"] });
  const record = {
    id: "orders",
    team: "payments",
    description: "",
    partitionKey: "date",
    landingFormat: "csv" as const,
    contractVersion: 1,
    version: 1,
    createdAt: at,
    updatedAt: at,
    createdBy: "alice",
  };

  it("registers once, versions contracts under optimistic locking, lists by team", async () => {
    await datasets().register(record, { version: 1, contract, createdAt: at, createdBy: "alice", breaking: [] });
    await expect(
      datasets().register(record, { version: 1, contract, createdAt: at, createdBy: "alice", breaking: [] }),
    ).rejects.toMatchObject({ code: "conflict" });
    const next = { ...record, contractVersion: 2, version: 2 };
    await datasets().putContract(next, { version: 2, contract, createdAt: at, createdBy: "bob", breaking: [] });
    await expect(
      datasets().putContract(next, { version: 3, contract, createdAt: at, createdBy: "bob", breaking: [] }),
    ).rejects.toMatchObject({ code: "version_conflict" });
    expect(await datasets().get("orders")).toEqual(next);
    expect((await datasets().contract("orders", 2))?.createdBy).toBe("bob");
    expect((await datasets().list({ team: "payments", limit: 10 })).items.map((d) => d.id)).toEqual(["orders"]);
    expect((await datasets().list({ team: "risk", limit: 10 })).items).toEqual([]);
  });
});
