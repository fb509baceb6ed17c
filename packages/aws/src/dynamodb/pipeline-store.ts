import { type DynamoDBClient, PutItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Delivery, workingKeys } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys, serviceIndexPartition } from "./service-index";
import { createOnce, replaceVersioned } from "./team-index";

/**
 * Pipelines and the GitHub organisations teams have connected.
 *
 * Access patterns:
 *   pipeline by id              GetItem  pk=PL#<id>  sk=META
 *   pipelines of a service      Query    service: spk=SVC#<service>  ssk=PL#<createdAt>#<id>
 *   pipelines of a template     Query    gsi1pk=PLTEMPLATE#<template id>  gsi1sk=<createdAt>#<id> (the upgrade offer)
 *   working pipelines           Query    working: wpk=WORKING#Pipeline  wsk=<updatedAt>#<id> (the sweep)
 *   a team's GitHub connections Query    pk=GITHUB#<team>  sk begins_with ORG#
 *   pipelines of a repository   Query    pk=PLREPO#<owner>/<name> (lower case)  sk=PL#<id>: pointers holding
 *                                        what webhooks are matched by (service, team, workflow file)
 *
 * Every replace is conditional on the version it replaces; a create on the id being free.
 */
const key = (id: string) => ({ pk: `PL#${id}`, sk: "META" });
const repositoryPartition = (owner: string, name: string) => `PLREPO#${owner}/${name}`.toLowerCase();
const MAX_PAGES = 20;

export class DynamoPipelineStore implements Delivery.PipelineStore, Delivery.InstallationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(record: Delivery.PipelineRecord) {
    // The pointer first: a pointer to a pipeline that was never written is skipped by its readers.
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({
          pk: repositoryPartition(record.repository.owner, record.repository.name),
          sk: `PL#${record.id}`,
          type: "PipelineOfRepository",
          pipelineId: record.id,
          serviceId: record.serviceId,
          team: record.team,
          workflowPath: record.workflowPath,
        }),
      }),
    );
    return await createOnce(this.client, this.tableName, this.item(record), record, () => this.get(record.id));
  }

  async get(id: string) {
    return await readRecord(this.client, this.tableName, key(id), Delivery.PipelineRecord);
  }

  async update(next: Delivery.PipelineRecord) {
    await replaceVersioned(this.client, this.tableName, this.item(next), next.version, `pipeline ${next.id}`);
    return next;
  }

  async ofService(serviceId: string) {
    const items = await this.queryAll({
      IndexName: "service",
      KeyConditionExpression: "spk = :p AND begins_with(ssk, :kind)",
      ExpressionAttributeValues: marshall({ ":p": serviceIndexPartition(serviceId), ":kind": "PL#" }),
      ScanIndexForward: false,
    });
    return items.map((item) => recordFrom(item, Delivery.PipelineRecord));
  }

  async ofTemplate(templateId: string) {
    const items = await this.queryAll({
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :p",
      ExpressionAttributeValues: marshall({ ":p": `PLTEMPLATE#${templateId}` }),
    });
    return items.map((item) => recordFrom(item, Delivery.PipelineRecord));
  }

  async ofRepository(owner: string, name: string) {
    const items = await this.queryAll({
      KeyConditionExpression: "pk = :p AND begins_with(sk, :pl)",
      ExpressionAttributeValues: marshall({ ":p": repositoryPartition(owner, name), ":pl": "PL#" }),
    });
    return items.map((item) => ({
      pipelineId: String(item.pipelineId),
      serviceId: String(item.serviceId),
      team: String(item.team),
      workflowPath: String(item.workflowPath),
    }));
  }

  async put(team: string, owner: string, installation: number, by: string, at: string) {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({
          pk: `GITHUB#${team}`,
          sk: `ORG#${owner.toLowerCase()}`,
          type: "GitHubConnection",
          owner,
          installation,
          by,
          at,
        }),
      }),
    );
  }

  async ofTeam(team: string) {
    const items = await this.queryAll({
      KeyConditionExpression: "pk = :p AND begins_with(sk, :org)",
      ExpressionAttributeValues: marshall({ ":p": `GITHUB#${team}`, ":org": "ORG#" }),
    });
    return items.map((item) => ({
      owner: String(item.owner),
      installation: Number(item.installation),
      by: String(item.by),
      at: String(item.at),
    }));
  }

  private async queryAll(query: Omit<ConstructorParameters<typeof QueryCommand>[0], "TableName">) {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          ...query,
          ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
        }),
      );
      items.push(...(answer.Items ?? []).map((item) => unmarshall(item)));
      if (!answer.LastEvaluatedKey) break;
      start = unmarshall(answer.LastEvaluatedKey);
    }
    return items;
  }

  private item(record: Delivery.PipelineRecord) {
    return marshall({
      ...key(record.id),
      type: "Pipeline",
      version: record.version,
      status: record.status,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      gsi1pk: `PLTEMPLATE#${record.live?.id ?? record.change.template.id}`,
      gsi1sk: `${record.createdAt}#${record.id}`,
      ...workingKeys("Pipeline", record, record.updatedAt),
      ...serviceIndexKeys("PL", { service: record.serviceId, createdAt: record.createdAt, id: record.id }),
      ...recordAttributes(record),
    });
  }
}
