import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Delivery, fail } from "@plinth/core";
import { recordAttributes, recordFrom } from "./record-item";
import { isVersionConflict } from "./team-index";

/**
 * GitHub webhook deliveries, by GitHub's delivery id.
 *
 * Access patterns:
 *   a delivery                      GetItem  pk=HOOK#<delivery id>  sk=META
 *   unfinished deliveries (sweep)   Query    gsi1pk=HOOKS#RECEIVED  gsi1sk=<receivedAt>#<id> (sparse: only
 *                                            while RECEIVED)
 *
 * A delivery is kept 30 days (TTL), so a redelivery within GitHub's 3-day window is always recognised.
 * The claim is one conditional update (RECEIVED and no live lease), so two processors never both apply it.
 */
const key = (id: string) => ({ pk: `HOOK#${id}`, sk: "META" });
const KEEP_SECONDS = 30 * 86_400;

function fromItem(item: Record<string, unknown>): Delivery.WebhookDelivery {
  return { ...recordFrom(item, Delivery.WebhookDelivery), received: 1 + Number(item.redeliveries ?? 0) };
}

export class DynamoWebhookDeliveryStore implements Delivery.WebhookDeliveryStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async record(delivery: Delivery.WebhookDelivery) {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: this.item(delivery),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return { delivery, created: true };
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      // A redelivery: counted (GitHub retried, or someone pressed "Redeliver"), otherwise left as it is.
      const { Attributes } = await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key(delivery.id)),
          UpdateExpression: "ADD redeliveries :one",
          ExpressionAttributeValues: marshall({ ":one": 1 }),
          ReturnValues: "ALL_NEW",
        }),
      );
      return { delivery: fromItem(unmarshall(Attributes ?? {})), created: false };
    }
  }

  async get(id: string) {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(key(id)), ConsistentRead: true }),
    );
    return Item ? fromItem(unmarshall(Item)) : undefined;
  }

  async claim(id: string, now: string, until: string) {
    const current = await this.get(id);
    if (current?.status !== "RECEIVED") return undefined;
    if (current.leaseUntil && current.leaseUntil > now) return undefined;
    const claimed: Delivery.WebhookDelivery = {
      ...current,
      claims: current.claims + 1,
      leaseUntil: until,
      version: current.version + 1,
    };
    try {
      await this.replace(claimed);
    } catch {
      return undefined;
    }
    return claimed;
  }

  async finish(delivery: Delivery.WebhookDelivery) {
    await this.replace(delivery);
  }

  /**
   * Writes a new version of a delivery in place (an update, not a put, so the redelivery counter a
   * concurrent redelivery adds is kept), conditional on the version it replaces.
   */
  private async replace(delivery: Delivery.WebhookDelivery) {
    const receiving = delivery.status === "RECEIVED";
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(key(delivery.id)),
          UpdateExpression: `SET #data = :data, #status = :status, #version = :version, updatedAt = :at${receiving ? ", gsi1pk = :gsi1pk, gsi1sk = :gsi1sk" : " REMOVE gsi1pk, gsi1sk"}`,
          ConditionExpression: "#version = :previous",
          ExpressionAttributeNames: { "#data": "data", "#status": "status", "#version": "version" },
          ExpressionAttributeValues: marshall({
            ":data": recordAttributes(delivery).data,
            ":status": delivery.status,
            ":version": delivery.version,
            ":previous": delivery.version - 1,
            ":at": delivery.processedAt ?? delivery.receivedAt,
            ...(receiving ? { ":gsi1pk": "HOOKS#RECEIVED", ":gsi1sk": `${delivery.receivedAt}#${delivery.id}` } : {}),
          }),
        }),
      );
    } catch (error) {
      if (isVersionConflict(error))
        fail("version_conflict", `delivery ${delivery.id} changed since version ${delivery.version - 1}`);
      throw error;
    }
  }

  async unfinished(before: string, limit: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p AND gsi1sk < :before",
        ExpressionAttributeValues: marshall({ ":p": "HOOKS#RECEIVED", ":before": before }),
        Limit: limit,
      }),
    );
    return Items.map((item) => fromItem(unmarshall(item)));
  }

  private item(delivery: Delivery.WebhookDelivery) {
    return marshall({
      ...key(delivery.id),
      type: "WebhookDelivery",
      version: delivery.version,
      status: delivery.status,
      createdAt: delivery.receivedAt,
      updatedAt: delivery.processedAt ?? delivery.receivedAt,
      ...(delivery.status === "RECEIVED"
        ? { gsi1pk: "HOOKS#RECEIVED", gsi1sk: `${delivery.receivedAt}#${delivery.id}` }
        : {}),
      // Counted by an atomic ADD on each redelivery (`record`); the record's `received` is read from it.
      redeliveries: delivery.received - 1,
      expiresAt: Math.floor(Date.parse(delivery.receivedAt) / 1000) + KEEP_SECONDS,
      ...recordAttributes(delivery),
    });
  }
}
