import { type DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/**
 * The record an item keeps whole in its `data` attribute (the other attributes are keys and index
 * fields), read consistently: a caller that just wrote it must see it.
 */
export async function readRecord<T>(
  client: DynamoDBClient,
  tableName: string,
  key: { pk: string; sk: string },
): Promise<T | undefined> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
  );
  return Item === undefined ? undefined : (JSON.parse(String(unmarshall(Item).data)) as T);
}
