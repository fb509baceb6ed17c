import { randomUUID } from "node:crypto";
import { ListExecutionsCommand, ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";
import { afterAll, beforeAll, inject } from "vitest";
import { type LocalCloud, startLocalCloud } from "../../packages/local/src/cloud";
import type { Body } from "./http";

/**
 * A local cloud for provisioning tests, driven over HTTP with the dev tokens. Time runs scaled
 * (1000× by default: a 5 s stack poll takes 5 ms), DynamoDB Local is the run's shared one and the
 * stage is random, so files never see each other's records.
 */
export function useProvisioningCloud(timeScale = 0.001) {
  let cloud: LocalCloud;
  beforeAll(async () => {
    cloud = await startLocalCloud({
      stage: `pv${randomUUID().slice(0, 6)}`,
      dynamodbEndpoint: inject("dynamodbEndpoint"),
      timeScale,
    });
  });
  afterAll(() => cloud?.stop());

  const call = async (
    method: string,
    path: string,
    user: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Body; headers: Headers }> => {
    const response = await fetch(`${cloud.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${cloud.tokens[user]}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };

  /** Reads the request until `done` holds: the workflow runs on its own; this only observes it. */
  const until = async (id: string, done: (request: Body) => boolean, user = "ROOT"): Promise<Body> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { body } = await call("GET", `/v1/provisioning-requests/${id}`, user);
      if (done(body)) return body;
      if (Date.now() > deadline)
        throw new Error(`request ${id} stayed ${body?.status}: ${JSON.stringify(body?.timeline)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const status =
    (...statuses: string[]) =>
    (request: Body) =>
      statuses.includes(request?.status);

  /** Every event published for a request, as the local bus archived them. */
  const eventsOf = (id: string): string[] =>
    cloud.eventBridge.archive
      .filter(({ event }) => (event.detail as { requestId?: string } | undefined)?.requestId === id)
      .map(({ event }) => String(event["detail-type"]));

  /** The executions of a request (provisioning, teardown, expiry), by name. */
  const executionsOf = async (id: string) => {
    const sfn = new SFNClient({});
    const { stateMachines = [] } = await sfn.send(new ListStateMachinesCommand({}));
    const found: { name: string; status: string }[] = [];
    for (const machine of stateMachines) {
      const { executions = [] } = await sfn.send(
        new ListExecutionsCommand({ stateMachineArn: machine.stateMachineArn }),
      );
      for (const e of executions) if (e.name?.startsWith(id)) found.push({ name: e.name, status: String(e.status) });
    }
    sfn.destroy();
    return found;
  };

  return { cloud: () => cloud, call, until, status, eventsOf, executionsOf };
}

export const tags = (owner: string) => ({ owner: `${owner}@example.com`, "cost-center": "CC-1234" });

/** A small dev queue: no approval, two resources. */
export function devQueue(name: string, owner = "alice") {
  return {
    template: "sqs-queue",
    name,
    environment: "dev",
    ttlHours: 72,
    tags: tags(owner),
    parameters: { maxReceiveCount: 3 },
  };
}

/** A production bucket: production needs an approval. */
export function productionBucket(name: string, owner = "alice") {
  return {
    template: "s3-bucket",
    name,
    environment: "production",
    tags: tags(owner),
    parameters: { versioning: true, encryption: "SSE-KMS" },
  };
}
