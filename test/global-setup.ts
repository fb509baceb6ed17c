import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../packages/local/src/dynamodb-local";
import { ensurePortalBuilt } from "../packages/local/src/portal";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/**
 * One DynamoDB Local for the whole run; each test file makes its own table (test/support/dynamodb.ts).
 * The portal is built once here (when its sources changed), before any browser test or `npm start` serves it.
 */
export default async function setup(project: TestProject) {
  const [dynamodb] = await Promise.all([startDynamoDbLocal(), ensurePortalBuilt()]);
  project.provide("dynamodbEndpoint", dynamodb.endpoint);
  return () => dynamodb.stop();
}
