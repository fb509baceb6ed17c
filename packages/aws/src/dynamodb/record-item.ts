import { type DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { z } from "zod";

/**
 * The one storage convention: a record is kept whole, as JSON, in an item's `data` attribute, beside
 * its keys, index fields and `schemaVersion`; the other attributes exist only to be queried or
 * conditioned on. A record is parsed with its zod schema when it is read, so a shape that changed
 * (or an item written by another version of Plinth) fails loudly at the read, naming the item.
 */
export const RECORD_SCHEMA_VERSION = 1;

/** The attributes that hold a record. */
export function recordAttributes(record: unknown): { data: string; schemaVersion: number } {
  return { data: JSON.stringify(record), schemaVersion: RECORD_SCHEMA_VERSION };
}

/** The record an item holds, checked against its schema. */
export function recordFrom<S extends z.ZodType>(item: Record<string, unknown>, schema: S): z.output<S> {
  const where = `${String(item.pk)} / ${String(item.sk)}`;
  const version = item.schemaVersion ?? RECORD_SCHEMA_VERSION;
  if (version !== RECORD_SCHEMA_VERSION)
    throw new Error(`item ${where} has schema version ${String(version)}; this Plinth reads ${RECORD_SCHEMA_VERSION}`);
  let data: unknown;
  try {
    data = JSON.parse(String(item.data));
  } catch (error) {
    throw new Error(`item ${where} holds no JSON record in \`data\``, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new Error(`item ${where} does not match its schema: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  return parsed.data;
}

/** Reads one record consistently (a caller that just wrote it must see it). */
export async function readRecord<S extends z.ZodType>(
  client: DynamoDBClient,
  tableName: string,
  key: { pk: string; sk: string },
  schema: S,
): Promise<z.output<S> | undefined> {
  const { Item } = await client.send(
    new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }),
  );
  return Item === undefined ? undefined : recordFrom(unmarshall(Item), schema);
}
