import { randomUUID } from "node:crypto";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { ensureTable } from "@plinth/aws";
import { afterAll, beforeAll } from "vitest";

/**
 * A fresh table for the calling test file, created from the same declaration the stack deploys,
 * and dropped when the file ends. Returns getters because the table exists only after beforeAll.
 */
export function useFreshTable(): { client: () => DynamoDBClient; tableName: () => string } {
  const client = new DynamoDBClient({});
  const tableName = `plinth-test-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    await ensureTable(client, tableName);
  });
  afterAll(async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    client.destroy();
  });
  return { client: () => client, tableName: () => tableName };
}
