import {
  type AttributeValue,
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fail } from "@plinth/core";
import { decodeCursor, encodeCursor, queryIdentity, stageCursorKey } from "./cursor";

export interface TeamPageQuery {
  /** gsi1's partition, e.g. `TEAM#payments#INC`. */
  partition: string;
  /** The items' `type` attribute; other item types sharing the partition are filtered out. */
  type?: string;
  /** Attributes that must equal the given value; undefined ones are not filtered on. */
  equals: Record<string, string | undefined>;
  limit: number;
  cursor?: string | undefined;
  /** gsi1sk order: newest first (the default, for `<createdAt>#<id>` keys) or ascending (names). */
  ascending?: boolean;
  /** Only keys that start with this (a prefix search on gsi1sk, as a key condition). */
  sortKeyPrefix?: string;
  /** A filter beyond equality (e.g. a prefix match), bound into the cursor by its values. */
  where?: { expression: string; names: Record<string, string>; values: Record<string, string | number> };
}

/** Reads one filtered listing may spend to fill its page: DynamoDB applies `Limit` before the filter. */
export const MAX_READS_PER_PAGE = 5;
/** Items evaluated per read when a filter may drop some. */
const FILTERED_READ = 100;

/**
 * One page of a partition of gsi1, newest first: up to `limit` matches, fewer only when the listing
 * is exhausted or the read budget (MAX_READS_PER_PAGE queries) ran out, in which case the cursor
 * continues where the reads stopped. Cursors are signed and bound to this partition and filters.
 */
export async function queryTeamPage(
  client: DynamoDBClient,
  tableName: string,
  query: TeamPageQuery,
): Promise<{ items: Record<string, unknown>[]; cursor?: string; reads: number }> {
  const filters: string[] = [];
  const names: Record<string, string> = { ...query.where?.names };
  const values: Record<string, string | number> = {
    ":partition": query.partition,
    ...query.where?.values,
    ...(query.sortKeyPrefix !== undefined ? { ":prefix": query.sortKeyPrefix } : {}),
  };
  // The caller groups its own terms: DynamoDB refuses parentheses it finds redundant.
  if (query.where) filters.push(query.where.expression);
  const equals: Record<string, string | undefined> = { ...query.equals, type: query.type };
  for (const [field, value] of Object.entries(equals)) {
    if (value === undefined) continue;
    filters.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  }
  const secret = await stageCursorKey(client, tableName);
  const bound = Object.fromEntries(Object.entries(query.where?.values ?? {}).map(([k, v]) => [`where${k}`, String(v)]));
  const identity = queryIdentity({
    index: "gsi1",
    partition: query.partition,
    prefix: query.sortKeyPrefix,
    ...equals,
    ...bound,
  });
  let start = query.cursor ? decodeCursor(secret, identity, query.partition, query.cursor) : undefined;
  const page: Record<string, AttributeValue>[] = [];
  for (let read = 1; ; read++) {
    const want = query.limit - page.length;
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: "gsi1",
        KeyConditionExpression: `gsi1pk = :partition${query.sortKeyPrefix !== undefined ? " AND begins_with(gsi1sk, :prefix)" : ""}`,
        ...(filters.length > 0 ? { FilterExpression: filters.join(" AND "), ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: marshall(values),
        ScanIndexForward: query.ascending === true,
        Limit: filters.length > 0 ? Math.max(want, FILTERED_READ) : want,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const taken = Items.slice(0, want);
    page.push(...taken);
    const more = taken.length < Items.length || LastEvaluatedKey !== undefined;
    const items = page.map((item) => unmarshall(item));
    if (page.length === query.limit) {
      const last = page.at(-1) as Record<string, AttributeValue>;
      return { items, reads: read, ...(more ? { cursor: encodeCursor(secret, identity, last) } : {}) };
    }
    if (!LastEvaluatedKey) return { items, reads: read };
    if (read >= MAX_READS_PER_PAGE)
      return { items, reads: read, cursor: encodeCursor(secret, identity, LastEvaluatedKey) };
    start = LastEvaluatedKey;
  }
}

/** A conditional write that lost: a failed condition, or a transaction whose first item's condition failed. */
export function isVersionConflict(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed")
  );
}

/**
 * Writes a new record's item only if its key is free; when it is taken (an idempotent replay, a race)
 * answers the stored record instead, read back with `existing`.
 */
export async function createOnce<T>(
  client: DynamoDBClient,
  tableName: string,
  item: Record<string, AttributeValue>,
  record: T,
  existing: () => Promise<T | undefined>,
): Promise<{ record: T; created: boolean }> {
  try {
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
    );
    return { record, created: true };
  } catch (error) {
    if (!isVersionConflict(error)) throw error;
    const stored = await existing();
    if (!stored) throw error;
    return { record: stored, created: false };
  }
}

/**
 * Replaces a record's item only if the stored one is still the version before `version` (optimistic
 * locking): a lost race is `version_conflict`, naming `what` and the version it expected.
 */
export async function replaceVersioned(
  client: DynamoDBClient,
  tableName: string,
  item: Record<string, AttributeValue>,
  version: number,
  what: string,
): Promise<void> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: "#version = :previous",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: marshall({ ":previous": version - 1 }),
      }),
    );
  } catch (error) {
    if (isVersionConflict(error)) fail("version_conflict", `${what} changed since version ${version - 1}`);
    throw error;
  }
}
