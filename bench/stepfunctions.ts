import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateStateMachineCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import type { StateMachine } from "@plinth/workflows";
import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, smoke, table } from "./support";

/**
 * bench/stepfunctions.ts — the local Step Functions service through the real SDK client:
 * executions/s and latency (StartExecution → execution ended) of a 10-state Pass chain and of a
 * 5-Task chain of DynamoDB integrations, and heap per 1,000 executions waiting in a Wait state.
 * Run with --expose-gc (bench/run.ts does) for the memory figure.
 */
const executions = smoke ? 50 : Number(process.env.BENCH_EXECUTIONS ?? 2000);
const concurrency = 16;

function passChain(): StateMachine {
  const states: StateMachine["States"] = {};
  for (let i = 0; i < 10; i++) {
    states[`S${i}`] =
      i < 9
        ? { Type: "Pass", Parameters: { step: i, "id.$": "$.id" }, Next: `S${i + 1}` }
        : { Type: "Pass", End: true };
  }
  return { StartAt: "S0", States: states };
}

function dynamoChain(table: string): StateMachine {
  const key = { pk: { "S.$": "$.id" }, sk: { S: "META" } };
  return {
    StartAt: "Put",
    States: {
      Put: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:putItem",
        Parameters: { TableName: table, Item: { ...key, n: { N: "1" } } },
        ResultPath: null,
        Next: "Update",
      },
      Update: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:updateItem",
        Parameters: {
          TableName: table,
          Key: key,
          UpdateExpression: "SET n = n + :one",
          ExpressionAttributeValues: { ":one": { N: "1" } },
        },
        ResultPath: null,
        Next: "Get",
      },
      Get: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:getItem",
        Parameters: { TableName: table, Key: key },
        ResultPath: "$.item",
        Next: "Check",
      },
      Check: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:updateItem",
        Parameters: {
          TableName: table,
          Key: key,
          UpdateExpression: "SET done = :t",
          ConditionExpression: "n = :two",
          ExpressionAttributeValues: { ":t": { BOOL: true }, ":two": { N: "2" } },
        },
        ResultPath: null,
        Next: "Delete",
      },
      Delete: {
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:deleteItem",
        Parameters: { TableName: table, Key: key },
        ResultPath: null,
        End: true,
      },
    },
  };
}

