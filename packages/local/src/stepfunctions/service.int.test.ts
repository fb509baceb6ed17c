import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  RedriveExecutionCommand,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
  ValidateStateMachineDefinitionCommand,
} from "@aws-sdk/client-sfn";
import type { StateMachine } from "@plinth/workflows";
import { describe, expect, it } from "vitest";
import { useStepFunctions } from "../../../../test/support/sfn";

// The service's API, operation by operation, through the real @aws-sdk/client-sfn.
const sf = useStepFunctions();
const hello: StateMachine = { StartAt: "Hello", States: { Hello: { Type: "Pass", Result: "hello", End: true } } };
const waiting: StateMachine = { StartAt: "Hold", States: { Hold: { Type: "Wait", Seconds: 86_400, End: true } } };

describe("state machines", () => {
  it("creates, describes, updates and deletes a state machine", async () => {
    const arn = await sf.deploy(hello, "crud-machine");
    const described = await sf.sfn().send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(described).toMatchObject({
      name: "crud-machine",
      status: "ACTIVE",
      type: "STANDARD",
      definition: JSON.stringify(hello),
    });
    expect(described.creationDate).toBeInstanceOf(Date);

    const updated: StateMachine = {
      StartAt: "Hello",
      States: { Hello: { Type: "Pass", Result: "updated", End: true } },
    };
    await sf.sfn().send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: JSON.stringify(updated) }));
    expect((await sf.finished(await sf.start(arn))).output).toBe('"updated"');

    await sf.sfn().send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    await expect(sf.sfn().send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).rejects.toMatchObject({
      name: "StateMachineDoesNotExist",
    });
  });

  it("returns the same machine for an identical create, and refuses a different one with the same name", async () => {
    const first = await sf.deploy(hello, "same-name");
    expect(await sf.deploy(hello, "same-name")).toBe(first);
    await expect(sf.deploy(waiting, "same-name")).rejects.toMatchObject({ name: "StateMachineAlreadyExists" });
  });

  it("refuses an invalid definition with InvalidDefinition naming the problem", async () => {
    await expect(sf.deploy({ StartAt: "Nowhere", States: { A: { Type: "Pass", End: true } } })).rejects.toMatchObject({
      name: "InvalidDefinition",
      message: expect.stringContaining("Nowhere"),
    });
    await expect(sf.deploy("{not json")).rejects.toMatchObject({ name: "InvalidDefinition" });
    await expect(
      sf.deploy({
        QueryLanguage: "JSONata",
        StartAt: "A",
        States: { A: { Type: "Pass", Output: "{% $states.input. %}", End: true } },
      }),
    ).rejects.toMatchObject({ name: "InvalidDefinition", message: expect.stringContaining("JSONata") });
  });

  it("validates a definition without creating it", async () => {
    const ok = await sf.sfn().send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify(hello) }));
    expect(ok.result).toBe("OK");
    const bad = await sf
      .sfn()
      .send(new ValidateStateMachineDefinitionCommand({ definition: JSON.stringify({ StartAt: "X", States: {} }) }));
    expect(bad.result).toBe("FAIL");
    expect(bad.diagnostics?.[0]?.severity).toBe("ERROR");
  });

  it("lists state machines in pages", async () => {
    for (const name of ["page-a", "page-b", "page-c"]) await sf.deploy(hello, name);
    const names: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sf.sfn().send(new ListStateMachinesCommand({ maxResults: 2, nextToken }));
      expect(page.stateMachines?.length).toBeLessThanOrEqual(2);
      names.push(...(page.stateMachines ?? []).map((m) => m.name as string));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(names).toEqual(expect.arrayContaining(["page-a", "page-b", "page-c"]));
  });

  it("answers malformed ARNs with InvalidArn and missing fields with ValidationException", async () => {
    await expect(
      sf.sfn().send(new DescribeStateMachineCommand({ stateMachineArn: "not-an-arn" })),
    ).rejects.toMatchObject({ name: "InvalidArn" });
    await expect(
      sf.sfn().send(new CreateStateMachineCommand({ name: "x", roleArn: "r" } as never)),
    ).rejects.toMatchObject({
      name: "ValidationException",
    });
  });
});

