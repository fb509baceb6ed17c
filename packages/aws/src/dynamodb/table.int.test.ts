import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { TableDesign } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { useFreshTable } from "../../../../test/support/dynamodb";
import { ensureTable } from "./table";

// Contract tests: DynamoDB Local (AWS's emulator) driven only through the real SDK client.
const { client, tableName } = useFreshTable();

describe("the single table, created from the declaration the stack deploys", () => {
  it("has pk/sk, the gsi1, service and working indexes, a new-and-old-images stream and TTL on expiresAt", async () => {
    const { Table } = await client().send(new DescribeTableCommand({ TableName: tableName() }));
    expect(Table?.KeySchema).toEqual([
      { AttributeName: TableDesign.partitionKey, KeyType: "HASH" },
      { AttributeName: TableDesign.sortKey, KeyType: "RANGE" },
    ]);
    expect(Table?.GlobalSecondaryIndexes?.map((index) => [index.IndexName, index.KeySchema])).toEqual([
      [
        "gsi1",
        [
          { AttributeName: "gsi1pk", KeyType: "HASH" },
          { AttributeName: "gsi1sk", KeyType: "RANGE" },
        ],
      ],
      [
        "service",
        [
          { AttributeName: "spk", KeyType: "HASH" },
          { AttributeName: "ssk", KeyType: "RANGE" },
        ],
      ],
      [
        "working",
        [
          { AttributeName: "wpk", KeyType: "HASH" },
          { AttributeName: "wsk", KeyType: "RANGE" },
        ],
      ],
    ]);
    expect(Table?.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: "NEW_AND_OLD_IMAGES" });
    const { TimeToLiveDescription } = await client().send(new DescribeTimeToLiveCommand({ TableName: tableName() }));
    expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: "ENABLED", AttributeName: "expiresAt" });
  });

  it("is created once: ensureTable on an existing table changes nothing", async () => {
    expect(await ensureTable(client(), tableName())).toBe(false);
  });
});

describe("DynamoDB behaviour the repositories rely on", () => {
  const put = (item: Record<string, unknown>, condition?: string) =>
    client().send(
      new PutItemCommand({
        TableName: tableName(),
        Item: marshall(item),
        ...(condition ? { ConditionExpression: condition } : {}),
      }),
    );

  it("refuses a conditional write whose condition fails, and keeps the first item", async () => {
    await put({ pk: "REQ#1", sk: "META", version: 1, status: "PLANNED" }, "attribute_not_exists(pk)");
    await expect(
      put({ pk: "REQ#1", sk: "META", version: 1, status: "APPLYING" }, "attribute_not_exists(pk)"),
    ).rejects.toMatchObject({
      name: "ConditionalCheckFailedException",
    });
    const { Item } = await client().send(
      new GetItemCommand({ TableName: tableName(), Key: marshall({ pk: "REQ#1", sk: "META" }) }),
    );
    expect(unmarshall(Item ?? {}).status).toBe("PLANNED");
  });

  it("cancels a transaction as a whole when one condition fails", async () => {
    await put({ pk: "PTR#orders", sk: "silver", version: 3 });
    const transaction = client().send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: marshall({ pk: "VER#orders", sk: "silver#4", rows: 10 }) } },
          {
            Update: {
              TableName: tableName(),
              Key: marshall({ pk: "PTR#orders", sk: "silver" }),
              UpdateExpression: "SET version = :next",
              ConditionExpression: "version = :expected",
              ExpressionAttributeValues: marshall({ ":next": 4, ":expected": 2 }),
            },
          },
        ],
      }),
    );
    const error = await transaction.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.map((reason) => reason.Code)).toEqual([
      "None",
      "ConditionalCheckFailed",
    ]);
    const { Item } = await client().send(
      new GetItemCommand({ TableName: tableName(), Key: marshall({ pk: "VER#orders", sk: "silver#4" }) }),
    );
    expect(Item).toBeUndefined();
  });

  it("answers a GSI query by team and status prefix, newest first", async () => {
    for (const [id, team, status, createdAt] of [
      ["a", "payments", "SUCCEEDED", "2026-11-01T00:00:00Z"],
      ["b", "payments", "FAILED", "2026-11-02T00:00:00Z"],
      ["c", "payments", "SUCCEEDED", "2026-11-03T00:00:00Z"],
      ["d", "search", "SUCCEEDED", "2026-11-04T00:00:00Z"],
    ] as const) {
      await put({ pk: `REQ#${id}`, sk: "META", gsi1pk: `TEAM#${team}`, gsi1sk: `${status}#${createdAt}`, id });
    }
    const { Items } = await client().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :team AND begins_with(gsi1sk, :status)",
        ExpressionAttributeValues: marshall({ ":team": "TEAM#payments", ":status": "SUCCEEDED#" }),
        ScanIndexForward: false,
      }),
    );
    expect(Items?.map((item) => unmarshall(item).id)).toEqual(["c", "a"]);
  });
});
