import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { type LocalCloud, type LocalCloudOptions, startLocalCloud } from "../../packages/local/src/cloud";
import type { Body } from "./http";

/**
 * A local cloud per test file, driven over HTTP with the dev tokens. DynamoDB Local is the run's
 * shared one and the stage is random, so files never see each other's records; time runs scaled.
 */
export function useLocalCloud(prefix: string, options: Omit<LocalCloudOptions, "stage" | "dynamodbEndpoint"> = {}) {
  let cloud: LocalCloud;
  beforeAll(async () => {
    cloud = await startLocalCloud({
      stage: `${prefix}${randomUUID().slice(0, 6)}`,
      dynamodbEndpoint: inject("dynamodbEndpoint"),
      ...options,
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

  /** Reads `path` until `done` holds: workflows run on their own; this only observes them. */
  const poll = async (
    path: string,
    done: (body: Body) => boolean,
    user = "ROOT",
    timeoutMs = 20_000,
  ): Promise<Body> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await call("GET", path, user);
      if (done(body)) return body;
      if (Date.now() > deadline) throw new Error(`${path} never got there: ${JSON.stringify(body).slice(0, 3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  return { cloud: () => cloud, call, poll };
}
