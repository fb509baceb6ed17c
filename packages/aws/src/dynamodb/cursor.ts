import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fail } from "@plinth/core";
import { z } from "zod";

/**
 * Opaque page cursors, bound to the query that issued them and signed with a key the stage owns.
 *
 *   stage cursor key     pk=STAGE   sk=CURSOR_KEY   (32 random bytes, written once by whoever needs it first)
 *
 * A cursor is `<payload>.<hmac>`, both base64url; the payload names the query (a hash of its index,
 * partition and filters) and the last key read. A forged, altered or foreign cursor is a 400
 * `invalid_cursor` naming `query.cursor`, never an `ExclusiveStartKey` DynamoDB would refuse.
 */
const KEY_ITEM = { pk: "STAGE", sk: "CURSOR_KEY" };
const GSI_KEY = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;
const Payload = z.strictObject({
  q: z.string(),
  k: z.strictObject({ pk: z.string(), sk: z.string(), gsi1pk: z.string(), gsi1sk: z.string() }),
});

const keys = new WeakMap<DynamoDBClient, Map<string, Promise<Buffer>>>();

/** The stage's cursor key, read (or created) once per client and table. */
export function stageCursorKey(client: DynamoDBClient, tableName: string): Promise<Buffer> {
  const perTable = keys.get(client) ?? new Map<string, Promise<Buffer>>();
  keys.set(client, perTable);
  let key = perTable.get(tableName);
  if (!key) {
    key = loadOrCreateKey(client, tableName);
    key.catch(() => perTable.delete(tableName));
    perTable.set(tableName, key);
  }
  return key;
}

async function loadOrCreateKey(client: DynamoDBClient, tableName: string): Promise<Buffer> {
  const read = async () => {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: tableName, Key: marshall(KEY_ITEM), ConsistentRead: true }),
    );
    return Item ? Buffer.from(String(unmarshall(Item).secret), "base64") : undefined;
  };
  const existing = await read();
  if (existing) return existing;
  const secret = randomBytes(32);
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall({ ...KEY_ITEM, type: "StageSecret", secret: secret.toString("base64") }),
        ConditionExpression: "attribute_not_exists(pk)",
      }),
    );
    return secret;
  } catch (error) {
    // Another container wrote it first: use theirs.
    if (error instanceof ConditionalCheckFailedException)
      return (await read()) ?? fail("internal", "cursor key vanished");
    throw error;
  }
}

/** What a cursor is bound to: the index, the partition and every filter of the listing. */
export function queryIdentity(parts: Record<string, string | undefined>): string {
  const text = Object.entries(parts)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join("\n");
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

export function encodeCursor(secret: Buffer, query: string, lastKey: Record<string, AttributeValue>): string {
  const plain = unmarshall(lastKey);
  const k = Object.fromEntries(GSI_KEY.map((name) => [name, String(plain[name])]));
  const payload = Buffer.from(JSON.stringify({ q: query, k })).toString("base64url");
  return `${payload}.${sign(secret, payload)}`;
}

/** The `ExclusiveStartKey` a cursor stands for, once it is proved to be ours and this query's. */
export function decodeCursor(
  secret: Buffer,
  query: string,
  partition: string,
  cursor: string,
): Record<string, AttributeValue> {
  const [payload, signature, ...rest] = cursor.split(".");
  if (!payload || !signature || rest.length > 0) return invalid("it is not a cursor this API issued");
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return invalid("it is not a cursor this API issued, or it was altered");
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return invalid("it is not a cursor this API issued");
  }
  const parsed = Payload.safeParse(decoded);
  if (!parsed.success) return invalid("it is not a cursor this API issued");
  if (parsed.data.q !== query || parsed.data.k.gsi1pk !== partition) {
    return invalid("it belongs to another listing (other path or filters); start again without it");
  }
  return marshall(parsed.data.k);
}

function sign(secret: Buffer, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

function invalid(why: string): never {
  return fail("invalid_cursor", `the cursor cannot be used: ${why}`, [
    { field: "query.cursor", message: "pass the cursor of the previous page of this same listing, unchanged" },
  ]);
}
