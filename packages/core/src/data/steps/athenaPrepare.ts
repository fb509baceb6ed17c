import { fail } from "../../errors";
import { type AthenaJob, athenaCheckJob, athenaGoldJob, hiveTypeOfColumn } from "../athena";
import { versionPrefix } from "../lake-layout";
import type { PromotionStepContext } from "./context";
import type { Loaded } from "./shared";

/** The statements an Athena run of this partition needs: its scratch database, tables, checked table, summary. */
export async function athenaPrepare(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
): Promise<AthenaJob> {
  const { run, dataset } = await ctx.context(promotionId);
  const frame = ctx.athenaFrame(promotionId, partition);
  const input = await ctx.inputVersion(dataset.id, run.from, partition, load);
  if (run.to === "gold") {
    if (!dataset.gold) fail("validation_failed", `${dataset.id} has no gold SQL; register one to promote to gold`);
    const contract = await ctx.contractOf(dataset.id, input.contractVersion);
    const output = ctx.deps.lake.uri(versionPrefix(run.to, dataset.id, partition, load.version));
    return athenaGoldJob(
      frame,
      { location: ctx.deps.lake.uri(input.prefix), columns: contract.columns },
      dataset.gold.sql,
      output,
    );
  }
  if (!input.schema)
    fail(
      "validation_failed",
      `bronze version ${input.version} of ${dataset.id}/${partition} records no schema (ingested before Athena runs); ingest it again`,
    );
  const contract = await ctx.contractOf(dataset.id, load.contractVersion);
  const references: Parameters<typeof athenaCheckJob>[3] = {};
  for (const check of contract.checks) {
    if (check.kind !== "reference" || references[check.dataset]) continue;
    const referenced = await ctx.deps.datasets.get(check.dataset);
    const column = referenced
      ? (await ctx.contractOf(check.dataset, referenced.contractVersion)).columns.find(
          (c) => c.name === check.referencedColumn,
        )
      : undefined;
    if (!column) fail("validation_failed", `${check.dataset} has no column ${check.referencedColumn} to reference`);
    const partitions = [];
    for (const pointer of await ctx.deps.versions.pointers(check.dataset, "silver")) {
      const version = await ctx.deps.versions.get(check.dataset, "silver", pointer.partition, pointer.version);
      if (version) partitions.push({ value: pointer.partition, location: ctx.deps.lake.uri(version.prefix) });
    }
    if (partitions.length === 0)
      fail("validation_failed", `the contract references ${check.dataset}, which has no published silver version`);
    references[check.dataset] = {
      columns: [{ name: column.name, hiveType: hiveTypeOfColumn(column) }],
      location: `${frame.scratch}ref_${check.dataset}/`,
      partitions,
    };
  }
  return athenaCheckJob(
    frame,
    contract,
    { location: ctx.deps.lake.uri(input.prefix), schema: input.schema },
    references,
  ).job;
}
