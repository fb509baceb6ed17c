import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import middy from "@middy/core";
import {
  DynamoGuardrailStore,
  DynamoIncidentStore,
  EventBridgePublisher,
  linked,
  NamedResource,
  TableResource,
} from "@plinth/aws";
import { RemediationSteps, ResourceNames, systemClock } from "@plinth/core";

// Built once per container (the local cloud imports this module afresh for each start).
const logger = new Logger({ serviceName: "plinth-remediation" });
let steps: RemediationSteps | undefined;

function build(): RemediationSteps {
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  const dynamodb = new DynamoDBClient({});
  return new RemediationSteps({
    incidents: new DynamoIncidentStore(dynamodb, table.name),
    guardrails: new DynamoGuardrailStore(dynamodb, table.name),
    events: new EventBridgePublisher(new EventBridgeClient({}), bus.name),
    clock: systemClock,
  });
}

/** The remediation workflows' one task function: `{ action, incidentId | event, … }` → the step's answer. */
export const handler = middy(async (event: unknown) => {
  steps ??= build();
  return steps.run(event);
}).use(injectLambdaContext(logger));
