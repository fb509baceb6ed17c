import { fail } from "../../errors";
import { promotionKey } from "../dataset";
import type { PromotionStepContext } from "./context";
import { DUCKDB_LIMIT_BYTES, gib, LANDING_LIMIT_BYTES, type Loaded } from "./shared";

export async function load(ctx: PromotionStepContext, promotionId: string, partition: string) {
  const { run, dataset } = await ctx.context(promotionId);
  await ctx.setResult(promotionId, { partition, status: "RUNNING" });
  const { inputs, files, bytes } = await ctx.inputsOf(dataset, run.from, partition);
  const key = promotionKey({
    dataset: dataset.id,
    partition,
    to: run.to,
    inputs,
    contractVersion: dataset.contractVersion,
  });
  const existing = await ctx.deps.versions.byPromotionKey(key);
  if (existing) return { outcome: "reused", version: existing.version };
  if (run.to === "bronze" && bytes > LANDING_LIMIT_BYTES)
    fail(
      "validation_failed",
      `${dataset.id}/${partition} landed ${gib(bytes)} GiB, more than the task ingests (${gib(LANDING_LIMIT_BYTES)} GiB); ` +
        "land it as several partitions",
    );
  const limit = ctx.deps.engineLimitBytes ?? DUCKDB_LIMIT_BYTES;
  const version = await ctx.deps.versions.reserveVersion(dataset.id, run.to, partition);
  // The run knows the version its partition writes under, so a cancel can remove what it wrote.
  await ctx.setResult(promotionId, { partition, status: "RUNNING", version });
  const pointer = await ctx.deps.versions.pointer(dataset.id, run.to, partition);
  return {
    outcome: "run",
    version,
    expected: pointer?.version ?? null,
    key,
    inputs,
    files,
    bytes,
    engine: run.to !== "bronze" && bytes > limit ? "athena" : "duckdb",
    contractVersion: dataset.contractVersion,
    startedAt: ctx.deps.clock.now().toISOString(),
  } satisfies Loaded;
}
