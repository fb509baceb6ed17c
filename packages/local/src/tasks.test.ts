import { resolve } from "node:path";
import type { WorkflowDeclaration } from "@plinth/workflows";
import { describe, expect, it } from "vitest";
import type { LambdaHandler } from "./stepfunctions/integrations";
import { registerTaskFunctions } from "./tasks";

const root = resolve(import.meta.dirname, "../../..");
const workflow = (handler: string): WorkflowDeclaration => ({
  name: "Sample",
  type: "STANDARD",
  tasks: { StampFunction: handler },
  definition: { StartAt: "P", States: { P: { Type: "Pass", End: true } } },
});

describe("registerTaskFunctions", () => {
  it("imports each task handler and registers it under the stack's function name", async () => {
    const lambdas = new Map<string, LambdaHandler>();
    expect(await registerTaskFunctions(lambdas, "dev", [workflow("test/fixtures/tasks.stamp")], root)).toEqual([
      "plinth-dev-SampleStampFunction",
    ]);
    const handler = lambdas.get("plinth-dev-SampleStampFunction");
    expect(await handler?.({ id: "r1" }, { functionName: "x", awsRequestId: "1" })).toEqual({ stamped: "r1" });
  });

  it("names the file and export when a handler is missing", async () => {
    await expect(registerTaskFunctions(new Map(), "dev", [workflow("test/fixtures/tasks.nope")], root)).rejects.toThrow(
      /does not export a function "nope"/,
    );
  });
});
