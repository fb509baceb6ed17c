import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import {
  DynamoGuardrailStore,
  DynamoIncidentStore,
  DynamoPromotionStore,
  DynamoRequestStore,
  EventBridgePublisher,
  linked,
  NamedResource,
  stageName,
  TableResource,
} from "@plinth/aws";
import { Provisioning, Reconciler, Remediation, ResourceNames, systemClock } from "@plinth/core";
import { taskHandler } from "./task-handler";

function build() {
  // The table and the bus only: the reconciler touches no lake and no engine.
  const tableName = linked(ResourceNames.table, TableResource).name;
  const dynamodb = new DynamoDBClient({});
  const events = new EventBridgePublisher(new EventBridgeClient({}), linked(ResourceNames.bus, NamedResource).name);
  const requests = new DynamoRequestStore(dynamodb, tableName);
  const incidents = new DynamoIncidentStore(dynamodb, tableName);
  const reconciler = new Reconciler({
    requests,
    incidents,
    runs: new DynamoPromotionStore(dynamodb, tableName),
    provisioning: new Provisioning.ProvisioningSteps({
      store: requests,
      events,
      clock: systemClock,
      policy: Provisioning.defaultPolicyConfig,
      stage: stageName(),
    }),
    remediation: new Remediation.RemediationSteps({
      incidents,
      guardrails: new DynamoGuardrailStore(dynamodb, tableName),
      events,
      clock: systemClock,
    }),
    clock: systemClock,
  });
  return { run: (input: unknown) => reconciler.reconcile((input as { event?: unknown }).event) };
}

/** The reconciler workflow's task function: `{ action: "reconcile", event }` → what it did, or why not. */
export const handler = taskHandler("plinth-reconciler", build);
