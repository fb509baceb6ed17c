import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import type { SFNClient } from "@aws-sdk/client-sfn";
import {
  Catalog,
  type Clock,
  Cost,
  Data,
  Delivery,
  InsightsService,
  type MetricsSink,
  Provisioning,
  Remediation,
  type WorkflowName,
  WorkflowNames,
} from "@plinth/core";
import { costedRequests, DynamoCostStore } from "./dynamodb/cost-store";
import { dataStores } from "./dynamodb/data-stores";
import { DynamoDocsCache } from "./dynamodb/docs-cache";
import { DynamoFreezeStore, DynamoGateStore, DynamoRollbackStore } from "./dynamodb/gate-store";
import { DynamoGuardrailStore } from "./dynamodb/guardrail-store";
import { DynamoIncidentStore } from "./dynamodb/incident-store";
import { DynamoInsightsReader } from "./dynamodb/insights-reader";
import { DynamoPipelineStore } from "./dynamodb/pipeline-store";
import { DynamoProfileStore } from "./dynamodb/profile-store";
import { DynamoRecommendationStore } from "./dynamodb/recommendation-store";
import { DynamoRequestStore } from "./dynamodb/request-store";
import { DynamoRunStore } from "./dynamodb/run-store";
import { DynamoServiceFacts } from "./dynamodb/service-facts";
import { DynamoServiceStore } from "./dynamodb/service-store";
import { DynamoWebhookDeliveryStore } from "./dynamodb/webhook-store";
import { platformPublisher } from "./eventbridge/publisher";
import { Actionlint } from "./github/actionlint";
import { githubAppFromLinks, webhookSecretsFromLinks } from "./github/config";
import { EmfMetricsSink } from "./metrics/emf";
import { type StateMachineArns, StepFunctionsRunner } from "./sfn/workflow-runner";

/** What the platform's services are built from: the SDK clients and the stage's resources. */
export interface PlatformResources {
  clients: { dynamodb: DynamoDBClient; sfn: SFNClient; eventBridge: EventBridgeClient };
  /** The lake (S3LakeStorage, or a LazyLakeStorage where start-up time matters). */
  lake: Data.LakeStorage;
  /** The Plinth stage (`PLINTH_STAGE`): part of the physical names it gives what it provisions. */
  stage: string;
  tableName: string;
  busName: string;
  lakeBucket: string;
  /** Each workflow's state machine ARN, by its one name. */
  stateMachineArn: (workflow: WorkflowName) => string;
  clock: Clock;
  /** Where manual incident reports name their resources. */
  account: string;
  region: string;
  policy?: Provisioning.PolicyConfig;
  /** The stage's GitHub App: from its linked secrets unless given. */
  github?: Delivery.GitHubApp;
  /** Where the platform's metrics go: EMF on stdout unless given. */
  metrics?: MetricsSink;
}

/** Every state machine ARN, from a lookup by workflow name. */
export function stateMachineArns(arnOf: (workflow: WorkflowName) => string): StateMachineArns {
  return Object.fromEntries(WorkflowNames.map((name) => [name, arnOf(name)])) as StateMachineArns;
}

/**
 * The app's one wiring: clients and linked resources → the services the API is built from. Lambda
 * (functions/api.ts), the local cloud and the tests all call this; none maps ports by hand.
 */
export function composeServices(resources: PlatformResources) {
  const { clients, tableName, clock } = resources;
  const workflows = new StepFunctionsRunner(clients.sfn, stateMachineArns(resources.stateMachineArn));
  const metrics = resources.metrics ?? new EmfMetricsSink(resources.stage);
  const events = platformPublisher(clients.eventBridge, resources.busName, resources.stage, metrics);
  const incidents = new DynamoIncidentStore(clients.dynamodb, tableName);
  const guardrails = new DynamoGuardrailStore(clients.dynamodb, tableName);
  const services = new DynamoServiceStore(clients.dynamodb, tableName);
  const pipelines = new DynamoPipelineStore(clients.dynamodb, tableName);
  const runs = new DynamoRunStore(clients.dynamodb, tableName);
  const github = resources.github ?? githubAppFromLinks();
  const provisioningStore = new DynamoRequestStore(clients.dynamodb, tableName);
  const provisioning = new Provisioning.ProvisioningService({
    store: provisioningStore,
    workflows,
    clock,
    policy: resources.policy ?? Provisioning.defaultPolicyConfig,
    stage: resources.stage,
    services,
  });
  return {
    metrics,
    workflows,
    incidents,
    profiles: new DynamoProfileStore(clients.dynamodb, tableName),
    costs: new Cost.CostService({
      store: new DynamoCostStore(clients.dynamodb, tableName),
      requests: costedRequests(provisioningStore),
      policy: resources.policy ?? Provisioning.defaultPolicyConfig,
      clock,
    }),
    recommendations: new Cost.RecommendationService({
      store: new DynamoRecommendationStore(clients.dynamodb, tableName),
      destroys: provisioning,
      events,
      clock,
    }),
    insights: new InsightsService({
      reader: new DynamoInsightsReader(clients.dynamodb, tableName),
      policy: resources.policy ?? Provisioning.defaultPolicyConfig,
      clock,
    }),
    provisioning,
    delivery: new Delivery.PipelineService({
      store: pipelines,
      installations: pipelines,
      github,
      linter: new Actionlint(),
      services,
      provisioning,
      workflows,
      events,
      clock,
    }),
    webhookSecrets: webhookSecretsFromLinks(),
    gates: new Delivery.GateService({
      gates: new DynamoGateStore(clients.dynamodb, tableName),
      freezes: new DynamoFreezeStore(clients.dynamodb, tableName),
      workflows,
      events,
      clock,
    }),
    runs: new Delivery.RunService({ pipelines, services, github, runs, deployments: runs, incidents, clock }),
    webhooks: new Delivery.GitHubWebhooks({
      deliveries: new DynamoWebhookDeliveryStore(clients.dynamodb, tableName),
      pipelines,
      runs,
      deployments: runs,
      workflows,
      events,
      clock,
    }),
    remediation: new Remediation.RemediationService({
      incidents,
      guardrails,
      workflows,
      events,
      clock,
      account: resources.account,
      region: resources.region,
    }),
    data: new Data.DataService({
      ...dataStores(clients.dynamodb, tableName),
      lake: resources.lake,
      workflows,
      events,
      clock,
      services,
    }),
    catalog: new Catalog.CatalogService({
      store: services,
      facts: new DynamoServiceFacts(clients.dynamodb, tableName),
      events,
      clock,
    }),
    serviceDocs: new Catalog.ServiceDocsReader({
      services,
      installations: pipelines,
      github,
      cache: new DynamoDocsCache(clients.dynamodb, tableName, () => clock.now()),
      clock,
    }),
  };
}

/** What remediation reads and does through delivery (deployments to link, rollbacks to run), over the table. */
export function remediationDelivery(
  dynamodb: DynamoDBClient,
  tableName: string,
  github: Delivery.GitHubApp,
): Remediation.RemediationDelivery {
  const runs = new DynamoRunStore(dynamodb, tableName);
  return {
    deployments: runs,
    runs,
    pipelines: new DynamoPipelineStore(dynamodb, tableName),
    rollbacks: new DynamoRollbackStore(dynamodb, tableName),
    github,
  };
}
