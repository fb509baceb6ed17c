import { workflows } from "@plinth/workflows";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2, Context } from "aws-lambda";
import { beforeAll, describe, expect, it } from "vitest";
import { useFreshTable } from "../test/support/dynamodb";

const table = useFreshTable();
let handler: (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyResultV2>;

beforeAll(async () => {
  // The entry reads its table the way SST links it, before the module builds its adapters.
  process.env.SST_RESOURCE_Table = JSON.stringify({ name: table.tableName() });
  process.env.SST_RESOURCE_Bus = JSON.stringify({ name: "plinth-test-bus" });
  process.env.SST_RESOURCE_Lake = JSON.stringify({ name: "plinth-test-lake" });
  for (const { name } of workflows) {
    const arn = `arn:aws:states:us-east-1:123456789012:stateMachine:plinth-test-${name}`;
    process.env[`SST_RESOURCE_${name}`] = JSON.stringify({ name: `plinth-test-${name}`, arn });
  }
  process.env.POWERTOOLS_LOG_LEVEL = "SILENT";
  // sst.config.ts gives every function its stage.
  process.env.PLINTH_STAGE = "test";
  // Without the account the stack sets, the function refuses to start and names the variable.
  delete process.env.PLINTH_ACCOUNT;
  const again = "./api?without-account";
  await expect(import(/* @vite-ignore */ again)).rejects.toThrow(/PLINTH_ACCOUNT/);
  process.env.PLINTH_ACCOUNT = "123456789012";
  ({ handler } = (await import("./api")) as unknown as { handler: typeof handler });
});

const context = {
  functionName: "plinth-test-api",
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:plinth-test-api",
  memoryLimitInMB: "1024",
  awsRequestId: "req-1",
  getRemainingTimeInMillis: () => 10_000,
} as unknown as Context;

function event(path: string, claims?: Record<string, string>): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "api.example.com", "x-correlation-id": "corr-42" },
    isBase64Encoded: false,
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.com",
      domainPrefix: "api",
      http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "10.0.0.1", userAgent: "vitest" },
      requestId: "r1",
      routeKey: "$default",
      stage: "$default",
      time: "22/Nov/2026:00:00:00 +0000",
      timeEpoch: 0,
      authorizer: claims ? { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } } : undefined,
    },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

describe("functions/api.ts behind API Gateway", () => {
  it("answers GET /v1/me from the JWT authorizer's claims, array claims flattened as API Gateway sends them", async () => {
    const result = (await handler(
      event("/v1/me", { sub: "maya", teams: "[payments search]", roles: "[developer]" }),
      context,
    )) as {
      statusCode: number;
      body: string;
      headers: Record<string, string>;
    };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({
      sub: "maya",
      teams: ["payments", "search"],
      roles: ["developer"],
      profile: null,
    });
    expect(result.headers["x-correlation-id"]).toBe("corr-42");
  });

  it("refuses a request that did not pass the authorizer", async () => {
    const result = (await handler(event("/v1/me"), context)) as {
      statusCode: number;
      body: string;
      headers: Record<string, string>;
    };
    expect(result.statusCode).toBe(401);
    expect(result.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse(result.body).type).toBe("https://plinth.dev/problems/unauthenticated");
  });

  it("serves /healthz without claims", async () => {
    const result = (await handler(event("/healthz"), context)) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ status: "ok" });
  });
});
