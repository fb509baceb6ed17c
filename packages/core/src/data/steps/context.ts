import { createHash } from "node:crypto";
import { join } from "node:path";
import { fail } from "../../errors";
import { scratchDatabase } from "../athena";
import { Contract } from "../contract";
import type { DatasetRecord, DataVersion, Stage } from "../dataset";
import { ATHENA_SCRATCH_PREFIX, LANDING_PREFIX } from "../lake-layout";
import { landingRunId, type PartitionResult, type PromotionRecord } from "../promotion";
import type { Checked, Loaded, PromotionStepDeps } from "./shared";

/** What every PromotionSteps handler shares: the dependencies and the helpers over them. */
export class PromotionStepContext {
  constructor(readonly deps: PromotionStepDeps) {}

  newRun(
    dataset: DatasetRecord,
    to: "bronze" | "silver",
    partitions: string[],
    seed: string,
    execution?: string,
  ): PromotionRecord {
    const at = this.deps.clock.now().toISOString();
    return {
      id: landingRunId(seed),
      dataset: dataset.id,
      team: dataset.team,
      from: to === "bronze" ? "landing" : "bronze",
      to,
      partitions,
      status: "RUNNING",
      results: {},
      requestedBy: "s3-landing",
      trigger: "landing",
      ...(execution ? { execution } : {}),
      createdAt: at,
      updatedAt: at,
    };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  athenaFrame(promotionId: string, partition: string) {
    const database = scratchDatabase(promotionId, partition);
    return { database, scratch: this.deps.lake.uri(`${ATHENA_SCRATCH_PREFIX}${database}/`) };
  }

  async contractOf(dataset: string, version: number): Promise<Contract> {
    const recorded = await this.deps.datasets.contract(dataset, version);
    if (!recorded) fail("internal", `contract version ${version} of ${dataset} is missing`);
    return Contract.parse(recorded.contract);
  }

  /** The version a promotion reads (the one `load` identified), with its prefix and schema. */
  async inputVersion(dataset: string, from: Stage, partition: string, load: Loaded): Promise<DataVersion> {
    const input = load.inputs[0];
    const version = input ? await this.deps.versions.get(dataset, from, partition, input.version) : undefined;
    if (!version) fail("internal", `the ${from} input of ${dataset}/${partition} is missing`);
    return version;
  }

  async context(promotionId: string): Promise<{ run: PromotionRecord; dataset: DatasetRecord }> {
    const run = (await this.deps.runs.get(promotionId)) ?? fail("not_found", `no promotion ${promotionId}`);
    const dataset = (await this.deps.datasets.get(run.dataset)) ?? fail("not_found", `no dataset ${run.dataset}`);
    return { run, dataset };
  }

  /** The files a promotion reads, and their identity (version numbers and content hashes). */
  async inputsOf(dataset: DatasetRecord, from: Stage, partition: string) {
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

  async referenceFiles(dataset: string, dir: string): Promise<string[]> {
    const keys: string[] = [];
    for (const pointer of await this.deps.versions.pointers(dataset, "silver")) {
      const version = await this.deps.versions.get(dataset, "silver", pointer.partition, pointer.version);
      keys.push(...(version?.files ?? []));
    }
    if (keys.length === 0)
      fail("validation_failed", `the contract references ${dataset}, which has no published silver version`);
    return this.download(keys, dir, `ref-${dataset}`);
  }

  async download(keys: readonly string[], dir: string, label: string): Promise<string[]> {
    return await Promise.all(
      keys.map(async (key, i) => {
        const extension = key.slice(key.lastIndexOf("."));
        const path = join(dir, `${label}-${i}${extension}`);
        await this.deps.lake.download(key, path);
        return path;
      }),
    );
  }

  async upload(path: string, key: string): Promise<string> {
    await this.deps.lake.upload(path, key);
    return key;
  }

  async uploaded(output: string, prefix: string, result: Omit<Checked, "files" | "contentHash">): Promise<Checked> {
    const contentHash = await this.deps.workspace.hash([output]);
    const file = await this.upload(output, `${prefix}part-0.parquet`);
    return { ...result, files: [file], contentHash };
  }

  /** The workflow's own write of a partition's result: never over what a cancel or the reconciler settled. */
  async setResult(promotionId: string, result: PartitionResult): Promise<void> {
    await this.deps.runs.setResult(promotionId, result, this.deps.clock.now().toISOString(), true);
  }

  since(startedAt: string): number {
    return Math.max(0, this.deps.clock.now().getTime() - Date.parse(startedAt));
  }

  /** The fields every data fact carries; the id is stable per run, partition and fact, so a retried Emit deduplicates. */
  subject(run: PromotionRecord, dataset: DatasetRecord, partition: string, fact: string) {
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
