import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { TableDesign } from "@plinth/core";

const STREAM_VIEW = { "new-and-old-images": "NEW_AND_OLD_IMAGES" } as const;

/** The CreateTable request for the single table, built from the one declaration stacks/storage.ts deploys. */
export function createTableInput(tableName: string, design: TableDesign = TableDesign): CreateTableCommandInput {
  const keyAttributes = new Set<string>([design.partitionKey, design.sortKey]);
  for (const index of Object.values(design.globalIndexes)) {
    keyAttributes.add(index.partitionKey);
    keyAttributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [...keyAttributes].map((name) => ({ AttributeName: name, AttributeType: "S" })),
    KeySchema: [
      { AttributeName: design.partitionKey, KeyType: "HASH" },
      { AttributeName: design.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(design.globalIndexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW[design.stream] },
  };
}

/** Creates the table (and its TTL setting) unless it already exists; returns whether it created it. */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  design: TableDesign = TableDesign,
): Promise<boolean> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName, design)));
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
  await waitForActive(client, tableName);
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: design.ttlAttribute, Enabled: true },
    }),
  );
  return true;
}

async function waitForActive(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}
