import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  QueryCommand,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { decodeCursor, encodeCursor } from "./cursor";

export interface TeamPageQuery {
  /** gsi1's partition, e.g. `TEAM#payments#INC`. */
  partition: string;
  /** The items' `type` attribute; other item types sharing the partition are filtered out. */
  type: string;
  /** Attributes that must equal the given value; undefined ones are not filtered on. */
  equals: Record<string, string | undefined>;
  limit: number;
  cursor?: string;
}

/** One page of a team's items on gsi1, newest first, with an opaque cursor to the next page. */
export async function queryTeamPage(
  client: DynamoDBClient,
  tableName: string,
  query: TeamPageQuery,
): Promise<{ items: Record<string, unknown>[]; cursor?: string }> {
  const filters = ["#type = :type"];
  const names: Record<string, string> = { "#type": "type" };
  const values: Record<string, string> = { ":partition": query.partition, ":type": query.type };
  for (const [field, value] of Object.entries(query.equals)) {
    if (value === undefined) continue;
    filters.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  }
  const { Items = [], LastEvaluatedKey } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :partition",
      FilterExpression: filters.join(" AND "),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: marshall(values),
      ScanIndexForward: false,
      Limit: query.limit,
      ...(query.cursor ? { ExclusiveStartKey: decodeCursor(query.cursor) } : {}),
    }),
  );
  return {
    items: Items.map((item) => unmarshall(item)),
    ...(LastEvaluatedKey ? { cursor: encodeCursor(LastEvaluatedKey) } : {}),
  };
}

/** A conditional write that lost: a failed condition, or a transaction whose first item's condition failed. */
export function isVersionConflict(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed")
  );
}
