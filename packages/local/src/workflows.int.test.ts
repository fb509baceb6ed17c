import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { WorkflowDeclaration } from "@plinth/workflows";
import { describe, expect, it } from "vitest";
import { useStepFunctions } from "../../../test/support/sfn";
import { deployWorkflows, localBindings, taskFunctionName } from "./workflows";

const sf = useStepFunctions();

const sample: WorkflowDeclaration = {
  name: "Sample",
  type: "STANDARD",
  tasks: { StampFunction: "functions/tasks/sample.stamp" },
  definition: {
    StartAt: "Stamp",
    States: {
      Stamp: {
        Type: "Task",
        Resource: "${StampFunctionArn}",
        Parameters: { "id.$": "$.id", table: "${Table}" },
        Retry: [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 1 }],
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed" }],
        End: true,
      },
      Failed: { Type: "Fail", Error: "StampFailed" },
    },
  },
};

describe("deployWorkflows", () => {
  it("deploys a declaration with its placeholders bound to local names and its task functions resolved by name", async () => {
    const stage = "wf";
    sf.cloud().stepFunctions.lambdas.set(taskFunctionName(stage, "Sample", "StampFunction"), async (event) => ({
      stamped: event,
    }));
    const bindings = localBindings(stage, { tableName: "plinth-wf-table", busName: "plinth-wf-bus" });
    const deployed = await deployWorkflows(new SFNClient({}), stage, bindings, [sample]);
    expect(deployed.Sample?.name).toBe("plinth-wf-Sample");

    const { executionArn } = await sf
      .sfn()
      .send(new StartExecutionCommand({ stateMachineArn: deployed.Sample?.arn, input: '{"id":"r1"}' }));
    await sf.cloud().stepFunctions.settled(executionArn as string);
    const done = await sf.sfn().send(new DescribeExecutionCommand({ executionArn }));
    expect(JSON.parse(done.output ?? "")).toEqual({ stamped: { id: "r1", table: "plinth-wf-table" } });

    // Deploying again updates in place, as `sst deploy` would.
    expect((await deployWorkflows(new SFNClient({}), stage, bindings, [sample])).Sample?.arn).toBe(
      deployed.Sample?.arn,
    );
  });
});
