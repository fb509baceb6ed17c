import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { ensureTable } from "@plinth/aws";
import { describe, expect, it } from "vitest";
import { assertJava, startDynamoDbLocal } from "./dynamodb-local";

describe("DynamoDB Local", () => {
  it("keeps tables across restarts when given a data folder", async () => {
    const dbPath = mkdtempSync(join(tmpdir(), "plinth-ddb-"));
    const first = await startDynamoDbLocal({ dbPath });
    await ensureTable(new DynamoDBClient({ endpoint: first.endpoint }), "kept-table");
    await first.stop();

    const second = await startDynamoDbLocal({ dbPath });
    try {
      const { TableNames } = await new DynamoDBClient({ endpoint: second.endpoint }).send(new ListTablesCommand({}));
      expect(TableNames).toEqual(["kept-table"]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("says what to install when Java is missing", () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      expect(() => assertJava()).toThrow(/needs Java 17 or newer.*apt-get install openjdk-17-jre-headless/);
    } finally {
      process.env.PATH = path;
    }
  });
});
