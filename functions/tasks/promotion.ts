import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import {
  dataStores,
  environment,
  lakeS3Client,
  linked,
  NamedResource,
  platformPublisher,
  S3LakeStorage,
  stageName,
  TableResource,
  TempWorkspace,
} from "@plinth/aws";
import { DuckDbEngine } from "@plinth/aws/duckdb";
import { Data, ResourceNames, systemClock } from "@plinth/core";
import { z } from "zod";
import { taskHandler } from "./task-handler";

/** The size switch, for tests and for a function given more memory; unset keeps DUCKDB_LIMIT_BYTES. */
const Env = z.object({ PLINTH_DUCKDB_LIMIT_BYTES: z.coerce.number().int().positive().optional() });

function build(tracer: Tracer): Data.PromotionSteps {
  const env = environment(Env);
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  const lake = linked(ResourceNames.lake, NamedResource);
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  return new Data.PromotionSteps({
    ...dataStores(dynamodb, table.name),
    lake: new S3LakeStorage(tracer.captureAWSv3Client(lakeS3Client()), lake.name),
    // DuckDB may use most of the function's memory; the rest is Node's and the SDK's.
    engine: new DuckDbEngine({ memoryLimit: "2GB" }),
    workspace: new TempWorkspace(),
    events: platformPublisher(tracer.captureAWSv3Client(new EventBridgeClient({})), bus.name, stageName()),
    clock: systemClock,
    ...(env.PLINTH_DUCKDB_LIMIT_BYTES ? { engineLimitBytes: env.PLINTH_DUCKDB_LIMIT_BYTES } : {}),
  });
}

/** The promotion workflow's one task function: `{ action, promotionId, partition, … }` → the step's answer. */
export const handler = taskHandler("plinth-promotion", build);
