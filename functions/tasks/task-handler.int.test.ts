import { createSocket } from "node:dgram";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import type { Context } from "aws-lambda";
import { afterAll, describe, expect, it } from "vitest";
import { useFreshTable } from "../../test/support/dynamodb";

// Issue 22: the task functions are traced. Run as Lambda runs them — the X-Ray SDK's Lambda mode
// (LAMBDA_TASK_ROOT, the trace header Lambda sets), its daemon a UDP socket of this test's — against
// DynamoDB Local, and read the documents the SDK sends. The variables are set before the Tracer loads.
const daemon = createSocket("udp4");
const documents: Record<string, unknown>[] = [];
daemon.on("message", (message) => {
  // `{"format":"json","version":1}\n{…the segment…}`
  documents.push(JSON.parse(message.toString("utf8").split("\n")[1] ?? "{}"));
});
await new Promise<void>((resolve) => daemon.bind(0, "127.0.0.1", resolve));
const TRACE = "1-67a1b2c3-0123456789abcdef01234567";
Object.assign(process.env, {
  AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${daemon.address().port}`,
  AWS_EXECUTION_ENV: "AWS_Lambda_nodejs24.x",
  AWS_LAMBDA_FUNCTION_NAME: "plinth-test-PromotionTaskFunction",
  LAMBDA_TASK_ROOT: "/var/task",
  _HANDLER: "index.handler",
  _X_AMZN_TRACE_ID: `Root=${TRACE};Parent=53995c3f42cd8ad8;Sampled=1`,
});
const { taskHandler } = await import("./task-handler");
afterAll(() => daemon.close());

const { client, tableName } = useFreshTable();
const context = {
  functionName: "plinth-test-PromotionTaskFunction",
  functionVersion: "$LATEST",
  invokedFunctionArn: "arn:aws:lambda:us-east-1:000000000000:function:plinth-test-PromotionTaskFunction",
  memoryLimitInMB: "512",
  awsRequestId: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
  logGroupName: "/aws/lambda/plinth-test",
  logStreamName: "2026/12/01/[$LATEST]abc",
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60_000,
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
} satisfies Context;

describe("a task function, traced", () => {
  it("sends the invocation with the step's action, and each AWS call of a client it wrapped", async () => {
    const handler = taskHandler("plinth-test", (tracer) => {
      const dynamodb = tracer.captureAWSv3Client(client());
      return {
        run: async () => {
          await dynamodb.send(
            new GetItemCommand({ TableName: tableName(), Key: { pk: { S: "RUN#r1" }, sk: { S: "META" } } }),
          );
          return { outcome: "run" };
        },
      };
    });
    expect(await handler({ action: "load", promotionId: "r1" }, context)).toEqual({ outcome: "run" });

    // In Lambda the SDK streams each closed subsegment on its own, naming its parent.
    type Document = {
      id: string;
      name: string;
      trace_id: string;
      parent_id?: string;
      namespace?: string;
      annotations?: Record<string, unknown>;
      aws?: { operation?: string; table_name?: string };
    };
    const named = (name: string) => (documents as Document[]).find((d) => d.name === name);
    await expect
      .poll(() => (documents as Document[]).map((d) => d.name))
      .toEqual(expect.arrayContaining(["## index.handler", "DynamoDB"]));
    const invocation = named("## index.handler") as Document;
    expect(invocation.trace_id).toBe(TRACE);
    expect(invocation.annotations).toMatchObject({ action: "load", Service: "plinth-test" });
    expect(named("DynamoDB")).toMatchObject({
      trace_id: TRACE,
      parent_id: invocation.id,
      namespace: "aws",
      aws: { operation: "GetItem", table_name: tableName() },
    });
  });
});
