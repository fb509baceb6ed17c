import { CreateStateMachineCommand, RedriveExecutionCommand, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import type { Body } from "./support/http";
import { useStepFunctions } from "./support/sfn";

// Issue 16, item 1: the local Step Functions puts AWS's *Execution Status Change* events on the
// default bus for Standard workflows, as AWS does; the reconciler's rule will read them.
const sf = useStepFunctions();

const statusesOf = (executionArn: string): Body[] =>
  sf
    .cloud()
    .eventBridge.archive.filter(
      ({ bus, event }) =>
        bus === "default" &&
        event.source === "aws.states" &&
        (event.detail as { executionArn?: string }).executionArn === executionArn,
    )
    .map(({ event }) => ({ ...(event.detail as Body), resources: event.resources }));

describe("Step Functions Execution Status Change events", () => {
  it("announce RUNNING then SUCCEEDED with the output", async () => {
    const { executionArn } = await sf.run({
      StartAt: "Done",
      States: { Done: { Type: "Pass", Result: { ok: 1 }, End: true } },
    });
    const events = statusesOf(executionArn);
    expect(events.map((e) => e.status)).toEqual(["RUNNING", "SUCCEEDED"]);
    expect(events[1]).toMatchObject({
      output: '{"ok":1}',
      outputDetails: { included: true },
      resources: [executionArn],
    });
    expect(events[1].stopDate).toBeGreaterThanOrEqual(events[1].startDate);
  });

  it("announce FAILED with the error and cause, and say the execution can be redriven; a redrive is PENDING_REDRIVE then RUNNING", async () => {
    const { executionArn, status } = await sf.run({
      StartAt: "Boom",
      States: { Boom: { Type: "Fail", Error: "Plinth.Test", Cause: "on purpose" } },
    });
    expect(status).toBe("FAILED");
    expect(statusesOf(executionArn).at(-1)).toMatchObject({
      status: "FAILED",
      error: "Plinth.Test",
      cause: "on purpose",
      output: null,
    });
    const redriven = await sf.run({
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "missing" },
          End: true,
        },
      },
    });
    expect(statusesOf(redriven.executionArn).at(-1)).toMatchObject({ status: "FAILED", redriveStatus: "REDRIVABLE" });
    sf.cloud().stepFunctions.lambdas.set("missing", async () => ({ now: "there" }));
    await sf.sfn().send(new RedriveExecutionCommand({ executionArn: redriven.executionArn }));
    await sf.finished(redriven.executionArn);
    expect(statusesOf(redriven.executionArn).map((e) => e.status)).toEqual([
      "RUNNING",
      "FAILED",
      "PENDING_REDRIVE",
      "RUNNING",
      "SUCCEEDED",
    ]);
    expect(statusesOf(redriven.executionArn).at(-1)).toMatchObject({ redriveCount: 1 });
  });

  it("announce ABORTED for a stopped execution and TIMED_OUT past TimeoutSeconds", async () => {
    const waiting = await sf.start(
      await sf.deploy({ StartAt: "Wait", States: { Wait: { Type: "Wait", Seconds: 3600, End: true } } }),
    );
    await sf
      .sfn()
      .send(new StopExecutionCommand({ executionArn: waiting, error: "Operator", cause: "from the console" }));
    await sf.finished(waiting);
    expect(statusesOf(waiting).map((e) => e.status)).toEqual(["RUNNING", "ABORTED"]);
    expect(statusesOf(waiting)[1]).toMatchObject({ error: "Operator", cause: "from the console" });

    const slow = await sf.run({
      TimeoutSeconds: 5,
      StartAt: "Wait",
      States: { Wait: { Type: "Wait", Seconds: 3600, End: true } },
    });
    expect(statusesOf(slow.executionArn).map((e) => e.status)).toEqual(["RUNNING", "TIMED_OUT"]);
  });

  it("are not sent for Express workflows, as in AWS", async () => {
    const { stateMachineArn } = await sf.sfn().send(
      new CreateStateMachineCommand({
        name: `express-${Date.now()}`,
        type: "EXPRESS",
        roleArn: "arn:aws:iam::000000000000:role/test",
        definition: JSON.stringify({ StartAt: "Done", States: { Done: { Type: "Pass", End: true } } }),
      }),
    );
    const executionArn = await sf.start(stateMachineArn as string);
    await sf.finished(executionArn);
    expect(statusesOf(executionArn)).toEqual([]);
  });
});
