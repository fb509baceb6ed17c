import { fail } from "../../errors";
import { LandingSeeds, promotionStatus } from "../promotion";
import type { PromotionStepContext } from "./context";

export async function finish(ctx: PromotionStepContext, promotionId: string, execution?: string) {
  const run = (await ctx.deps.runs.get(promotionId)) ?? fail("not_found", `no promotion ${promotionId}`);
  const results = run.partitions.map(
    (partition) => run.results[partition] ?? { partition, status: "FAILED" as const, error: "never ran" },
  );
  const status = promotionStatus(results);
  await ctx.deps.runs.setStatus(promotionId, status, ctx.deps.clock.now().toISOString());
  const ingested = results.filter((r) => r.status === "SUCCEEDED").map((r) => r.partition);
  if (run.trigger !== "landing" || run.to !== "bronze" || ingested.length === 0) return { status };
  // A landing goes on to silver by itself, for the partitions that reached bronze.
  const dataset = (await ctx.deps.datasets.get(run.dataset)) ?? fail("not_found", `no dataset ${run.dataset}`);
  const seed = LandingSeeds.silver(run.id);
  const next = ctx.newRun(dataset, "silver", ingested, seed, execution ?? run.execution);
  const { record } = await ctx.deps.runs.create(next, seed);
  return { status, next: { promotionId: record.id, partitions: record.partitions } };
}
