import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type LocalCloud, startLocalCloud } from "../packages/local/src/cloud";
import { alarmFor } from "../packages/local/src/standins/alarms";
import { machine, percentile, smoke, table } from "./support";

/**
 * Remediation through the local cloud, in one process:
 * - event → workflow start: from the moment a service breaks (CloudWatch's stand-in evaluates the
 *   alarm and puts the *Alarm State Change* event on the local default bus) to the Remediation
 *   execution's start date (rule → RemediationIntake → intake task, which opens the incident in
 *   DynamoDB → StartExecution), one alarm at a time on a real-time clock; the first event after
 *   boot (cold JVM and modules) is reported on its own;
 * - alarm → resolved: a leaking ECS service healed by ecs-restart-service, with the engine's clock
 *   1000× fast (30 s effect + 300 s verification wait = 330 s of workflow time);
 * - DynamoDB writes per incident, counted on every DynamoDB client in the process (the task
 *   functions run in-process here, as they would in their own Lambdas).
 */
const SCALE = 0.001;
const rounds = smoke ? 10 : 100;
const healRounds = smoke ? 3 : 20;

// Every write to the table, by operation; a transaction counts each item it writes.
const writes = { calls: 0, items: 0 };
const WRITES: Record<string, (input: Record<string, unknown>) => number> = {
  PutItemCommand: () => 1,
  UpdateItemCommand: () => 1,
  DeleteItemCommand: () => 1,
  TransactWriteItemsCommand: (input) => (input.TransactItems as unknown[]).length,
};
const send = DynamoDBClient.prototype.send;
DynamoDBClient.prototype.send = function (
  this: DynamoDBClient,
  command: { constructor: { name: string }; input: unknown },
  ...rest: unknown[]
) {
  const items = WRITES[command.constructor.name]?.(command.input as Record<string, unknown>);
  if (items !== undefined) {
    writes.calls += 1;
    writes.items += items;
  }
  return (send as (...args: unknown[]) => unknown).call(this, command, ...rest);
} as typeof send;

