import { Logger } from "@aws-lambda-powertools/logger";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { SFNClient } from "@aws-sdk/client-sfn";
import { composeServices, lakeS3Client, S3LakeStorage } from "@plinth/aws";
import { type Clock, Profile, type ProfileStore } from "@plinth/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useFreshTable } from "../../../test/support/dynamodb";
import { bodyOf } from "../../../test/support/http";
import { DevIdentity } from "../../local/src/dev-identity";
import { createApp } from "./app";
import { bearerTokens } from "./auth";

const table = useFreshTable();
const clock: Clock = { now: () => new Date("2026-11-22T10:00:00.000Z") };
const logger = new Logger({ serviceName: "plinth-api-test", logLevel: "SILENT" });
let identity: DevIdentity;

beforeAll(async () => {
  identity = await DevIdentity.create("https://idp.test");
});

function app(profiles?: ProfileStore) {
  // These tests exercise the shared machinery; provisioning and remediation routes are tested through the local cloud.
  const services = composeServices({
    clients: {
      dynamodb: table.client(),
      sfn: new SFNClient({}),
      eventBridge: new EventBridgeClient({}),
    },
    lake: new S3LakeStorage(lakeS3Client(), "plinth-test-lake"),
    stage: "test",
    tableName: table.tableName(),
    busName: "plinth-test-bus",
    lakeBucket: "plinth-test-lake",
    stateMachineArn: (name) => `arn:aws:states:us-east-1:000000000000:stateMachine:plinth-test-${name}`,
    clock,
    account: "000000000000",
    region: "us-east-1",
  });
  return createApp({
    ...services,
    ...(profiles ? { profiles } : {}),
    clock,
    logger,
    version: "test",
    authenticate: bearerTokens({ issuer: identity.issuer, audience: identity.audience, keys: identity.keys }),
  });
}

const maya = {
  sub: "maya",
  teams: ["payments"],
  roles: ["developer" as const],
  name: "Maya",
  email: "maya@example.com",
};
const auth = async (token?: string) => ({ authorization: `Bearer ${token ?? (await identity.sign(maya))}` });

describe("public routes", () => {
  it("answers /healthz and the /v1 index without a token", async () => {
    expect(await bodyOf(await app().request("/healthz"))).toEqual({ status: "ok", version: "test" });
    expect((await bodyOf(await app().request("/v1"))).links).toMatchObject({ me: "/v1/me", datasets: "/v1/datasets" });
  });

  it("serves an OpenAPI 3.1 document generated from the schemas, and a docs page", async () => {
    const doc = await bodyOf(await app().request("/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/healthz", "/v1", "/v1/me"]));
    expect(doc.paths["/v1/me"].patch.responses["422"].content["application/problem+json"]).toBeDefined();
    expect(doc.components.schemas.ProfilePatch.properties.email).toBeDefined();
    const docs = await app().request("/docs");
    expect(docs.headers.get("content-type")).toMatch(/text\/html/);
    expect(await docs.text()).toContain("/openapi.json");
  });
});

