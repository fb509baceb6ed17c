import { type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { type Catalog, Data, Provisioning, Remediation } from "@plinth/core";
import { DynamoDatasetStore } from "./dataset-store";
import { recordFrom } from "./record-item";
import { type ServiceIndexKind, serviceIndexPartition } from "./service-index";
import { DynamoVersionStore } from "./version-store";

/**
 * What the catalog reads about a service through the other domains' own records: one query of the
 * service index per kind (the newest `limit` requests, datasets, incidents), then per dataset its
 * contract and the pointers of silver and gold. Bounded: 3 + 3 × min(datasets, limit) reads.
 */
export class DynamoServiceFacts implements Catalog.ServiceFacts {
  private readonly datasets: DynamoDatasetStore;
  private readonly versions: DynamoVersionStore;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.datasets = new DynamoDatasetStore(client, tableName);
    this.versions = new DynamoVersionStore(client, tableName);
  }

  async of(service: string, limit: number) {
    const [requests, datasets, incidents] = await Promise.all([
      this.query(service, "PR", limit),
      this.query(service, "DS", limit),
      this.query(service, "INC", limit),
    ]);
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
      reads: 3 + withFacts.length * 3,
    };
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
