import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import {
  DynamoGuardrailStore,
  DynamoIncidentStore,
  DynamoPipelineStore,
  DynamoRequestStore,
  DynamoWorkingIndex,
  dataStores,
  EmfMetricsSink,
  githubAppFromLinks,
  lakeS3Client,
  linked,
  NamedResource,
  platformPublisher,
  remediationDelivery,
  S3LakeStorage,
  StepFunctionsExecutionLookup,
  stageName,
  TableResource,
} from "@plinth/aws";
import {
  Delivery,
  isScheduledEvent,
  Provisioning,
  Reconciler,
  Remediation,
  ResourceNames,
  reconciliationMetrics,
  Sweeper,
  systemClock,
} from "@plinth/core";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer) {
  // The table, the bus, DescribeExecution (for the sweep) and the lake (to remove what an ended run
  // wrote under versions nobody recorded); no engine.
  const tableName = linked(ResourceNames.table, TableResource).name;
  const dynamodb = tracer.captureAWSv3Client(new DynamoDBClient({}));
  const events = platformPublisher(
    tracer.captureAWSv3Client(new EventBridgeClient({})),
    linked(ResourceNames.bus, NamedResource).name,
    stageName(),
  );
  const requests = new DynamoRequestStore(dynamodb, tableName);
  const incidents = new DynamoIncidentStore(dynamodb, tableName);
  const data = dataStores(dynamodb, tableName);
  const pipelines = new DynamoPipelineStore(dynamodb, tableName);
  const reconciler = new Reconciler({
    requests,
    incidents,
    pipelines,
    delivery: new Delivery.PipelineFailures({ store: pipelines, events, clock: systemClock }),
    runs: data.runs,
    discard: {
      versions: data.versions,
      lake: new S3LakeStorage(
        tracer.captureAWSv3Client(lakeS3Client()),
        linked(ResourceNames.lake, NamedResource).name,
      ),
    },
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
      // Only `escalate` runs here: it neither links deployments nor rolls back.
      delivery: remediationDelivery(dynamodb, tableName, githubAppFromLinks()),
    }),
    clock: systemClock,
  });
  const sweeper = new Sweeper({
    index: new DynamoWorkingIndex(dynamodb, tableName),
    executions: new StepFunctionsExecutionLookup(tracer.captureAWSv3Client(new SFNClient({}))),
    reconciler,
    clock: systemClock,
    graceMs: sweepGraceSeconds() * 1000,
  });
  const metrics = new EmfMetricsSink(stageName());
  return {
    run: async (input: unknown) => {
      const { event } = input as { event?: unknown };
      const result = isScheduledEvent(event) ? await sweeper.sweep() : await reconciler.reconcile(event);
      metrics.record(reconciliationMetrics(result));
      return result;
    },
  };
}

/** 120 s unless set: the local cloud sets it when its clock runs fast, so the grace stays long in real time. */
function sweepGraceSeconds(): number {
  const value = Number(process.env.PLINTH_SWEEP_GRACE_SECONDS ?? 120);
  return Number.isFinite(value) && value >= 0 ? value : 120;
}

/**
 * The reconciler workflow's task function: `{ action: "reconcile", event }` → what it did, or why not.
 * An execution's status change reconciles its record; the `sweep` rule's scheduled event sweeps.
 */
export const handler = taskHandler("plinth-reconciler", build);
