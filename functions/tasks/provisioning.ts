import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { DynamoRequestStore, EventBridgePublisher, linked, NamedResource, TableResource } from "@plinth/aws";
import { defaultPolicyConfig, ProvisioningSteps, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(): ProvisioningSteps {
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  return new ProvisioningSteps({
    store: new DynamoRequestStore(new DynamoDBClient({}), table.name),
    events: new EventBridgePublisher(new EventBridgeClient({}), bus.name),
    clock: systemClock,
    policy: defaultPolicyConfig,
  });
}

/** The provisioning workflows' one task function: `{ action, requestId, … }` → the step's answer. */
export const handler = taskHandler("plinth-provisioning", build);
