import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { DynamoRequestStore, linked, NamedResource, platformPublisher, stageName, TableResource } from "@plinth/aws";
import { Provisioning, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Provisioning.ProvisioningSteps {
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  return new Provisioning.ProvisioningSteps({
    store: new DynamoRequestStore(tracer.captureAWSv3Client(new DynamoDBClient({})), table.name),
    events: platformPublisher(tracer.captureAWSv3Client(new EventBridgeClient({})), bus.name, stageName()),
    clock: systemClock,
    policy: Provisioning.defaultPolicyConfig,
    stage: stageName(),
  });
}

/** The provisioning workflows' one task function: `{ action, requestId, … }` → the step's answer. */
export const handler = taskHandler("plinth-provisioning", build);
