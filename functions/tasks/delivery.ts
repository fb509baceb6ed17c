import type { Tracer } from "@aws-lambda-powertools/tracer";
import {
  Actionlint,
  DynamoPipelineStore,
  DynamoRequestStore,
  DynamoServiceStore,
  githubAppFromLinks,
  stageName,
} from "@plinth/aws";
import { Delivery, Provisioning, systemClock } from "@plinth/core";
import { linkedPlatform, linkedWorkflows } from "./linked-platform";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Delivery.PipelineSteps {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  const services = new DynamoServiceStore(dynamodb, table);
  // Only the provisioning workflows are linked (stacks/workflows.ts `startsWorkflows`): the child requests.
  const workflows = linkedWorkflows(tracer);
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
