import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoGuardrailStore, DynamoIncidentStore, githubAppFromLinks, remediationDelivery } from "@plinth/aws";
import { Remediation, systemClock } from "@plinth/core";
import { linkedPlatform } from "./linked-platform";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer): Remediation.RemediationSteps {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  return new Remediation.RemediationSteps({
    incidents: new DynamoIncidentStore(dynamodb, table),
    guardrails: new DynamoGuardrailStore(dynamodb, table),
    events,
    clock: systemClock,
    // Deployments to link an incident to, and rollback-deployment's rerun (GitHub, as the Plinth app).
    delivery: remediationDelivery(dynamodb, table, githubAppFromLinks()),
  });
}

/** The remediation workflows' one task function: `{ action, incidentId | event, … }` → the step's answer. */
export const handler = taskHandler("plinth-remediation", build);
