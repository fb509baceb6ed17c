import { buildEvent } from "../../events";
import { DataEvents } from "../events";
import type { QualityReport } from "../report";
import type { PromotionStepContext } from "./context";
import type { Checked, Loaded } from "./shared";

export async function gateFailed(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  check: Checked,
) {
  const { run, dataset } = await ctx.context(promotionId);
  const report = check.report as QualityReport;
  const failedChecks = report.failedChecks;
  await ctx.setResult(promotionId, {
    partition,
    status: "FAILED",
    report,
    failedChecks,
    error: `quality gate failed: ${failedChecks.join(", ")}`,
    durationMs: ctx.since(load.startedAt),
  });
  const details = report.checks.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.detail}`);
  return {
    outcome: "failed",
    events: [
      buildEvent(DataEvents.gateFailed, {
        ...ctx.subject(run, dataset, partition, "gate-failed"),
        stage: run.to,
        failedChecks,
        details,
      }),
    ],
  };
}
