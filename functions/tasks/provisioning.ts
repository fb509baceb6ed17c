import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { DynamoRequestStore, linked, NamedResource, platformPublisher, stageName, TableResource } from "@plinth/aws";
import { Provisioning, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(): Provisioning.ProvisioningSteps {
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  return new Provisioning.ProvisioningSteps({
    store: new DynamoRequestStore(new DynamoDBClient({}), table.name),
    events: platformPublisher(new EventBridgeClient({}), bus.name, stageName()),
    clock: systemClock,
    policy: Provisioning.defaultPolicyConfig,
    stage: stageName(),
  });
}

/** The provisioning workflows' one task function: `{ action, requestId, … }` → the step's answer. */
export const handler = taskHandler("plinth-provisioning", build);
