import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildCli } from "../packages/cli/build.mjs";
import { startDynamoDbLocal } from "../packages/local/src/dynamodb-local";
import { ensurePortalBuilt } from "../packages/local/src/portal";

declare module "vitest" {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    /** Where the e2e helpers log how many API answers they held to the OpenAPI document. */
    openapiLog: string;
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
  const openapiLog = mkdtempSync(join(tmpdir(), "plinth-openapi-"));
  project.provide("openapiLog", openapiLog);
  return async () => {
    await dynamodb.stop();
    const counts = readdirSync(openapiLog).flatMap((file) =>
      readFileSync(join(openapiLog, file), "utf8").split("\n").filter(Boolean).map(Number),
    );
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total > 0)
      process.stdout.write(
        `OpenAPI contract: ${total} API answers held to the OpenAPI document (status, media type, body schema)\n`,
      );
    rmSync(openapiLog, { recursive: true, force: true });
  };
}
