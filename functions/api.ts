import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import middy from "@middy/core";
import { apiGatewayJwtClaims, createApp } from "@plinth/api";
import {
  DynamoGuardrailStore,
  DynamoIncidentStore,
  DynamoProfileStore,
  DynamoRequestStore,
  dataStores,
  EventBridgePublisher,
  lakeS3Client,
  linked,
  NamedResource,
  S3LakeStorage,
  StateMachineResource,
  StepFunctionsRunner,
  TableResource,
} from "@plinth/aws";
import {
  DataService,
  defaultPolicyConfig,
  ProvisioningService,
  RemediationService,
  RemediationSteps,
  ResourceNames,
  systemClock,
} from "@plinth/core";
import { handle } from "hono/aws-lambda";
import pkg from "../package.json" with { type: "json" };

// Built once per container. API Gateway's JWT authorizer has verified the token before we run.
const table = linked(ResourceNames.table, TableResource);
const logger = new Logger({ serviceName: "plinth-api" });
const dynamodb = new DynamoDBClient({});
const machine = (name: string) => linked(name, StateMachineResource).arn;

const workflows = new StepFunctionsRunner(new SFNClient({}), {
  provisioning: machine("Provisioning"),
  teardown: machine("ProvisioningTeardown"),
  expiry: machine("ProvisioningExpiry"),
  remediation: machine("Remediation"),
  promotion: machine("Promotion"),
});
const incidents = new DynamoIncidentStore(dynamodb, table.name);
const guardrails = new DynamoGuardrailStore(dynamodb, table.name);
const events = new EventBridgePublisher(new EventBridgeClient({}), linked(ResourceNames.bus, NamedResource).name);

export const app = createApp({
  profiles: new DynamoProfileStore(dynamodb, table.name),
  provisioning: new ProvisioningService({
    store: new DynamoRequestStore(dynamodb, table.name),
    workflows,
    clock: systemClock,
    policy: defaultPolicyConfig,
  }),
  remediation: new RemediationService({
    incidents,
    guardrails,
    workflows,
    steps: new RemediationSteps({ incidents, guardrails, events, clock: systemClock }),
    clock: systemClock,
    // The stack sets the account; manual reports name resources in it.
    account: process.env.PLINTH_ACCOUNT ?? "000000000000",
    region: process.env.AWS_REGION ?? "us-east-1",
  }),
  data: new DataService({
    ...dataStores(dynamodb, table.name),
    lake: new S3LakeStorage(lakeS3Client(), linked(ResourceNames.lake, NamedResource).name),
    workflows,
    events,
    clock: systemClock,
  }),
  authenticate: apiGatewayJwtClaims(),
  clock: systemClock,
  logger,
  version: pkg.version,
});

export const handler = middy(handle(app)).use(injectLambdaContext(logger));
