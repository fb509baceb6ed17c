import { createHash, randomUUID } from "node:crypto";
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
import { type Delivery, fail, Remediation, workingKeys } from "@plinth/core";
import { recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys, serviceIndexPartition } from "./service-index";
import { isVersionConflict, queryTeamPage } from "./team-index";

/**
 * Incidents, their timelines, and the open-incident slots that deduplicate alarm storms.
 *
 * Access patterns:
 *   incident + timeline        Query    pk=INC#<id>  (sk=META, then sk=T#<at>#<n> oldest first)
 *   incidents of a team        Query    gsi1pk=TEAM#<team>#INC  gsi1sk=<createdAt>#<id> (newest first;
 *                                       status, alarm and resource are filters on the page)
 *   open incident of a pair    GetItem  pk=OPENINC#<resource>#<alarm>  sk=OPEN
 *   Idempotency-Key of a report GetItem pk=IDEM#INC#<sha256(key)>  sk=KEY  (expires after a day)
 *   dropped events             Query    pk=DROPPED#<day>  (expire after 14 days)
 *   working incidents          Query    working: wpk=WORKING#Incident  wsk=<updatedAt>#<id> (the sweep)
 *   incidents of a service     Query    service: spk=SVC#<service>  ssk=INC#<createdAt>#<id> (service-index.ts)
 *
 * The record is JSON in `data`; repeats are counted in their own attributes (`occurrences`,
 * `lastOccurrenceAt`, `alarmOkAt`) with ADD/SET, so a storm of duplicates never races the workflow's
 * versioned writes. Timeline entries are their own items: appending is a Put, never a conflict.
 */
const metaKey = (id: string) => ({ pk: `INC#${id}`, sk: "META" });
const slotKey = (slot: string) => ({ pk: `OPENINC#${slot}`, sk: "OPEN" });
const idempotencyKey = (key: string) => ({
  pk: `IDEM#INC#${createHash("sha256").update(key).digest("hex")}`,
  sk: "KEY",
});
const DAY = 86_400;

