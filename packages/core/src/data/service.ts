import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { belongsTo, type Caller, hasRole, type Role } from "../caller";
import type { ServiceDirectory } from "../catalog/ports";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import { ownedService } from "../provisioning/access";
import type { WorkflowRunner } from "../provisioning/ports";
import { parseInput, strictObject } from "../schema";
import { breakingChanges, columnChanges } from "./contract";
import {
  type ContractVersion,
  type DatasetRecord,
  type DataVersion,
  Partition,
  PROMOTIONS,
  partitionRange,
  RegisterDataset,
  type Stage,
} from "./dataset";
import { discardUnrecorded } from "./discard";
import { DataEvents } from "./events";
import {
  ContractChange,
  type ContractPreview,
  DatasetServiceChange,
  QuarantineRowsQuery,
  type QuarantineView,
  Reprocess,
  Rollback,
} from "./inputs";
import { QUARANTINE_LISTING, quarantineKey } from "./lake-layout";
import type { DatasetStore, LakeStorage, PointerState, VersionStore } from "./ports";
import { type PromotionRecord, PromotionRequest, type PromotionStore } from "./promotion";

/**
 * What the API does with datasets: register one with its contract, change the contract (a
 * breaking change only when the owner forces it), start promotions (one partition or a backfill
 * range, idempotent under an Idempotency-Key), read versions and runs, roll a stage back.
 * Another team's dataset is a 404.
 */
export interface DataServiceDeps {
  /** Reads the quarantine listings (small JSON-lines objects) written beside the Parquet files. */
  lake: LakeStorage;
  datasets: DatasetStore;
  versions: VersionStore;
  runs: PromotionStore;
  workflows: WorkflowRunner;
  events: EventPublisher;
  clock: Clock;
  /** The catalog, for datasets that name a service (without it, naming one is refused). */
  services?: ServiceDirectory;
}

export interface StageView {
  stage: Stage;
  partitions: (PointerState & { partition: string })[];
}

export class DataService {
  constructor(private readonly deps: DataServiceDeps) {}

  async register(body: unknown, caller: Caller): Promise<DatasetRecord> {
    const input = parseInput(RegisterDataset, body, "body");
    if (!belongsTo(caller, input.team))
      fail("forbidden", `you are not a member of team ${input.team}`, [
        { field: "body.team", message: `one of ${caller.teams.join(", ") || "(none)"}` },
      ]);
    this.require(caller, "developer", "register a dataset");
    await ownedService(this.deps.services, input.service, input.team);
    const at = this.deps.clock.now().toISOString();
    const record: DatasetRecord = {
      id: input.id,
      team: input.team,
      ...(input.service ? { service: input.service } : {}),
      description: input.description,
      partitionKey: input.partitionKey,
      landingFormat: input.landingFormat,
      contractVersion: 1,
      ...(input.gold ? { gold: input.gold } : {}),
      version: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: caller.sub,
    };
    return await this.deps.datasets.register(record, {
      version: 1,
      contract: input.contract,
      createdAt: at,
      createdBy: caller.sub,
      breaking: [],
    });
  }

