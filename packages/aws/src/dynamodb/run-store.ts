import {
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Delivery, fail } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys } from "./service-index";
import { isVersionConflict } from "./team-index";

/**
 * Pipeline runs (with their jobs) and deployments, as GitHub's webhooks report them.
 *
 * Access patterns:
 *   a run's attempts and jobs      Query    pk=RUN#<run id>  (sk=A#<attempt>, sk=A#<attempt>#JOB#<job id>)
 *   a dispatch's Idempotency-Key   GetItem  pk=DISPATCH#<pipeline>  sk=<key hash>
 *   a pipeline's runs              Query    gsi1pk=PLRUNS#<pipeline>  gsi1sk=<createdAt>#<run id>#<attempt>
 *   a deployment                   GetItem  pk=DEPLOY#<id>  sk=META
 *   a service's deployments        Query    service: spk=SVC#<service>  ssk=DEP#<createdAt>#<id>
 *                                           (one environment: the same, filtered on `environment`)
 *   a team's, to one environment   Query    gsi1pk=DEPLOYS#<team>#<environment>  gsi1sk=<createdAt>#<id>
 *                                           (DORA for a team: insights-reader.ts)
 *
 * Every write is conditional on the version it replaces (absent for version 1), so two deliveries
 * about the same run never overwrite each other; the loser reads again and re-applies its fact.
 */
const runPartition = (runId: number) => `RUN#${runId}`;
const attemptKey = (attempt: number) => `A#${String(attempt).padStart(3, "0")}`;
const deploymentKey = (id: number) => ({ pk: `DEPLOY#${id}`, sk: "META" });

