import type { QualityReport } from "../report";
import type { PromotionStepContext } from "./context";
import type { Checked, Loaded } from "./shared";

/** An input with no rows (a header-only CSV): recorded as EMPTY, nothing published, the current version stays. */
export async function empty(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  load: Loaded,
  check: Checked,
) {
  const { run } = await ctx.context(promotionId);
  await ctx.setResult(promotionId, {
    partition,
    status: "EMPTY",
    ...(check.report ? { report: check.report as QualityReport } : {}),
    note: `the ${run.from} input has no rows; nothing was published and the current ${run.to} version (if any) stays`,
    durationMs: ctx.since(load.startedAt),
  });
  return { outcome: "empty", events: [] };
}
