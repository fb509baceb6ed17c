import type { DataVersion, VersionInput } from "../dataset";
import { versionPrefix } from "../lake-layout";
import type { QualityReport } from "../report";
import type { PromotionStepContext } from "./context";
import type { Checked, Loaded } from "./shared";

export async function write(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  check: Checked,
) {
  const { run, dataset } = await ctx.context(promotionId);
  const version: DataVersion = {
    dataset: dataset.id,
    stage: run.to,
    partition,
    version: load.version,
    prefix: versionPrefix(run.to, dataset.id, partition, load.version),
    files: check.files,
    contentHash: check.contentHash,
    inputs: load.inputs as VersionInput[],
    contractVersion: load.contractVersion,
    rows: check.rows,
    quarantinedRows: check.quarantinedRows,
    ...(check.quarantineFiles.length ? { quarantineFiles: check.quarantineFiles } : {}),
    ...(check.schema ? { schema: check.schema } : {}),
    engine: load.engine,
    ...(check.report ? { report: check.report as QualityReport } : {}),
    promotionId,
    durationMs: ctx.since(load.startedAt),
    createdAt: ctx.deps.clock.now().toISOString(),
  };
  const recorded = await ctx.deps.versions.record(version, load.key);
  return { created: recorded.created, version: recorded.version.version };
}
