import { type DynamoDBClient, GetItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";

/**
 * A set of team ids kept in one item (`teams`, a string set): which teams a stage-wide job visits
 * (the cost evaluation, the recommendation scan) without scanning the table. Adding is idempotent.
 */
export async function addTeams(
  client: DynamoDBClient,
  tableName: string,
  key: { pk: string; sk: string },
  type: string,
  teams: readonly string[],
): Promise<void> {
  if (teams.length === 0) return;
  await client.send(
    new UpdateItemCommand({
      TableName: tableName,
      Key: marshall(key),
      UpdateExpression: "ADD teams :teams SET #type = :type",
      ExpressionAttributeNames: { "#type": "type" },
      ExpressionAttributeValues: marshall({ ":teams": new Set(teams), ":type": type }),
    }),
  );
}

export async function readTeams(
  client: DynamoDBClient,
  tableName: string,
  key: { pk: string; sk: string },
): Promise<string[]> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
  );
  const teams = Item ? unmarshall(Item).teams : undefined;
  return teams instanceof Set ? [...teams].map(String).sort() : [];
}