describe("executions", () => {
  it("returns the running execution for a repeated name with the same input, and ExecutionAlreadyExists otherwise", async () => {
    const arn = await sf.deploy(waiting);
    const first = await sf.start(arn, { a: 1 }, "once");
    expect(await sf.start(arn, { a: 1 }, "once")).toBe(first);
    await expect(sf.start(arn, { a: 2 }, "once")).rejects.toMatchObject({ name: "ExecutionAlreadyExists" });
    await sf.sfn().send(new StopExecutionCommand({ executionArn: first }));
    await sf.finished(first);
    await expect(sf.start(arn, { a: 1 }, "once")).rejects.toMatchObject({ name: "ExecutionAlreadyExists" });
  });

  it("stops a running execution: ABORTED with the caller's error and cause", async () => {
    const executionArn = await sf.start(await sf.deploy(waiting));
    await sf.waitForEvent(executionArn, (event) => event.type === "WaitStateEntered");
    await sf.sfn().send(new StopExecutionCommand({ executionArn, error: "Cancelled", cause: "by alice" }));
    const done = await sf.finished(executionArn);
    expect(done).toMatchObject({ status: "ABORTED", error: "Cancelled", cause: "by alice" });
    expect((await sf.history(executionArn)).map((event) => event.type).slice(-2)).toEqual([
      "WaitStateAborted",
      "ExecutionAborted",
    ]);
  });

  it("lists executions filtered by status, newest first, in pages", async () => {
    const arn = await sf.deploy({
      StartAt: "Route",
      States: {
        Route: { Type: "Choice", Choices: [{ Variable: "$.fail", BooleanEquals: true, Next: "Bad" }], Default: "Good" },
        Bad: { Type: "Fail", Error: "Nope" },
        Good: { Type: "Succeed" },
      },
    });
    for (const fail of [false, true, false, true, true]) await sf.finished(await sf.start(arn, { fail }));
    const failed = await sf.sfn().send(new ListExecutionsCommand({ stateMachineArn: arn, statusFilter: "FAILED" }));
    expect(failed.executions?.map((e) => e.status)).toEqual(["FAILED", "FAILED", "FAILED"]);
    const firstPage = await sf.sfn().send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 2 }));
    expect(firstPage.executions).toHaveLength(2);
    const rest = await sf
      .sfn()
      .send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 10, nextToken: firstPage.nextToken }));
    expect(rest.executions).toHaveLength(3);
  });

  it("tells a missing execution apart from a malformed ARN", async () => {
    const arn = "arn:aws:states:us-east-1:000000000000:execution:nope:nope";
    await expect(sf.sfn().send(new DescribeExecutionCommand({ executionArn: arn }))).rejects.toMatchObject({
      name: "ExecutionDoesNotExist",
    });
    await expect(sf.sfn().send(new DescribeExecutionCommand({ executionArn: "nope" }))).rejects.toMatchObject({
      name: "InvalidArn",
    });
  });
});

describe("execution history", () => {
  it("records AWS event types with their details, in order, reversible and in pages", async () => {
    const { executionArn } = await sf.run(
      {
        StartAt: "Greet",
        States: {
          Greet: { Type: "Pass", Parameters: { "msg.$": "States.Format('hi {}', $.who)" }, Next: "Done" },
          Done: { Type: "Succeed" },
        },
      },
      { who: "ann" },
    );
    const events = await sf.history(executionArn as string);
    expect(events.map((event) => event.type)).toEqual([
      "ExecutionStarted",
      "PassStateEntered",
      "PassStateExited",
      "SucceedStateEntered",
      "SucceedStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events.map((event) => event.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events[0]?.executionStartedEventDetails?.input).toBe('{"who":"ann"}');
    expect(events[2]?.stateExitedEventDetails).toMatchObject({ name: "Greet", output: '{"msg":"hi ann"}' });
    expect(events[5]?.executionSucceededEventDetails?.output).toBe('{"msg":"hi ann"}');
    expect(events[1]?.timestamp).toBeInstanceOf(Date);

    const reversed = await sf
      .sfn()
      .send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 2 }));
    expect(reversed.events?.map((event) => event.type)).toEqual(["ExecutionSucceeded", "SucceedStateExited"]);
    const next = await sf.sfn().send(
      new GetExecutionHistoryCommand({
        executionArn,
        reverseOrder: true,
        maxResults: 2,
        nextToken: reversed.nextToken,
      }),
    );
    expect(next.events?.map((event) => event.id)).toEqual([4, 3]);

    const withoutData = await sf
      .sfn()
      .send(new GetExecutionHistoryCommand({ executionArn, includeExecutionData: false }));
    expect(withoutData.events?.[0]?.executionStartedEventDetails?.input).toBeUndefined();
  });
});

