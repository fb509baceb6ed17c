import type { TestProject } from "vitest/node";
import { buildCli } from "../packages/cli/build.mjs";
import { startDynamoDbLocal } from "../packages/local/src/dynamodb-local";
import { ensurePortalBuilt } from "../packages/local/src/portal";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/**
 * One DynamoDB Local for the whole run; each test file makes its own table (test/support/dynamodb.ts).
 * The portal is built once here (when its sources changed), before any browser test or `npm start` serves it,
 * and the CLI's bundle, before the tests that run the `plinth` binary.
 */
export default async function setup(project: TestProject) {
  const [dynamodb] = await Promise.all([startDynamoDbLocal(), ensurePortalBuilt(), buildCli()]);
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return () => dynamodb.stop();
}
