import { createHash } from "node:crypto";
import { join } from "node:path";
import { z } from "zod";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { buildEvent, EventDetailBase, type EventPublisher, EventSources, type PlinthEvent } from "../events";
import {
  ATHENA_SCRATCH_PREFIX,
  type AthenaJob,
  AthenaStatement,
  athenaCheckJob,
  athenaCheckPlan,
  athenaCheckWrites,
  athenaGoldJob,
  hiveTypeOfColumn,
  scratchDatabase,
  summaryRow,
} from "./athena";
import { Contract } from "./contract";
import {
  DatasetId,
  type DatasetRecord,
  type DataVersion,
  LANDING_PREFIX,
  Partition,
  promotionKey,
  type Stage,
  type VersionInput,
  versionPrefix,
} from "./dataset";
import { DataEvents } from "./events";
import type { DatasetStore, LakeStorage, PartitionFiles, QualityEngine, VersionStore, Workspace } from "./ports";
import { type PartitionResult, type PromotionRecord, type PromotionStore, promotionStatus } from "./promotion";
import { judge, type QualityReport } from "./report";

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
const Ref = { promotionId: z.string().min(1), partition: z.string().min(1) };
const Loaded = z.object({
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
type Loaded = z.infer<typeof Loaded>;
const Checked = z.object({
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
type Checked = z.infer<typeof Checked>;
/** Athena's judgement of the summary: what to write when the gate passed. */
const Judged = z.object({
  outcome: z.enum(["passed", "failed", "empty"]),
  writes: z.array(AthenaStatement),
  rows: z.number().int(),
  quarantinedRows: z.number().int(),
  report: z.unknown().optional(),
});
type Judged = z.infer<typeof Judged>;

/** S3's Object Created event, as the lake-landing rule delivers it (only what intake reads). */
const LandedObject = z.object({
  id: z.string().min(1),
  detail: z.object({ bucket: z.object({ name: z.string() }), object: z.object({ key: z.string() }) }),
});

export const PromotionStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("intake"), event: z.unknown() }),
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
  z.object({ action: z.literal("finish"), promotionId: z.string().min(1) }),
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

/** Where a silver version's set-aside rows go: the Parquet file, and the JSON lines the API lists. */
export const quarantineKey = (dataset: string, partition: string, version: number) =>
  `lake/quarantine/${dataset}/${partition}/v=${version}/`;
export const QUARANTINE_LISTING = "rows.jsonl";

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

export class PromotionSteps {
  constructor(private readonly deps: PromotionStepDeps) {}

  run(input: unknown): Promise<unknown> {
    const step = PromotionStepInput.parse(input);
    switch (step.action) {
      case "intake":
        return this.intake(step.event);
      case "load":
        return this.load(step.promotionId, step.partition);
      case "reused":
        return this.reused(step.promotionId, step.partition, step.load.version);
      case "check":
        return this.check(step.promotionId, step.partition, step.load);
      case "athenaPrepare":
        return this.athenaPrepare(step.promotionId, step.partition, step.load);
      case "athenaJudge":
        return this.athenaJudge(step.promotionId, step.partition, step.load, step.resultSet);
      case "athenaCollect":
        return this.athenaCollect(step.promotionId, step.partition, step.load, step.judged);
      case "gateFailed":
        return this.gateFailed(step.promotionId, step.partition, step.load, step.check);
      case "empty":
        return this.empty(step.promotionId, step.partition, step.load, step.check);
      case "write":
        return this.write(step.promotionId, step.partition, step.load, step.check);
      case "publish":
        return this.publish(step.promotionId, step.partition, step.load, step.check, step.written);
      case "failed":
        return this.failed(step.promotionId, step.partition, step.error);
      case "emit":
        return this.deps.events.publish(step.events as PlinthEvent[]).then(() => ({ published: step.events.length }));
      case "finish":
        return this.finish(step.promotionId);
    }
  }

  private async intake(raw: unknown) {
    const parsed = LandedObject.safeParse(raw);
    if (!parsed.success)
      return { outcome: "ignored", reason: `not an S3 Object Created event: ${parsed.error.message}` };
    const { key } = parsed.data.detail.object;
    const [dataset = "", partition = "", ...file] = key.slice(LANDING_PREFIX.length).split("/");
    if (
      !key.startsWith(LANDING_PREFIX) ||
      file.length === 0 ||
      !DatasetId.safeParse(dataset).success ||
      !Partition.safeParse(partition).success
    )
      return { outcome: "ignored", reason: `${key} is not lake/landing/<dataset>/<partition>/<file>` };
    const record = await this.deps.datasets.get(dataset);
    if (!record) return { outcome: "ignored", reason: `${key}: no dataset ${dataset} is registered` };
    const run = this.newRun(record, "bronze", [partition], `landing:${parsed.data.id}`);
    const { created } = await this.deps.runs.create(run, parsed.data.id);
    if (!created) return { outcome: "ignored", reason: `event ${parsed.data.id} was taken in before` };
    return { outcome: "run", promotionId: run.id, partitions: run.partitions };
  }

  private newRun(dataset: DatasetRecord, to: "bronze" | "silver", partitions: string[], seed: string): PromotionRecord {
    const at = this.deps.clock.now().toISOString();
    return {
      id: `run-${createHash("sha256").update(seed).digest("hex").slice(0, 24)}`,
      dataset: dataset.id,
      team: dataset.team,
      from: to === "bronze" ? "landing" : "bronze",
      to,
      partitions,
      status: "RUNNING",
      results: {},
      requestedBy: "s3-landing",
      trigger: "landing",
      createdAt: at,
      updatedAt: at,
    };
  }

  private async load(promotionId: string, partition: string) {
    const { run, dataset } = await this.context(promotionId);
    await this.setResult(promotionId, { partition, status: "RUNNING" });
    const { inputs, files, bytes } = await this.inputsOf(dataset, run.from, partition);
    const key = promotionKey({
      dataset: dataset.id,
      partition,
      to: run.to,
      inputs,
      contractVersion: dataset.contractVersion,
    });
    const existing = await this.deps.versions.byPromotionKey(key);
    if (existing) return { outcome: "reused", version: existing.version };
    if (run.to === "bronze" && bytes > LANDING_LIMIT_BYTES)
      fail(
        "validation_failed",
        `${dataset.id}/${partition} landed ${gib(bytes)} GiB, more than the task ingests (${gib(LANDING_LIMIT_BYTES)} GiB); ` +
          "land it as several partitions",
      );
    const limit = this.deps.engineLimitBytes ?? DUCKDB_LIMIT_BYTES;
    const version = await this.deps.versions.reserveVersion(dataset.id, run.to, partition);
    const pointer = await this.deps.versions.pointer(dataset.id, run.to, partition);
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
      startedAt: this.deps.clock.now().toISOString(),
    } satisfies Loaded;
  }

  private async reused(promotionId: string, partition: string, version: number) {
    await this.setResult(promotionId, { partition, status: "SUCCEEDED", version, reused: true });
    return { outcome: "reused", version };
  }

  private async check(promotionId: string, partition: string, load: Loaded): Promise<Checked> {
    const { run, dataset } = await this.context(promotionId);
    const dir = await this.deps.workspace.create(`${dataset.id}-${partition}`);
    try {
      const local = await this.download(load.files, dir, "in");
      const format = run.from === "landing" ? dataset.landingFormat : "parquet";
      const output = join(dir, "part-0.parquet");
      const prefix = versionPrefix(run.to, dataset.id, partition, load.version);
      if (run.to === "bronze") {
        const { rows, schema } = await this.deps.engine.ingest({ format, files: local, names: load.files }, output);
        if (rows === 0) return emptyCheck();
        return await this.uploaded(output, prefix, {
          outcome: "passed",
          rows,
          quarantinedRows: 0,
          quarantineFiles: [],
          schema,
        });
      }
      if (run.to === "gold") {
        if (!dataset.gold) fail("validation_failed", `${dataset.id} has no gold SQL; register one to promote to gold`);
        const { rows } = await this.deps.engine.aggregate({
          sql: dataset.gold.sql,
          relations: { silver: { format, files: local, names: load.files } },
          output,
        });
        return await this.uploaded(output, prefix, {
          outcome: "passed",
          rows,
          quarantinedRows: 0,
          quarantineFiles: [],
        });
      }
      const contract = Contract.parse((await this.deps.datasets.contract(dataset.id, load.contractVersion))?.contract);
      const references: Record<string, PartitionFiles> = {};
      for (const check of contract.checks)
        if (check.kind === "reference" && !references[check.dataset])
          references[check.dataset] = { format: "parquet", files: await this.referenceFiles(check.dataset, dir) };
      const quarantine = join(dir, "quarantine.parquet");
      const quarantineJson = join(dir, "quarantine.jsonl");
      const { report, written } = await this.deps.engine.checkPartition({
        contract,
        input: { format, files: local, names: load.files },
        references,
        output: { silver: output, quarantine, quarantineJson },
        now: this.deps.clock.now(),
      });
      if (report.inputRows === 0) return emptyCheck(report);
      if (report.outcome === "failed" || !written.silver) return gateFailedCheck(report.quarantinedRows, report);
      const quarantinePrefix = quarantineKey(dataset.id, partition, load.version);
      const quarantineFiles = written.quarantine
        ? [await this.upload(quarantine, `${quarantinePrefix}part-0.parquet`)]
        : [];
      if (written.quarantineJson) await this.upload(quarantineJson, `${quarantinePrefix}${QUARANTINE_LISTING}`);
      return await this.uploaded(output, prefix, {
        outcome: "passed",
        rows: report.publishedRows,
        quarantinedRows: report.quarantinedRows,
        quarantineFiles,
        report,
      });
    } finally {
      await this.deps.workspace.remove(dir);
    }
  }

  /** The statements an Athena run of this partition needs: its scratch database, tables, checked table, summary. */
  private async athenaPrepare(promotionId: string, partition: string, load: Loaded): Promise<AthenaJob> {
    const { run, dataset } = await this.context(promotionId);
    const frame = this.athenaFrame(promotionId, partition);
    const input = await this.inputVersion(dataset.id, run.from, partition, load);
    if (run.to === "gold") {
      if (!dataset.gold) fail("validation_failed", `${dataset.id} has no gold SQL; register one to promote to gold`);
      const contract = await this.contractOf(dataset.id, input.contractVersion);
      const output = this.deps.lake.uri(versionPrefix(run.to, dataset.id, partition, load.version));
      return athenaGoldJob(
        frame,
        { location: this.deps.lake.uri(input.prefix), columns: contract.columns },
        dataset.gold.sql,
        output,
      );
    }
    if (!input.schema)
      fail(
        "validation_failed",
        `bronze version ${input.version} of ${dataset.id}/${partition} records no schema (ingested before Athena runs); ingest it again`,
      );
    const contract = await this.contractOf(dataset.id, load.contractVersion);
    const references: Parameters<typeof athenaCheckJob>[3] = {};
    for (const check of contract.checks) {
      if (check.kind !== "reference" || references[check.dataset]) continue;
      const referenced = await this.deps.datasets.get(check.dataset);
      const column = referenced
        ? (await this.contractOf(check.dataset, referenced.contractVersion)).columns.find(
            (c) => c.name === check.referencedColumn,
          )
        : undefined;
      if (!column) fail("validation_failed", `${check.dataset} has no column ${check.referencedColumn} to reference`);
      const partitions = [];
      for (const pointer of await this.deps.versions.pointers(check.dataset, "silver")) {
        const version = await this.deps.versions.get(check.dataset, "silver", pointer.partition, pointer.version);
        if (version) partitions.push({ value: pointer.partition, location: this.deps.lake.uri(version.prefix) });
      }
      if (partitions.length === 0)
        fail("validation_failed", `the contract references ${check.dataset}, which has no published silver version`);
      references[check.dataset] = {
        columns: [{ name: column.name, hiveType: hiveTypeOfColumn(column) }],
        location: `${frame.scratch}ref_${check.dataset}/`,
        partitions,
      };
    }
    return athenaCheckJob(
      frame,
      contract,
      { location: this.deps.lake.uri(input.prefix), schema: input.schema },
      references,
    ).job;
  }

  /** The quality gate over Athena's summary; when it passed, the UNLOADs that write the version. */
  private async athenaJudge(promotionId: string, partition: string, load: Loaded, resultSet: unknown): Promise<Judged> {
    const { run, dataset } = await this.context(promotionId);
    const summary = summaryRow(resultSet);
    if (run.to === "gold") return { outcome: "passed", writes: [], rows: Number(summary.n ?? 0), quarantinedRows: 0 };
    const input = await this.inputVersion(dataset.id, run.from, partition, load);
    const contract = await this.contractOf(dataset.id, load.contractVersion);
    const frame = this.athenaFrame(promotionId, partition);
    const plan = athenaCheckPlan(contract, input.schema ?? []);
    const report = judge(plan, summary, this.deps.clock.now());
    if (report.inputRows === 0) return { outcome: "empty", writes: [], rows: 0, quarantinedRows: 0, report };
    if (report.outcome === "failed")
      return { outcome: "failed", writes: [], rows: 0, quarantinedRows: report.quarantinedRows, report };
    const quarantine = quarantineKey(dataset.id, partition, load.version);
    const writes = athenaCheckWrites(plan, frame.database, report.quarantinedRows, {
      silver: this.deps.lake.uri(versionPrefix(run.to, dataset.id, partition, load.version)),
      quarantine: this.deps.lake.uri(`${quarantine}${ATHENA_QUARANTINE_PARQUET}`),
      listing: this.deps.lake.uri(`${quarantine}${ATHENA_QUARANTINE_JSON}`),
    });
    return {
      outcome: "passed",
      writes,
      rows: report.publishedRows,
      quarantinedRows: report.quarantinedRows,
      report,
    };
  }

  /** What Athena wrote, as the version's files (content hash over S3's ETags); the quarantine listing joined into one object. */
  private async athenaCollect(promotionId: string, partition: string, load: Loaded, judged: Judged): Promise<Checked> {
    const { run, dataset } = await this.context(promotionId);
    if (judged.outcome === "failed") return gateFailedCheck(judged.quarantinedRows, judged.report);
    if (judged.outcome === "empty") return emptyCheck(judged.report);
    const report = judged.report === undefined ? {} : { report: judged.report };
    const written = await this.deps.lake.list(versionPrefix(run.to, dataset.id, partition, load.version));
    if (written.length === 0) fail("internal", `Athena wrote no files for ${run.to} version ${load.version}`);
    const quarantine = quarantineKey(dataset.id, partition, load.version);
    const quarantineFiles =
      judged.quarantinedRows > 0
        ? (await this.deps.lake.list(`${quarantine}${ATHENA_QUARANTINE_PARQUET}`)).map((o) => o.key)
        : [];
    if (judged.quarantinedRows > 0) {
      const parts = await this.deps.lake.list(`${quarantine}${ATHENA_QUARANTINE_JSON}`);
      const texts = await Promise.all(parts.map((part) => this.deps.lake.text(part.key)));
      const lines = texts.flatMap((text) => (text ?? "").split("\n").filter((line) => line.trim() !== ""));
      await this.deps.lake.put(`${quarantine}${QUARANTINE_LISTING}`, lines.map((line) => `${line}\n`).join(""));
    }
    return {
      outcome: "passed",
      files: written.map((o) => o.key),
      quarantineFiles,
      contentHash: createHash("sha256")
        .update(written.map((o) => `${o.key.slice(o.key.lastIndexOf("/") + 1)}\t${o.size}\t${o.etag}`).join("\n"))
        .digest("hex"),
      rows: judged.rows,
      quarantinedRows: judged.quarantinedRows,
      ...report,
    };
  }

  /** An input with no rows (a header-only CSV): recorded as EMPTY, nothing published, the current version stays. */
  private async empty(promotionId: string, partition: string, load: Loaded, check: Checked) {
    const { run } = await this.context(promotionId);
    await this.setResult(promotionId, {
      partition,
      status: "EMPTY",
      ...(check.report ? { report: check.report as QualityReport } : {}),
      note: `the ${run.from} input has no rows; nothing was published and the current ${run.to} version (if any) stays`,
      durationMs: this.since(load.startedAt),
    });
    return { outcome: "empty", events: [] };
  }

  private async gateFailed(promotionId: string, partition: string, load: Loaded, check: Checked) {
    const { run, dataset } = await this.context(promotionId);
    const report = check.report as QualityReport;
    const failedChecks = report.failedChecks;
    await this.setResult(promotionId, {
      partition,
      status: "FAILED",
      report,
      failedChecks,
      error: `quality gate failed: ${failedChecks.join(", ")}`,
      durationMs: this.since(load.startedAt),
    });
    const details = report.checks.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.detail}`);
    return {
      outcome: "failed",
      events: [
        buildEvent(DataEvents.gateFailed, {
          ...this.subject(run, dataset, partition, "gate-failed"),
          stage: run.to,
          failedChecks,
          details,
        }),
      ],
    };
  }

  private async write(promotionId: string, partition: string, load: Loaded, check: Checked) {
    const { run, dataset } = await this.context(promotionId);
    const version: DataVersion = {
      dataset: dataset.id,
      stage: run.to,
      partition,
      version: load.version,
      prefix: versionPrefix(run.to, dataset.id, partition, load.version),
      files: check.files,
      contentHash: check.contentHash,
      inputs: load.inputs as VersionInput[],
      contractVersion: load.contractVersion,
      rows: check.rows,
      quarantinedRows: check.quarantinedRows,
      ...(check.quarantineFiles.length ? { quarantineFiles: check.quarantineFiles } : {}),
      ...(check.schema ? { schema: check.schema } : {}),
      engine: load.engine,
      ...(check.report ? { report: check.report as QualityReport } : {}),
      promotionId,
      durationMs: this.since(load.startedAt),
      createdAt: this.deps.clock.now().toISOString(),
    };
    const recorded = await this.deps.versions.record(version, load.key);
    return { created: recorded.created, version: recorded.version.version };
  }

  private async publish(
    promotionId: string,
    partition: string,
    load: Loaded,
    check: Checked,
    written: { created: boolean; version: number },
  ) {
    const { run, dataset } = await this.context(promotionId);
    if (!written.created) {
      // An identical promotion running beside this one recorded its version first: that one publishes
      // it, and what this run wrote under its own version number would be recorded nowhere.
      await this.deps.lake.removePrefix(versionPrefix(run.to, dataset.id, partition, load.version));
      await this.deps.lake.removePrefix(quarantineKey(dataset.id, partition, load.version));
      await this.setResult(promotionId, { partition, status: "SUCCEEDED", version: written.version, reused: true });
      return { outcome: "reused", events: [] };
    }
    const moved = await this.deps.versions.movePointer(dataset.id, run.to, partition, load.expected ?? undefined, {
      version: load.version,
      ...(load.expected === null ? {} : { previous: load.expected }),
      movedAt: this.deps.clock.now().toISOString(),
      movedBy: run.requestedBy,
      reason: "promotion",
    });
    if (!moved) {
      const now = await this.deps.versions.pointer(dataset.id, run.to, partition);
      await this.setResult(promotionId, {
        partition,
        status: "FAILED",
        version: load.version,
        error: `another promotion published ${run.to} version ${now?.version} of ${partition} first; version ${load.version} is recorded but not published`,
        durationMs: this.since(load.startedAt),
      });
      return { outcome: "lost", events: [] };
    }
    const report = check.report as QualityReport | undefined;
    await this.setResult(promotionId, {
      partition,
      status: "SUCCEEDED",
      version: load.version,
      ...(report ? { report } : {}),
      durationMs: this.since(load.startedAt),
    });
    const subject = (fact: string) => this.subject(run, dataset, partition, fact);
    const events: PlinthEvent[] = [];
    if (run.to === "bronze")
      events.push(
        buildEvent(DataEvents.ingested, {
          ...subject("ingested"),
          version: load.version,
          rows: check.rows,
          files: check.files,
        }),
      );
    if (report) {
      const warnings = report.checks.filter((c) => c.status === "warned").map((c) => c.id);
      events.push(
        buildEvent(DataEvents.gatePassed, {
          ...subject("gate-passed"),
          stage: run.to,
          version: load.version,
          warnings,
        }),
      );
      if (report.quarantinedRows > 0)
        events.push(
          buildEvent(DataEvents.quarantined, {
            ...subject("quarantined"),
            stage: run.to,
            version: load.version,
            rows: report.quarantinedRows,
            byCheck: Object.fromEntries(
              report.checks.filter((c) => c.status === "quarantined").map((c) => [c.id, c.failingRows ?? 0]),
            ),
          }),
        );
    }
    events.push(
      buildEvent(DataEvents.promoted, {
        ...subject("promoted"),
        stage: run.to,
        version: load.version,
        previousVersion: load.expected,
        rows: check.rows,
        contractVersion: load.contractVersion,
      }),
    );
    return { outcome: "published", events };
  }

  private async failed(promotionId: string, partition: string, error: { Error: string; Cause: string }) {
    await this.setResult(promotionId, { partition, status: "FAILED", error: reasonOf(error) });
    return { outcome: "failed" };
  }

  private async finish(promotionId: string) {
    const run = (await this.deps.runs.get(promotionId)) ?? fail("not_found", `no promotion ${promotionId}`);
    const results = run.partitions.map(
      (partition) => run.results[partition] ?? { partition, status: "FAILED" as const, error: "never ran" },
    );
    const status = promotionStatus(results);
    await this.deps.runs.setStatus(promotionId, status, this.deps.clock.now().toISOString());
    const ingested = results.filter((r) => r.status === "SUCCEEDED").map((r) => r.partition);
    if (run.trigger !== "landing" || run.to !== "bronze" || ingested.length === 0) return { status };
    // A landing goes on to silver by itself, for the partitions that reached bronze.
    const dataset = (await this.deps.datasets.get(run.dataset)) ?? fail("not_found", `no dataset ${run.dataset}`);
    const next = this.newRun(dataset, "silver", ingested, `silver-after:${run.id}`);
    const { record } = await this.deps.runs.create(next, `silver-after:${run.id}`);
    return { status, next: { promotionId: record.id, partitions: record.partitions } };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  private athenaFrame(promotionId: string, partition: string) {
    const database = scratchDatabase(promotionId, partition);
    return { database, scratch: this.deps.lake.uri(`${ATHENA_SCRATCH_PREFIX}${database}/`) };
  }

  private async contractOf(dataset: string, version: number): Promise<Contract> {
    const recorded = await this.deps.datasets.contract(dataset, version);
    if (!recorded) fail("internal", `contract version ${version} of ${dataset} is missing`);
    return Contract.parse(recorded.contract);
  }

  /** The version a promotion reads (the one `load` identified), with its prefix and schema. */
  private async inputVersion(dataset: string, from: Stage, partition: string, load: Loaded): Promise<DataVersion> {
    const input = load.inputs[0];
    const version = input ? await this.deps.versions.get(dataset, from, partition, input.version) : undefined;
    if (!version) fail("internal", `the ${from} input of ${dataset}/${partition} is missing`);
    return version;
  }

  private async context(promotionId: string): Promise<{ run: PromotionRecord; dataset: DatasetRecord }> {
    const run = (await this.deps.runs.get(promotionId)) ?? fail("not_found", `no promotion ${promotionId}`);
    const dataset = (await this.deps.datasets.get(run.dataset)) ?? fail("not_found", `no dataset ${run.dataset}`);
    return { run, dataset };
  }

  /** The files a promotion reads, and their identity (version numbers and content hashes). */
  private async inputsOf(dataset: DatasetRecord, from: Stage, partition: string) {
    if (from === "landing") {
      const prefix = `${LANDING_PREFIX}${dataset.id}/${partition}/`;
      const objects = (await this.deps.lake.list(prefix)).filter((o) => o.size > 0);
      if (objects.length === 0) fail("validation_failed", `nothing has landed under ${prefix}`);
      // S3's ETag of a single-part upload is the MD5 of its content; key, size and ETag identify the landing.
      const contentHash = createHash("sha256")
        .update(objects.map((o) => `${o.key}\t${o.size}\t${o.etag}`).join("\n"))
        .digest("hex");
      return {
        inputs: [{ stage: "landing" as const, version: 0, contentHash }],
        files: objects.map((o) => o.key),
        bytes: objects.reduce((sum, o) => sum + o.size, 0),
      };
    }
    const pointer = await this.deps.versions.pointer(dataset.id, from, partition);
    if (!pointer) fail("validation_failed", `${dataset.id} has no published ${from} version of ${partition}`);
    const version = await this.deps.versions.get(dataset.id, from, partition, pointer.version);
    if (!version) fail("internal", `${from} version ${pointer.version} of ${dataset.id}/${partition} is missing`);
    return {
      inputs: [{ stage: from, version: version.version, contentHash: version.contentHash }],
      files: version.files,
      bytes: (await this.deps.lake.list(version.prefix)).reduce((sum, o) => sum + o.size, 0),
    };
  }

  private async referenceFiles(dataset: string, dir: string): Promise<string[]> {
    const keys: string[] = [];
    for (const pointer of await this.deps.versions.pointers(dataset, "silver")) {
      const version = await this.deps.versions.get(dataset, "silver", pointer.partition, pointer.version);
      keys.push(...(version?.files ?? []));
    }
    if (keys.length === 0)
      fail("validation_failed", `the contract references ${dataset}, which has no published silver version`);
    return this.download(keys, dir, `ref-${dataset}`);
  }

  private async download(keys: readonly string[], dir: string, label: string): Promise<string[]> {
    return await Promise.all(
      keys.map(async (key, i) => {
        const extension = key.slice(key.lastIndexOf("."));
        const path = join(dir, `${label}-${i}${extension}`);
        await this.deps.lake.download(key, path);
        return path;
      }),
    );
  }

  private async upload(path: string, key: string): Promise<string> {
    await this.deps.lake.upload(path, key);
    return key;
  }

  private async uploaded(
    output: string,
    prefix: string,
    result: Omit<Checked, "files" | "contentHash">,
  ): Promise<Checked> {
    const contentHash = await this.deps.workspace.hash([output]);
    const file = await this.upload(output, `${prefix}part-0.parquet`);
    return { ...result, files: [file], contentHash };
  }

  private setResult(promotionId: string, result: PartitionResult): Promise<void> {
    return this.deps.runs.setResult(promotionId, result, this.deps.clock.now().toISOString());
  }

  private since(startedAt: string): number {
    return Math.max(0, this.deps.clock.now().getTime() - Date.parse(startedAt));
  }

  /** The fields every data fact carries; the id is stable per run, partition and fact, so a retried Emit deduplicates. */
  private subject(run: PromotionRecord, dataset: DatasetRecord, partition: string, fact: string) {
    const id = createHash("sha256").update(`${run.id}\n${partition}\n${fact}`).digest("hex").slice(0, 32);
    return {
      id,
      occurredAt: this.deps.clock.now().toISOString(),
      correlationId: run.id,
      dataset: dataset.id,
      team: dataset.team,
      partition,
      promotionId: run.id,
    };
  }
}

/** An input without rows: nothing written. */
const emptyCheck = (report?: unknown): Checked => ({
  outcome: "empty",
  files: [],
  quarantineFiles: [],
  contentHash: "",
  rows: 0,
  quarantinedRows: 0,
  ...(report === undefined ? {} : { report }),
});

/** A check whose gate failed: nothing written, the report says why. */
const gateFailedCheck = (quarantinedRows: number, report: unknown): Checked => ({
  outcome: "failed",
  files: [],
  quarantineFiles: [],
  contentHash: "",
  rows: 0,
  quarantinedRows,
  ...(report === undefined ? {} : { report }),
});

const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);

/** Where an Athena silver run writes the set-aside rows (UNLOAD wants empty prefixes): Parquet, and JSON for the listing. */
const ATHENA_QUARANTINE_PARQUET = "parquet/";
const ATHENA_QUARANTINE_JSON = "listing/";

/**
 * A task's error as a reason a person can read: a Lambda's JSON cause gives its message, a failed
 * Athena query (the `.sync` task's cause is the query execution) its state change reason.
 */
function reasonOf(error: { Error: string; Cause: string }): string {
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