describe("authentication", () => {
  const refused = async (headers: Record<string, string>, detail: RegExp) => {
    const response = await app().request("/v1/me", { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    const body = await bodyOf(response);
    expect(body.type).toBe("https://plinth.dev/problems/unauthenticated");
    expect(body.detail).toMatch(detail);
  };

  it("refuses a missing token", () => refused({}, /Authorization: Bearer/));
  it("refuses an expired token", async () =>
    refused(await auth(await identity.sign(maya, { expiresIn: Math.floor(Date.now() / 1000) - 60 })), /expired/));
  it("refuses a token for another audience", async () =>
    refused(await auth(await identity.sign(maya, { audience: "someone-else" })), /aud/));
  it("refuses a token signed by a key it does not know", async () => {
    const impostor = await DevIdentity.create("https://idp.test");
    await refused(await auth(await impostor.sign(maya)), /signature|unknown key/);
  });
  it("refuses claims it cannot use, naming them", async () =>
    refused(await auth(await identity.sign({ ...maya, roles: ["superuser" as "admin"] })), /roles/));
});

describe("GET /v1/me", () => {
  it("returns the caller's teams and roles from the token and no profile before one exists", async () => {
    const response = await app().request("/v1/me", { headers: await auth() });
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ sub: "maya", teams: ["payments"], roles: ["developer"], profile: null });
    expect(response.headers.get("x-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("echoes a correlation id the caller sends", async () => {
    const response = await app().request("/v1/me", { headers: { ...(await auth()), "x-correlation-id": "trace-7" } });
    expect(response.headers.get("x-correlation-id")).toBe("trace-7");
  });
});

describe("errors that are ours", () => {
  it("a record that does not parse is a 500 with the cause logged, never a 422 blamed on the client", async () => {
    const broken: ProfileStore = {
      get: async () => Profile.parse({ sub: "maya", displayName: 42 }),
      create: async (profile) => profile,
      update: async (profile) => profile,
    };
    const response = await app(broken).request("/v1/me", { headers: await auth() });
    expect(response.status).toBe(500);
    const body = await bodyOf(response);
    expect(body).toMatchObject({ code: "internal", type: "https://plinth.dev/problems/internal" });
    expect(body.errors).toBeUndefined();
  });
});

describe("PATCH /v1/me", () => {
  const patch = async (body: string, headers: Record<string, string> = {}, token?: string) =>
    app().request("/v1/me", {
      method: "PATCH",
      body,
      headers: { "content-type": "application/json", ...(await auth(token)), ...headers },
    });

  it("creates the profile from the token on first change, then guards updates by version", async () => {
    const token = await identity.sign({ ...maya, sub: "nina" });
    const first = await patch(JSON.stringify({ slackHandle: "@nina" }), {}, token);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe('"1"');
    expect((await bodyOf(first)).profile).toMatchObject({
      displayName: "Maya",
      slackHandle: "@nina",
      version: 1,
      updatedAt: "2026-11-22T10:00:00.000Z",
    });

    const second = await patch(JSON.stringify({ displayName: "Nina" }), { "if-match": '"1"' }, token);
    expect(second.status).toBe(200);
    expect(second.headers.get("etag")).toBe('"2"');

    const stale = await patch(JSON.stringify({ displayName: "Stale" }), { "if-match": '"1"' }, token);
    expect(stale.status).toBe(412);
    expect((await bodyOf(stale)).type).toBe("https://plinth.dev/problems/version-conflict");
  });

  it("names each failing field of a body that breaks the schema (422), and writes nothing", async () => {
    const token = await identity.sign({ ...maya, sub: "omar" });
    const response = await patch(JSON.stringify({ email: "not-an-email", slackHandle: "omar", extra: 1 }), {}, token);
    expect(response.status).toBe(422);
    const body = await bodyOf(response);
    expect(body.errors.map((error: { field: string }) => error.field)).toEqual([
      "body.email",
      "body.slackHandle",
      "body.extra",
    ]);
    expect(body.detail).toContain("body.email");
    const me = await app().request("/v1/me", { headers: await auth(token) });
    expect((await bodyOf(me)).profile).toBeNull();
  });

  it("answers malformed JSON with 400", async () => {
    const response = await patch('{"displayName": ');
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).type).toBe("https://plinth.dev/problems/malformed-json");
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await patch("displayName=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(response.status).toBe(415);
  });

  it("answers a malformed If-Match header with 400 naming the header", async () => {
    const response = await patch(JSON.stringify({ displayName: "X" }), { "if-match": "W/abc" });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors[0].field).toBe("header.if-match");
  });
});

describe("errors", () => {
  it("answers an unknown route with a 404 problem", async () => {
    const response = await app().request("/v1/nothing-here", { headers: await auth() });
    expect(response.status).toBe(404);
    expect(await bodyOf(response)).toMatchObject({ type: "https://plinth.dev/problems/route-not-found", status: 404 });
  });

  it("answers a failing dependency with a 500 problem that leaks no stack or message", async () => {
    const broken: ProfileStore = {
      get: () => Promise.reject(new Error("ECONNREFUSED 10.1.2.3:8000 at Socket.connect (net.js:1)")),
      create: () => Promise.reject(new Error("unused")),
      update: () => Promise.reject(new Error("unused")),
    };
    const response = await app(broken).request("/v1/me", { headers: await auth() });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/ECONNREFUSED|Socket|net\.js|at /);
    expect(JSON.parse(text) as unknown).toMatchObject({
      type: "https://plinth.dev/problems/internal",
      correlationId: expect.any(String),
    });
  });
});
