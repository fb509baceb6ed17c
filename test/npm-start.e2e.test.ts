import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnvFile } from "./support/env-file";
import { bodyOf } from "./support/http";
import { useNpmStart } from "./support/npm-start-children";

// `npm start` as a user runs it: a child process, its banner, its env file, Ctrl-C.
const { start } = useNpmStart();

describe("npm start", () => {
  it("prints the URLs and tokens, writes them to local.env, serves them, and stops cleanly on Ctrl-C", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "plinth-start-"));
    const run = start({ PLINTH_STATE_DIR: stateDir, PLINTH_TIME_SCALE: "0.001" });
    const banner = await run.printed("Ctrl-C stops everything.");
    expect(banner).toMatch(/API\s+http:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toContain("/docs");
    expect(banner).toContain("$PLINTH_TOKEN_ALICE");
    expect(banner).toMatch(/Portal\s+http:\/\/127\.0\.0\.1:\d+\/portal\//);

    const env = readEnvFile(join(stateDir, "local.env"));
    for (const key of [
      "PLINTH_API_URL",
      "PLINTH_PORTAL_URL",
      "PLINTH_CLOUD_URL",
      "AWS_ENDPOINT_URL_DYNAMODB",
      "AWS_ENDPOINT_URL_SFN",
      "AWS_ENDPOINT_URL_EVENTBRIDGE",
      "AWS_ENDPOINT_URL_S3",
      "AWS_REGION",
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "PLINTH_TOKEN_ALICE",
      "PLINTH_TOKEN_ROOT",
    ]) {
      expect(env[key], key).toMatch(/^\S+$/);
    }
    const me = await fetch(`${env.PLINTH_API_URL}/v1/me`, {
      headers: { authorization: `Bearer ${env.PLINTH_TOKEN_DAN}` },
    });
    expect((await bodyOf(me)).teams).toEqual(["search"]);

    // The portal is served, ready, when the banner prints: the app, and where its users sign in.
    const portal = await fetch(env.PLINTH_PORTAL_URL as string);
    expect(portal.headers.get("content-type")).toContain("text/html");
    expect(await portal.text()).toMatch(/<script type="module"[^>]+src="\/portal\/assets\/index-[\w-]+\.js"/);
    const portalConfig = (await (await fetch(`${env.PLINTH_PORTAL_URL}config.json`)).json()) as {
      auth: { issuer: string };
    };
    // The portal signs in through the local OpenID provider; scripts can still mint dev tokens at the gateway.
    expect(portalConfig).toMatchObject({
      auth: { kind: "oidc", clientId: "plinth-portal", token: "access_token" },
      devIdentity: env.PLINTH_CLOUD_URL,
      cli: { clientId: "plinth-cli" },
    });
    const discovery = (await (await fetch(`${portalConfig.auth.issuer}/.well-known/openid-configuration`)).json()) as {
      issuer: string;
    };
    expect(discovery.issuer).toBe(portalConfig.auth.issuer);
    const users = (await (await fetch(`${env.PLINTH_CLOUD_URL}/_plinth/identity/users`)).json()) as {
      items: { sub: string }[];
    };
    expect(users.items.map((user: { sub: string }) => user.sub)).toContain("alice");

    // The demo fleet is there to break, and the banner's recipe heals it.
    expect(banner).toContain("/_plinth/fleet");
    const broke = await fetch(`${env.PLINTH_CLOUD_URL}/_plinth/fleet`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ break: { resource: "ecs-service/prod/checkout", problem: "memory-leak" } }),
    });
    expect(broke.status).toBe(200);
    let incidents: { status: string }[] = [];
    for (let i = 0; i < 300 && incidents[0]?.status !== "RESOLVED"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const listed = await fetch(`${env.PLINTH_API_URL}/v1/incidents?team=payments`, {
        headers: { authorization: `Bearer ${env.PLINTH_TOKEN_BOB}` },
      });
      incidents = (await bodyOf(listed)).items;
    }
    expect(incidents[0]?.status).toBe("RESOLVED");

    // The sample lake reaches silver by itself; gold is the banner's one request.
    const alice = { authorization: `Bearer ${env.PLINTH_TOKEN_ALICE}`, "content-type": "application/json" };
    const silverOf = async () =>
      (await bodyOf(await fetch(`${env.PLINTH_API_URL}/v1/datasets/orders`, { headers: alice }))).stages?.find(
        (s: { stage: string }) => s.stage === "silver",
      )?.partitions ?? [];
    for (let i = 0; i < 600 && (await silverOf()).length < 3; i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await silverOf()).map((p: { partition: string }) => p.partition).sort()).toEqual([
      "2026-11-01",
      "2026-11-02",
      "2026-11-03",
    ]);
    const started = await fetch(`${env.PLINTH_API_URL}/v1/datasets/orders/promotions`, {
      method: "POST",
      headers: alice,
      body: JSON.stringify({ to: "gold", partition: "2026-11-01" }),
    });
    expect(started.status).toBe(202);
    const runUrl = `${env.PLINTH_API_URL}${started.headers.get("location")}`;
    let gold = await bodyOf(started);
    for (let i = 0; i < 300 && gold.status === "RUNNING"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      gold = await bodyOf(await fetch(runUrl, { headers: alice }));
    }
    expect(gold).toMatchObject({ status: "SUCCEEDED", results: { "2026-11-01": { status: "SUCCEEDED", version: 1 } } });

    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain("stopped.");
    await expect(fetch(`${env.AWS_ENDPOINT_URL_DYNAMODB}`)).rejects.toThrow();
  }, 120_000);

  it("names a busy port and the variable that moves it, and starts nothing", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = start({ PLINTH_API_PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(`port ${port} for the Plinth API is already in use`);
      expect(run.output()).toContain("PLINTH_API_PORT");
    } finally {
      blocker.close();
    }
  }, 30_000);

  it("refuses a malformed setting by name", async () => {
    const run = start({ PLINTH_API_PORT: "eighty" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain("PLINTH_API_PORT");
  }, 30_000);
});
