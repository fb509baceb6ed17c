import type { Contract } from "./contract";
import type { QualityReport } from "./report";

/** Files of one partition (local paths the task downloaded, or an engine's own locations). */
export interface PartitionFiles {
  format: "parquet" | "csv";
  files: string[];
}

export interface CheckPartitionInput {
  contract: Contract;
  input: PartitionFiles;
  /** The current silver files of each dataset a `reference` check names. */
  references: Record<string, PartitionFiles>;
  /** Where the published rows and the quarantined rows go (one Parquet file each). */
  output: { silver: string; quarantine: string };
  now: Date;
}

export interface CheckPartitionResult {
  report: QualityReport;
  /** Written only when the gate passed; the quarantine file only when rows were set aside. */
  written: { silver?: string; quarantine?: string };
}

export interface AggregateInput {
  /** A single SELECT over the named relations (`silver`, or `ref_<dataset>`). */
  sql: string;
  relations: Record<string, PartitionFiles>;
  output: string;
}

/**
 * Runs a dataset's SQL: the contract's checks for bronze → silver, its aggregation for silver →
 * gold. DuckDB in a task for partitions that fit, Athena for the others; both run the SQL that
 * `planChecks` generates.
 */
export interface QualityEngine {
  checkPartition(input: CheckPartitionInput): Promise<CheckPartitionResult>;
  aggregate(input: AggregateInput): Promise<{ rows: number }>;
}
