import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import {
  Actionlint,
  DynamoPipelineStore,
  DynamoRequestStore,
  DynamoServiceStore,
  githubAppFromLinks,
  linked,
  NamedResource,
  platformPublisher,
  type StateMachineArns,
  StateMachineResource,
  StepFunctionsRunner,
  stageName,
  TableResource,
} from "@plinth/aws";
import { Delivery, Provisioning, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Delivery.PipelineSteps {
  const table = linked(ResourceNames.table, TableResource).name;
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const events = platformPublisher(
    tracer.captureAWSv3Client(new EventBridgeClient({})),
    linked(ResourceNames.bus, NamedResource).name,
    stageName(),
  );
  const services = new DynamoServiceStore(dynamodb, table);
  // Only the provisioning workflows are linked (stacks/workflows.ts `startsWorkflows`): the child requests.
  const workflows = new StepFunctionsRunner(
    tracer.captureAWSv3Client(new SFNClient({})),
    // Read when used: a task function is linked to the machines it starts only.
    new Proxy({} as StateMachineArns, {
      get: (_machines, workflow) => linked(String(workflow), StateMachineResource).arn,
    }),
  );
  return new Delivery.PipelineSteps({
    store: new DynamoPipelineStore(dynamodb, table),
    github: githubAppFromLinks(),
    linter: new Actionlint(),
    services,
    provisioning: new Provisioning.ProvisioningService({
      store: new DynamoRequestStore(dynamodb, table),
      workflows,
      clock: systemClock,
      policy: Provisioning.defaultPolicyConfig,
      stage: stageName(),
      services,
    }),
    events,
    clock: systemClock,
  });
}

/** The PipelineSetup workflow's task function: `{ action, pipelineId, … }` → the step's answer. */
export const handler = taskHandler("plinth-delivery", build);
