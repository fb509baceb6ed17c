import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Data, isWorking, workingKeys } from "@plinth/core";
import { z } from "zod";
import { queryTeamPage } from "./team-index";

/**
 * Promotion runs.
 *
 * Access patterns:
 *   a run by id               GetItem  pk=RUN#<id>  sk=META
 *   runs of a dataset         Query    gsi1pk=DS#<dataset>#RUNS  gsi1sk=<createdAt>#<id> (newest first)
 *   an Idempotency-Key        GetItem  pk=IDEM#RUN#<dataset>#<key>  sk=META → the run id
 *   running runs              Query    working: wpk=WORKING#PromotionRun  wsk=<createdAt>#<id> (the sweep)
 *
 * The run is one item; each partition's result is its own map entry (`results.<partition>`), set by
 * one UpdateItem, so the partitions of a backfill finish concurrently without overwriting each other.
 */
const runKey = (id: string) => ({ pk: `RUN#${id}`, sk: "META" });
const keyItem = (dataset: string, key: string) => ({ pk: `IDEM#RUN#${dataset}#${key}`, sk: "META" });

export class DynamoPromotionStore implements Data.PromotionStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(record: Data.PromotionRecord, idempotencyKey?: string) {
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            ...(idempotencyKey
              ? [
                  {
                    Put: {
                      TableName: this.tableName,
                      Item: marshall({
                        ...keyItem(record.dataset, idempotencyKey),
                        type: "IdempotencyKey",
                        runId: record.id,
                      }),
                      ConditionExpression: "attribute_not_exists(pk)",
                    },
                  },
                ]
              : []),
            {
              Put: {
                TableName: this.tableName,
                Item: marshall(this.item(record), { removeUndefinedValues: true }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ],
        }),
      );
      return { created: true, record };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || !idempotencyKey) throw error;
      const { Item } = await this.client.send(
        new GetItemCommand({
          TableName: this.tableName,
          Key: marshall(keyItem(record.dataset, idempotencyKey)),
          ConsistentRead: true,
        }),
      );
      const first = Item ? await this.get(String(unmarshall(Item).runId)) : undefined;
      if (!first) throw error;
      return { created: false, record: first };
    }
  }

  async get(id: string): Promise<Data.PromotionRecord | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(runKey(id)), ConsistentRead: true }),
    );
    return Item ? promotionRunOf(unmarshall(Item)) : undefined;
  }

  async list(dataset: string, query: { limit: number; cursor?: string }) {
    const page = await queryTeamPage(this.client, this.tableName, {
      partition: `DS#${dataset}#RUNS`,
      equals: {},
      limit: query.limit,
      cursor: query.cursor,
    });
    return { ...(page.cursor ? { cursor: page.cursor } : {}), items: page.items.map(promotionRunOf) };
  }

  async setResult(id: string, result: Data.PartitionResult, at: string, whileRunning = false): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(runKey(id)),
          UpdateExpression: "SET #results.#partition = :result, updatedAt = :at",
          ConditionExpression: whileRunning ? "attribute_exists(pk) AND #status = :running" : "attribute_exists(pk)",
          ExpressionAttributeNames: {
            "#results": "results",
            "#partition": result.partition,
            ...(whileRunning ? { "#status": "status" } : {}),
          },
          ExpressionAttributeValues: marshall(
            { ":result": result, ":at": at, ...(whileRunning ? { ":running": "RUNNING" } : {}) },
            { removeUndefinedValues: true },
          ),
        }),
      );
      return true;
    } catch (error) {
      if (whileRunning && error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async setStatus(
    id: string,
    status: Data.PromotionStatus,
    at: string,
    expected?: Data.PromotionStatus,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(runKey(id)),
          // A run that has ended leaves the working index.
          UpdateExpression: `SET #status = :status, updatedAt = :at${isWorking("PromotionRun", status) ? "" : " REMOVE wpk, wsk"}`,
          ConditionExpression: expected ? "attribute_exists(pk) AND #status = :expected" : "attribute_exists(pk)",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: marshall({
            ":status": status,
            ":at": at,
            ...(expected ? { ":expected": expected } : {}),
          }),
        }),
      );
      return true;
    } catch (error) {
      if (expected && error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private item(record: Data.PromotionRecord) {
    return {
      ...runKey(record.id),
      type: "PromotionRun",
      gsi1pk: `DS#${record.dataset}#RUNS`,
      gsi1sk: `${record.createdAt}#${record.id}`,
      ...workingKeys("PromotionRun", record, record.createdAt),
      ...record,
    };
  }
}

/**
 * A run is the one record kept as top-level attributes rather than in `data`: each partition's
 * result is written by its own `SET results.#p` while the others run, which a JSON blob cannot take.
 * It is checked against its schema all the same.
 */
export function promotionRunOf(item: Record<string, unknown>): Data.PromotionRecord {
  const { pk, sk, type: _type, gsi1pk: _g, gsi1sk: _s, wpk: _wp, wsk: _ws, ...record } = item;
  const parsed = Data.PromotionRecord.safeParse(record);
  if (!parsed.success)
    throw new Error(`item ${String(pk)} / ${String(sk)} does not match its schema: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  return parsed.data;
}