describe("RedriveExecution", () => {
  it("resumes a failed execution from the failed state, keeping the steps that had succeeded", async () => {
    let prepared = 0;
    let healthy = false;
    sf.cloud().stepFunctions.lambdas.set("prepare", async () => ++prepared);
    sf.cloud().stepFunctions.lambdas.set("apply", async (event) => {
      if (!healthy) throw Object.assign(new Error("stack is busy"), { name: "StackBusy" });
      return { applied: event };
    });
    const executionArn = await sf.start(
      await sf.deploy({
        StartAt: "Prepare",
        States: {
          Prepare: {
            Type: "Task",
            Resource: "arn:aws:lambda:us-east-1:000000000000:function:prepare",
            ResultPath: "$.prepared",
            Next: "Apply",
          },
          Apply: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:000000000000:function:apply", End: true },
        },
      }),
      { plan: "p1" },
    );
    const failed = await sf.finished(executionArn);
    expect(failed).toMatchObject({ status: "FAILED", error: "StackBusy", redriveStatus: "REDRIVABLE" });

    healthy = true;
    await sf.sfn().send(new RedriveExecutionCommand({ executionArn }));
    const done = await sf.finished(executionArn);
    expect(done).toMatchObject({ status: "SUCCEEDED", redriveCount: 1 });
    expect(JSON.parse(done.output ?? "")).toEqual({ applied: { plan: "p1", prepared: 1 } });
    expect(prepared).toBe(1);
    expect((await sf.history(executionArn)).map((event) => event.type)).toContain("ExecutionRedriven");
    await expect(sf.sfn().send(new RedriveExecutionCommand({ executionArn }))).rejects.toMatchObject({
      name: "ExecutionNotRedrivable",
    });
  });
});

describe("child executions (states:startExecution.sync:2)", () => {
  it("runs a child state machine and returns its output as JSON", async () => {
    const child = await sf.deploy({
      StartAt: "Echo",
      States: { Echo: { Type: "Pass", Parameters: { "got.$": "$.n" }, End: true } },
    });
    const { result } = await sf.run(
      {
        StartAt: "Child",
        States: {
          Child: {
            Type: "Task",
            Resource: "arn:aws:states:::states:startExecution.sync:2",
            Parameters: { StateMachineArn: child, "Input.$": "$" },
            ResultSelector: { "output.$": "$.Output" },
            End: true,
          },
        },
      },
      { n: 7 },
    );
    expect(result).toEqual({ output: { got: 7 } });
  });
});

describe("execution timeout", () => {
  it("ends TIMED_OUT when the machine's TimeoutSeconds passes", async () => {
    const { status, error } = await sf.run({ TimeoutSeconds: 60, ...waiting });
    expect(status).toBe("TIMED_OUT");
    expect(error).toBe("States.Timeout");
  });
});

describe("StartExecution input", () => {
  it("refuses input that is not JSON", async () => {
    const arn = await sf.deploy(hello);
    await expect(
      sf.sfn().send(new StartExecutionCommand({ stateMachineArn: arn, input: "{oops" })),
    ).rejects.toMatchObject({
      name: "InvalidExecutionInput",
    });
  });
});
