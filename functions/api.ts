import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import middy from "@middy/core";
import { apiGatewayJwtClaims, createApp } from "@plinth/api";
import { DynamoProfileStore, linked, TableResource } from "@plinth/aws";
import { ResourceNames, systemClock } from "@plinth/core";
import { handle } from "hono/aws-lambda";
import pkg from "../package.json" with { type: "json" };

// Built once per container. API Gateway's JWT authorizer has verified the token before we run.
const table = linked(ResourceNames.table, TableResource);
const logger = new Logger({ serviceName: "plinth-api" });

export const app = createApp({
  profiles: new DynamoProfileStore(new DynamoDBClient({}), table.name),
  authenticate: apiGatewayJwtClaims(),
  clock: systemClock,
  logger,
  version: pkg.version,
});

export const handler = middy(handle(app)).use(injectLambdaContext(logger));
