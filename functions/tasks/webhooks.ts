import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoPipelineStore, DynamoRunStore, DynamoWebhookDeliveryStore, githubAppFromLinks } from "@plinth/aws";
import { Delivery, ResourceNames, systemClock } from "@plinth/core";
import { linkedPlatform, linkedWorkflows } from "./linked-platform";
import { taskHandler } from "./task-handler";

/** `PLINTH_GATE_TIMEOUT_HOURS` (stacks/workflows.ts passes it through): how long production waits for an approver. */
function gateTimeout(): { gateTimeoutSeconds?: number } {
  const hours = Number(process.env.PLINTH_GATE_TIMEOUT_HOURS);
  return Number.isFinite(hours) && hours > 0 ? { gateTimeoutSeconds: hours * 3600 } : {};
}

function build(tracer: Tracer): Delivery.WebhookSteps {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  const runs = new DynamoRunStore(dynamodb, table);
  const appLinked = process.env[`SST_RESOURCE_${ResourceNames.githubAppId}`] !== undefined;
  return new Delivery.WebhookSteps({
    deliveries: new DynamoWebhookDeliveryStore(dynamodb, table),
    pipelines: new DynamoPipelineStore(dynamodb, table),
    runs,
    deployments: runs,
    // Answers the setup waiting for its pull request (a task token) and starts production gates.
    workflows: linkedWorkflows(tracer),
    events,
    clock: systemClock,
    ...gateTimeout(),
    // The redelivery sweep's function has the app's secrets linked; the per-delivery one needs no GitHub.
    ...(appLinked ? { github: githubAppFromLinks() } : {}),
  });
}

/** The GitHubDelivery and GitHubRedelivery workflows' task function: `{ action, … }` → the step's answer. */
export const handler = taskHandler("plinth-webhooks", build);
