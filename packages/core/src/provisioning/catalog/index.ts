import { fail } from "../../errors";
import { dynamodbTable } from "./dynamodb-table";
import { githubDeployRole } from "./github-deploy-role";
import { lambdaService } from "./lambda-service";
import { s3Bucket } from "./s3-bucket";
import { sqsQueue } from "./sqs-queue";
import type { CatalogTemplate } from "./template";

export * from "./github-deploy-role";
export * from "./prices";
export * from "./template";

/** The catalog: what teams can ask for. Adding a template here publishes it in the API and the stand-in. */
export const catalog: readonly CatalogTemplate[] = [s3Bucket, sqsQueue, dynamodbTable, lambdaService, githubDeployRole];

export function findTemplate(id: string): CatalogTemplate | undefined {
  return catalog.find((template) => template.id === id);
}

export function templateOrFail(id: string, field = "body.template"): CatalogTemplate {
  return (
    findTemplate(id) ??
    fail("validation_failed", `there is no template "${id}"; GET /v1/templates lists them`, [
      { field, message: `unknown template; one of ${catalog.map((t) => t.id).join(", ")}` },
    ])
  );
}

/** Every resource type any template renders: the CloudFormation stand-in accepts exactly these. */
export function catalogResourceTypes(): string[] {
  return [...new Set(catalog.flatMap((template) => template.resourceTypes))].sort();
}
