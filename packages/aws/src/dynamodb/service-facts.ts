import { BatchGetItemCommand, type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type Catalog, Cost, Data, Delivery, Provisioning, Remediation } from "@plinth/core";
import { DynamoDatasetStore } from "./dataset-store";
import { recordFrom } from "./record-item";
import { DynamoRunStore } from "./run-store";
import { type ServiceIndexKind, serviceIndexPartition } from "./service-index";
import { DynamoVersionStore } from "./version-store";

/**
 * What the catalog reads about a service through the other domains' own records: one query of the
 * service index per kind (the newest `limit` requests, datasets, incidents, pipelines, recommendations,
 * production deployments), the gates of those deployments in one batch, then per dataset its contract and the
 * pointers of silver and gold. Bounded: 7 + 3 × min(datasets, limit) reads.
 */
export class DynamoServiceFacts implements Catalog.ServiceFacts {
  private readonly datasets: DynamoDatasetStore;
  private readonly versions: DynamoVersionStore;
  private readonly runs: DynamoRunStore;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.datasets = new DynamoDatasetStore(client, tableName);
    this.versions = new DynamoVersionStore(client, tableName);
    this.runs = new DynamoRunStore(client, tableName);
  }

  async of(service: string, limit: number) {
    const [requests, datasets, incidents, pipelines, recommendations, production] = await Promise.all([
      this.query(service, "PR", limit),
      this.query(service, "DS", limit),
      this.query(service, "INC", limit),
      this.query(service, "PL", limit),
      this.query(service, "REC", limit),
      this.runs.ofService(service, { environment: "production", limit }),
    ]);
    const gates = await this.gateStatuses(production.map((deployment) => deployment.id));
    const withFacts = await Promise.all(
      datasets.map(async (item) => {
        const dataset = recordFrom(item, Data.DatasetRecord);
        const [contract, silver, gold] = await Promise.all([
          this.datasets.contract(dataset.id, dataset.contractVersion),
          this.versions.pointers(dataset.id, "silver"),
          this.versions.pointers(dataset.id, "gold"),
        ]);
        const current = (
          [
            ["silver", silver],
            ["gold", gold],
          ] as const
        ).map(([stage, pointers]) => {
          const newest = [...pointers].sort((a, b) => b.partition.localeCompare(a.partition))[0];
          return {
            stage,
            partitions: pointers.length,
            ...(newest ? { newest: { partition: newest.partition, version: newest.version } } : {}),
          };
        });
        return { dataset, ...(contract ? { contract: contract.contract } : {}), current };
      }),
    );
    return {
      requests: requests.map((item) => recordFrom(item, Provisioning.RequestRecord)),
      datasets: withFacts,
      incidents: incidents.map((item) => recordFrom(item, Remediation.IncidentRecord)),
      pipelines: pipelines.map((item) => recordFrom(item, Delivery.PipelineRecord)),
      recommendations: recommendations.map((item) => recordFrom(item, Cost.Recommendation)),
      production: production.map((deployment) => {
        const gate = gates.get(deployment.id);
        return { deployment, ...(gate ? { gate } : {}) };
      }),
      reads: 6 + (production.length > 0 ? 1 : 0) + withFacts.length * 3,
    };
  }

  /** The status of each deployment's production gate (`gt-<id>`), in one BatchGetItem. */
  private async gateStatuses(deploymentIds: number[]): Promise<Map<number, Delivery.GateStatus>> {
    const statuses = new Map<number, Delivery.GateStatus>();
    let keys = deploymentIds.map((id) => marshall({ pk: `GATE#gt-${id}`, sk: "META" }));
    for (let round = 0; keys.length > 0 && round < 5; round++) {
      const answer = await this.client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [this.tableName]: {
              Keys: keys,
              ProjectionExpression: "pk, #status",
              ExpressionAttributeNames: { "#status": "status" },
            },
          },
        }),
      );
      for (const item of answer.Responses?.[this.tableName] ?? []) {
        const { pk, status } = unmarshall(item) as { pk: string; status: string };
        const parsed = Delivery.GateStatus.safeParse(status);
        if (parsed.success) statuses.set(Number(pk.replace("GATE#gt-", "")), parsed.data);
      }
      keys = answer.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
    }
    return statuses;
  }

  private async query(service: string, kind: ServiceIndexKind, limit: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: "service",
        KeyConditionExpression: "spk = :spk AND begins_with(ssk, :kind)",
        ExpressionAttributeValues: marshall({ ":spk": serviceIndexPartition(service), ":kind": `${kind}#` }),
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map((item) => unmarshall(item));
  }
}
