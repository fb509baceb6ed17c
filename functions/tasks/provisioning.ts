import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import middy from "@middy/core";
import { DynamoRequestStore, EventBridgePublisher, linked, NamedResource, TableResource } from "@plinth/aws";
import { defaultPolicyConfig, ProvisioningSteps, ResourceNames, systemClock } from "@plinth/core";

// Built once per container (the local cloud imports this module afresh for each start).
const logger = new Logger({ serviceName: "plinth-provisioning" });
let steps: ProvisioningSteps | undefined;

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
export const handler = middy(async (event: unknown) => {
  steps ??= build();
  return steps.run(event);
}).use(injectLambdaContext(logger));
