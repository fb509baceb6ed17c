import type { PromotionStepContext } from "./context";

export async function reused(ctx: PromotionStepContext, promotionId: string, partition: string, version: number) {
  await ctx.setResult(promotionId, { partition, status: "SUCCEEDED", version, reused: true });
  return { outcome: "reused", version };
}
