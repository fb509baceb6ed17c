import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SFNClient } from "@aws-sdk/client-sfn";
import { afterAll, describe, expect, it } from "vitest";
import { readEnvFile } from "./support/env-file";
import { bodyOf } from "./support/http";
import { breaches } from "./support/invariants";
import { useNpmStart } from "./support/npm-start-children";
import { devQueue, productionBucket } from "./support/provisioning";

// Issue 16: the scenario that was tried by hand. `npm start` on a data folder, work in flight — a
// production request waiting for approval, a request applying (CloudFormation slowed), an incident
// verifying, the sample lake's promotions — then the process is stopped mid-flight (SIGTERM, then
// SIGKILL) and started again on the same folder. Every record reaches its normal end or is
// reconciled with the reason; every user action answers as documented; budgets balance.
// Workflow time runs 60× fast (PLINTH_TIME_SCALE=1/60): the remediation's 5-minute verify is 5 s.
const { start } = useNpmStart();
const dataDir = mkdtempSync(join(tmpdir(), "plinth-crash-"));
const stateDir = mkdtempSync(join(tmpdir(), "plinth-crash-state-"));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(stateDir, { recursive: true, force: true });
});

const WORKING = ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "DESTROYING"];

async function boot() {
  const run = start({
    PLINTH_DATA_DIR: dataDir,
    PLINTH_STATE_DIR: stateDir,
    PLINTH_TIME_SCALE: "1/60",
    PLINTH_SAMPLE_LAKE: "on",
  });
  const banner = await run.printed("Ctrl-C stops everything.");
  const env = readEnvFile(join(stateDir, "local.env"));
  const api = async (method: string, path: string, user: string, body?: unknown) => {
    const response = await fetch(`${env.PLINTH_API_URL}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${env[`PLINTH_TOKEN_${user}`]}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await bodyOf(response) };
  };
  const cloud = (path: string, body: unknown) =>
    fetch(`${env.PLINTH_CLOUD_URL}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const clients = () => {
    const config = {
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    };
    return {
      dynamodb: new DynamoDBClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_DYNAMODB }),
      sfn: new SFNClient({ ...config, endpoint: env.AWS_ENDPOINT_URL_SFN }),
      table: JSON.parse(env.SST_RESOURCE_Table as string).name as string,
    };
  };
  return { run, banner, env, api, cloud, clients };
}

type Booted = Awaited<ReturnType<typeof boot>>;

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Work in flight: one request waiting for approval, one applying (slowed), one incident in its remediation. */
const BREAKS = {
  term: { resource: "ecs-service/prod/checkout", problem: "memory-leak", team: "payments", reader: "BOB" },
  kill: { resource: "ecs-service/prod/search-api", problem: "cpu-saturated", team: "search", reader: "ERIN" },
} as const;

