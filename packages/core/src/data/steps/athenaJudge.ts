import { athenaCheckPlan, athenaCheckWrites, summaryRow } from "../athena";
import { ATHENA_QUARANTINE_JSON, ATHENA_QUARANTINE_PARQUET, quarantineKey, versionPrefix } from "../lake-layout";
import { judge } from "../report";
import type { PromotionStepContext } from "./context";
import type { Judged, Loaded } from "./shared";

/** The quality gate over Athena's summary; when it passed, the UNLOADs that write the version. */
export async function athenaJudge(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  resultSet: unknown,
): Promise<Judged> {
  const { run, dataset } = await ctx.context(promotionId);
  const summary = summaryRow(resultSet);
  if (run.to === "gold") return { outcome: "passed", writes: [], rows: Number(summary.n ?? 0), quarantinedRows: 0 };
  const input = await ctx.inputVersion(dataset.id, run.from, partition, load);
  const contract = await ctx.contractOf(dataset.id, load.contractVersion);
  const frame = ctx.athenaFrame(promotionId, partition);
  const plan = athenaCheckPlan(contract, input.schema ?? []);
  const report = judge(plan, summary, ctx.deps.clock.now());
  if (report.inputRows === 0) return { outcome: "empty", writes: [], rows: 0, quarantinedRows: 0, report };
  if (report.outcome === "failed")
    return { outcome: "failed", writes: [], rows: 0, quarantinedRows: report.quarantinedRows, report };
  const quarantine = quarantineKey(dataset.id, partition, load.version);
  const writes = athenaCheckWrites(plan, frame.database, report.quarantinedRows, {
    silver: ctx.deps.lake.uri(versionPrefix(run.to, dataset.id, partition, load.version)),
    quarantine: ctx.deps.lake.uri(`${quarantine}${ATHENA_QUARANTINE_PARQUET}`),
    listing: ctx.deps.lake.uri(`${quarantine}${ATHENA_QUARANTINE_JSON}`),
  });
  return {
    outcome: "passed",
    writes,
    rows: report.publishedRows,
    quarantinedRows: report.quarantinedRows,
    report,
  };
}
