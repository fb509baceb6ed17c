import { type AttributeValue, type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Data, Delivery, type InsightsReader, Provisioning, Remediation, type WindowRead } from "@plinth/core";
import { promotionRunOf } from "./promotion-store";
import { recordFrom } from "./record-item";
import { DynamoRequestStore } from "./request-store";

/**
 * The insights' reads: range queries on gsi1, whose sort key starts with the record's creation time
 * (`<createdAt>#<id>`), so a window is `gsi1sk BETWEEN from AND to` — only the records in it are read,
 * each kind up to a bound. DynamoDB reports the capacity each query consumed; the answer sums it.
 */
export class DynamoInsightsReader implements InsightsReader {
  private readonly budgets: DynamoRequestStore;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.budgets = new DynamoRequestStore(client, tableName);
  }

  requests(team: string, from: string, to: string, max: number) {
    return this.window(`TEAM#${team}#PR`, { from, to }, max, (item) => recordFrom(item, Provisioning.RequestRecord));
  }

  incidents(team: string, from: string, to: string, max: number) {
    return this.window(`TEAM#${team}#INC`, { from, to }, max, (item) => recordFrom(item, Remediation.IncidentRecord));
  }

  datasets(team: string, max: number) {
    return this.window(`TEAM#${team}#DS`, undefined, max, (item) => recordFrom(item, Data.DatasetRecord));
  }

  runs(dataset: string, from: string, to: string, max: number) {
    return this.window(`DS#${dataset}#RUNS`, { from, to }, max, promotionRunOf);
  }

  productionDeployments(team: string, from: string, to: string, max: number) {
    return this.window(`DEPLOYS#${team}#production`, { from, to }, max, (item) =>
      recordFrom(item, Delivery.DeploymentRecord),
    );
  }

  committedCents(team: string): Promise<number> {
    return this.budgets.committedCents(team);
  }

  private async window<T>(
    partition: string,
    range: { from: string; to: string } | undefined,
    max: number,
    parse: (item: Record<string, unknown>) => T,
  ): Promise<WindowRead<T>> {
    const read: WindowRead<T> = { items: [], truncated: false, queries: 0, itemsRead: 0, readUnits: 0 };
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: range
            ? "gsi1pk = :partition AND gsi1sk BETWEEN :from AND :to"
            : "gsi1pk = :partition",
          ExpressionAttributeValues: marshall({
            ":partition": partition,
            // Every key of the last millisecond: `<to>#<id>` sorts below `<to>#~`.
            ...(range ? { ":from": range.from, ":to": `${range.to}#~` } : {}),
          }),
          Limit: Math.min(1000, max + 1 - read.items.length),
          ReturnConsumedCapacity: "TOTAL",
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      read.queries++;
      read.itemsRead += page.Items?.length ?? 0;
      read.readUnits += page.ConsumedCapacity?.CapacityUnits ?? 0;
      for (const item of page.Items ?? []) {
        if (read.items.length === max) {
          read.truncated = true;
          return read;
        }
        read.items.push(parse(unmarshall(item)));
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return read;
  }
}
