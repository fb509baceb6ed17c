import { z } from "zod";
import { ServiceId } from "../catalog/entity";
import { strictObject } from "../schema";
import { Contract } from "./contract";
import { Partition } from "./dataset";

// What callers send to act on datasets (registering one is RegisterDataset, in dataset.ts).
export const ContractChange = strictObject({
  contract: Contract,
  force: z.boolean().default(false).describe("accept a breaking change (owner team only)"),
}).meta({ id: "ContractChange" });

export const ContractPreview = z
  .object({
    contractVersion: z.number().int().describe("The version saving it would make"),
    columns: z.array(
      z.object({
        column: z.string(),
        change: z.enum(["added", "removed", "changed"]),
        before: z.string().optional(),
        after: z.string().optional(),
      }),
    ),
    breaking: z.array(z.string()).describe("What would break readers; saving then needs force: true"),
  })
  .meta({ id: "ContractPreview" });
export type ContractPreview = z.infer<typeof ContractPreview>;

export const Rollback = strictObject({ partition: Partition, version: z.number().int().min(1) }).meta({
  id: "Rollback",
});

export const Reprocess = strictObject({
  partitions: z
    .array(Partition)
    .min(1)
    .max(366)
    .optional()
    .describe("default: every partition whose current silver version set rows aside"),
}).meta({ id: "Reprocess" });

export interface QuarantineView {
  partition: string;
  /** The silver version that set these rows aside (the one the pointer names). */
  version: number;
  contractVersion: number;
  rows: number;
  byCheck: Record<string, number>;
  /** Parquet: the rows as they arrived, plus `_plinth_reasons`. */
  files: string[];
}

export const QuarantineRowsQuery = z.object({
  partition: Partition,
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Moves a dataset to another service of its team, or (null) to none. */
export const DatasetServiceChange = strictObject({
  service: ServiceId.nullable().describe("A service of the dataset's team, or null for none"),
}).meta({ id: "DatasetServiceChange" });
