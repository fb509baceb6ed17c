import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient, ListEventBusesCommand } from "@aws-sdk/client-eventbridge";
import { ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";
import { workflows } from "@plinth/workflows";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalCloud, startLocalCloud } from "../packages/local/src/cloud";
import { bodyOf } from "./support/http";

// End to end: real HTTP to the API, real SDK clients to the local cloud, configured only by the
// variables the local cloud hands out.
let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startLocalCloud({ ports: { api: 0, cloud: 0, dynamodb: 0 }, stage: "e2e" });
});
afterAll(() => cloud?.stop());

describe("the local cloud", () => {
  it("serves the API over HTTP with dev tokens and seeded profiles", async () => {
    const response = await fetch(`${cloud.apiUrl}/v1/me`, { headers: { authorization: `Bearer ${cloud.tokens.BOB}` } });
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toMatchObject({
      sub: "bob",
      teams: ["payments"],
      roles: ["approver"],
      profile: { displayName: "Bob Price", version: 1 },
    });
  });

  it("hands out environment variables the real SDK clients follow", async () => {
    expect(cloud.env.SST_RESOURCE_Table).toBe(JSON.stringify({ name: "plinth-e2e-table" }));
    const dynamodb = new DynamoDBClient({ endpoint: cloud.env.AWS_ENDPOINT_URL_DYNAMODB });
    const { TableNames } = await dynamodb.send(new ListTablesCommand({}));
    expect(TableNames).toContain("plinth-e2e-table");
  });

  it("runs a real OpenID provider: the issuer the API trusts, and the key the dev tokens are signed with", async () => {
    const discovery = await bodyOf(await fetch(`${cloud.identity.issuer}/.well-known/openid-configuration`));
    expect(discovery.issuer).toBe(cloud.identity.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    const jwks = await bodyOf(await fetch(discovery.jwks_uri));
    expect(jwks.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", kid: "plinth-local-1" });
    const token = cloud.tokens.ALICE as string;
    expect(JSON.parse(Buffer.from(token.split(".")[1] as string, "base64url").toString())).toMatchObject({
      iss: cloud.identity.issuer,
      aud: cloud.identity.audience,
    });
  });

  it("serves Step Functions through the real SDK at AWS_ENDPOINT_URL_SFN", async () => {
    const sfn = new SFNClient({ endpoint: cloud.env.AWS_ENDPOINT_URL_SFN });
    const { stateMachines = [] } = await sfn.send(new ListStateMachinesCommand({}));
    const declared = workflows.map((workflow) => `plinth-e2e-${workflow.name}`).sort();
    expect(declared).toContain("plinth-e2e-Remediation");
    expect(stateMachines.map((m) => m.name)).toEqual(declared);
  });

  it("serves EventBridge with the default bus and the stage's plinth bus", async () => {
    const events = new EventBridgeClient({ endpoint: cloud.env.AWS_ENDPOINT_URL_EVENTBRIDGE });
    const { EventBuses } = await events.send(new ListEventBusesCommand({}));
    expect(EventBuses?.map((bus) => bus.Name)).toEqual(["default", "plinth-e2e-bus"]);
    expect(JSON.parse(cloud.env.SST_RESOURCE_Bus ?? "{}")).toMatchObject({ name: "plinth-e2e-bus" });
  });
});
