import { PlinthError, type Profile } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { useFreshTable } from "../../../../test/support/dynamodb";
import { DynamoProfileStore } from "./profile-store";

const { client, tableName } = useFreshTable();
const store = () => new DynamoProfileStore(client(), tableName());

const profile = (sub: string, version = 1): Profile => ({
  sub,
  displayName: sub.toUpperCase(),
  email: null,
  slackHandle: null,
  version,
  createdAt: "2026-11-22T00:00:00.000Z",
  updatedAt: "2026-11-22T00:00:00.000Z",
});

describe("DynamoProfileStore", () => {
  it("reads back what it created, and nothing for a stranger", async () => {
    await store().create(profile("ann"));
    expect(await store().get("ann")).toEqual(profile("ann"));
    expect(await store().get("nobody")).toBeUndefined();
  });

  it("refuses to create a profile twice", async () => {
    await store().create(profile("ben"));
    await expect(store().create(profile("ben"))).rejects.toMatchObject({ code: "conflict" });
  });

  it("updates only from the version it read (optimistic locking)", async () => {
    await store().create(profile("cat"));
    await store().update({ ...profile("cat", 2), displayName: "Cat" });
    const stale = store().update({ ...profile("cat", 2), displayName: "Lost update" });
    await expect(stale).rejects.toBeInstanceOf(PlinthError);
    await expect(stale).rejects.toMatchObject({ code: "version_conflict" });
    expect((await store().get("cat"))?.displayName).toBe("Cat");
  });
});
