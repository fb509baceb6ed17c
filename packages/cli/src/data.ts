import { randomUUID } from "node:crypto";
import { Data } from "@plinth/core";
import { z } from "zod";
import { type ClientConfig, call } from "./client";
import type { Io } from "./main";

const Run = z.object({
  id: z.string(),
  dataset: z.string(),
  from: z.string(),
  to: z.string(),
  partitions: z.array(z.string()),
  status: Data.PromotionStatus,
  results: z.record(z.string(), Data.PartitionResult),
});

const DatasetSummary = z.object({
  id: z.string(),
  team: z.string(),
  contractVersion: z.number(),
  description: z.string(),
});
const DatasetDetail = DatasetSummary.extend({
  stages: z.array(
    z.object({ stage: z.string(), partitions: z.array(z.object({ partition: z.string(), version: z.number() })) }),
  ),
});

export interface PromoteOptions {
  dataset: string;
  to: string;
  partition?: string;
  range?: { from: string; to: string };
  wait: boolean;
  /** Between polls of the run; tests shorten it. */
  pollMs: number;
}

/**
 * `plinth promote`: starts the run and, unless `--no-wait`, follows it — a line per partition as it
 * finishes (version, rows, what was set aside, or why it failed), then the run's outcome. Exit 0
 * only when every partition succeeded.
 */
export async function promote(config: ClientConfig, options: PromoteOptions, io: Io): Promise<number> {
  const body = {
    to: options.to,
    ...(options.partition ? { partition: options.partition } : {}),
    ...(options.range ? { range: options.range } : {}),
  };
  // One key per invocation: a retried request of this command never starts a second run.
  let run = await call(config, "POST", `/v1/datasets/${options.dataset}/promotions`, Run, body, {
    "idempotency-key": randomUUID(),
  });
  io.out(`${run.id}: ${run.dataset} ${run.from} → ${run.to}, ${run.partitions.length} partition(s)`);
  if (!options.wait) return 0;
  const reported = new Set<string>();
  for (;;) {
    for (const partition of run.partitions) {
      const result = run.results[partition];
      if (!result || result.status === "RUNNING" || reported.has(partition)) continue;
      reported.add(partition);
      io.out(`  ${partition}  ${describe(result)}`);
    }
    if (run.status !== "RUNNING") break;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    run = await call(config, "GET", `/v1/datasets/${options.dataset}/promotions/${run.id}`, Run);
  }
  const succeeded = run.partitions.filter((p) => run.results[p]?.status === "SUCCEEDED").length;
  io.out(`${run.status}: ${succeeded} of ${run.partitions.length} partition(s) promoted to ${run.to}`);
  return run.status === "SUCCEEDED" ? 0 : 1;
}

function describe(result: Data.PartitionResult): string {
  if (result.status === "FAILED") return `FAILED  ${result.error ?? "no reason recorded"}`;
  if (result.reused) return `SUCCEEDED  v${result.version} (already promoted with these inputs and contract)`;
  const report = result.report;
  if (!report) return `SUCCEEDED  v${result.version}`;
  const warned = report.checks.filter((c) => c.status === "warned").map((c) => c.id);
  return [
    `SUCCEEDED  v${result.version}  ${report.publishedRows} rows published`,
    report.quarantinedRows ? `, ${report.quarantinedRows} quarantined` : "",
    report.duplicateRows ? `, ${report.duplicateRows} duplicates folded` : "",
    warned.length ? `; warnings: ${warned.join(", ")}` : "",
  ].join("");
}

/** `plinth datasets [<id>]`: a team's datasets, or one dataset's stages. */
export async function datasets(config: ClientConfig, id: string | undefined, io: Io): Promise<number> {
  if (!id) {
    const { items } = await call(config, "GET", "/v1/datasets", z.object({ items: z.array(DatasetSummary) }));
    if (items.length === 0) io.out("no datasets");
    for (const d of items)
      io.out(`${d.id.padEnd(24)} ${d.team.padEnd(12)} contract v${d.contractVersion}  ${d.description}`);
    return 0;
  }
  const dataset = await call(config, "GET", `/v1/datasets/${id}`, DatasetDetail);
  io.out(`${dataset.id} (${dataset.team}), contract v${dataset.contractVersion}`);
  for (const stage of dataset.stages) {
    const partitions = stage.partitions.map((p) => `${p.partition}@v${p.version}`).join("  ");
    io.out(`  ${stage.stage.padEnd(7)} ${partitions || "—"}`);
  }
  return 0;
}
