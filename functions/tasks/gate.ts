import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import {
  DynamoFreezeStore,
  DynamoGateStore,
  DynamoPipelineStore,
  DynamoRunStore,
  githubAppFromLinks,
  linked,
  NamedResource,
  platformPublisher,
  stageName,
  TableResource,
} from "@plinth/aws";
import { Delivery, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Delivery.GateSteps {
  const table = linked(ResourceNames.table, TableResource).name;
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const runs = new DynamoRunStore(dynamodb, table);
  return new Delivery.GateSteps({
    gates: new DynamoGateStore(dynamodb, table),
    freezes: new DynamoFreezeStore(dynamodb, table),
    pipelines: new DynamoPipelineStore(dynamodb, table),
    runs,
    deployments: runs,
    github: githubAppFromLinks(),
    events: platformPublisher(
      tracer.captureAWSv3Client(new EventBridgeClient({})),
      linked(ResourceNames.bus, NamedResource).name,
      stageName(),
    ),
    clock: systemClock,
  });
}

/** The ProductionGate workflow's task function: `{ action, gateId | fact, … }` → the step's answer. */
export const handler = taskHandler("plinth-gate", build);