  async list(caller: Caller, query: { team?: string | undefined; limit: number; cursor?: string | undefined }) {
    const team = query.team ?? caller.teams[0];
    if (!team || !belongsTo(caller, team)) return { items: [] };
    return await this.deps.datasets.list({
      team,
      limit: query.limit,
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
  }

  async get(id: string, caller: Caller) {
    const dataset = await this.visible(id, caller);
    const contract = await this.deps.datasets.contract(id, dataset.contractVersion);
    const stages: StageView[] = [];
    for (const stage of ["bronze", "silver", "gold"] as const)
      stages.push({ stage, partitions: await this.deps.versions.pointers(id, stage) });
    const { items: lastRuns } = await this.deps.runs.list(id, { limit: 5 });
    return { ...dataset, contract: contract?.contract, stages, lastRuns };
  }

  /** What saving this contract would change, and what of it breaks readers; nothing is written. */
  async previewContract(id: string, body: unknown, caller: Caller): Promise<ContractPreview> {
    const change = parseInput(ContractChange, body, "body");
    const dataset = await this.visible(id, caller);
    const current = await this.deps.datasets.contract(id, dataset.contractVersion);
    return {
      contractVersion: dataset.contractVersion + 1,
      columns: current ? columnChanges(current.contract, change.contract) : [],
      breaking: current ? breakingChanges(current.contract, change.contract) : [],
    };
  }

  async putContract(id: string, body: unknown, caller: Caller): Promise<DatasetRecord> {
    const change = parseInput(ContractChange, body, "body");
    const dataset = await this.visible(id, caller);
    this.require(caller, "developer", "change a contract");
    const current = await this.deps.datasets.contract(id, dataset.contractVersion);
    const breaking = current ? breakingChanges(current.contract, change.contract) : [];
    if (breaking.length > 0 && !change.force)
      fail("conflict", `breaking change: ${breaking.join("; ")}. Send force: true to accept it (owner team only)`);
    const at = this.deps.clock.now().toISOString();
    const next: DatasetRecord = {
      ...dataset,
      contractVersion: dataset.contractVersion + 1,
      version: dataset.version + 1,
      updatedAt: at,
    };
    const version: ContractVersion = {
      version: next.contractVersion,
      contract: change.contract,
      createdAt: at,
      createdBy: caller.sub,
      breaking,
    };
    return this.deps.datasets.putContract(next, version);
  }

  async promote(
    id: string,
    body: unknown,
    caller: Caller,
    options: { idempotencyKey?: string | undefined; trigger?: "api" | "landing" } = {},
  ): Promise<{ created: boolean; record: PromotionRecord }> {
    const request = parseInput(PromotionRequest, body, "body");
    const dataset = await this.visible(id, caller);
    this.require(caller, "developer", "promote a dataset");
    const partitions = request.partition
      ? [request.partition]
      : (request.partitions ?? partitionRange(request.range?.from ?? "", request.range?.to ?? ""));
    const at = this.deps.clock.now().toISOString();
    // With a key, the run id is derived from it: a replay lands on the same run and execution.
    const runId = options.idempotencyKey
      ? `run-${createHash("sha256").update(`${id}\n${caller.sub}\n${options.idempotencyKey}`).digest("hex").slice(0, 24)}`
      : `run-${randomUUID().replaceAll("-", "").slice(0, 24)}`;
    const record: PromotionRecord = {
      id: runId,
      dataset: id,
      team: dataset.team,
      from: PROMOTIONS[request.to],
      to: request.to,
      partitions,
      status: "RUNNING",
      results: {},
      requestedBy: caller.sub,
      trigger: options.trigger ?? "api",
      execution: this.deps.workflows.arnOf("Promotion", runId),
      createdAt: at,
      updatedAt: at,
    };
    const created = await this.deps.runs.create(record, options.idempotencyKey);
    if (created.created || created.record.status === "RUNNING")
      await this.deps.workflows.start("Promotion", created.record.id, {
        promotionId: created.record.id,
        partitions: created.record.partitions,
      });
    return created;
  }

  async promotion(id: string, promotionId: string, caller: Caller): Promise<PromotionRecord> {
    await this.visible(id, caller);
    const run = await this.deps.runs.get(promotionId);
    if (!run || run.dataset !== id) fail("not_found", `no promotion ${promotionId} of ${id}`);
    return run;
  }

  /**
   * Stops a running promotion: its execution is stopped, every partition not yet finished is
   * CANCELLED, and what those partitions wrote under versions nobody recorded is removed, so nothing
   * is published and the lake holds only recorded versions.
   */
  async cancelPromotion(id: string, promotionId: string, caller: Caller): Promise<PromotionRecord> {
    await this.visible(id, caller);
    this.require(caller, "developer", "cancel a promotion");
    const run = await this.deps.runs.get(promotionId);
    if (!run || run.dataset !== id) fail("not_found", `no promotion ${promotionId} of ${id}`);
    if (run.status !== "RUNNING") fail("conflict", `promotion ${promotionId} has already ended (${run.status})`);
    // Claimed first, only if still RUNNING: the reconciler (on the stopped execution's end) and the
    // workflow's in-flight writes then leave it alone.
    const at = this.deps.clock.now().toISOString();
    if (!(await this.deps.runs.setStatus(promotionId, "CANCELLED", at, "RUNNING")))
      fail("conflict", `promotion ${promotionId} ended meanwhile`);
    await this.deps.workflows.stop(
      run.execution ?? this.deps.workflows.arnOf("Promotion", run.id),
      `cancelled by ${caller.sub}`,
    );
    for (const partition of run.partitions) {
      const result = run.results[partition];
      if (result && result.status !== "RUNNING") continue;
      await discardUnrecorded(this.deps, run, partition, result?.version);
      await this.deps.runs.setResult(
        promotionId,
        { partition, status: "CANCELLED", error: `cancelled by ${caller.sub} before it finished` },
        at,
      );
    }
    return (await this.deps.runs.get(promotionId)) ?? run;
  }

  async promotions(id: string, caller: Caller, query: { limit: number; cursor?: string | undefined }) {
    await this.visible(id, caller);
    return this.deps.runs.list(id, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  }

  async versions(id: string, stage: Stage, partition: string, caller: Caller): Promise<DataVersion[]> {
    await this.visible(id, caller);
    return this.deps.versions.list(id, stage, partition);
  }

  /** Points a stage's partition back at an earlier version, in one conditional write. */
  async rollback(id: string, stage: Stage, body: unknown, caller: Caller): Promise<PointerState> {
    const { partition, version } = parseInput(Rollback, body, "body");
    const dataset = await this.visible(id, caller);
    this.require(caller, "developer", "roll a stage back");
    const target = await this.deps.versions.get(id, stage, partition, version);
    if (!target) fail("not_found", `no ${stage} version ${version} of ${id}/${partition}`);
    const current = await this.deps.versions.pointer(id, stage, partition);
    if (current?.version === version) return current;
    const at = this.deps.clock.now().toISOString();
    const next: PointerState = {
      version,
      ...(current ? { previous: current.version } : {}),
      movedAt: at,
      movedBy: caller.sub,
      reason: "rollback",
    };
    if (!(await this.deps.versions.movePointer(id, stage, partition, current?.version, next)))
      fail("conflict", `${stage} of ${id}/${partition} moved while rolling back; read it again and retry`);
    await this.deps.events.publish([
      buildEvent(DataEvents.rolledBack, {
        id: randomUUID(),
        occurredAt: at,
        correlationId: randomUUID(),
        dataset: id,
        team: dataset.team,
        partition,
        stage,
        from: current?.version ?? 0,
        to: version,
        by: caller.sub,
      }),
    ]);
    return next;
  }

  /** The rows the current silver versions set aside, per partition, with the checks that caught them. */
  async quarantine(id: string, caller: Caller, partition?: string): Promise<QuarantineView[]> {
    await this.visible(id, caller);
    const views: QuarantineView[] = [];
    for (const pointer of await this.deps.versions.pointers(id, "silver")) {
      if (partition && pointer.partition !== partition) continue;
      const version = await this.deps.versions.get(id, "silver", pointer.partition, pointer.version);
      if (!version || version.quarantinedRows === 0) continue;
      views.push({
        partition: pointer.partition,
        version: version.version,
        contractVersion: version.contractVersion,
        rows: version.quarantinedRows,
        byCheck: Object.fromEntries(
          (version.report?.checks ?? [])
            .filter((c) => c.status === "quarantined")
            .map((c) => [c.id, c.failingRows ?? 0]),
        ),
        files: version.quarantineFiles ?? [`${quarantineKey(id, pointer.partition, version.version)}part-0.parquet`],
      });
    }
    return views;
  }

  /**
   * The set-aside rows of a partition's current silver version, as they arrived, each with the
   * checks it failed (`_plinth_reasons`): the first QUARANTINE_JSON_ROWS are listed, all are in the
   * Parquet file.
   */
  async quarantineRows(id: string, query: unknown, caller: Caller) {
    const { partition, limit, offset } = parseInput(QuarantineRowsQuery, query, "query");
    const [view] = await this.quarantine(id, caller, partition);
    if (!view) return { items: [], total: 0 };
    const text =
      (await this.deps.lake.text(`${quarantineKey(id, partition, view.version)}${QUARANTINE_LISTING}`)) ?? "";
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    return {
      items: lines.slice(offset, offset + limit).map((line) => JSON.parse(line) as Record<string, unknown>),
      total: view.rows,
      listed: lines.length,
      version: view.version,
    };
  }

  /**
   * After a contract fix: promotes silver again for the partitions that set rows aside. The bronze
   * input still holds every row, so the new contract version re-judges the quarantined ones; a
   * partition whose contract has not changed answers its existing version.
   */
  async reprocess(id: string, body: unknown, caller: Caller, idempotencyKey?: string) {
    const { partitions } = parseInput(Reprocess, body ?? {}, "body");
    // Who may act comes before what state the dataset is in: a viewer learns nothing from a 409.
    const dataset = await this.visible(id, caller);
    this.require(caller, "developer", "reprocess quarantined rows");
    const targets = partitions ?? (await this.quarantine(id, caller)).map((q) => q.partition);
    if (targets.length === 0) fail("conflict", `no silver partition of ${id} has quarantined rows`);
    const stale = (await this.quarantine(id, caller)).filter(
      (q) => targets.includes(q.partition) && q.contractVersion === dataset.contractVersion,
    );
    if (stale.length === targets.length)
      fail(
        "conflict",
        `the contract is still version ${dataset.contractVersion}, the one that set these rows aside: change it (PUT …/contract) first`,
      );
    return this.promote(id, { to: "silver", partitions: [...new Set(targets)] }, caller, { idempotencyKey });
  }

  /** Moves the dataset to another service of its team, or to none (so its old service can retire). */
  async setService(id: string, body: unknown, caller: Caller): Promise<DatasetRecord> {
    const { service } = parseInput(DatasetServiceChange, body, "body");
    const dataset = await this.visible(id, caller);
    this.require(caller, "developer", "change a dataset's service");
    if (service) await ownedService(this.deps.services, service, dataset.team);
    const { service: _old, ...rest } = dataset;
    const at = this.deps.clock.now().toISOString();
    return await this.deps.datasets.update({
      ...rest,
      ...(service ? { service } : {}),
      version: dataset.version + 1,
      updatedAt: at,
    });
  }

  private async visible(id: string, caller: Caller): Promise<DatasetRecord> {
    const dataset = await this.deps.datasets.get(id);
    if (!dataset || !belongsTo(caller, dataset.team)) fail("not_found", `no dataset ${id}`);
    return dataset;
  }

  private require(caller: Caller, role: Role, action: string) {
    if (!hasRole(caller, role)) fail("forbidden", `you need the ${role} role to ${action}`);
  }
}