async function inFlight(cloud: Booted, tag: keyof typeof BREAKS) {
  const broken = BREAKS[tag];
  const waiting = await cloud.api("POST", "/v1/provisioning-requests", "ALICE", productionBucket(`wait-${tag}`));
  expect(waiting.status).toBe(202);
  await cloud.cloud("/_plinth/cloudformation", { slow: 50 });
  const applying = await cloud.api("POST", "/v1/provisioning-requests", "ALICE", devQueue(`apply-${tag}`));
  expect(applying.status).toBe(202);
  expect(
    (
      await cloud.cloud("/_plinth/fleet", {
        break: { resource: broken.resource, problem: broken.problem },
      })
    ).status,
  ).toBe(200);
  const request = (id: string) => async () => (await cloud.api("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body;
  await until(request(waiting.body.id), (r) => r.status === "AWAITING_APPROVAL", "waiting request");
  await until(request(applying.body.id), (r) => r.status === "APPLYING", "applying request");
  const incidents = async () =>
    (await cloud.api("GET", `/v1/incidents?team=${broken.team}`, broken.reader)).body.items ?? [];
  const acting = (items: { id: string; status: string }[]) =>
    items.find((i) => ["ACTING", "VERIFYING"].includes(i.status));
  const incident = acting(await until(incidents, (items) => acting(items) !== undefined, "incident in remediation"));
  return {
    waiting: waiting.body.id as string,
    applying: applying.body.id as string,
    incident: String(incident?.id),
    reader: broken.reader,
  };
}

/** After a restart: everything ends or is reconciled; user actions answer as documented; nothing leaks. */
async function afterRestart(
  cloud: Booted,
  ids: { waiting: string; applying: string; incident: string; reader: string },
) {
  const started = Date.now();
  const request = (id: string) => async () => (await cloud.api("GET", `/v1/provisioning-requests/${id}`, "ALICE")).body;
  // The approval waits with the token it had: approving now is accepted and the request is built.
  const waiting = await request(ids.waiting)();
  expect(waiting.status).toBe("AWAITING_APPROVAL");
  const approve = await cloud.api("POST", `/v1/provisioning-requests/${ids.waiting}/approve`, "BOB", {
    planHash: waiting.plan.hash,
  });
  expect(approve.status, JSON.stringify(approve.body)).toBe(200);
  // The applying request carries on (its stack went with the CloudFormation stand-in): it ends, one way or the other.
  const applied = await until(
    request(ids.applying),
    (r) => !WORKING.includes(r.status),
    "applying request after the restart",
  );
  expect(["SUCCEEDED", "FAILED"]).toContain(applied.status);
  if (applied.status === "FAILED") expect(applied.failure.reason).toEqual(expect.any(String));
  const approved = await until(request(ids.waiting), (r) => !WORKING.includes(r.status), "approved request");
  expect(approved.status, JSON.stringify(approved.failure ?? approved.timeline?.slice(-3))).toBe("SUCCEEDED");
  const incident = await until(
    async () => (await cloud.api("GET", `/v1/incidents/${ids.incident}`, ids.reader)).body,
    (i) => i.status === "RESOLVED" || i.status === "ESCALATED",
    "incident after the restart",
  );
  expect(incident.timeline.length).toBeGreaterThan(1);
  const settledMs = Date.now() - started;

  // Every action answers 2xx or a documented 4xx, never 5xx.
  const statuses: number[] = [];
  for (const [method, path] of [
    ["POST", `/v1/provisioning-requests/${ids.applying}/retry`],
    ["POST", `/v1/provisioning-requests/${ids.applying}/destroy`],
    ["POST", `/v1/provisioning-requests/${ids.waiting}/cancel`],
    ["POST", `/v1/provisioning-requests/${ids.waiting}/destroy`],
  ] as const) {
    const answer = await cloud.api(method, path, "ALICE");
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
    statuses.push(answer.status);
  }
  const runs = (await cloud.api("GET", "/v1/datasets/orders/promotions", "ALICE")).body.items ?? [];
  for (const run of runs.slice(0, 3)) {
    const cancel = await cloud.api("POST", `/v1/datasets/orders/promotions/${run.id}/cancel`, "ALICE");
    expect([200, 409]).toContain(cancel.status);
  }

  // Nothing stuck, nothing leaked (teardowns finish first).
  const { dynamodb, sfn, table } = cloud.clients();
  await until(
    () => breaches(dynamodb, table, sfn),
    (found) => found.length === 0,
    "invariants",
    40_000,
  );
  dynamodb.destroy();
  sfn.destroy();
  return { settledMs, statuses };
}

describe("a crash of the local cloud mid-flight", () => {
  it("resumes after SIGTERM and after SIGKILL: records end or are reconciled, actions answer, budgets balance", async () => {
    const first = await boot();
    const before = await inFlight(first, "term");
    first.run.child.kill("SIGTERM");
    expect(await first.run.exited).toBe(0);

    const second = await boot();
    expect(second.banner).toMatch(/resumed \d+ executions? from/);
    const term = await afterRestart(second, before);

    const again = await inFlight(second, "kill");
    second.run.child.kill("SIGKILL");
    await second.run.exited;
    // Its DynamoDB Local does not outlive it (a watchdog stops the JVM), so nothing holds the port or the folder.
    await until(
      () =>
        fetch(second.env.AWS_ENDPOINT_URL_DYNAMODB as string).then(
          () => "answering",
          () => "gone",
        ),
      (state) => state === "gone",
      "the killed cloud's DynamoDB Local",
      10_000,
    );

    const third = await boot();
    expect(third.banner).toMatch(/resumed \d+ executions? from/);
    const kill = await afterRestart(third, again);
    third.run.child.kill("SIGTERM");
    await third.run.exited;
    console.log(
      `crash test: settled ${term.settledMs} ms after SIGTERM, ${kill.settledMs} ms after SIGKILL (real time; ×60 workflow time)`,
    );
  }, 240_000);
});
