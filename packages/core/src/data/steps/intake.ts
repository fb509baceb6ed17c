import { DatasetId, Partition } from "../dataset";
import { LANDING_PREFIX } from "../lake-layout";
import { LandingSeeds } from "../promotion";
import type { PromotionStepContext } from "./context";
import { LandedObject } from "./shared";

export async function intake(ctx: PromotionStepContext, raw: unknown, execution?: string) {
  const parsed = LandedObject.safeParse(raw);
  if (!parsed.success) return { outcome: "ignored", reason: `not an S3 Object Created event: ${parsed.error.message}` };
  const { key } = parsed.data.detail.object;
  const [dataset = "", partition = "", ...file] = key.slice(LANDING_PREFIX.length).split("/");
  if (
    !key.startsWith(LANDING_PREFIX) ||
    file.length === 0 ||
    !DatasetId.safeParse(dataset).success ||
    !Partition.safeParse(partition).success
  )
    return { outcome: "ignored", reason: `${key} is not lake/landing/<dataset>/<partition>/<file>` };
  const record = await ctx.deps.datasets.get(dataset);
  if (!record) return { outcome: "ignored", reason: `${key}: no dataset ${dataset} is registered` };
  const run = ctx.newRun(record, "bronze", [partition], LandingSeeds.bronze(parsed.data.id), execution);
  const { created } = await ctx.deps.runs.create(run, parsed.data.id);
  if (!created) return { outcome: "ignored", reason: `event ${parsed.data.id} was taken in before` };
  return { outcome: "run", promotionId: run.id, partitions: run.partitions };
}
