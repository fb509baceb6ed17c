import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import middy from "@middy/core";
import { apiGatewayJwtClaims, createApp } from "@plinth/api";
import { composeServices, environment, LazyLakeStorage, linkedStage } from "@plinth/aws";
import { systemClock } from "@plinth/core";
import { handle } from "hono/aws-lambda";
import { z } from "zod";
import pkg from "../package.json" with { type: "json" };

/** What the stack sets (stacks/api.ts) and Lambda provides; checked at start, named when missing. */
const Env = z.object({
  AWS_REGION: z.string().min(1),
  PLINTH_ACCOUNT: z.string().regex(/^\d{12}$/, "the 12-digit account id (stacks/api.ts sets it)"),
});

// Built once per container. API Gateway's JWT authorizer has verified the token before we run.
const env = environment(Env);
const logger = new Logger({ serviceName: "plinth-api" });
const stage = linkedStage();
const services = composeServices({
  clients: {
    dynamodb: new DynamoDBClient({}),
    sfn: new SFNClient({}),
    eventBridge: new EventBridgeClient({}),
  },
  // The S3 client is loaded by the first route that needs it (bundled as its own chunk: nodejs.splitting).
  lake: new LazyLakeStorage(stage.lakeBucket, async () => {
    const { S3LakeStorage, lakeS3Client } = await import("@plinth/aws/s3");
    return new S3LakeStorage(lakeS3Client(), stage.lakeBucket);
  }),
  ...stage,
  clock: systemClock,
  account: env.PLINTH_ACCOUNT,
  region: env.AWS_REGION,
});

export const app = createApp({
  ...services,
  authenticate: apiGatewayJwtClaims(),
  clock: systemClock,
  logger,
  version: pkg.version,
});

export const handler = middy(handle(app)).use(injectLambdaContext(logger));
