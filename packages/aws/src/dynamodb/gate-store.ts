import { DeleteItemCommand, type DynamoDBClient, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Delivery } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { createOnce, replaceVersioned } from "./team-index";

/**
 * Production gates (deployment approvals) and deploy freezes.
 *
 * Access patterns:
 *   a gate                        GetItem  pk=GATE#<id>  sk=META
 *   a team's gates, by status     Query    gsi1pk=GATES#<team>  gsi1sk begins_with <status>#  (newest first)
 *   every waiting gate            Query    working: wpk=WORKING#Gate  (sparse: only while WAITING)
 *   freezes                       Query    pk=FREEZE  sk=<scope>
 */
const key = (id: string) => ({ pk: `GATE#${id}`, sk: "META" });

export class DynamoGateStore implements Delivery.GateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(record: Delivery.GateRecord) {
    return await createOnce(this.client, this.tableName, this.item(record), record, () => this.get(record.id));
  }

  async get(id: string) {
    return await readRecord(this.client, this.tableName, key(id), Delivery.GateRecord);
  }

  async update(next: Delivery.GateRecord) {
    await replaceVersioned(
      this.client,
      this.tableName,
      this.item(next),
      next.version,
      `deployment approval ${next.id}`,
    );
    return next;
  }

  async list(filter: { team?: string; status?: Delivery.GateStatus; limit: number }) {
    if (!filter.team && filter.status !== "WAITING")
      throw new Error("gates of every team are listed only while WAITING; name a team");
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        ...(filter.team
          ? {
              IndexName: "gsi1",
              KeyConditionExpression: `gsi1pk = :p${filter.status ? " AND begins_with(gsi1sk, :s)" : ""}`,
              ExpressionAttributeValues: marshall({
                ":p": `GATES#${filter.team}`,
                ...(filter.status ? { ":s": `${filter.status}#` } : {}),
              }),
            }
          : {
              IndexName: "working",
              KeyConditionExpression: "wpk = :p",
              ExpressionAttributeValues: marshall({ ":p": "WORKING#Gate" }),
            }),
        ScanIndexForward: false,
        Limit: filter.limit,
      }),
    );
    return Items.map((item) => recordFrom(unmarshall(item), Delivery.GateRecord));
  }

  private item(record: Delivery.GateRecord) {
    const order = `${record.status}#${record.createdAt}#${record.id}`;
    return marshall({
      ...key(record.id),
      type: "DeploymentApproval",
      version: record.version,
      status: record.status,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      gsi1pk: `GATES#${record.team}`,
      gsi1sk: order,
      ...(record.status === "WAITING" ? { wpk: "WORKING#Gate", wsk: `${record.createdAt}#${record.id}` } : {}),
      ...recordAttributes(record),
    });
  }
}

/** Deploy freezes: one item per scope (`platform`, or a team) under pk=FREEZE. */
export class DynamoFreezeStore implements Delivery.FreezeStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(scope: string) {
    return await readRecord(this.client, this.tableName, { pk: "FREEZE", sk: scope }, Delivery.DeployFreeze);
  }

  async put(freeze: Delivery.DeployFreeze) {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ pk: "FREEZE", sk: freeze.scope, type: "DeployFreeze", ...recordAttributes(freeze) }),
      }),
    );
  }

  async delete(scope: string) {
    await this.client.send(
      new DeleteItemCommand({ TableName: this.tableName, Key: marshall({ pk: "FREEZE", sk: scope }) }),
    );
  }

  async all() {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: marshall({ ":p": "FREEZE" }),
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => recordFrom(unmarshall(item), Delivery.DeployFreeze));
  }
}

/**
 * Rollbacks approved in remediation, waiting for their deployment's gate:
 *   pk=ROLLBACK#<runId>  sk=<environment>   (expiresAt: DynamoDB's TTL removes it once past)
 */
export class DynamoRollbackStore implements Delivery.RollbackStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async authorise(rollback: Delivery.RollbackAuthorisation) {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({
          pk: `ROLLBACK#${rollback.runId}`,
          sk: rollback.environment,
          type: "RollbackAuthorisation",
          expiresAt: Math.ceil(Date.parse(rollback.expiresAt) / 1000),
          ...recordAttributes(rollback),
        }),
      }),
    );
  }

  async get(runId: number, environment: string) {
    return await readRecord(
      this.client,
      this.tableName,
      { pk: `ROLLBACK#${runId}`, sk: environment },
      Delivery.RollbackAuthorisation,
    );
  }

  async consume(runId: number, environment: string, sha: string) {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: marshall({ pk: `ROLLBACK#${runId}`, sk: environment }),
          ConditionExpression: "contains(#data, :sha)",
          ExpressionAttributeNames: { "#data": "data" },
          ExpressionAttributeValues: marshall({ ":sha": `"sha":"${sha}"` }),
        }),
      );
    } catch (error) {
      // Another rollback (another commit) took its place meanwhile: that one stays.
      if ((error as { name?: string }).name !== "ConditionalCheckFailedException") throw error;
    }
  }
}
