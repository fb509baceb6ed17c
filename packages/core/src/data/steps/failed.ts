import type { PromotionStepContext } from "./context";
import { reasonOf } from "./shared";

export async function failed(
  ctx: PromotionStepContext,
  promotionId: string,
  partition: string,
  error: { Error: string; Cause: string },
) {
  await ctx.setResult(promotionId, { partition, status: "FAILED", error: reasonOf(error) });
  return { outcome: "failed" };
}
