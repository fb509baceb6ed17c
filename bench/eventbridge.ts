import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from "@aws-sdk/client-eventbridge";
import { CreateStateMachineCommand, SFNClient } from "@aws-sdk/client-sfn";
import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, smoke, table } from "./support";

/**
 * bench/eventbridge.ts — PutEvents → target started, through the real SDK clients, with 100 rules
 * on the bus (one of which matches each event; the other 99 use prefix, numeric, wildcard, $or and
 * anything-but so matching is not trivial). The target is a state machine whose first state is a
 * Task stamping the time it starts; latency is from the PutEvents call to that stamp.
 */
const events = smoke ? 200 : 5000;
const inFlight = 8;

async function main(): Promise<void> {
  const cloud = await startLocalCloud({ stage: "bench-eb", logLevel: "SILENT" });
  const sfn = new SFNClient({});
  const eventBridge = new EventBridgeClient({});
  const bus = "bench-bus";
  await eventBridge.send(new CreateEventBusCommand({ Name: bus }));

  const startedAt = new Map<string, number>();
  cloud.stepFunctions.lambdas.set("stamp", async (event) => {
    startedAt.set((event as { id: string }).id, performance.now());
    return {};
  });
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: "stamped",
      roleArn: "arn:aws:iam::000000000000:role/bench",
      definition: JSON.stringify({
        StartAt: "Stamp",
        States: {
          Stamp: {
            Type: "Task",
            Resource: "arn:aws:lambda:us-east-1:000000000000:function:stamp",
            Parameters: { "id.$": "$.detail.n" },
            End: true,
          },
        },
      }),
    }),
  );

  for (let i = 0; i < 99; i++) {
    const pattern = [
      { source: [{ prefix: `team-${i}.` }] },
      { detail: { n: [{ numeric: [">", 1e9 + i] }] } },
      { "detail-type": [{ wildcard: `Noise ${i} *` }] },
      { $or: [{ source: [`other-${i}`] }, { detail: { kind: [`k${i}`] } }] },
      { source: ["bench"], detail: { kind: [{ "anything-but": ["match", `x${i}`] }] } },
    ][i % 5];
    await eventBridge.send(
      new PutRuleCommand({ Name: `noise-${i}`, EventBusName: bus, EventPattern: JSON.stringify(pattern) }),
    );
  }
  await eventBridge.send(
    new PutRuleCommand({
      Name: "match",
      EventBusName: bus,
      EventPattern: JSON.stringify({ source: ["bench"], detail: { kind: ["match"] } }),
    }),
  );
  await eventBridge.send(
    new PutTargetsCommand({ Rule: "match", EventBusName: bus, Targets: [{ Id: "m", Arn: stateMachineArn as string }] }),
  );

  const sentAt = new Map<string, number>();
  let id = 0;
  const send = async (count: number) => {
    const entries = Array.from({ length: count }, () => {
      const n = String(id++);
      sentAt.set(n, performance.now());
      return {
        EventBusName: bus,
        Source: "bench",
        DetailType: "Bench Event",
        Detail: JSON.stringify({ n, kind: "match" }),
      };
    });
    await eventBridge.send(new PutEventsCommand({ Entries: entries }));
  };
  for (let i = 0; i < 50; i++) await send(1); // warm-up
  await cloud.eventBridge.drain();

  const rows: (string | number)[][] = [];
  for (const perCall of [1, 10]) {
    const first = id;
    const calls = Math.ceil(events / perCall);
    let next = 0;
    const began = performance.now();
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (next++ < calls) await send(perCall);
      }),
    );
    const accepted = performance.now();
    await cloud.eventBridge.drain();
    while ([...Array(id - first).keys()].some((k) => !startedAt.has(String(first + k))))
      await new Promise((resolve) => setImmediate(resolve));
    const finished = performance.now();
    const count = id - first;
    const latencies = [...Array(count).keys()]
      .map((k) => (startedAt.get(String(first + k)) as number) - (sentAt.get(String(first + k)) as number))
      .sort((a, b) => a - b);
    rows.push([
      `${perCall} per PutEvents`,
      count,
      percentile(latencies, 0.5),
      percentile(latencies, 0.95),
      count / ((accepted - began) / 1000),
      count / ((finished - began) / 1000),
    ]);
  }

  // The matcher alone: every event tested against all 100 compiled patterns, in-process.
  const { compilePattern, matches } = await import("../packages/local/src/eventbridge/pattern");
  const { Rules } = await import("@aws-sdk/client-eventbridge").then(async ({ ListRulesCommand }) =>
    eventBridge.send(new ListRulesCommand({ EventBusName: bus })),
  );
  const compiled = (Rules ?? []).map((rule) => compilePattern(rule.EventPattern as string));
  const sample = {
    version: "0",
    id: "x",
    "detail-type": "Bench Event",
    source: "bench",
    account: "0",
    time: "t",
    region: "r",
    resources: [],
    detail: { n: "1", kind: "match" },
  };
  const matchRuns = smoke ? 10_000 : 200_000;
  const matchBegan = performance.now();
  let hits = 0;
  for (let i = 0; i < matchRuns; i++) for (const pattern of compiled) if (matches(pattern, sample)) hits++;
  const matchRate = matchRuns / ((performance.now() - matchBegan) / 1000);
  await cloud.stop();

  console.log(`\n## Local EventBridge through @aws-sdk/client-eventbridge — ${machine()}`);
  console.log(
    `~${events} events per case, ${inFlight} PutEvents calls in flight, 100 rules on the bus (1 matching); target = state machine.\n`,
  );
  console.log(table(["entries", "events", "p50 ms", "p95 ms", "accepted/s", "delivered/s (target started)"], rows));
  console.log(
    `\nMatcher alone: ${matchRate.toFixed(0)} events/s against 100 rules (${(matchRate * 100).toFixed(0)} pattern tests/s, ${hits / matchRuns} match per event).`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