export class DynamoIncidentStore implements Remediation.IncidentStore, Delivery.IncidentLinks {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async open(record: Remediation.IncidentRecord, slot: string, first: Remediation.IncidentTimelineEntry) {
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: marshall({
                  ...slotKey(slot),
                  type: "OpenIncident",
                  incidentId: record.id,
                  createdAt: record.createdAt,
                }),
                ConditionExpression: "attribute_not_exists(pk)",
                ReturnValuesOnConditionCheckFailure: "ALL_OLD",
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: marshall({
                  ...this.meta(record),
                  occurrences: 1,
                  lastOccurrenceAt: record.createdAt,
                }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            { Put: { TableName: this.tableName, Item: this.timelineItem(record.id, first) } },
          ],
        }),
      );
      return { opened: true, incidentId: record.id };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [slotReason, recordReason] = error.CancellationReasons ?? [];
      if (slotReason?.Code === "ConditionalCheckFailed") {
        const holder = slotReason.Item ? unmarshall(slotReason.Item).incidentId : await this.openIncident(slot);
        if (typeof holder === "string") return { opened: false, incidentId: holder };
      }
      // This very incident exists (a redelivered event) but no longer holds the slot: it was resolved.
      if (recordReason?.Code === "ConditionalCheckFailed") return { opened: false, incidentId: record.id };
      throw error;
    }
  }

  async openIncident(slot: string): Promise<string | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(slotKey(slot)), ConsistentRead: true }),
    );
    return Item ? String(unmarshall(Item).incidentId) : undefined;
  }

  async attach(incidentId: string, kind: "repeat" | "ok", at: string): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(metaKey(incidentId)),
        UpdateExpression: kind === "repeat" ? "ADD occurrences :one SET lastOccurrenceAt = :at" : "SET alarmOkAt = :at",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: marshall(kind === "repeat" ? { ":one": 1, ":at": at } : { ":at": at }),
      }),
    );
  }

  async get(id: string): Promise<Remediation.StoredIncident | undefined> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, never> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk",
          ExpressionAttributeValues: marshall({ ":pk": `INC#${id}` }),
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      items.push(...(page.Items ?? []).map((item) => unmarshall(item)));
      start = page.LastEvaluatedKey as Record<string, never> | undefined;
    } while (start);
    const meta = items.find((item) => item.sk === "META");
    if (!meta) return undefined;
    const timeline = items
      .filter((item) => String(item.sk).startsWith("T#"))
      .map((item) => recordFrom(item, Remediation.IncidentTimelineEntry));
    return { ...storedOf(meta), timeline: timeline.slice(-200) };
  }

  async update(next: Remediation.IncidentRecord): Promise<Remediation.IncidentRecord> {
    const working = workingKeys("Incident", next, next.updatedAt);
    // The service is learned when the resource's tags are read (assess): from then on it is indexed.
    const service: { spk?: string; ssk?: string } = serviceIndexKeys("INC", next);
    const update = {
      TableName: this.tableName,
      Key: marshall(metaKey(next.id)),
      // In the working index while working, out of it (REMOVE) once it is not.
      UpdateExpression: `SET #data = :data, #version = :version, #status = :status, gsi1pk = :gsi1pk, updatedAt = :updatedAt${
        service.spk ? ", spk = :spk, ssk = :ssk" : ""
      }${working ? ", wpk = :wpk, wsk = :wsk" : " REMOVE wpk, wsk"}`,
      ConditionExpression: "#version = :previous",
      ExpressionAttributeNames: { "#data": "data", "#version": "version", "#status": "status" },
      ExpressionAttributeValues: marshall({
        ":data": JSON.stringify(next),
        ":version": next.version,
        ":previous": next.version - 1,
        ":status": next.status,
        ":gsi1pk": `TEAM#${next.team}#INC`,
        ":updatedAt": next.updatedAt,
        ...(working ? { ":wpk": working.wpk, ":wsk": working.wsk } : {}),
        ...(service.spk ? { ":spk": service.spk, ":ssk": service.ssk } : {}),
      }),
    };
    try {
      if (next.status === "RESOLVED") {
        // The slot goes with the transition into RESOLVED, so the next alarm opens a new incident.
        await this.client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              { Update: update },
              {
                Delete: {
                  TableName: this.tableName,
                  Key: marshall(slotKey(next.slot)),
                  ConditionExpression: "attribute_not_exists(pk) OR incidentId = :id",
                  ExpressionAttributeValues: marshall({ ":id": next.id }),
                },
              },
            ],
          }),
        );
      } else {
        await this.client.send(new UpdateItemCommand(update));
      }
      return next;
    } catch (error) {
      if (isVersionConflict(error))
        fail("version_conflict", `incident ${next.id} changed since version ${next.version - 1}`);
      throw error;
    }
  }

  async append(id: string, entry: Remediation.IncidentTimelineEntry): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: this.timelineItem(id, entry) }));
  }

  async list(query: Remediation.IncidentQuery & { team: string }) {
    const page = await queryTeamPage(this.client, this.tableName, {
      partition: `TEAM#${query.team}#INC`,
      type: "Incident",
      equals: { status: query.status, alarm: query.alarm, resource: query.resource },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      ...(page.cursor ? { cursor: page.cursor } : {}),
      items: page.items.map((item) => ({ ...storedOf(item), timeline: [] })),
    };
  }

  /** Deployments the service's incidents opened in `[from, to)` are linked to (DORA's change fail rate). */
  async linkedDeployments(serviceId: string, from: string, to: string): Promise<Set<number>> {
    const ids = new Set<number>();
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "service",
          KeyConditionExpression: "spk = :p AND ssk BETWEEN :from AND :to",
          ExpressionAttributeValues: marshall({
            ":p": serviceIndexPartition(serviceId),
            ":from": `INC#${from}`,
            ":to": `INC#${to}`,
          }),
          ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
        }),
      );
      for (const item of answer.Items ?? []) {
        const deployment = recordFrom(unmarshall(item), Remediation.IncidentRecord).deployment;
        if (deployment) ids.add(deployment.id);
      }
      start = answer.LastEvaluatedKey ? unmarshall(answer.LastEvaluatedKey) : undefined;
    } while (start);
    return ids;
  }

  async recordDropped(reason: string, event: unknown, at: string): Promise<void> {
    const raw = JSON.stringify(event) ?? "undefined";
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({
          pk: `DROPPED#${at.slice(0, 10)}`,
          sk: `${at}#${randomUUID().slice(0, 8)}`,
          type: "DroppedEvent",
          reason,
          event: raw.length > 16_000 ? `${raw.slice(0, 16_000)}…` : raw,
          createdAt: at,
          expiresAt: Math.floor(Date.parse(at) / 1000) + 14 * DAY,
        }),
      }),
    );
  }

  /** Dropped events of one day (UTC), for the local cloud's inspector and tests. */
  async dropped(day: string): Promise<{ reason: string; event: string; createdAt: string }[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: marshall({ ":pk": `DROPPED#${day}` }),
      }),
    );
    return Items.map((item) => unmarshall(item) as { reason: string; event: string; createdAt: string });
  }

  async claimKey(key: string, bodyHash: string, incidentId: string) {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: this.keyItem(key, bodyHash, incidentId),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return { claimed: true, incidentId, bodyHash };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await this.client.send(
        new GetItemCommand({ TableName: this.tableName, Key: marshall(idempotencyKey(key)), ConsistentRead: true }),
      );
      const earlier = unmarshall(Item ?? {}) as { incidentId?: string; bodyHash?: string };
      return { claimed: false, incidentId: earlier.incidentId ?? incidentId, bodyHash: earlier.bodyHash ?? bodyHash };
    }
  }

  async bindKey(key: string, bodyHash: string, incidentId: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({ TableName: this.tableName, Item: this.keyItem(key, bodyHash, incidentId) }),
    );
  }

  private keyItem(key: string, bodyHash: string, incidentId: string) {
    return marshall({
      ...idempotencyKey(key),
      type: "IdempotencyKey",
      incidentId,
      bodyHash,
      expiresAt: Math.floor(Date.now() / 1000) + DAY,
    });
  }

  private meta(record: Remediation.IncidentRecord) {
    return {
      ...metaKey(record.id),
      gsi1pk: `TEAM#${record.team}#INC`,
      gsi1sk: `${record.createdAt}#${record.id}`,
      type: "Incident",
      version: record.version,
      status: record.status,
      alarm: record.alarm.name,
      resource: Remediation.resourceKey(record.resource),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      ...workingKeys("Incident", record, record.updatedAt),
      ...serviceIndexKeys("INC", record),
      ...recordAttributes(record),
    };
  }

  private sequence = 0;
  private timelineItem(id: string, entry: Remediation.IncidentTimelineEntry) {
    // Entries written in the same millisecond keep their order (and never overwrite each other).
    this.sequence = (this.sequence + 1) % 1_000_000;
    const n = this.sequence;
    return marshall({
      pk: `INC#${id}`,
      sk: `T#${entry.at}#${String(n).padStart(6, "0")}#${randomUUID().slice(0, 4)}`,
      type: "IncidentTimelineEntry",
      ...recordAttributes(entry),
    });
  }
}

function storedOf(meta: Record<string, unknown>): Omit<Remediation.StoredIncident, "timeline"> {
  const record = recordFrom(meta, Remediation.IncidentRecord);
  return {
    record,
    occurrences: Number(meta.occurrences ?? 1),
    lastOccurrenceAt: String(meta.lastOccurrenceAt ?? record.createdAt),
    ...(meta.alarmOkAt ? { alarmOkAt: String(meta.alarmOkAt) } : {}),
  };
}
