import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDatasetStore } from "./dataset-store";
import { DynamoPromotionStore } from "./promotion-store";
import { DynamoVersionStore } from "./version-store";

/** The three stores of data promotion on one table: datasets, versions and pointers, runs. */
export function dataStores(client: DynamoDBClient, tableName: string) {
  return {
    datasets: new DynamoDatasetStore(client, tableName),
    versions: new DynamoVersionStore(client, tableName),
    runs: new DynamoPromotionStore(client, tableName),
  };
}
