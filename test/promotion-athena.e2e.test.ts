import { Data } from "@plinth/core";
import { afterAll, describe, expect, it } from "vitest";
import type { Body } from "./support/http";
import { usePromotionCloud } from "./support/promotion";

// The size switch: with the DuckDB limit lowered to 1,000 bytes for this file's cloud (its task
// function reads it on first use), every silver and gold promotion runs on the Athena engine —
// the workflow's Athena states against the Athena stand-in, over the local S3.
process.env.PLINTH_DUCKDB_LIMIT_BYTES = "1000";
afterAll(() => {
  delete process.env.PLINTH_DUCKDB_LIMIT_BYTES;
});
const { cloud, call, setup, promote, land } = usePromotionCloud("athena");

const scratchDatabases = () => Object.keys(cloud().athena.inspect().databases).filter((d) => d !== "default");

describe("the Athena engine past the size switch", () => {
  it("checks bronze → silver on Athena with the same result as DuckDB, quarantine listable; gold by CTAS", async () => {
    const { id } = await setup();
    const silver = await land(id, "2026-11-01");
    expect(silver.status).toBe("SUCCEEDED");
    // The same numbers the DuckDB engine reports for this sample (test/promotion.e2e.test.ts).
    expect(silver.results["2026-11-01"].report).toMatchObject({
      outcome: "passed",
      inputRows: 1000,
      duplicateRows: 5,
      quarantinedRows: 37,
      publishedRows: 958,
    });
    const byCheck = Object.fromEntries(silver.results["2026-11-01"].report.checks.map((c: Body) => [c.id, c.status]));
    expect(byCheck).toMatchObject({
      reference_customer_id: "quarantined",
      allowed_values_currency: "warned",
      row_count: "passed",
    });

    const [version] = (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-01`, "ALICE"))
      .body.items;
    expect(version).toMatchObject({ engine: "athena", rows: 958, quarantinedRows: 37 });
    expect(version.files).toHaveLength(1);
    expect(version.files[0]).toMatch(new RegExp(`^lake/silver/${id}/2026-11-01/v=1/[^/]+_00000$`));
    expect(version.quarantineFiles[0]).toMatch(new RegExp(`^lake/quarantine/${id}/2026-11-01/v=1/parquet/`));

    const rows = await call("GET", `/v1/datasets/${id}/quarantine/rows?partition=2026-11-01&limit=500`, "ALICE");
    expect(rows.status).toBe(200);
    expect(rows.body).toMatchObject({ total: 37, listed: 37, version: 1 });
    expect(rows.body.items.every((row: Body) => String(row._plinth_reasons).length > 0)).toBe(true);
    expect(rows.body.items.some((row: Body) => row.amount === "n/a")).toBe(true);

    const { run: gold } = await promote(id, { to: "gold", partition: "2026-11-01" });
    expect(gold.status).toBe("SUCCEEDED");
    const [goldVersion] = (await call("GET", `/v1/datasets/${id}/stages/gold/versions?partition=2026-11-01`, "ALICE"))
      .body.items;
    expect(goldVersion).toMatchObject({ engine: "athena", inputs: [{ stage: "silver", version: 1 }] });
    expect(goldVersion.rows).toBeGreaterThan(0);
    // Every run dropped its scratch database.
    expect(scratchDatabases()).toEqual([]);
  });

  it("a failed Athena statement is a recorded FAILED with the query's reason; nothing is published", async () => {
    const { id } = await setup();
    cloud().athena.control({ failQuery: { match: "^UNLOAD", reason: "HIVE_CANNOT_OPEN_SPLIT: injected", times: 1 } });
    const silver = await land(id, "2026-11-02");
    cloud().athena.control({});
    expect(silver.status).toBe("FAILED");
    expect(silver.results["2026-11-02"].error).toBe("Athena query failed: HIVE_CANNOT_OPEN_SPLIT: injected");
    const dataset = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body;
    const published = Object.fromEntries(
      dataset.stages.map((s: Body) => [s.stage, s.partitions.map((p: Body) => p.partition)]),
    );
    expect(published).toEqual({ bronze: ["2026-11-02"], silver: [], gold: [] });
    const versions = await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-02`, "ALICE");
    expect(versions.body.items).toEqual([]);
    expect(scratchDatabases()).toEqual([]);

    // The next run is clean: the reserved version number that failed is skipped, not reused.
    const { run: retried } = await promote(id, { to: "silver", partition: "2026-11-02" });
    expect(retried.results["2026-11-02"]).toMatchObject({ status: "SUCCEEDED", version: 2 });
  });
});

describe("cancelling a running promotion (issue 16, item 5)", () => {
  it("stops it: unfinished partitions CANCELLED, nothing published, nothing unrecorded left in the lake", async () => {
    const { id } = await setup();
    await land(id, "2026-11-03");
    const pointerBefore = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages
      .find((s: Body) => s.stage === "silver")
      .partitions.find((p: Body) => p.partition === "2026-11-03");
    // A stricter contract makes the next silver promotion new work; Athena is slowed so it is still running.
    const contract = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.contract;
    const stricter = {
      ...contract,
      checks: [...contract.checks, { id: "big", kind: "range", column: "amount", max: 450, severity: "warn" }],
    };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { contract: stricter })).status).toBe(200);
    cloud().athena.control({ delayMs: 3_000 });
    const started = await call("POST", `/v1/datasets/${id}/promotions`, "ALICE", {
      to: "silver",
      partition: "2026-11-03",
    });
    expect(started.status).toBe(202);
    const running = async () => (await call("GET", `/v1/datasets/${id}/promotions/${started.body.id}`, "ALICE")).body;
    const deadline = Date.now() + 20_000;
    let run = await running();
    while (run.results["2026-11-03"]?.version === undefined && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      run = await running();
    }
    const reserved = run.results["2026-11-03"].version as number;
    // Its scratch database exists (Athena is working on it) when the cancel comes.
    const scratch = Data.scratchDatabase(started.body.id, "2026-11-03");
    const databases = () => Object.keys(cloud().athena.inspect().databases);
    while (!databases().includes(scratch) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(databases()).toContain(scratch);

    expect((await call("POST", `/v1/datasets/${id}/promotions/${started.body.id}/cancel`, "CAROL")).status).toBe(403);
    const cancelled = await call("POST", `/v1/datasets/${id}/promotions/${started.body.id}/cancel`, "ALICE");
    cloud().athena.control({ delayMs: 0 });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: "CANCELLED",
      results: { "2026-11-03": { status: "CANCELLED" } },
    });
    expect((await call("POST", `/v1/datasets/${id}/promotions/${started.body.id}/cancel`, "ALICE")).status).toBe(409);

    const versions = (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-03`, "ALICE")).body
      .items;
    expect(versions.map((v: Body) => v.version)).not.toContain(reserved);
    const pointerAfter = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages
      .find((s: Body) => s.stage === "silver")
      .partitions.find((p: Body) => p.partition === "2026-11-03");
    expect(pointerAfter.version).toBe(pointerBefore.version);
    const { S3LakeStorage, lakeS3Client } = await import("../packages/aws/src/s3/lake-storage");
    const lake = new S3LakeStorage(lakeS3Client(), cloud().lakeBucket);
    expect(await lake.list(`lake/silver/${id}/2026-11-03/v=${reserved}/`)).toEqual([]);
    // The reconciler (on the stopped execution's end) dropped the scratch database the run left.
    const dropped = Date.now() + 20_000;
    while (databases().includes(scratch) && Date.now() < dropped)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(databases()).not.toContain(scratch);
  });
});
