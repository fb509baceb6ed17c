import { randomUUID } from "node:crypto";
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  type DescribeExecutionCommandOutput,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  SFNClient,
  StartExecutionCommand,
} from "@aws-sdk/client-sfn";
import type { StateMachine } from "@plinth/workflows";
import { afterAll, beforeAll, inject } from "vitest";
import { type LocalCloud, startLocalCloud } from "../../packages/local/src/cloud";
import type { Body } from "./http";

/**
 * A local cloud for Step Functions tests, driven through the real `@aws-sdk/client-sfn`. Time runs
 * 1000× fast (a 10 s Wait takes 10 ms), so no test sleeps. `settled` waits on the engine's own
 * completion promise instead of polling.
 */
export function useStepFunctions(timeScale = 0.001) {
  let cloud: LocalCloud;
  let sfn: SFNClient;
  beforeAll(async () => {
    cloud = await startLocalCloud({
      stage: `sfn${randomUUID().slice(0, 6)}`,
      dynamodbEndpoint: inject("dynamodbEndpoint"),
      timeScale,
    });
    sfn = new SFNClient({});
  });
  afterAll(async () => {
    sfn?.destroy();
    await cloud?.stop();
  });

  const deploy = async (definition: StateMachine | string, name = `m-${randomUUID().slice(0, 8)}`) => {
    const { stateMachineArn } = await sfn.send(
      new CreateStateMachineCommand({
        name,
        definition: typeof definition === "string" ? definition : JSON.stringify(definition),
        roleArn: "arn:aws:iam::000000000000:role/test",
      }),
    );
    return stateMachineArn as string;
  };

  const start = async (stateMachineArn: string, input: unknown = {}, name?: string) => {
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input), ...(name ? { name } : {}) }),
    );
    return executionArn as string;
  };

  const finished = async (executionArn: string): Promise<DescribeExecutionCommandOutput> => {
    await cloud.stepFunctions.settled(executionArn);
    return sfn.send(new DescribeExecutionCommand({ executionArn }));
  };

  /** Runs a definition to its end and returns DescribeExecution with the output parsed. */
  const run = async (definition: StateMachine, input: unknown = {}) => {
    const executionArn = await start(await deploy(definition), input);
    const execution = await finished(executionArn);
    return {
      ...execution,
      executionArn,
      result: execution.output === undefined ? undefined : (JSON.parse(execution.output) as Body),
    };
  };

  const history = async (executionArn: string): Promise<HistoryEvent[]> => {
    const events: HistoryEvent[] = [];
    let nextToken: string | undefined;
    do {
      const page = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000, nextToken }));
      events.push(...(page.events ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return events;
  };

  /** Polls the history (no timers of its own beyond a yield) until an event satisfies `predicate`. */
  const waitForEvent = async (
    executionArn: string,
    predicate: (event: HistoryEvent) => boolean,
  ): Promise<HistoryEvent> => {
    for (let attempt = 0; attempt < 2000; attempt++) {
      const found = (await history(executionArn)).find(predicate);
      if (found) return found;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error(`no history event of ${executionArn} matched`);
  };

  return {
    sfn: () => sfn,
    cloud: () => cloud,
    deploy,
    start,
    finished,
    run,
    history,
    waitForEvent,
  };
}
