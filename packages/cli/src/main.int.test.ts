import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { lakeS3Client, S3LakeStorage } from "../../aws/src/s3/lake-storage";
import { type LocalCloud, startLocalCloud } from "../../local/src/cloud";
import { orderRows, ordersContract, ordersGoldSql, toCsv } from "../../local/src/lake/sample";
import { main } from "./main";

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ stage: "cli", dynamodbEndpoint: inject("dynamodbEndpoint"), timeScale: 0.001 });
});
afterAll(() => cloud?.stop());

async function run(args: string[], env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { PLINTH_STATE_DIR: "/nonexistent", ...env },
    { out: (l) => out.push(l), err: (l) => err.push(l) },
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("plinth CLI", () => {
  it("whoami shows the caller's name, teams and roles", async () => {
    const result = await run(["whoami"], { PLINTH_API_URL: cloud.apiUrl, PLINTH_TOKEN: cloud.tokens.ERIN });
    expect(result).toEqual({ code: 0, out: "Erin Shaw (erin)\n  teams  search\n  roles  approver", err: "" });
  });

  it("--as picks the user's token", async () => {
    const result = await run(["whoami", "--as", "carol"], {
      PLINTH_API_URL: cloud.apiUrl,
      PLINTH_TOKEN_CAROL: cloud.tokens.CAROL,
    });
    expect(result.out).toContain("Carol Pike (carol)");
  });

  it("prints the API's problem in one line and exits 1", async () => {
    const result = await run(["whoami"], { PLINTH_API_URL: cloud.apiUrl });
    expect(result.code).toBe(1);
    expect(result.err).toBe("plinth: 401 unauthenticated: send Authorization: Bearer <token>");
  });

  it("says what to set when it has no API URL", async () => {
    const result = await run(["health"], {});
    expect(result).toMatchObject({ code: 2, err: expect.stringContaining("PLINTH_API_URL is not set") });
  });

  it("health reports the API's version", async () => {
    const result = await run(["health"], { PLINTH_API_URL: cloud.apiUrl });
    expect(result.out).toBe(`${cloud.apiUrl}: ok (version local)`);
  });

  it("promote follows a run partition by partition; datasets shows the stages", async () => {
    const env = { PLINTH_API_URL: cloud.apiUrl, PLINTH_TOKEN: cloud.tokens.ALICE };
    const contract = { ...ordersContract, checks: (ordersContract.checks ?? []).filter((c) => c.kind !== "reference") };
    const registered = await fetch(`${cloud.apiUrl}/v1/datasets`, {
      method: "POST",
      headers: { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" },
      body: JSON.stringify({ id: "cli_orders", team: "payments", contract, gold: { sql: ordersGoldSql } }),
    });
    expect(registered.status).toBe(201);
    const lake = new S3LakeStorage(lakeS3Client(), cloud.lakeBucket);
    await lake.put("lake/landing/cli_orders/2026-11-01/orders.csv", toCsv(orderRows("2026-11-01", 1000, 100)));

    // The landing rule ingests it too; asking for bronze here is the same promotion (one publishes).
    const bronze = await run(["promote", "cli_orders", "--to", "bronze", "--partition", "2026-11-01"], env);
    expect(bronze, bronze.out).toMatchObject({ code: 0 });
    const silver = await run(["promote", "cli_orders", "--to", "silver", "--partition", "2026-11-01"], env);
    expect(silver, silver.out).toMatchObject({ code: 0 });
    expect(silver.out).toMatch(/^run-[0-9a-f]{24}: cli_orders bronze → silver, 1 partition\(s\)\n/);
    expect(silver.out).toMatch(
      / {2}2026-11-01 {2}SUCCEEDED {2}v1 .*\nSUCCEEDED: 1 of 1 partition\(s\) promoted to silver$/,
    );

    const gold = await run(["promote", "cli_orders", "--to", "gold", "--partition", "2026-11-01"], env);
    expect(gold.out).toContain("2026-11-01  SUCCEEDED  v1");
    const shown = await run(["datasets", "cli_orders"], env);
    // Which of the two identical bronze and silver promotions published first decides v1 or v2.
    expect(shown.out).toMatch(
      /^cli_orders \(payments\), contract v1\n {2}bronze {2}2026-11-01@v[12]\n {2}silver {2}2026-11-01@v[12]\n {2}gold {4}2026-11-01@v1$/,
    );

    const missing = await run(["promote", "cli_orders", "--to", "silver", "--partition", "2099-01-01"], env);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(
      "2099-01-01  FAILED  validation_failed: cli_orders has no published bronze version of 2099-01-01",
    );
    expect((await run(["promote", "cli_orders"], env)).err).toContain("promote needs --to");
  });

  it("incidents lists, incident shows the timeline, resolve closes it; kill-switch is admin's", async () => {
    const env = {
      PLINTH_API_URL: cloud.apiUrl,
      PLINTH_TOKEN: cloud.tokens.ALICE,
      PLINTH_TOKEN_ROOT: cloud.tokens.ROOT,
    };
    const reported = await fetch(`${cloud.apiUrl}/v1/incidents`, {
      method: "POST",
      headers: { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" },
      body: JSON.stringify({ summary: "checkout is slow", resource: { type: "ecs-service", id: "prod/cli-checkout" } }),
    });
    expect(reported.status).toBe(202);
    const { id } = (await reported.json()) as { id: string };

    const listed = await run(["incidents", "--team", "payments"], env);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^${id} {2}\\S+ +.*ecs-service/prod/cli-checkout`, "m"));
    expect((await run(["incidents", "--status", "sleeping"], env)).err).toContain("--status is one of OPEN,");

    const shown = await run(["incident", id], env);
    expect(shown.out).toContain(`${id}  `);
    expect(shown.out).toContain("  resource  ecs-service/prod/cli-checkout");
    expect(shown.out).toMatch(/ {2}timeline\n {4}\S+ {2}intake/);

    const resolved = await run(["resolve", id, "--comment", "restarted by hand"], env);
    expect(resolved).toMatchObject({ code: 0, out: `${id}: resolve → RESOLVED` });
    expect((await run(["incident", id], env)).out).toMatch(
      / {2}resolved {2}\S+ by alice \(manual\): restarted by hand/,
    );

    expect((await run(["kill-switch"], env)).out).toBe("kill switch off");
    const refused = await run(["kill-switch", "on"], env);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^plinth: 403 forbidden/);
    const on = await run(["kill-switch", "on", "--reason", "game day", "--as", "root"], env);
    expect(on.out).toMatch(/^kill switch ON: every runbook is notify-only \(root, .*\): game day$/);
    expect((await run(["kill-switch", "off", "--as", "root"], env)).out).toMatch(/^kill switch off/);
    expect((await run(["approve"], env)).err).toContain("approve needs an incident id");
  });
});
