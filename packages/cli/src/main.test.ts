import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type LocalCloud, startLocalCloud } from "../../local/src/cloud";
import { main } from "./main";

let cloud: LocalCloud;
beforeAll(async () => {
  cloud = await startLocalCloud({ stage: "cli", dynamodbEndpoint: inject("dynamodbEndpoint") });
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
});
