import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import {
  DynamoPipelineStore,
  DynamoRunStore,
  DynamoWebhookDeliveryStore,
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
import { Delivery, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

/** `PLINTH_GATE_TIMEOUT_HOURS` (stacks/workflows.ts passes it through): how long production waits for an approver. */
function gateTimeout(): { gateTimeoutSeconds?: number } {
  const hours = Number(process.env.PLINTH_GATE_TIMEOUT_HOURS);
  return Number.isFinite(hours) && hours > 0 ? { gateTimeoutSeconds: hours * 3600 } : {};
}

function build(tracer: Tracer): Delivery.WebhookSteps {
  const table = linked(ResourceNames.table, TableResource).name;
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const runs = new DynamoRunStore(dynamodb, table);
  const appLinked = process.env[`SST_RESOURCE_${ResourceNames.githubAppId}`] !== undefined;
  return new Delivery.WebhookSteps({
    deliveries: new DynamoWebhookDeliveryStore(dynamodb, table),
    pipelines: new DynamoPipelineStore(dynamodb, table),
    runs,
    deployments: runs,
    // Answers task tokens only (the setup waiting for its pull request): no machine ARN is read.
    workflows: new StepFunctionsRunner(
      tracer.captureAWSv3Client(new SFNClient({})),
      new Proxy({} as StateMachineArns, {
        get: (_machines, workflow) => linked(String(workflow), StateMachineResource).arn,
      }),
    ),
    events: platformPublisher(
      tracer.captureAWSv3Client(new EventBridgeClient({})),
      linked(ResourceNames.bus, NamedResource).name,
      stageName(),
    ),
    clock: systemClock,
    ...gateTimeout(),
    // The redelivery sweep's function has the app's secrets linked; the per-delivery one needs no GitHub.
    ...(appLinked ? { github: githubAppFromLinks() } : {}),
  });
}

/** The GitHubDelivery and GitHubRedelivery workflows' task function: `{ action, … }` → the step's answer. */
export const handler = taskHandler("plinth-webhooks", build);
