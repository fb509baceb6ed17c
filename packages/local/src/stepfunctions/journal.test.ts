import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StateMachine } from "@plinth/workflows";
import { afterEach, describe, expect, it } from "vitest";
import { manualClock } from "./clock";
import type { LambdaHandler } from "./integrations";
import { StepFunctionsService } from "./service";

// Durable local workflows (issue 16, item 4): a service on a directory, stopped mid-flight, and a new
// service on the same directory that resumes. Driven through the service's JSON protocol handler on a
// clock that moves only when told, so the deadlines are exact.
const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const HOUR = 3_600_000;
const approvalThenWait: StateMachine = {
  StartAt: "Prepare",
  States: {
    Prepare: { Type: "Pass", Result: "prepared", ResultPath: "$.prepared", Next: "Approve" },
    Approve: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { FunctionName: "notify", Payload: { "token.$": "$$.Task.Token" } },
      ResultPath: "$.approval",
      Next: "Hold",
    },
    Hold: { Type: "Wait", Seconds: 3600, Next: "Work" },
    Work: {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:000000000000:function:work",
      ResultPath: "$.worked",
      End: true,
    },
  },
};

function world(directory: string, clock: ReturnType<typeof manualClock>) {
  const tokens: string[] = [];
  const work: { input: unknown; finish: (output: unknown) => void }[] = [];
  const lambdas = new Map<string, LambdaHandler>([
    [
      "notify",
      async (event) => {
        tokens.push((event as { token: string }).token);
        return {};
      },
    ],
    ["work", (event) => new Promise((resolve) => work.push({ input: event, finish: resolve }))],
  ]);
  const service = new StepFunctionsService({ clock, lambdas, directory });
  const call = (operation: string, input: Record<string, unknown>) =>
    service.handle(operation, input) as Promise<Record<string, unknown>>;
  return { service, call, tokens, work };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function started(directory: string, clock: ReturnType<typeof manualClock>) {
  const first = world(directory, clock);
  const { stateMachineArn } = await first.call("CreateStateMachine", {
    name: "durable",
    definition: JSON.stringify(approvalThenWait),
    roleArn: "arn:aws:iam::000000000000:role/r",
  });
  const { executionArn } = await first.call("StartExecution", {
    stateMachineArn,
    name: "e1",
    input: JSON.stringify({ id: 1 }),
  });
  await settle();
  return { first, stateMachineArn: String(stateMachineArn), executionArn: String(executionArn) };
}

/**
 * A new service on the folder: the execution is still RUNNING, resumes without calling its callback
 * task again, and takes the approval with the token the first process handed out.
 */
async function resumedAndApproved(
  directory: string,
  clock: ReturnType<typeof manualClock>,
  executionArn: string,
  token: string | undefined,
) {
  const second = world(directory, clock);
  expect(await second.call("DescribeExecution", { executionArn })).toMatchObject({ status: "RUNNING" });
  expect(second.service.resume()).toBe(1);
  await settle();
  expect(second.tokens).toEqual([]);
  await second.call("SendTaskSuccess", { taskToken: token, output: JSON.stringify({ approved: true }) });
  await settle();
  return second;
}

describe("durable local workflows", () => {
  const fresh = () => {
    const directory = mkdtempSync(join(tmpdir(), "plinth-sfn-"));
    directories.push(directory);
    return directory;
  };

  it("a callback task keeps waiting after a restart, with the same token and without calling again", async () => {
    const directory = fresh();
    const clock = manualClock();
    const { first, executionArn } = await started(directory, clock);
    expect(first.tokens).toHaveLength(1);
    await first.service.shutdown();
    // Stopped, not ended: nothing is recorded as ABORTED.
    const second = await resumedAndApproved(directory, clock, executionArn, first.tokens[0]);
    expect(clock.pending()).toBe(1); // the Wait
    clock.advance(HOUR);
    await settle();
    expect(second.work).toHaveLength(1);
    expect(second.work[0]?.input).toMatchObject({ id: 1, prepared: "prepared", approval: { approved: true } });
    second.work[0]?.finish("done");
    await second.service.settled(executionArn);
    expect(await second.call("DescribeExecution", { executionArn })).toMatchObject({ status: "SUCCEEDED" });
  });

  it("a Wait ends at its original deadline, and a Task that was running is run again", async () => {
    const directory = fresh();
    const clock = manualClock();
    const { first, executionArn } = await started(directory, clock);
    await first.call("SendTaskSuccess", { taskToken: first.tokens[0], output: "{}" });
    await settle();
    clock.advance(HOUR / 4);
    await first.service.shutdown();

    const second = world(directory, clock);
    second.service.resume();
    await settle();
    clock.advance((3 * HOUR) / 4 - 1);
    await settle();
    expect(second.work).toHaveLength(0);
    clock.advance(1);
    await settle();
    expect(second.work).toHaveLength(1);
    // Stopped while `work` runs (an in-flight task is awaited, its answer not recorded).
    const stopping = second.service.shutdown();
    second.work[0]?.finish("lost");
    await stopping;

    // Killed while `work` ran: the third process runs it again (at least once).
    const third = world(directory, clock);
    third.service.resume();
    await settle();
    expect(third.work).toHaveLength(1);
    third.work[0]?.finish("done");
    await third.service.settled(executionArn);
    const described = await third.call("DescribeExecution", { executionArn });
    expect(described).toMatchObject({ status: "SUCCEEDED" });
    expect(JSON.parse(String(described.output))).toMatchObject({ worked: "done" });
    // One history across the three processes, numbered on.
    const { events } = (await third.call("GetExecutionHistory", { executionArn })) as {
      events: { id: number; type: string }[];
    };
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.type).toBe("ExecutionStarted");
    expect(events.at(-1)?.type).toBe("ExecutionSucceeded");
  });

  it("a save torn by a kill is dropped: the execution resumes from its previous save, and the log stays whole", async () => {
    const directory = fresh();
    const clock = manualClock();
    const { first, executionArn } = await started(directory, clock);
    // Killed (no shutdown) in the middle of appending the execution's next save.
    appendFileSync(join(directory, "executions.log"), `${executionArn}\t{"arn":"${executionArn}","status":"SUCC`);
    const second = await resumedAndApproved(directory, clock, executionArn, first.tokens[0]);
    clock.advance(HOUR);
    await settle();
    second.work[0]?.finish("done");
    await second.service.settled(executionArn);
    await second.service.shutdown();
    // Compacted on open: one line per execution, each whole (the fragment did not glue onto the next save).
    const third = world(directory, clock);
    expect(await third.call("DescribeExecution", { executionArn })).toMatchObject({ status: "SUCCEEDED" });
    await third.service.shutdown();
    const lines = readFileSync(join(directory, "executions.log"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]?.split("\t")[1] ?? "")).toMatchObject({ arn: executionArn, status: "SUCCEEDED" });
  });

  it("keeps ended executions and their machines; an execution's end survives, and without a directory nothing does", async () => {
    const directory = fresh();
    const clock = manualClock();
    const { first, stateMachineArn, executionArn } = await started(directory, clock);
    await first.call("StopExecution", { executionArn, error: "Operator", cause: "by hand" });
    await first.service.settled(executionArn);
    await first.service.shutdown();
    const second = world(directory, clock);
    expect(second.service.resume()).toBe(0);
    expect(await second.call("DescribeStateMachine", { stateMachineArn })).toMatchObject({ name: "durable" });
    expect(await second.call("DescribeExecution", { executionArn })).toMatchObject({
      status: "ABORTED",
      error: "Operator",
      cause: "by hand",
    });

    const memory = new StepFunctionsService({ clock });
    await expect(memory.handle("DescribeStateMachine", { stateMachineArn })).rejects.toMatchObject({
      type: "StateMachineDoesNotExist",
    });
  });
});
