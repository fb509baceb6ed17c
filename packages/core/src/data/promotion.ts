import { createHash } from "node:crypto";
import { z } from "zod";
import { strictObject } from "../schema";
import { Partition, PROMOTIONS, partitionRange, Stage } from "./dataset";
import { QualityReport } from "./report";

/**
 * A promotion: one request to move one partition, or a range of them (a backfill), one stage up.
 * Each partition ends SUCCEEDED (a new version published, or the existing one for a re-run) or
 * FAILED with the reason (the failing checks, an unreadable file, a lost race for the pointer).
 */
export const MAX_BACKFILL_PARTITIONS = 366;

export const PromotionRequest = strictObject({
  from: Stage.optional().describe("implied by `to`; when given it must be the stage below `to`"),
  to: z.enum(["bronze", "silver", "gold"]),
  partition: Partition.optional(),
  range: strictObject({ from: Partition, to: Partition }).optional().describe("a backfill: dates, inclusive"),
  partitions: z
    .array(Partition)
    .min(1)
    .max(MAX_BACKFILL_PARTITIONS)
    .optional()
    .describe("a backfill: these partitions"),
})
  .superRefine((request, ctx) => {
    const given = [request.partition, request.range, request.partitions].filter((v) => v !== undefined).length;
    if (given !== 1)
      ctx.addIssue({
        code: "custom",
        path: ["partition"],
        message: "give one of `partition`, `range` or `partitions`",
      });
    if (request.from !== undefined && request.from !== PROMOTIONS[request.to])
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: `${request.to} is promoted from ${PROMOTIONS[request.to]}`,
      });
    if (request.range) {
      const days = partitionRange(request.range.from, request.range.to, MAX_BACKFILL_PARTITIONS + 1);
      if (days.length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["range"],
          message: "a range runs from one date (YYYY-MM-DD) to a later one",
        });
      if (days.length > MAX_BACKFILL_PARTITIONS)
        ctx.addIssue({
          code: "custom",
          path: ["range"],
          message: `at most ${MAX_BACKFILL_PARTITIONS} partitions at once`,
        });
    }
  })
  .meta({ id: "PromotionRequest" });
export type PromotionRequest = z.infer<typeof PromotionRequest>;

export const PartitionResult = z
  .object({
    partition: z.string(),
    status: z
      .enum(["RUNNING", "SUCCEEDED", "FAILED", "EMPTY", "CANCELLED"])
      .describe(
        "EMPTY: the input had no rows (e.g. a header-only CSV); nothing was published. CANCELLED: the run was cancelled before this partition finished; nothing was published",
      ),
    version: z.number().int().optional(),
    reused: z.boolean().optional().describe("a re-run: the version an identical promotion wrote before"),
    report: QualityReport.optional(),
    failedChecks: z.array(z.string()).optional(),
    error: z.string().optional(),
    note: z.string().optional().describe("why an EMPTY partition published nothing"),
    durationMs: z.number().optional(),
  })
  .meta({ id: "PartitionResult" });
export type PartitionResult = z.infer<typeof PartitionResult>;

export const PromotionStatus = z.enum(["RUNNING", "SUCCEEDED", "FAILED", "PARTIAL", "CANCELLED"]);
export type PromotionStatus = z.infer<typeof PromotionStatus>;

export const PromotionRecord = z.object({
  id: z.string(),
  dataset: z.string(),
  team: z.string(),
  from: Stage,
  to: z.enum(["bronze", "silver", "gold"]),
  partitions: z.array(z.string()),
  status: PromotionStatus,
  results: z.record(z.string(), PartitionResult),
  requestedBy: z.string(),
  trigger: z.enum(["api", "landing"]),
  /** The execution carrying the run (a landing's bronze and silver runs share one). */
  execution: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PromotionRecord = z.infer<typeof PromotionRecord>;

/** The run's status once every partition has its result. */
/**
 * The id of a run the landing path makes, derived from what made it, so a redelivered event lands
 * on the same run — and the reconciler can find a landing execution's runs from its input alone.
 */
export function landingRunId(seed: string): string {
  return `run-${createHash("sha256").update(seed).digest("hex").slice(0, 24)}`;
}

/** The seeds of a landing's two runs: its bronze run (from the S3 event), then the silver run after it. */
export const LandingSeeds = {
  bronze: (eventId: string) => `landing:${eventId}`,
  silver: (bronzeRunId: string) => `silver-after:${bronzeRunId}`,
};

export function promotionStatus(results: readonly PartitionResult[]): PromotionStatus {
  if (results.some((r) => r.status === "RUNNING")) return "RUNNING";
  const failed = results.filter((r) => r.status === "FAILED").length;
  if (failed === 0) return "SUCCEEDED";
  return failed === results.length ? "FAILED" : "PARTIAL";
}

export interface PromotionStore {
  /** Creates the run; on an Idempotency-Key replay returns the first run (`created: false`). */
  create(record: PromotionRecord, idempotencyKey?: string): Promise<{ created: boolean; record: PromotionRecord }>;
  get(id: string): Promise<PromotionRecord | undefined>;
  /** Newest first. */
  list(
    dataset: string,
    query: { limit: number; cursor?: string },
  ): Promise<{ items: PromotionRecord[]; cursor?: string }>;
  /**
   * Sets one partition's result (partitions of a backfill finish concurrently). With `whileRunning`,
   * only while the run is RUNNING — the workflow's own writes, which must not overwrite what a cancel
   * or the reconciler settled: answers whether it was written.
   */
  setResult(id: string, result: PartitionResult, at: string, whileRunning?: boolean): Promise<boolean>;
  /**
   * Sets the run's status; with `expected`, only if the run is still in that status (a cancel and the
   * reconciler claiming one run): answers whether it was written.
   */
  setStatus(id: string, status: PromotionStatus, at: string, expected?: PromotionStatus): Promise<boolean>;
}
