import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Data } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";

/**
 * Immutable data versions and the stage pointers that publish them.
 *
 * Access patterns:
 *   versions of a partition   Query    pk=VER#<dataset>#<stage>#<partition>  sk begins V# (newest first)
 *   its version counter       UpdateItem pk=VER#…  sk=COUNTER  (ADD last 1)
 *   a version by promotion    GetItem  pk=PROMO#<key>  sk=META  → the version's key
 *   a partition's pointer     GetItem  pk=PTR#<dataset>#<stage>  sk=<partition>
 *   a stage's pointers        Query    pk=PTR#<dataset>#<stage>
 *
 * A version and its promotion key are written in one transaction, both conditional on being new,
 * so a re-run of the same promotion (same key) gets the first version back and never a second one.
 * The pointer moves with one conditional Put on the version it named when the promotion read it.
 */
const versionsPk = (dataset: string, stage: Data.Stage, partition: string) => `VER#${dataset}#${stage}#${partition}`;
const versionSk = (version: number) => `V#${String(version).padStart(6, "0")}`;
const promotionKeyItem = (key: string) => ({ pk: `PROMO#${key}`, sk: "META" });
const pointerKey = (dataset: string, stage: Data.Stage, partition: string) => ({
  pk: `PTR#${dataset}#${stage}`,
  sk: partition,
});

export class DynamoVersionStore implements Data.VersionStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async record(
    version: Data.DataVersion,
    promotionKey: string,
  ): Promise<{ created: boolean; version: Data.DataVersion }> {
    const key = { pk: versionsPk(version.dataset, version.stage, version.partition), sk: versionSk(version.version) };
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: marshall({
                  ...promotionKeyItem(promotionKey),
                  type: "PromotionKey",
                  ...{ versionPk: key.pk, versionSk: key.sk },
                }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: marshall({
                  ...key,
                  type: "DataVersion",
                  version: version.version,
                  createdAt: version.createdAt,
                  updatedAt: version.createdAt,
                  ...recordAttributes(version),
                }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ],
        }),
      );
      return { created: true, version };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [keyReason, versionReason] = error.CancellationReasons ?? [];
      if (keyReason?.Code === "ConditionalCheckFailed") {
        const first = await this.byPromotionKey(promotionKey);
        if (first) return { created: false, version: first };
      }
      if (versionReason?.Code === "ConditionalCheckFailed")
        throw new VersionTaken(version.dataset, version.stage, version.partition, version.version);
      throw error;
    }
  }

  async byPromotionKey(promotionKey: string): Promise<Data.DataVersion | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall(promotionKeyItem(promotionKey)),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const { versionPk, versionSk: sk } = unmarshall(Item) as { versionPk: string; versionSk: string };
    return this.read(versionPk, sk);
  }

  get(dataset: string, stage: Data.Stage, partition: string, version: number): Promise<Data.DataVersion | undefined> {
    return this.read(versionsPk(dataset, stage, partition), versionSk(version));
  }

  async list(dataset: string, stage: Data.Stage, partition: string): Promise<Data.DataVersion[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :v)",
        ExpressionAttributeValues: marshall({ ":pk": versionsPk(dataset, stage, partition), ":v": "V#" }),
        ScanIndexForward: false,
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => recordFrom(unmarshall(item), Data.DataVersion));
  }

  async reserveVersion(dataset: string, stage: Data.Stage, partition: string): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: versionsPk(dataset, stage, partition), sk: "COUNTER" }),
        UpdateExpression: "ADD #last :one SET #type = :type",
        ExpressionAttributeNames: { "#last": "last", "#type": "type" },
        ExpressionAttributeValues: marshall({ ":one": 1, ":type": "VersionCounter" }),
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(unmarshall(Attributes ?? {}).last);
  }

  async pointer(dataset: string, stage: Data.Stage, partition: string): Promise<Data.PointerState | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall(pointerKey(dataset, stage, partition)),
        ConsistentRead: true,
      }),
    );
    return Item ? pointerOf(unmarshall(Item)) : undefined;
  }

  async pointers(dataset: string, stage: Data.Stage): Promise<(Data.PointerState & { partition: string })[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: marshall({ ":pk": `PTR#${dataset}#${stage}` }),
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => {
      const row = unmarshall(item);
      return { ...pointerOf(row), partition: String(row.sk) };
    });
  }

  async movePointer(
    dataset: string,
    stage: Data.Stage,
    partition: string,
    from: number | undefined,
    to: Data.PointerState,
  ) {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(
            { ...pointerKey(dataset, stage, partition), type: "StagePointer", ...to, updatedAt: to.movedAt },
            { removeUndefinedValues: true },
          ),
          ...(from === undefined
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "#version = :from",
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: marshall({ ":from": from }),
              }),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  private async read(pk: string, sk: string): Promise<Data.DataVersion | undefined> {
    return await readRecord(this.client, this.tableName, { pk, sk }, Data.DataVersion);
  }
}

/** Another promotion took this version number first: read the next free one and write again. */
export class VersionTaken extends Error {
  constructor(dataset: string, stage: Data.Stage, partition: string, version: number) {
    super(`${stage} version ${version} of ${dataset}/${partition} was taken by another promotion`);
    this.name = "VersionTaken";
  }
}

function pointerOf(row: Record<string, unknown>): Data.PointerState {
  return {
    version: Number(row.version),
    ...(row.previous === undefined ? {} : { previous: Number(row.previous) }),
    movedAt: String(row.movedAt),
    movedBy: String(row.movedBy),
    reason: row.reason === "rollback" ? "rollback" : "promotion",
  };
}
