import { Data } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { RECORD_SCHEMA_VERSION, recordAttributes, recordFrom } from "./record-item";

const dataset: Data.DatasetRecord = {
  id: "orders",
  team: "payments",
  description: "",
  partitionKey: "date",
  landingFormat: "csv",
  contractVersion: 1,
  version: 1,
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  createdBy: "alice",
};
const item = (record: unknown, extra: Record<string, unknown> = {}) => ({
  pk: "DS#orders",
  sk: "META",
  ...recordAttributes(record),
  ...extra,
});

describe("records read back from the table", () => {
  it("parse with their schema", () => {
    expect(recordFrom(item(dataset), Data.DatasetRecord)).toEqual(dataset);
    expect(item(dataset).schemaVersion).toBe(RECORD_SCHEMA_VERSION);
  });

  it("fail loudly, naming the item, when their shape changed", () => {
    expect(() => recordFrom(item({ ...dataset, contractVersion: "one" }), Data.DatasetRecord)).toThrow(
      /item DS#orders \/ META does not match its schema: .*contractVersion/s,
    );
  });

  it("refuse an item written under another schema version", () => {
    expect(() => recordFrom(item(dataset, { schemaVersion: 2 }), Data.DatasetRecord)).toThrow(
      "item DS#orders / META has schema version 2; this Plinth reads 1",
    );
  });
});