export class DynamoRunStore implements Delivery.RunStore, Delivery.DeploymentStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async run(runId: number, attempt?: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :p",
        ExpressionAttributeValues: marshall({ ":p": runPartition(runId) }),
        ConsistentRead: true,
      }),
    );
    const all = Items.map((item) => unmarshall(item));
    // Without an attempt: the latest one recorded (jobs may be recorded before their run).
    const latest = all
      .map((item) => String(item.sk).slice(0, 5))
      .sort()
      .at(-1);
    const prefix = attempt !== undefined ? attemptKey(attempt) : latest;
    const items = all.filter((item) => prefix !== undefined && String(item.sk).startsWith(prefix));
    const meta = items.find((item) => item.sk === prefix);
    return {
      ...(meta ? { run: recordFrom(meta, Delivery.PipelineRunRecord) } : {}),
      jobs: items
        .filter((item) => String(item.sk).includes("#JOB#"))
        .map((item) => recordFrom(item, Delivery.RunJob))
        .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id - b.id),
    };
  }

  async putRun(next: Delivery.PipelineRunRecord) {
    await this.putVersioned(
      {
        pk: runPartition(next.runId),
        sk: attemptKey(next.attempt),
        type: "PipelineRun",
        version: next.version,
        status: next.status,
        createdAt: next.createdAt,
        updatedAt: next.recordedAt,
        gsi1pk: `PLRUNS#${next.pipelineId}`,
        gsi1sk: `${next.createdAt}#${next.runId}#${String(next.attempt).padStart(3, "0")}`,
        ...recordAttributes(next),
      },
      next.version,
      `run ${next.runId}/${next.attempt}`,
    );
  }

  async putJob(runId: number, attempt: number, job: Delivery.RunJob, replaces: Delivery.RunJob | undefined) {
    const item = marshall({
      pk: runPartition(runId),
      sk: `${attemptKey(attempt)}#JOB#${job.id}`,
      type: "RunJob",
      status: job.status,
      ...recordAttributes(job),
    });
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: item,
          ...(replaces
            ? {
                ConditionExpression: "#status = :previous",
                ExpressionAttributeNames: { "#status": "status" },
                ExpressionAttributeValues: marshall({ ":previous": replaces.status }),
              }
            : { ConditionExpression: "attribute_not_exists(pk)" }),
        }),
      );
    } catch (error) {
      if (isVersionConflict(error)) fail("version_conflict", `job ${job.id} of run ${runId}/${attempt} changed`);
      throw error;
    }
  }

  async dispatchKey(pipelineId: string, keyHash: string) {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `DISPATCH#${pipelineId}`, sk: keyHash }),
        ConsistentRead: true,
      }),
    );
    if (!Item) return undefined;
    const item = unmarshall(Item);
    return item.runId === undefined ? { pending: true as const } : { runId: Number(item.runId) };
  }

  async claimDispatchKey(pipelineId: string, keyHash: string, at: string) {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({
            pk: `DISPATCH#${pipelineId}`,
            sk: keyHash,
            type: "DispatchKey",
            createdAt: at,
            expiresAt: Math.floor(Date.parse(at) / 1000) + 86_400,
          }),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return true;
    } catch (error) {
      if (isVersionConflict(error)) return false;
      throw error;
    }
  }

  async settleDispatchKey(pipelineId: string, keyHash: string, runId: number | undefined) {
    const key = marshall({ pk: `DISPATCH#${pipelineId}`, sk: keyHash });
    if (runId === undefined) {
      await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: key }));
      return;
    }
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: "SET runId = :run",
        ExpressionAttributeValues: marshall({ ":run": runId }),
      }),
    );
  }

  async ofPipeline(pipelineId: string, limit: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "gsi1",
        KeyConditionExpression: "gsi1pk = :p",
        ExpressionAttributeValues: marshall({ ":p": `PLRUNS#${pipelineId}` }),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => recordFrom(unmarshall(item), Delivery.PipelineRunRecord));
  }

  async get(id: number) {
    return await readRecord(this.client, this.tableName, deploymentKey(id), Delivery.DeploymentRecord);
  }

  async put(next: Delivery.DeploymentRecord) {
    await this.putVersioned(
      {
        ...deploymentKey(next.id),
        type: "Deployment",
        version: next.version,
        status: next.state,
        environment: next.environment,
        createdAt: next.createdAt,
        updatedAt: next.recordedAt,
        gsi1pk: `DEPLOYS#${next.team}#${next.environment}`,
        gsi1sk: `${next.createdAt}#${next.id}`,
        ...serviceIndexKeys("DEP", { service: next.serviceId, createdAt: next.createdAt, id: String(next.id) }),
        ...recordAttributes(next),
      },
      next.version,
      `deployment ${next.id}`,
    );
  }

  async ofService(serviceId: string, filter: { environment?: string; from?: string; to?: string; limit: number }) {
    return await this.queryDeployments(
      {
        IndexName: "service",
        KeyConditionExpression: "spk = :p AND ssk BETWEEN :from AND :to",
        ...(filter.environment ? { FilterExpression: "environment = :environment" } : {}),
        ExpressionAttributeValues: marshall({
          ":p": `SVC#${serviceId}`,
          ":from": `DEP#${filter.from ?? "0"}`,
          ":to": `DEP#${filter.to ?? "9"}`,
          ...(filter.environment ? { ":environment": filter.environment } : {}),
        }),
      },
      filter.limit,
    );
  }

  private async queryDeployments(
    query: Omit<ConstructorParameters<typeof QueryCommand>[0], "TableName" | "Limit" | "ExclusiveStartKey">,
    limit: number,
  ) {
    const records: Delivery.DeploymentRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          ...query,
          ScanIndexForward: false,
          Limit: 500,
          ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
        }),
      );
      records.push(...(answer.Items ?? []).map((item) => recordFrom(unmarshall(item), Delivery.DeploymentRecord)));
      start = answer.LastEvaluatedKey ? unmarshall(answer.LastEvaluatedKey) : undefined;
    } while (start && records.length < limit);
    return records.slice(0, limit);
  }

  private async putVersioned(attributes: Record<string, unknown>, version: number, what: string) {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(attributes),
          ...(version === 1
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "#version = :previous",
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: marshall({ ":previous": version - 1 }),
              }),
        }),
      );
    } catch (error) {
      if (isVersionConflict(error)) fail("version_conflict", `${what} changed since version ${version - 1}`);
      throw error;
    }
  }
}
