import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { TableDesign } from "@plinth/core";

const STREAM_VIEW = { "new-and-old-images": "NEW_AND_OLD_IMAGES" } as const;

/** The declaration's shape, with any set of indexes (a table made by an older version has fewer). */
type TableShape = Omit<TableDesign, "globalIndexes"> & {
  globalIndexes: Record<string, TableDesign["globalIndexes"][keyof TableDesign["globalIndexes"]]>;
};

/** The CreateTable request for the single table, built from the one declaration stacks/storage.ts deploys. */
export function createTableInput(tableName: string, design: TableShape = TableDesign): CreateTableCommandInput {
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

/**
 * Creates the table (and its TTL setting) unless it already exists; returns whether it created it.
 * An existing table (a local data folder kept across versions) gets the indexes it lacks.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  design: TableShape = TableDesign,
): Promise<boolean> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName, design)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await addMissingIndexes(client, tableName, design);
    return false;
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

async function addMissingIndexes(client: DynamoDBClient, tableName: string, design: TableShape): Promise<void> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const wanted = createTableInput(tableName, design);
  let creating = false;
  for (const index of wanted.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    // One index at a time per table: the next waits until the one before is ACTIVE.
    if (creating) await waitForActive(client, tableName, { indexes: true });
    creating = true;
    const keys = new Set(index.KeySchema?.map((key) => key.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: wanted.AttributeDefinitions?.filter((a) => keys.has(a.AttributeName)),
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    await waitForActive(client, tableName);
  }
}

/**
 * Until the table (and with `indexes`, every index on it) is ACTIVE: DynamoDB creates one index at a
 * time per table (a second UpdateTable while one is CREATING is a LimitExceededException), as DynamoDB
 * Local does.
 */
async function waitForActive(client: DynamoDBClient, tableName: string, options = { indexes: false }): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = options.indexes ? (Table?.GlobalSecondaryIndexes ?? []) : [];
    if (Table?.TableStatus === "ACTIVE" && indexes.every((index) => (index.IndexStatus ?? "ACTIVE") === "ACTIVE"))
      return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${tableName}${options.indexes ? " and its indexes" : ""} did not become ACTIVE within 60 s`);
}
