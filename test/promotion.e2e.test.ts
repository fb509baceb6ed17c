import { SFNClient } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { ordersContract } from "../packages/local/src/lake/sample";
import type { Body } from "./support/http";
import { breaches, expectNothingStuck } from "./support/invariants";
import { usePromotionCloud } from "./support/promotion";

// Data promotion end to end: files land in the local S3, the API starts the Promotion workflow,
// the task runs DuckDB, versions and pointers land in DynamoDB Local.
const { cloud, call, poll, lake, setup, promote, land } = usePromotionCloud("promo");

describe("promotion through the local cloud", () => {
  it("lands → bronze → silver with quarantined rows and a report → gold, with lineage", async () => {
    const { id, customers } = await setup();
    const landed = await land(id, "2026-11-01");
    const result = landed.results["2026-11-01"];
    expect(result).toMatchObject({ status: "SUCCEEDED", version: 1 });
    expect(result.report).toMatchObject({
      outcome: "passed",
      inputRows: 1000,
      duplicateRows: 5,
      quarantinedRows: 37,
      publishedRows: 958,
    });
    const byCheck = Object.fromEntries(result.report.checks.map((c: Body) => [c.id, c.status]));
    expect(byCheck).toMatchObject({
      reference_customer_id: "quarantined",
      allowed_values_currency: "warned",
      row_count: "passed",
    });
    // Asking for what the landing did already answers its versions.
    for (const to of ["bronze", "silver"]) {
      const again = await promote(id, { to, partition: "2026-11-01" });
      expect(again.run.results["2026-11-01"]).toMatchObject({ status: "SUCCEEDED", version: 1, reused: true });
    }

    const [version] = (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-01`, "ALICE"))
      .body.items;
    expect(version).toMatchObject({
      stage: "silver",
      version: 1,
      rows: 958,
      quarantinedRows: 37,
      contractVersion: 1,
      inputs: [{ stage: "bronze", version: 1 }],
      files: [`lake/silver/${id}/2026-11-01/v=1/part-0.parquet`],
    });
    expect((await lake().list(`lake/quarantine/${id}/2026-11-01/`)).map((o) => o.key.split("/").at(-1))).toEqual([
      "part-0.parquet",
      "rows.jsonl",
    ]);

    const [quarantined] = (await call("GET", `/v1/datasets/${id}/quarantine`, "ALICE")).body.items;
    expect(quarantined).toMatchObject({
      partition: "2026-11-01",
      version: 1,
      rows: 37,
      byCheck: {
        not_null_customer_id: 10,
        range_amount: 10,
        allowed_values_status: 5,
        type_amount: 5,
        reference_customer_id: 5,
        primary_key: 2,
      },
    });
    const rows = (await call("GET", `/v1/datasets/${id}/quarantine/rows?partition=2026-11-01&limit=100`, "ALICE")).body;
    expect(rows).toMatchObject({ total: 37, listed: 37, version: 1 });
    expect(rows.items.filter((r: Body) => r._plinth_reasons === "type_amount").map((r: Body) => r.amount)).toEqual(
      Array(5).fill("n/a"),
    );
    expect((await call("POST", `/v1/datasets/${id}/quarantine/reprocess`, "ALICE", {})).status).toBe(409);

    const gold = await promote(id, { to: "gold", partition: "2026-11-01" });
    expect(gold.run.results["2026-11-01"]).toMatchObject({ status: "SUCCEEDED", version: 1 });
    const detail = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body;
    expect(detail.stages.map((s: Body) => [s.stage, s.partitions.map((p: Body) => p.version)])).toEqual([
      ["bronze", [1]],
      ["silver", [1]],
      ["gold", [1]],
    ]);
    // Fix the contract (a lost order is a status we now accept) and reprocess: those 5 rows come back.
    const fixed = {
      ...ordersContract,
      checks: (ordersContract.checks ?? []).map((c) => {
        if (c.kind === "reference") return { ...c, dataset: customers };
        if (c.kind === "allowed_values" && c.column === "status") return { ...c, values: [...c.values, "lost"] };
        return c;
      }),
    };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { contract: fixed })).status).toBe(200);
    const reprocessed = await call("POST", `/v1/datasets/${id}/quarantine/reprocess`, "ALICE", {});
    expect(reprocessed.status).toBe(202);
    const rerun = await poll(
      `/v1/datasets/${id}/promotions/${reprocessed.body.id}`,
      (b) => b.status !== "RUNNING",
      "ALICE",
      60_000,
    );
    expect(rerun.results["2026-11-01"]).toMatchObject({ status: "SUCCEEDED", version: 2 });
    expect(rerun.results["2026-11-01"].report).toMatchObject({ quarantinedRows: 32, publishedRows: 963 });

    const events = cloud()
      .eventBridge.archive.filter((a) => a.event.source === "plinth.data" && (a.event.detail as Body).dataset === id)
      .map((a) => a.event["detail-type"]);
    expect(events).toEqual(
      expect.arrayContaining(["Dataset Ingested", "Quality Gate Passed", "Rows Quarantined", "Dataset Promoted"]),
    );
  });

  it("a landed file starts the rule: ingested to bronze and promoted to silver without a request", async () => {
    const { id } = await setup();
    await land(id, "2026-11-04", 400);
    const runs = await poll(
      `/v1/datasets/${id}/promotions`,
      (b) => b.items.some((r: Body) => r.to === "silver" && r.status !== "RUNNING"),
      "ALICE",
      60_000,
    );
    const [silver, bronze] = runs.items;
    expect(bronze).toMatchObject({ to: "bronze", trigger: "landing", status: "SUCCEEDED", requestedBy: "s3-landing" });
    expect(silver).toMatchObject({ to: "silver", trigger: "landing", status: "SUCCEEDED", partitions: ["2026-11-04"] });
    expect(silver.results["2026-11-04"].report).toMatchObject({ outcome: "passed", inputRows: 400 });
    // A file outside lake/landing/<dataset>/<partition>/ starts nothing that writes.
    await lake().put(`lake/landing/${id}/stray.csv`, "x\n1\n");
    await lake().put(`lake/landing/unknown_dataset/2026-11-04/a.csv`, "x\n1\n");
    expect((await call("GET", `/v1/datasets/${id}/promotions`, "ALICE")).body.items).toHaveLength(2);
  });

  it("re-running the same promotion answers the version it wrote; rollback moves the pointer back", async () => {
    const { id } = await setup();
    await land(id, "2026-11-02", 300);
    const again = await promote(id, { to: "silver", partition: "2026-11-02" });
    expect(again.run.results["2026-11-02"]).toMatchObject({ status: "SUCCEEDED", version: 1, reused: true });
    expect(
      (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-02`, "ALICE")).body.items,
    ).toHaveLength(1);

    // New landing → new bronze version → a second silver version; then back to the first.
    await land(id, "2026-11-02", 50, "late.csv");
    const versions = (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-11-02`, "ALICE")).body
      .items;
    expect(versions.map((v: Body) => [v.version, v.inputs[0].version])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const rolled = await call("POST", `/v1/datasets/${id}/stages/silver/rollback`, "ALICE", {
      partition: "2026-11-02",
      version: 1,
    });
    expect(rolled.status).toBe(200);
    expect(rolled.body).toMatchObject({ version: 1, previous: 2, reason: "rollback", movedBy: "alice" });
    const silver = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages.find(
      (s: Body) => s.stage === "silver",
    );
    expect(silver.partitions).toMatchObject([{ partition: "2026-11-02", version: 1 }]);
  });

  it("a fail check stops the promotion and the pointer stays; a breaking contract change needs force", async () => {
    const { id } = await setup();
    await land(id, "2026-11-03", 200);
    const strict = {
      contract: {
        ...ordersContract,
        checks: [
          ...(ordersContract.checks ?? []).filter((c) => c.kind !== "reference"),
          { id: "enough_rows", kind: "row_count", min: 10_000 },
        ],
      },
    };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", strict)).body.contractVersion).toBe(2);
    const failed = await promote(id, { to: "silver", partition: "2026-11-03" });
    expect(failed.run.status).toBe("FAILED");
    expect(failed.run.results["2026-11-03"]).toMatchObject({ status: "FAILED", failedChecks: ["enough_rows"] });
    expect(failed.run.results["2026-11-03"].error).toMatch(/quality gate failed: enough_rows/);
    const silver = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages.find(
      (s: Body) => s.stage === "silver",
    );
    expect(silver.partitions).toMatchObject([{ partition: "2026-11-03", version: 1 }]);

    const breaking = {
      contract: { ...ordersContract, columns: ordersContract.columns.filter((c) => c.name !== "currency"), checks: [] },
    };
    const refused = await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", breaking);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/column currency removed/);
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { ...breaking, force: true })).status).toBe(200);
  });

  it("backfills 10 partitions in one run; concurrent promotions of one partition publish once", async () => {
    const { id, customers } = await setup();
    const days = Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`);
    for (const day of days) await land(id, day, 100);
    const bronze = await promote(id, { to: "bronze", range: { from: "2026-10-01", to: "2026-10-10" } });
    expect(bronze.run.status).toBe("SUCCEEDED");
    expect(Object.keys(bronze.run.results).sort()).toEqual(days);
    // A stricter contract (one more warning) makes the silver backfill real work: a new version per partition.
    const checks = (ordersContract.checks ?? []).map((c) =>
      c.kind === "reference" ? { ...c, dataset: customers } : c,
    );
    const stricter = {
      ...ordersContract,
      checks: [...checks, { id: "large_amount", kind: "range", column: "amount", max: 400, severity: "warn" }],
    };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { contract: stricter })).status).toBe(200);
    const silver = await promote(id, { to: "silver", range: { from: "2026-10-01", to: "2026-10-10" } });
    expect(silver.run.status).toBe("SUCCEEDED");
    expect(Object.values(silver.run.results).map((r) => [(r as Body).version, (r as Body).reused ?? false])).toEqual(
      Array(10).fill([2, false]),
    );

    await land(id, "2026-10-20", 100);
    // A new contract version makes the next silver promotion new work; two of them race.
    const contract = { ...stricter, checks: stricter.checks.filter((c) => c.kind !== "reference") };
    expect((await call("PUT", `/v1/datasets/${id}/contract`, "ALICE", { contract })).status).toBe(200);
    const [a, b] = await Promise.all([
      promote(id, { to: "silver", partition: "2026-10-20" }),
      promote(id, { to: "silver", partition: "2026-10-20" }),
    ]);
    const outcomes = [a.run.results["2026-10-20"], b.run.results["2026-10-20"]];
    // The same promotion twice: one publishes, the other answers its version.
    const published = outcomes.filter((r) => r.status === "SUCCEEDED" && !r.reused);
    expect(published).toHaveLength(1);
    expect(outcomes.filter((r) => r.reused)).toHaveLength(1);
    const versions = (await call("GET", `/v1/datasets/${id}/stages/silver/versions?partition=2026-10-20`, "ALICE")).body
      .items;
    const pointer = (await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages
      .find((s: Body) => s.stage === "silver")
      .partitions.find((p: Body) => p.partition === "2026-10-20");
    expect(pointer.version).toBe(published[0].version);
    expect(versions.length).toBeGreaterThanOrEqual(1);
  });

  it("refuses bad input: unknown dataset, malformed contract, a corrupt file is a recorded FAILED", async () => {
    expect((await call("POST", "/v1/datasets/nope/promotions", "ALICE", { to: "bronze", partition: "x" })).status).toBe(
      404,
    );
    const malformed = await call("POST", "/v1/datasets", "ALICE", {
      id: "bad_contract",
      team: "payments",
      contract: { columns: [{ name: "id", type: "uuid" }], primaryKey: ["id"] },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].field).toBe("body.contract.columns.0.type");
    const { id } = await setup({ landingFormat: "parquet" });
    await lake().put(`lake/landing/${id}/2026-11-05/orders.parquet`, "PAR1 not parquet at all");
    const run = (await promote(id, { to: "bronze", partition: "2026-11-05" })).run;
    expect(run.status).toBe("FAILED");
    expect(run.results["2026-11-05"].error).toMatch(/unreadable_input/);
    const empty = (await promote(id, { to: "bronze", partition: "2026-12-31" })).run;
    expect(empty.results["2026-12-31"].error).toMatch(/nothing has landed under lake\/landing\//);
    expect((await call("GET", `/v1/datasets/${id}`, "ALICE")).body.stages[0].partitions).toEqual([]);
  });

  it("leaves no record working without a running execution (the invariant of issue 16)", async () => {
    const sfn = new SFNClient({});
    await expectNothingStuck(() => breaches(cloud().apiClients.dynamodb, cloud().tableName, sfn, lake()));
    sfn.destroy();
  });
});
