import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { stopChild } from "../packages/local/src/child-process";
import { readEnvFile } from "../test/support/env-file";
import { spawnNpmStart } from "../test/support/npm-start";

/** Shared pieces of the benchmarks: a machine line, a closed-loop HTTP load, percentiles, a table. */
export const smoke = process.argv.includes("--smoke");

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
}

/**
 * `connections` keep-alive clients each send the next request when the last one answers, for
 * `seconds`. Latencies are per request, in milliseconds; a non-2xx answer counts as an error.
 */
export async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: "GET", headers, agent },
        (res) => {
          res.resume();
          res.on("end", () => {
            latencies.push(performance.now() - started);
            if ((res.statusCode ?? 500) >= 300) errors++;
            resolve();
          });
        },
      );
      req.on("error", () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const began = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds: elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    rps: latencies.length / elapsed,
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === "number" ? format(cell) : cell)))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => String(row[column]).length)));
  const line = (row: (string | number)[]) =>
    `| ${row.map((cell, i) => String(cell).padEnd(widths[i] as number)).join(" | ")} |`;
  return [
    line(cells[0] as string[]),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...cells.slice(1).map(line),
  ].join("\n");
}

function format(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (Number.isInteger(value) || value >= 100) return value.toFixed(0);
  return value.toFixed(2);
}

/** Runs `npm start`'s entry in a child process (so load and server do not share an event loop). */
export async function startLocalCloudProcess(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  const stateDir = mkdtempSync(join(tmpdir(), "plinth-bench-"));
  const child = spawnNpmStart({ PLINTH_LOG_LEVEL: "WARN", PLINTH_STATE_DIR: stateDir, PLINTH_SAMPLE_LAKE: "off" });
  child.stderr?.pipe(process.stderr);
  await waitForOutput(child, "Ctrl-C stops everything.");
  const env = readEnvFile(join(stateDir, "local.env"));
  return { env, stop: () => stopChild(child, "SIGINT") };
}

export function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before "${text}":\n${output}`)));
  });
}

export { stopChild };

/**
 * One real provisioning request, made through the API, read back as its stored item and record: the
 * benchmarks copy it (new ids and times) to grow a team's data without running thousands of workflows.
 */
export async function storedRequest(
  cloud: {
    apiUrl: string;
    tokens: Record<string, string>;
    tableName: string;
    apiClients: { dynamodb: import("@aws-sdk/client-dynamodb").DynamoDBClient };
  },
  parameters: Record<string, unknown> = {},
): Promise<{ item: Record<string, unknown>; record: Record<string, unknown> }> {
  const { GetItemCommand } = await import("@aws-sdk/client-dynamodb");
  const { marshall, unmarshall } = await import("@aws-sdk/util-dynamodb");
  const created = (await (
    await fetch(`${cloud.apiUrl}/v1/provisioning-requests`, {
      method: "POST",
      headers: { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" },
      body: JSON.stringify({
        template: "sqs-queue",
        name: "bench",
        environment: "dev",
        ttlHours: 72,
        tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
        parameters,
      }),
    })
  ).json()) as { id?: string; detail?: string };
  if (!created.id) throw new Error(`the request was refused: ${JSON.stringify(created)}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const { Item } = await cloud.apiClients.dynamodb.send(
    new GetItemCommand({ TableName: cloud.tableName, Key: marshall({ pk: `PR#${created.id}`, sk: "META" }) }),
  );
  const item = unmarshall(Item ?? {});
  return { item, record: JSON.parse(String(item.data)) as Record<string, unknown> };
}

/** Writes a copy of a stored request under a new id and time (and any attributes or record fields changed). */
export async function putRequestCopy(
  cloud: { tableName: string; apiClients: { dynamodb: import("@aws-sdk/client-dynamodb").DynamoDBClient } },
  stored: { item: Record<string, unknown>; record: Record<string, unknown> },
  copy: { id: string; at: string; attributes?: Record<string, unknown>; record?: Record<string, unknown> },
): Promise<void> {
  const { PutItemCommand } = await import("@aws-sdk/client-dynamodb");
  const { marshall } = await import("@aws-sdk/util-dynamodb");
  const { id, at } = copy;
  await cloud.apiClients.dynamodb.send(
    new PutItemCommand({
      TableName: cloud.tableName,
      Item: marshall({
        ...stored.item,
        pk: `PR#${id}`,
        gsi1sk: `${at}#${id}`,
        createdAt: at,
        updatedAt: at,
        ...copy.attributes,
        data: JSON.stringify({ ...stored.record, id, createdAt: at, updatedAt: at, ...copy.record }),
      }),
    }),
  );
}
