import { createHash } from "node:crypto";
import { z } from "zod";
import { TeamId } from "../caller";
import { ServiceId } from "../catalog/entity";
import { strictObject } from "../schema";
import { Contract, Identifier } from "./contract";
import { QualityReport } from "./report";

/**
 * Datasets, their stages and the immutable versions a promotion writes.
 *
 * A stage's **pointer** names its current version per partition; publishing moves it with one
 * conditional write (from the version the promotion read), so readers see the old version or the
 * new one, never half of one, and of two concurrent promotions of a partition only one publishes.
 * A version records its lineage: the input versions and their content hashes, the contract
 * version, row counts, the quality report and how long it took.
 */
export const Stage = z.enum(["landing", "bronze", "silver", "gold"]);
export type Stage = z.infer<typeof Stage>;
/** The stage each promotion reads: bronze ← landing, silver ← bronze, gold ← silver. */
export const PROMOTIONS = { bronze: "landing", silver: "bronze", gold: "silver" } as const satisfies Record<
  string,
  Stage
>;
export type TargetStage = keyof typeof PROMOTIONS;

export const DatasetId = Identifier.describe("lower-case letters, digits and _, e.g. orders");

export const Partition = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "a partition value such as 2026-11-01 (letters, digits, . _ -)");

export const GoldSql = z
  .string()
  .min(1)
  .max(20_000)
  .refine((sql) => /^\s*(select|with)\b/i.test(sql), "a single SELECT (or WITH … SELECT) over `silver`")
  .refine((sql) => !sql.replace(/'[^']*'/g, "").includes(";"), "one statement: no `;`");

export const RegisterDataset = strictObject({
  id: DatasetId,
  team: TeamId,
  service: ServiceId.optional().describe("The catalog service it belongs to (one of the team's)"),
  description: z.string().max(1000).default(""),
  partitionKey: Identifier.default("date").describe("the column whose value names a partition"),
  landingFormat: z.enum(["csv", "parquet"]).default("csv"),
  contract: Contract,
  gold: strictObject({ sql: GoldSql }).optional(),
}).meta({ id: "RegisterDataset" });
export type RegisterDataset = z.infer<typeof RegisterDataset>;

export const ContractVersion = z.object({
  version: z.number().int(),
  contract: Contract,
  createdAt: z.string(),
  createdBy: z.string(),
  /** Set when the owner forced a breaking change through; lists what broke. */
  breaking: z.array(z.string()),
});
export type ContractVersion = z.infer<typeof ContractVersion>;

export const DatasetRecord = z.object({
  id: z.string(),
  team: z.string(),
  service: z.string().optional(),
  description: z.string(),
  partitionKey: z.string(),
  landingFormat: z.enum(["csv", "parquet"]),
  contractVersion: z.number().int(),
  gold: z.object({ sql: z.string() }).optional(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
});
export type DatasetRecord = z.infer<typeof DatasetRecord>;

export const VersionInput = z.object({
  stage: Stage,
  version: z.number().int().min(0),
  /** sha256 over the input files' contents, in key order. */
  contentHash: z.string(),
});
export type VersionInput = z.infer<typeof VersionInput>;

export const DataVersion = z
  .object({
    dataset: DatasetId,
    stage: Stage,
    partition: Partition,
    version: z.number().int().min(1),
    /** Where its files are: `lake/<stage>/<dataset>/<partition>/v=<n>/`. */
    prefix: z.string(),
    files: z.array(z.string()),
    contentHash: z.string(),
    inputs: z.array(VersionInput),
    contractVersion: z.number().int().min(1),
    rows: z.number().int().min(0),
    quarantinedRows: z.number().int().min(0).default(0),
    /** Where its set-aside rows are (silver). */
    quarantineFiles: z.array(z.string()).optional(),
    /** Bronze: the columns as written, with the engine's types (what Athena's DDL declares). */
    schema: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
    /** Which engine wrote it: `duckdb` in the task, `athena` past the size switch. */
    engine: z.enum(["duckdb", "athena"]).optional(),
    report: QualityReport.optional(),
    promotionId: z.string(),
    durationMs: z.number().min(0),
    createdAt: z.string(),
  })
  .meta({ id: "DataVersion" });
export type DataVersion = z.infer<typeof DataVersion>;

/**
 * The identity of a promotion's result: same dataset, partition, target stage, input versions (with
 * their hashes) and contract version → the same key, so a re-run finds the version it wrote before.
 */
export function promotionKey(input: {
  dataset: string;
  partition: string;
  to: TargetStage;
  inputs: readonly VersionInput[];
  contractVersion: number;
}): string {
  const inputs = [...input.inputs]
    .sort((a, b) => `${a.stage}${a.version}`.localeCompare(`${b.stage}${b.version}`))
    .map((i) => `${i.stage}:${i.version}:${i.contentHash}`);
  return createHash("sha256")
    .update([input.dataset, input.partition, input.to, `contract:${input.contractVersion}`, ...inputs].join("\n"))
    .digest("hex")
    .slice(0, 32);
}

/** Partitions from `from` to `to` inclusive, for a backfill: dates day by day (at most `max`). */
export function partitionRange(from: string, to: string, max = 366): string[] {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!day.test(from) || !day.test(to)) return from === to ? [from] : [];
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`) && out.length < max; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