/** One run of every case, in memory or durable (PLINTH_DATA_DIR: the journal, and DynamoDB on disk). */
async function measure(
  dataDir?: string,
): Promise<{ rows: (string | number)[][]; perThousand: number; enginePerThousand: number }> {
  const cloud = await startLocalCloud({ stage: "bench", logLevel: "SILENT", ...(dataDir ? { dataDir } : {}) });
  const sfn = new SFNClient({});
  const deploy = async (name: string, definition: StateMachine) =>
    (
      await sfn.send(
        new CreateStateMachineCommand({
          name,
          definition: JSON.stringify(definition),
          roleArn: "arn:aws:iam::000000000000:role/bench",
        }),
      )
    ).stateMachineArn as string;

  const rows: (string | number)[][] = [];
  for (const [name, definition] of [
    ["10-state Pass chain", passChain()],
    ["5-Task DynamoDB chain", dynamoChain(cloud.tableName)],
  ] as const) {
    const arn = await deploy(name.replace(/[^A-Za-z0-9]/g, "-"), definition);
    const run = async (id: number) => {
      const started = performance.now();
      const { executionArn } = await sfn.send(
        new StartExecutionCommand({ stateMachineArn: arn, input: JSON.stringify({ id: `E#${id}` }) }),
      );
      await cloud.stepFunctions.settled(executionArn as string);
      return performance.now() - started;
    };
    for (let i = 0; i < 50; i++) await run(-i - 1); // warm-up
    const latencies: number[] = [];
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < executions) {
          latencies.push(await run(next++));
          if (process.env.BENCH_PROGRESS && latencies.length % 100 === 0) console.error(name, latencies.length);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    latencies.sort((a, b) => a - b);
    rows.push([
      name,
      executions,
      concurrency,
      percentile(latencies, 0.5),
      percentile(latencies, 0.95),
      executions / seconds,
    ]);
  }

  const gc = (globalThis as { gc?: () => void }).gc;
  const waiting = smoke ? 200 : 1000;
  const waitArn = await deploy("wait-a-day", {
    StartAt: "Hold",
    States: { Hold: { Type: "Wait", Seconds: 86_400, End: true } },
  });
  const startWaiting = async (count: number, offset: number) => {
    for (let i = offset; i < offset + count; i++) {
      await sfn.send(
        new StartExecutionCommand({
          stateMachineArn: waitArn,
          input: JSON.stringify({ id: i, note: "waiting for approval" }),
        }),
      );
    }
  };
  // The figure is a slope: heap after N more waiting executions minus heap before them, so one-time
  // allocations (SDK caches, JIT, earlier cases' garbage) stay out of it.
  const settledHeap = async () => {
    for (let i = 0; i < 3; i++) {
      gc?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    return process.memoryUsage().heapUsed;
  };
  await startWaiting(500, 1_000_000);
  const before = await settledHeap();
  await startWaiting(waiting, 0);
  const after = await settledHeap();
  const perThousand = ((after - before) / waiting) * 1000;
  // The same with the local EventBridge's archive emptied at each reading: every start publishes a
  // RUNNING status change, and the archive (bounded: the last 10,000 events) keeps it. The engine's
  // own cost is the figure without it.
  const archive = cloud.eventBridge.archive;
  await startWaiting(500, 2_000_000);
  archive.splice(0);
  const engineBefore = await settledHeap();
  await startWaiting(waiting, 3_000_000);
  archive.splice(0);
  const engineAfter = await settledHeap();
  const enginePerThousand = ((engineAfter - engineBefore) / waiting) * 1000;
  await cloud.stop();
  sfn.destroy();
  return { rows, perThousand, enginePerThousand };
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = await measure();
  const folder = mkdtempSync(join(tmpdir(), "plinth-bench-sfn-"));
  const durable = await measure(folder);
  rmSync(folder, { recursive: true, force: true });

  console.log(`\n## Local Step Functions through @aws-sdk/client-sfn — ${machine()}`);
  console.log(
    `${executions} executions per case, ${concurrency} in flight; latency = StartExecution call → execution ended.` +
      " Durable: PLINTH_DATA_DIR set — the journal on disk (and DynamoDB Local on disk, which the DynamoDB chain also pays).\n",
  );
  const label = (mode: string, rows: (string | number)[][]) =>
    rows.map(([name, ...rest]) => [`${name} (${mode})`, ...rest]);
  console.log(
    table(
      ["case", "executions", "in flight", "p50 ms", "p95 ms", "executions/s"],
      [...label("in memory", memory.rows), ...label("durable", durable.rows)],
    ),
  );
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
  console.log(
    `\nHeap per 1,000 executions waiting in a Wait state: ${mib(memory.perThousand)} MiB in memory, ` +
      `${mib(durable.perThousand)} MiB durable${gc ? "" : " (run with --expose-gc for a stable figure)"}` +
      `; the engine alone (the event archive emptied at each reading): ${mib(memory.enginePerThousand)} MiB in memory, ` +
      `${mib(durable.enginePerThousand)} MiB durable`,
  );
  const throughput = (rows: (string | number)[][]) => Number(rows[0]?.[5]);
  console.log(
    `Durability cost: Pass chain ${(100 * (1 - throughput(durable.rows) / throughput(memory.rows))).toFixed(1)} % fewer executions/s; ` +
      `waiting heap ${(100 * (durable.enginePerThousand / memory.enginePerThousand - 1)).toFixed(1)} % more (engine alone)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
