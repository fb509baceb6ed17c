import type { EngineColumn } from "./athena";
import type { Contract } from "./contract";
import type { ContractVersion, DatasetRecord, DataVersion, Stage } from "./dataset";
import type { QualityReport } from "./report";

/** Files of one partition (local paths the task downloaded, or an engine's own locations). */
export interface PartitionFiles {
  format: "parquet" | "csv";
  files: string[];
  /** What each file is to a user (its object key), for messages: a local path means nothing to them. */
  names?: string[];
}

export interface CheckPartitionInput {
  contract: Contract;
  input: PartitionFiles;
  /** The current silver files of each dataset a `reference` check names. */
  references: Record<string, PartitionFiles>;
  /** Where the published rows and the quarantined rows go (one Parquet file each). */
  /** `quarantineJson`: the first QUARANTINE_JSON_ROWS set-aside rows as JSON lines, for the API to page through. */
  output: { silver: string; quarantine: string; quarantineJson?: string };
  now: Date;
}

export interface CheckPartitionResult {
  report: QualityReport;
  /** Written only when the gate passed; the quarantine files only when rows were set aside. */
  written: { silver?: string; quarantine?: string; quarantineJson?: string };
}

/** How many set-aside rows the API can list per partition version (all of them are in the Parquet file). */
export const QUARANTINE_JSON_ROWS = 10_000;

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
  /** Landing → bronze: the files as they landed, one Parquet file (CSV read as text). */
  ingest(input: PartitionFiles, output: string): Promise<{ rows: number; schema: EngineColumn[] }>;
  checkPartition(input: CheckPartitionInput): Promise<CheckPartitionResult>;
  aggregate(input: AggregateInput): Promise<{ rows: number }>;
}

/**
 * Datasets and their contract versions. The adapter (packages/aws/src/dynamodb/dataset-store.ts)
 * owns the key shapes.
 */
export interface DatasetStore {
  /** Writes the dataset and its contract version 1 together; `conflict` when the id is taken. */
  register(record: DatasetRecord, contract: ContractVersion): Promise<DatasetRecord>;
  get(id: string): Promise<DatasetRecord | undefined>;
  list(query: { team: string; limit: number; cursor?: string }): Promise<{ items: DatasetRecord[]; cursor?: string }>;
  contract(id: string, version: number): Promise<ContractVersion | undefined>;
  /** Adds the next contract version and points the dataset at it, if the dataset is still at `next.version - 1`. */
  putContract(next: DatasetRecord, contract: ContractVersion): Promise<DatasetRecord>;
  /** Writes `next` if the dataset is still at `next.version - 1` (else `version_conflict`). */
  update(next: DatasetRecord): Promise<DatasetRecord>;
}

export interface PointerState {
  version: number;
  previous?: number;
  movedAt: string;
  movedBy: string;
  reason: "promotion" | "rollback";
}

/** Immutable versions of each stage and partition, and the pointers that publish them. */
export interface VersionStore {
  /** Records a version under its promotion key. On a re-run (same key) returns the version recorded first. */
  record(version: DataVersion, promotionKey: string): Promise<{ created: boolean; version: DataVersion }>;
  byPromotionKey(promotionKey: string): Promise<DataVersion | undefined>;
  get(dataset: string, stage: Stage, partition: string, version: number): Promise<DataVersion | undefined>;
  /** Newest first. */
  list(dataset: string, stage: Stage, partition: string): Promise<DataVersion[]>;
  /**
   * Reserves the next version number of a stage's partition (1 for the first): an atomic counter,
   * so concurrent promotions write their files under different `v=<n>` prefixes.
   */
  reserveVersion(dataset: string, stage: Stage, partition: string): Promise<number>;
  pointer(dataset: string, stage: Stage, partition: string): Promise<PointerState | undefined>;
  /** Every partition's pointer of a stage. */
  pointers(dataset: string, stage: Stage): Promise<(PointerState & { partition: string })[]>;
  /**
   * Moves the pointer to `to` only if it still names `from` (undefined: no pointer yet). Returns
   * false when another promotion or rollback moved it first; nothing changes then.
   */
  movePointer(
    dataset: string,
    stage: Stage,
    partition: string,
    from: number | undefined,
    to: PointerState,
  ): Promise<boolean>;
}

export interface LakeObject {
  key: string;
  size: number;
  etag: string;
}

/**
 * The lake's object storage: S3 in AWS and, through the same adapter, the local cloud's S3 server.
 * Keys: `lake/<stage>/<dataset>/<partition>/v=<n>/part-*.parquet`; landing files under
 * `lake/landing/<dataset>/<partition>/`. The engine works on local copies (Lambda's `/tmp`).
 */
export interface LakeStorage {
  list(prefix: string): Promise<LakeObject[]>;
  download(key: string, path: string): Promise<void>;
  upload(path: string, key: string): Promise<void>;
  put(key: string, body: string | Uint8Array): Promise<void>;
  /** Deletes every object under the prefix (a version no record points at); answers how many. */
  removePrefix(prefix: string): Promise<number>;
  /** The object's address for engines that read S3 themselves (Athena): `s3://<bucket>/<key>`. */
  uri(key: string): string;
  /** A small object's text (the quarantine listing); undefined when there is none. */
  text(key: string): Promise<string | undefined>;
}

/** Scratch space for one step (Lambda's `/tmp`): downloaded inputs and written outputs. */
export interface Workspace {
  create(label: string): Promise<string>;
  /** sha256 over the files' contents, in the order given. */
  hash(paths: readonly string[]): Promise<string>;
  remove(dir: string): Promise<void>;
}
