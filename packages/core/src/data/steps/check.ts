import { join } from "node:path";
import { fail } from "../../errors";
import { Contract } from "../contract";
import { QUARANTINE_LISTING, quarantineKey, versionPrefix } from "../lake-layout";
import type { PartitionFiles } from "../ports";
import type { PromotionStepContext } from "./context";
import { type Checked, emptyCheck, gateFailedCheck, type Loaded } from "./shared";

export async function check(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
): Promise<Checked> {
  const { run, dataset } = await ctx.context(promotionId);
  const dir = await ctx.deps.workspace.create(`${dataset.id}-${partition}`);
  try {
    const local = await ctx.download(load.files, dir, "in");
    const format = run.from === "landing" ? dataset.landingFormat : "parquet";
    const output = join(dir, "part-0.parquet");
    const prefix = versionPrefix(run.to, dataset.id, partition, load.version);
    if (run.to === "bronze") {
      const { rows, schema } = await ctx.deps.engine.ingest({ format, files: local, names: load.files }, output);
      if (rows === 0) return emptyCheck();
      return await ctx.uploaded(output, prefix, {
        outcome: "passed",
        rows,
        quarantinedRows: 0,
        quarantineFiles: [],
        schema,
      });
    }
    if (run.to === "gold") {
      if (!dataset.gold) fail("validation_failed", `${dataset.id} has no gold SQL; register one to promote to gold`);
      const { rows } = await ctx.deps.engine.aggregate({
        sql: dataset.gold.sql,
        relations: { silver: { format, files: local, names: load.files } },
        output,
      });
      return await ctx.uploaded(output, prefix, {
        outcome: "passed",
        rows,
        quarantinedRows: 0,
        quarantineFiles: [],
      });
    }
    const contract = Contract.parse((await ctx.deps.datasets.contract(dataset.id, load.contractVersion))?.contract);
    const references: Record<string, PartitionFiles> = {};
    for (const check of contract.checks)
      if (check.kind === "reference" && !references[check.dataset])
        references[check.dataset] = { format: "parquet", files: await ctx.referenceFiles(check.dataset, dir) };
    const quarantine = join(dir, "quarantine.parquet");
    const quarantineJson = join(dir, "quarantine.jsonl");
    const { report, written } = await ctx.deps.engine.checkPartition({
      contract,
      input: { format, files: local, names: load.files },
      references,
      output: { silver: output, quarantine, quarantineJson },
      now: ctx.deps.clock.now(),
    });
    if (report.inputRows === 0) return emptyCheck(report);
    if (report.outcome === "failed" || !written.silver) return gateFailedCheck(report.quarantinedRows, report);
    const quarantinePrefix = quarantineKey(dataset.id, partition, load.version);
    const quarantineFiles = written.quarantine
      ? [await ctx.upload(quarantine, `${quarantinePrefix}part-0.parquet`)]
      : [];
    if (written.quarantineJson) await ctx.upload(quarantineJson, `${quarantinePrefix}${QUARANTINE_LISTING}`);
    return await ctx.uploaded(output, prefix, {
      outcome: "passed",
      rows: report.publishedRows,
      quarantinedRows: report.quarantinedRows,
      quarantineFiles,
      report,
    });
  } finally {
    await ctx.deps.workspace.remove(dir);
  }
}
