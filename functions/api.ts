import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SFNClient } from "@aws-sdk/client-sfn";
import middy from "@middy/core";
import { apiGatewayJwtClaims, createApp } from "@plinth/api";
import {
  DynamoProfileStore,
  DynamoRequestStore,
  linked,
  StateMachineResource,
  StepFunctionsRunner,
  TableResource,
} from "@plinth/aws";
import { defaultPolicyConfig, ProvisioningService, ResourceNames, systemClock } from "@plinth/core";
import { handle } from "hono/aws-lambda";
import pkg from "../package.json" with { type: "json" };

// Built once per container. API Gateway's JWT authorizer has verified the token before we run.
const table = linked(ResourceNames.table, TableResource);
const logger = new Logger({ serviceName: "plinth-api" });
const dynamodb = new DynamoDBClient({});
const machine = (name: string) => linked(name, StateMachineResource).arn;

export const app = createApp({
  profiles: new DynamoProfileStore(dynamodb, table.name),
  provisioning: new ProvisioningService({
    store: new DynamoRequestStore(dynamodb, table.name),
    workflows: new StepFunctionsRunner(new SFNClient({}), {
      provisioning: machine("Provisioning"),
      teardown: machine("ProvisioningTeardown"),
      expiry: machine("ProvisioningExpiry"),
    }),
    clock: systemClock,
    policy: defaultPolicyConfig,
  }),
  authenticate: apiGatewayJwtClaims(),
  clock: systemClock,
  logger,
  version: pkg.version,
});

export const handler = middy(handle(app)).use(injectLambdaContext(logger));
