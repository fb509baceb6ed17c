import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { startLocalCloud } from "../packages/local/src/cloud";
import { machine, percentile, smoke, table } from "./support";

/**
 * Provisioning through the local cloud, in one process: latency of create / get / list over HTTP,
 * the AWS calls the API makes per operation (counted on the API's own SDK clients), and the state
 * transitions of one happy-path execution (Step Functions bills Standard workflows per transition).
 */
const rounds = smoke ? 20 : 200;
const cloud = await startLocalCloud({ stage: "bench", timeScale: 0.001, logLevel: "ERROR" });

const calls = new Map<string, number>();
function count(client: { middlewareStack: DynamoDBClient["middlewareStack"] }, service: string) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = `${service}.${String(context.commandName).replace(/Command$/, "")}`;
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return await next(args);
    },
    { step: "initialize", name: `count${service}` },
  );
}
count(cloud.apiClients.dynamodb, "DynamoDB");
// The two clients' middleware stacks differ only in their command types, which counting ignores.
count(cloud.apiClients.sfn as unknown as { middlewareStack: DynamoDBClient["middlewareStack"] }, "SFN");

const headers = { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" };
const body = (i: number) =>
  JSON.stringify({
    template: "sqs-queue",
    name: `bench-${i}`,
    environment: "dev",
    ttlHours: 72,
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  });

async function timed(run: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await run();
  await response.arrayBuffer();
  if (response.status >= 300) throw new Error(`HTTP ${response.status}`);
  return performance.now() - started;
}

async function measure(name: string, run: (i: number) => Promise<Response>) {
  calls.clear();
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) latencies.push(await timed(() => run(i)));
  latencies.sort((a, b) => a - b);
  const perOp = [...calls].map(([k, v]) => `${k} ×${(v / rounds).toFixed(2)}`).join(", ");
  return { operation: name, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), calls: perOp };
}

try {
  const ids: string[] = [];
  const rows = [
    await measure("POST /v1/provisioning-requests", async (i) => {
      const response = await fetch(`${cloud.apiUrl}/v1/provisioning-requests`, {
        method: "POST",
        headers,
        body: body(i),
      });
      ids.push(((await response.clone().json()) as { id: string }).id);
      return response;
    }),
  ];
  for (const id of ids)
    await cloud.stepFunctions.settled(
      `arn:aws:states:us-east-1:000000000000:execution:plinth-bench-Provisioning:${id}-1`,
    );
  rows.push(
    await measure("GET /v1/provisioning-requests/{id}", (i) =>
      fetch(`${cloud.apiUrl}/v1/provisioning-requests/${ids[i]}`, { headers }),
    ),
    await measure("GET /v1/provisioning-requests?limit=25", () =>
      fetch(`${cloud.apiUrl}/v1/provisioning-requests?limit=25`, { headers }),
    ),
    await measure("POST …?dryRun=true", (i) =>
      fetch(`${cloud.apiUrl}/v1/provisioning-requests?dryRun=true`, { method: "POST", headers, body: body(i) }),
    ),
  );

  const history = await cloud.stepFunctions.handle("GetExecutionHistory", {
    executionArn: `arn:aws:states:us-east-1:000000000000:execution:plinth-bench-Provisioning:${ids[0]}-1`,
    maxResults: 1000,
  });
  const events = (history as { events: { type: string }[] }).events;
  const transitions = events.filter((e) => e.type.endsWith("StateEntered")).length;

  console.log(`\n## Provisioning (${machine()}), ${rounds} sequential requests per operation, one client\n`);
  console.log(
    table(
      ["operation", "p50 ms", "p95 ms", "API's AWS calls per request"],
      rows.map((r) => [r.operation, r.p50.toFixed(2), r.p95.toFixed(2), r.calls || "none"]),
    ),
  );
  console.log(
    `\nHappy path without approval: ${transitions} state transitions per execution (Start, Validate, change set create/wait/describe, plan, apply, stack wait/describe ×n, outputs, expiry timer).`,
  );
} finally {
  await cloud.stop();
}
