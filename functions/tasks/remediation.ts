import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import {
  DynamoGuardrailStore,
  DynamoIncidentStore,
  linked,
  NamedResource,
  platformPublisher,
  stageName,
  TableResource,
} from "@plinth/aws";
import { Remediation, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Remediation.RemediationSteps {
  const table = linked(ResourceNames.table, TableResource);
  const bus = linked(ResourceNames.bus, NamedResource);
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  return new Remediation.RemediationSteps({
    incidents: new DynamoIncidentStore(dynamodb, table.name),
    guardrails: new DynamoGuardrailStore(dynamodb, table.name),
    events: platformPublisher(tracer.captureAWSv3Client(new EventBridgeClient({})), bus.name, stageName()),
    clock: systemClock,
  });
}

/** The remediation workflows' one task function: `{ action, incidentId | event, … }` → the step's answer. */
export const handler = taskHandler("plinth-remediation", build);
