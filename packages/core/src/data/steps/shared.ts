import { z } from "zod";
import type { Clock } from "../../clock";
import { EventDetailBase, type EventPublisher, EventSources } from "../../events";
import { AthenaStatement } from "../athena";
import type { DatasetStore, LakeStorage, QualityEngine, VersionStore, Workspace } from "../ports";
import type { PromotionStore } from "../promotion";

/**
 * The promotion workflow's steps, one partition at a time (`workflows/promotion.ts` runs them in a
 * Map for a backfill). Each step parses its input and returns what the next state needs:
 *
 *   intake   → a file landed under `lake/landing/<dataset>/<partition>/`: a bronze run for it
 *              (one per event: a redelivered event finds its run), or why it was ignored
 *   load     → the inputs (with content hashes), the promotion key; `reused` when an identical
 *              promotion already wrote its version, else a reserved version number and the
 *              pointer it must move from
 *   check    → runs the engine on local copies, uploads the version's files (unpublished: no
 *              pointer names them yet), answers `passed` or `failed` with the report
 *   gateFailed / failed → the partition recorded FAILED, with the failing checks or the error
 *   write    → the version recorded with its lineage (immutable; conditional)
 *   publish  → the pointer moved from the version `load` saw; a lost race is recorded FAILED
 *   finish   → the run's status from its partitions; a landing's bronze run that succeeded
 *              answers the silver run that follows it
 *
 * `publish` and `gateFailed` answer the facts to announce; the workflow's Emit state hands them to
 * `emit`, which puts them on the bus (after the pointer moved, never before).
 */
export const Ref = { promotionId: z.string().min(1), partition: z.string().min(1) };
export const Loaded = z.object({
  outcome: z.literal("run"),
  version: z.number().int(),
  expected: z.number().int().nullable(),
  key: z.string(),
  inputs: z.array(z.object({ stage: z.string(), version: z.number().int(), contentHash: z.string() })),
  files: z.array(z.string()),
  /** The inputs' total size: past the DuckDB task's limit the partition runs on Athena. */
  bytes: z.number().int(),
  engine: z.enum(["duckdb", "athena"]),
  contractVersion: z.number().int(),
  startedAt: z.string(),
});
export type Loaded = z.infer<typeof Loaded>;
export const Checked = z.object({
  /** `empty`: the input has no rows; nothing is published and the current version stays. */
  outcome: z.enum(["passed", "failed", "empty"]),
  files: z.array(z.string()),
  quarantineFiles: z.array(z.string()),
  contentHash: z.string(),
  rows: z.number().int(),
  quarantinedRows: z.number().int(),
  report: z.unknown().optional(),
  schema: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
});
export type Checked = z.infer<typeof Checked>;
/** Athena's judgement of the summary: what to write when the gate passed. */
export const Judged = z.object({
  outcome: z.enum(["passed", "failed", "empty"]),
  writes: z.array(AthenaStatement),
  rows: z.number().int(),
  quarantinedRows: z.number().int(),
  report: z.unknown().optional(),
});
export type Judged = z.infer<typeof Judged>;

/** S3's Object Created event, as the lake-landing rule delivers it (only what intake reads). */
export const LandedObject = z.object({
  id: z.string().min(1),
  detail: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) }),
});

export const PromotionStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("intake"), event: z.unknown(), execution: z.string().optional() }),
  z.object({ action: z.literal("load"), ...Ref }),
  z.object({ action: z.literal("reused"), ...Ref, load: z.object({ version: z.number().int() }) }),
  z.object({ action: z.literal("check"), ...Ref, load: Loaded }),
  z.object({ action: z.literal("athenaPrepare"), ...Ref, load: Loaded }),
  z.object({ action: z.literal("athenaJudge"), ...Ref, load: Loaded, resultSet: z.unknown() }),
  z.object({ action: z.literal("athenaCollect"), ...Ref, load: Loaded, judged: Judged }),
  z.object({ action: z.literal("gateFailed"), ...Ref, load: Loaded, check: Checked }),
  z.object({ action: z.literal("empty"), ...Ref, load: Loaded, check: Checked }),
  z.object({ action: z.literal("write"), ...Ref, load: Loaded, check: Checked }),
  z.object({
    action: z.literal("publish"),
    ...Ref,
    load: Loaded,
    check: Checked,
    written: z.object({ created: z.boolean(), version: z.number().int() }),
  }),
  z.object({
    action: z.literal("failed"),
    ...Ref,
    error: z.object({ Error: z.string().default("Error"), Cause: z.string().default("") }),
  }),
  z.object({
    action: z.literal("emit"),
    events: z.array(
      z.object({
        source: z.literal(EventSources.data),
        detailType: z.string(),
        detail: EventDetailBase.loose(),
      }),
    ),
  }),
  z.object({ action: z.literal("finish"), promotionId: z.string().min(1), execution: z.string().optional() }),
]);
export type PromotionStepInput = z.input<typeof PromotionStepInput>;

/**
 * The size switch between engines: a partition's inputs up to this size run in the DuckDB task
 * (3 GB of memory, 10 GB of `/tmp`; Parquet expands several times in memory). Above it bronze →
 * silver and silver → gold run on Athena (the workflow's Athena states).
 */
export const DUCKDB_LIMIT_BYTES = 2 * 2 ** 30;
/**
 * Landing → bronze always runs in the task: DuckDB streams CSV or Parquet into one Parquet file, so
 * memory is not the bound, `/tmp` is (the landing and the bronze file side by side in 10 GB).
 */
export const LANDING_LIMIT_BYTES = 4 * 2 ** 30;

export interface PromotionStepDeps {
  datasets: DatasetStore;
  versions: VersionStore;
  runs: PromotionStore;
  lake: LakeStorage;
  engine: QualityEngine;
  workspace: Workspace;
  clock: Clock;
  events: EventPublisher;
  /** Overrides DUCKDB_LIMIT_BYTES (tests). */
  engineLimitBytes?: number;
}

/** An input without rows: nothing written. */
export const emptyCheck = (report?: unknown): Checked => ({
  outcome: "empty",
  files: [],
  quarantineFiles: [],
  contentHash: "",
  rows: 0,
  quarantinedRows: 0,
  ...(report === undefined ? {} : { report }),
});

/** A check whose gate failed: nothing written, the report says why. */
export const gateFailedCheck = (quarantinedRows: number, report: unknown): Checked => ({
  outcome: "failed",
  files: [],
  quarantineFiles: [],
  contentHash: "",
  rows: 0,
  quarantinedRows,
  ...(report === undefined ? {} : { report }),
});

export const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);

/**
 * A task's error as a reason a person can read: a Lambda's JSON cause gives its message, a failed
 * Athena query (the `.sync` task's cause is the query execution) its state change reason.
 */
export function reasonOf(error: { Error: string; Cause: string }): string {
  try {
    const cause = JSON.parse(error.Cause) as {
      errorMessage?: string;
      QueryExecution?: { Status?: { StateChangeReason?: string } };
    };
    if (cause.errorMessage) return cause.errorMessage;
    const reason = cause.QueryExecution?.Status?.StateChangeReason;
    if (reason) return `Athena query failed: ${reason}`;
  } catch {
    // not JSON: the cause is the message
  }
  return error.Cause ? `${error.Error}: ${error.Cause}` : error.Error;
}
