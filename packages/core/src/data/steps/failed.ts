import { discardUnrecorded } from "../discard";
import type { PromotionStepContext } from "./context";
import { reasonOf } from "./shared";

/** A partition's step failed: what it wrote under its reserved version goes (unless recorded), and the result says why. */
export async function failed(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  error: { Error: string; Cause: string },
) {
  const { run } = await ctx.context(promotionId);
  await discardUnrecorded(ctx.deps, run, partition, run.results[partition]?.version);
  await ctx.setResult(promotionId, { partition, status: "FAILED", error: reasonOf(error) });
  return { outcome: "failed" };
}
