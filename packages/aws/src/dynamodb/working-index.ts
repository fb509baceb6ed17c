import { type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import {
  Delivery,
  Provisioning,
  Remediation,
  type WorkingIndex,
  type WorkingKind,
  type WorkingRecord,
} from "@plinth/core";
import { z } from "zod";
import { promotionRunOf } from "./promotion-store";
import { recordFrom } from "./record-item";

/**
 * The sparse `working` index: only records in a working status have its keys (the stores set and
 * remove them with the status), so a page of it is a page of records claiming an execution acts on
 * them — the sweep's whole read. Records are parsed with their schemas like every read.
 */
const Cursor = z.record(z.string(), z.string());

export class DynamoWorkingIndex implements WorkingIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async working(kind: WorkingKind, before: string, page: { limit: number; cursor?: string }) {
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "working",
        KeyConditionExpression: "wpk = :kind AND wsk < :before",
        ExpressionAttributeValues: marshall({ ":kind": `WORKING#${kind}`, ":before": before }),
        Limit: page.limit,
        ...(page.cursor ? { ExclusiveStartKey: marshall(decode(page.cursor)) } : {}),
      }),
    );
    const items = Items.map((item) => workingRecord(kind, unmarshall(item)));
    return { items, ...(LastEvaluatedKey ? { cursor: encode(unmarshall(LastEvaluatedKey)) } : {}) };
  }
}

function workingRecord(kind: WorkingKind, item: Record<string, unknown>): WorkingRecord {
  switch (kind) {
    case "ProvisioningRequest": {
      const record = recordFrom(item, Provisioning.RequestRecord);
      return { kind, id: record.id, status: record.status, since: record.updatedAt, execution: record.execution };
    }
    case "Incident": {
      const record = recordFrom(item, Remediation.IncidentRecord);
      return { kind, id: record.id, status: record.status, since: record.updatedAt, execution: record.executionArn };
    }
    case "PromotionRun": {
      const record = promotionRunOf(item);
      return { kind, id: record.id, status: record.status, since: record.createdAt, execution: record.execution };
    }
    case "Pipeline": {
      const record = recordFrom(item, Delivery.PipelineRecord);
      return { kind, id: record.id, status: record.status, since: record.updatedAt, execution: record.execution };
    }
  }
}

function encode(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

function decode(cursor: string): Record<string, string> {
  return Cursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
}
