import {
  type DynamoDBClient,
  type Put,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { Data, fail } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys } from "./service-index";
import { isVersionConflict, queryTeamPage, replaceVersioned } from "./team-index";

/**
 * Datasets and their contract versions.
 *
 * Access patterns:
 *   dataset by id            GetItem  pk=DS#<id>  sk=META
 *   a contract version       GetItem  pk=DS#<id>  sk=CONTRACT#<000000n>
 *   datasets of a team       Query    gsi1pk=TEAM#<team>#DS  gsi1sk=<createdAt>#<id> (newest first)
 *   datasets of a service    Query    service: spk=SVC#<service>  ssk=DS#<createdAt>#<id> (service-index.ts)
 *
 * Records are stored whole as JSON in `data`. The dataset and a new contract version are written in
 * one transaction, conditional on the dataset's version, so two contract changes cannot both land.
 */
const metaKey = (id: string) => ({ pk: `DS#${id}`, sk: "META" });
const contractKey = (id: string, version: number) => ({
  pk: `DS#${id}`,
  sk: `CONTRACT#${String(version).padStart(6, "0")}`,
});

export class DynamoDatasetStore implements Data.DatasetStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async register(record: Data.DatasetRecord, contract: Data.ContractVersion): Promise<Data.DatasetRecord> {
    try {
      await this.writeWithContract(record, { ConditionExpression: "attribute_not_exists(pk)" }, contract);
      return record;
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed"
      )
        fail("conflict", `a dataset named ${record.id} exists`);
      throw error;
    }
  }

  async get(id: string): Promise<Data.DatasetRecord | undefined> {
    return await readRecord(this.client, this.tableName, metaKey(id), Data.DatasetRecord);
  }

  async list(query: { team: string; limit: number; cursor?: string }) {
    const page = await queryTeamPage(this.client, this.tableName, {
      partition: `TEAM#${query.team}#DS`,
      type: "Dataset",
      equals: {},
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      ...(page.cursor ? { cursor: page.cursor } : {}),
      items: page.items.map((item) => recordFrom(item, Data.DatasetRecord)),
    };
  }

  async contract(id: string, version: number): Promise<Data.ContractVersion | undefined> {
    return await readRecord(this.client, this.tableName, contractKey(id, version), Data.ContractVersion);
  }

  async putContract(next: Data.DatasetRecord, contract: Data.ContractVersion): Promise<Data.DatasetRecord> {
    try {
      await this.writeWithContract(
        next,
        {
          ConditionExpression: "#version = :previous",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: marshall({ ":previous": next.version - 1 }),
        },
        contract,
      );
      return next;
    } catch (error) {
      if (isVersionConflict(error))
        fail("version_conflict", `dataset ${next.id} changed since version ${next.version - 1}`);
      throw error;
    }
  }

  async update(next: Data.DatasetRecord): Promise<Data.DatasetRecord> {
    await replaceVersioned(this.client, this.tableName, this.item(next), next.version, `dataset ${next.id}`);
    return next;
  }

  /** The dataset (under `condition`) and a new contract version, in one transaction: never one without the other. */
  private async writeWithContract(
    record: Data.DatasetRecord,
    condition: Pick<Put, "ConditionExpression" | "ExpressionAttributeNames" | "ExpressionAttributeValues">,
    contract: Data.ContractVersion,
  ): Promise<void> {
    await this.client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item: this.item(record), ...condition } },
          {
            Put: {
              TableName: this.tableName,
              Item: this.contractItem(record.id, contract),
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
        ],
      }),
    );
  }

  private item(record: Data.DatasetRecord) {
    return marshall({
      ...metaKey(record.id),
      type: "Dataset",
      version: record.version,
      gsi1pk: `TEAM#${record.team}#DS`,
      gsi1sk: `${record.createdAt}#${record.id}`,
      ...serviceIndexKeys("DS", record),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      ...recordAttributes(record),
    });
  }

  private contractItem(id: string, contract: Data.ContractVersion) {
    return marshall({
      ...contractKey(id, contract.version),
      type: "DatasetContract",
      version: contract.version,
      createdAt: contract.createdAt,
      updatedAt: contract.createdAt,
      ...recordAttributes(contract),
    });
  }
}
