import { randomUUID } from "node:crypto";
import { createPlinthClient } from "@plinth/client";
import { afterAll, beforeAll, inject } from "vitest";
import { type LocalCloud, type LocalCloudOptions, startLocalCloud } from "../../packages/local/src/cloud";
import type { Body } from "./http";
import { checkResponse, contractFetch, logChecked } from "./openapi-contract";

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
  afterAll(async () => {
    await cloud?.stop();
    logChecked(inject("openapiLog"));
  });

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
    checkResponse(method, response.url, response.status, response.headers.get("content-type"), text);
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };

  /** Reads `path` until `done` holds: workflows run on their own; this only observes them. */
  const poll = (path: string, done: (body: Body) => boolean, user = "ROOT", timeoutMs = 20_000): Promise<Body> =>
    waitFor(async () => (await call("GET", path, user)).body, done, path, timeoutMs);

  /** The typed client (`@plinth/client`) as a dev user: what the CLI and the portal call the API with. */
  const client = (user: string) =>
    createPlinthClient({
      baseUrl: cloud.apiUrl,
      token: () => cloud.tokens[user],
      fetch: contractFetch(() => cloud.apiUrl),
    });

  return { cloud: () => cloud, call, poll, client };
}

/** Reads until `done` holds, or fails after `timeoutMs` showing the last answer. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} never got there: ${JSON.stringify(value).slice(0, 3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
