import type { Tracer } from "@aws-lambda-powertools/tracer";
import {
  DynamoFreezeStore,
  DynamoGateStore,
  DynamoPipelineStore,
  DynamoRollbackStore,
  DynamoRunStore,
  githubAppFromLinks,
} from "@plinth/aws";
import { Delivery, systemClock } from "@plinth/core";
import { linkedPlatform } from "./linked-platform";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Delivery.GateSteps {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  const runs = new DynamoRunStore(dynamodb, table);
  return new Delivery.GateSteps({
    gates: new DynamoGateStore(dynamodb, table),
    freezes: new DynamoFreezeStore(dynamodb, table),
    pipelines: new DynamoPipelineStore(dynamodb, table),
    runs,
    deployments: runs,
    rollbacks: new DynamoRollbackStore(dynamodb, table),
    github: githubAppFromLinks(),
    events,
    clock: systemClock,
  });
}

/** The ProductionGate workflow's task function: `{ action, gateId | fact, … }` → the step's answer. */
export const handler = taskHandler("plinth-gate", build);