const until = async <T>(check: () => Promise<T | undefined | false>): Promise<T> => {
  for (let i = 0; i < 20_000; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error("never happened");
};

function helpers(cloud: LocalCloud) {
  const remediationArn = JSON.parse(String(process.env.SST_RESOURCE_Remediation)).arn as string;
  type Execution = { executionArn: string; status: string; startDate: number };
  const executions = async () =>
    (
      (await cloud.stepFunctions.handle("ListExecutions", { stateMachineArn: remediationArn, maxResults: 1000 })) as {
        executions: Execution[];
      }
    ).executions;
  const incident = async (alarm: string) => {
    const response = await fetch(`${cloud.apiUrl}/v1/incidents?team=payments&alarm=${alarm}`, {
      headers: { authorization: `Bearer ${cloud.tokens.ROOT}` },
    });
    return ((await response.json()) as { items: { id: string; status: string }[] }).items[0];
  };
  const service = (name: string, tags: Record<string, string> = {}) => {
    const key = cloud.fleet.add({ type: "ecs-service", id: `bench/${name}`, tags: { team: "payments", ...tags } });
    const alarm = alarmFor(key, "MemoryUtilization");
    cloud.cloudWatch.putMetricAlarm(alarm);
    return { key, alarm: alarm.AlarmName };
  };
  return { executions, incident, service };
}

// ── event → workflow start ───────────────────────────────────────────────────────────────────
// Opted-out services: the workflow escalates without acting or waiting; each round waits for the
// last to finish, so the number is one event's path, not a queue.
const latencies: number[] = [];
{
  const cloud = await startLocalCloud({ stage: "bench", logLevel: "ERROR" });
  const { executions, service } = helpers(cloud);
  for (let i = 0; i <= rounds; i++) {
    const { key } = service(`latency-${i}`, { "plinth:remediation": "off" });
    await cloud.cloudWatch.settled();
    const before = new Set((await executions()).map((e) => e.executionArn));
    const broke = Date.now();
    cloud.fleet.break(key, "memory-leak");
    const started = await until(async () => (await executions()).find((e) => !before.has(e.executionArn)));
    latencies.push(started.startDate * 1000 - broke);
    if (i % 10 === 0)
      process.stderr.write(`event → start: ${i}/${rounds} (${(started.startDate * 1000 - broke).toFixed(0)} ms)\n`);
    await until(async () => (await executions()).every((e) => e.status !== "RUNNING"));
  }
  await cloud.stop();
}
const [cold = Number.NaN, ...warm] = latencies;
warm.sort((a, b) => a - b);

const cloud = await startLocalCloud({ stage: "bench", timeScale: SCALE, logLevel: "ERROR" });
const { incident, service } = helpers(cloud);
// More heals than the default team budget (10 an hour) allows; a budget hold would end in ESCALATED.
const settings = await fetch(`${cloud.apiUrl}/v1/remediation/settings`, {
  method: "PATCH",
  headers: { authorization: `Bearer ${cloud.tokens.ROOT}`, "content-type": "application/json" },
  body: JSON.stringify({ teamActionsPerHour: 1000, globalActionsPerHour: 1000 }),
});
if (!settings.ok) throw new Error(`PATCH /v1/remediation/settings: ${settings.status} ${await settings.text()}`);

// ── alarm → resolved, and writes per incident ────────────────────────────────────────────────
const healed: number[] = [];
const writesPerIncident: { calls: number; items: number }[] = [];
for (let i = 0; i < healRounds; i++) {
  const { key, alarm } = service(`heal-${i}`);
  await cloud.cloudWatch.settled();
  await new Promise((resolve) => setTimeout(resolve, 50)); // the creation's OK event is taken in first
  writes.calls = 0;
  writes.items = 0;
  const started = performance.now();
  cloud.fleet.break(key, "memory-leak");
  await until(async () => (await incident(alarm))?.status === "RESOLVED");
  healed.push(performance.now() - started);
  await new Promise((resolve) => setTimeout(resolve, 50)); // the OK event the fix caused is noted too
  writesPerIncident.push({ ...writes });
}
healed.sort((a, b) => a - b);

// ── a repeat on an open incident ─────────────────────────────────────────────────────────────
const { key: repeatKey, alarm: repeatAlarm } = service("repeat", { "plinth:remediation": "off" });
cloud.fleet.break(repeatKey, "memory-leak");
await until(async () => (await incident(repeatAlarm))?.status === "ESCALATED");
writes.calls = 0;
writes.items = 0;
cloud.cloudWatch.control({ setAlarmState: { AlarmName: repeatAlarm, StateValue: "ALARM", StateReason: "again" } });
await cloud.cloudWatch.settled();
await new Promise((resolve) => setTimeout(resolve, 200));
const repeatWrites = { ...writes };
await cloud.stop();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(`\n## Remediation (${machine()})\n`);
console.log(
  table(
    ["measure", "runs", "p50", "p95", "goal"],
    [
      [
        "alarm event → Remediation execution started (ms)",
        rounds,
        percentile(warm, 0.5),
        percentile(warm, 0.95),
        "< 50",
      ],
      ["  the first event after boot (ms)", 1, cold, cold, ""],
      [
        `alarm → verified RESOLVED (ms real, clock ×${1 / SCALE}; 330 s of workflow time)`,
        healRounds,
        percentile(healed, 0.5),
        percentile(healed, 0.95),
        "",
      ],
    ],
  ),
);
console.log();
console.log(
  table(
    ["DynamoDB writes", "write calls", "items written"],
    [
      [
        "per incident, alarm → action → verified → resolved (+ the OK event)",
        median(writesPerIncident.map((w) => w.calls)),
        median(writesPerIncident.map((w) => w.items)),
      ],
      ["per repeated ALARM on an open incident", repeatWrites.calls, repeatWrites.items],
    ],
  ),
);
