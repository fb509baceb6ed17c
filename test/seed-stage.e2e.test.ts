import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { useLocalCloud } from "./support/local-cloud";

// `npm run seed:stage` as a platform engineer runs it against a deployed stage: a child process with
// only the stage's API URL, its lake bucket, a token and AWS's own variables — here the local cloud's.
const { cloud, call, poll } = useLocalCloud("seed", { timeScale: 0.001 });
const script = resolve(import.meta.dirname, "../packages/local/src/seed-stage.ts");

function seed(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(
      process.execPath,
      ["--import", "tsx", script, ...args],
      { env: { PATH: process.env.PATH ?? "", ...env } },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe("seeding a stage with the sample lake", () => {
  it("registers the sample datasets over the API and lands their files; they reach silver by themselves", async () => {
    const aws = Object.fromEntries(Object.entries(cloud().env).filter(([key]) => key.startsWith("AWS_")));
    const run = await seed(
      ["--api-url", cloud().apiUrl, "--bucket", cloud().lakeBucket, "--customers", "100", "--orders-per-day", "100"],
      {
        ...aws,
        PLINTH_TOKEN: cloud().tokens.ALICE as string,
      },
    );
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain("seeded customers and orders");
    const listed = await call("GET", "/v1/datasets?team=payments", "ALICE");
    expect(listed.body.items.map((d: { id: string }) => d.id).sort()).toEqual(["customers", "orders"]);
    const orders = await poll(
      "/v1/datasets/orders",
      (d) => d.stages.find((s: { stage: string }) => s.stage === "silver")?.partitions.length === 3,
      "ALICE",
      60_000,
    );
    expect(
      orders.stages
        .find((s: { stage: string }) => s.stage === "silver")
        .partitions.map((p: { partition: string }) => p.partition),
    ).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
  });

  it("says what it needs when something is missing", async () => {
    const run = await seed(["--api-url", cloud().apiUrl], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("usage: PLINTH_TOKEN=");
  });
});
