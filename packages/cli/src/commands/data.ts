import { readFileSync } from "node:fs";
import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, parseDuration } from "../context";
import { CliError, Exit } from "../exit";
import { follow } from "../follow";
import { ago, status, table } from "../output";
import type { Run } from "../program";

type Promotion = Schemas["Promotion"];
type PartitionResult = Schemas["PartitionResult"];
type Stage = "bronze" | "silver" | "gold";

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new CliError(Exit.usage, `${path}: ${(error as Error).message}`);
  }
}

function stageOf(value: string): Stage {
  if (value === "bronze" || value === "silver" || value === "gold") return value;
  throw new CliError(Exit.usage, `--stage ${value}: one of bronze, silver, gold`);
}

function describeResult(result: PartitionResult): string {
  if (result.status === "FAILED") return `FAILED  ${result.error ?? "no reason recorded"}`;
  if (result.status !== "SUCCEEDED") return result.status;
  if (result.reused) return `SUCCEEDED  v${result.version} (already promoted with these inputs and contract)`;
  const report = result.report;
  if (!report) return `SUCCEEDED  v${result.version}`;
  return `SUCCEEDED  v${result.version}  ${report.publishedRows} rows published, ${report.quarantinedRows} set aside`;
}

/** The quality report as a table: each check, its status and the rows it set aside. */
function qualityTable(ctx: Context, report: Schemas["QualityReport"]): string {
  return [
    `quality ${status(ctx.style, report.outcome)}: ${report.inputRows} rows in, ${report.publishedRows} published, ${report.quarantinedRows} set aside${report.duplicateRows ? `, ${report.duplicateRows} duplicates dropped` : ""}`,
    table(
      ctx.style,
      ["CHECK", "KIND", "SEVERITY", "STATUS", "ROWS", "DETAIL"],
      report.checks.map((c) => [
        c.id,
        c.kind,
        c.severity,
        status(ctx.style, c.status),
        String(c.failingRows ?? 0),
        c.detail,
      ]),
    ),
  ].join("\n");
}

async function watchRun(ctx: Context, dataset: string, runId: string, timeout: string): Promise<void> {
  const reported = new Set<string>();
  const final = await follow(ctx, {
    read: async () =>
      (
        await ctx.client.GET("/v1/datasets/{id}/promotions/{promotionId}", {
          params: { path: { id: dataset, promotionId: runId } },
        })
      ).data as Promotion,
    report: (run) => {
      for (const partition of run.partitions) {
        const result = (run.results as Record<string, PartitionResult>)[partition];
        if (!result || result.status === "RUNNING" || reported.has(partition)) continue;
        reported.add(partition);
        ctx.note(`  ${partition}  ${describeResult(result)}`);
      }
    },
    done: (run) => run.status !== "RUNNING",
    timeoutMs: parseDuration(timeout, "--timeout"),
    resume: `plinth run watch ${dataset} ${runId}`,
    what: `promotion ${runId}`,
  });
  const results = final.results as Record<string, PartitionResult>;
  const succeeded = final.partitions.filter((p) => results[p]?.status === "SUCCEEDED").length;
  ctx.print(
    final,
    () => `${final.status}: ${succeeded} of ${final.partitions.length} partition(s) promoted to ${final.to}`,
  );
  if (final.status !== "SUCCEEDED") throw new CliError(Exit.failed, `promotion ${runId} ended ${final.status}`);
}

function runTable(ctx: Context, runs: Promotion[]): string {
  return table(
    ctx.style,
    ["RUN", "FROM → TO", "STATUS", "PARTITIONS", "BY", "STARTED"],
    runs.map((r) => [
      r.id,
      `${r.from} → ${r.to}`,
      status(ctx.style, r.status),
      r.partitions.join(","),
      r.requestedBy,
      ago(r.createdAt),
    ]),
  );
}

export function datasetCommands(program: Command, run: Run): void {
  const dataset = program
    .command("dataset")
    .alias("datasets")
    .description("datasets in the medallion lake: contracts, promotions, versions");

  dataset
    .command("list")
    .alias("ls")
    .description("your team's datasets")
    .option("--team <team>", "which team")
    .action(
      run(async (ctx, o: { team?: string }) => {
        const page = (
          await ctx.client.GET("/v1/datasets", {
            params: { query: { limit: 100, ...(o.team ? { team: o.team } : {}) } },
          })
        ).data;
        ctx.print(page, () =>
          table(
            ctx.style,
            ["ID", "TEAM", "PARTITIONED BY", "CONTRACT", "DESCRIPTION"],
            (page?.items ?? []).map((d) => [d.id, d.team, d.partitionKey, `v${d.contractVersion}`, d.description]),
          ),
        );
      }),
    );

  dataset
    .command("view <id>")
    .description("a dataset: current version per partition and stage, its last runs")
    .addHelpText("after", "\nExample:\n  $ plinth dataset view orders")
    .action(
      run(async (ctx, id: string) => {
        const d = (await ctx.client.GET("/v1/datasets/{id}", { params: { path: { id } } }))
          .data as Schemas["DatasetDetail"];
        const partitions = [...new Set(d.stages.flatMap((s) => s.partitions.map((p) => p.partition)))].sort();
        const versionOf = (stage: string, partition: string) =>
          d.stages.find((s) => s.stage === stage)?.partitions.find((p) => p.partition === partition)?.version;
        ctx.print(d, () =>
          [
            `${ctx.style.bold(d.id)}  team ${d.team}  contract v${d.contractVersion}  partitioned by ${d.partitionKey}`,
            d.description,
            "",
            table(
              ctx.style,
              [d.partitionKey.toUpperCase(), "BRONZE", "SILVER", "GOLD"],
              partitions.map((p) => [
                p,
                ...["bronze", "silver", "gold"].map((s) => (versionOf(s, p) ? `v${versionOf(s, p)}` : "-")),
              ]),
            ),
            "",
            runTable(ctx, d.lastRuns),
          ].join("\n"),
        );
      }),
    );

  dataset
    .command("register")
    .description("register a dataset from a JSON file (id, team, contract, optional gold SQL)")
    .requiredOption("--file <path>", "the dataset as JSON")
    .addHelpText("after", "\nExample:\n  $ plinth dataset register --file orders.json")
    .action(
      run(async (ctx, o: { file: string }) => {
        const created = (
          await ctx.client.POST("/v1/datasets", { body: readJson(o.file) as Schemas["RegisterDataset"] })
        ).data;
        ctx.print(created, () => `registered ${created?.id} (contract v${created?.contractVersion})`);
      }),
    );

  dataset
    .command("service <id> [service]")
    .description("move a dataset to a service of its team (--none: to no service)")
    .option("--none", "belong to no service")
    .addHelpText(
      "after",
      "\nExamples:\n  $ plinth dataset service orders checkout-api\n  $ plinth dataset service orders --none",
    )
    .action(
      run(async (ctx, id: string, service: string | undefined, o: { none?: boolean }) => {
        if (!service === !o.none) throw new CliError(Exit.usage, "name a service, or pass --none");
        const moved = (
          await ctx.client.PUT("/v1/datasets/{id}/service", {
            params: { path: { id } },
            body: { service: o.none ? null : (service ?? null) },
          })
        ).data;
        ctx.print(moved, () => `${id} belongs to ${moved?.service ?? "no service"}`);
      }),
    );

  dataset
    .command("contract <id>")
    .description("show the contract; with --file, show what a new one changes and save it")
    .option("--file <path>", "the new contract as JSON")
    .option("--dry-run", "show the changes; save nothing")
    .option("--force", "accept a breaking change (owner team)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ plinth dataset contract orders\n  $ plinth dataset contract orders --file contract.json --dry-run",
    )
    .action(
      run(async (ctx, id: string, o: { file?: string; dryRun?: boolean; force?: boolean }) => {
        if (!o.file) {
          const d = (await ctx.client.GET("/v1/datasets/{id}", { params: { path: { id } } }))
            .data as Schemas["DatasetDetail"];
          ctx.print(d.contract, () =>
            table(
              ctx.style,
              ["COLUMN", "TYPE", "NULLABLE", "DESCRIPTION"],
              (d.contract?.columns ?? []).map((c) => [
                c.name,
                c.type,
                c.nullable === false ? "no" : "yes",
                c.description ?? "",
              ]),
            ),
          );
          return;
        }
        const contract = readJson(o.file) as Schemas["ContractChange"]["contract"];
        const preview = (
          await ctx.client.POST("/v1/datasets/{id}/contract/preview", {
            params: { path: { id } },
            body: { contract, force: false },
          })
        ).data as Schemas["ContractPreview"];
        const diff = () =>
          [
            table(
              ctx.style,
              ["COLUMN", "CHANGE", "BEFORE", "AFTER"],
              preview.columns.map((c) => [c.column, c.change, c.before ?? "-", c.after ?? "-"]),
            ),
            preview.breaking.length
              ? ctx.style.bad(`breaking: ${preview.breaking.join("; ")}`)
              : ctx.style.ok("not breaking"),
          ].join("\n");
        if (o.dryRun) {
          ctx.print(preview, diff);
          return;
        }
        if (!ctx.options.json) ctx.io.out(diff());
        const saved = (
          await ctx.client.PUT("/v1/datasets/{id}/contract", {
            params: { path: { id } },
            body: { contract, force: !!o.force },
          })
        ).data;
        ctx.print(saved, () => `saved contract v${saved?.contractVersion}`);
      }),
    );

  dataset
    .command("promote <id>")
    .description("promote partitions to the next stage; follows each partition with --wait")
    .requiredOption("--to <stage>", "bronze, silver or gold")
    .option("--from <stage>", "the stage to read (default: the one before --to)")
    .option("--partition <p>", "one partition")
    .option("--range <from..to>", "a range of date partitions, e.g. 2026-11-01..2026-11-07")
    .option("--partitions <list>", "a comma-separated list")
    .option("--wait", "follow the run until every partition ends")
    .option("--timeout <duration>", "how long --wait follows", "30m")
    .option("--idempotency-key <key>", "retry safely: the same key starts one run")
    .addHelpText("after", "\nExample:\n  $ plinth dataset promote orders --to gold --partition 2026-11-01 --wait")
    .action(
      run(async (ctx, id: string, o: Record<string, string | boolean | undefined>) => {
        const range = typeof o.range === "string" ? o.range.split("..") : undefined;
        if (range && range.length !== 2) throw new CliError(Exit.usage, `--range ${o.range}: use <from>..<to>`);
        if (!o.partition && !range && !o.partitions)
          throw new CliError(Exit.usage, "say which partitions: --partition, --range or --partitions");
        const body: Schemas["PromotionRequest"] = {
          to: stageOf(String(o.to)),
          ...(o.from ? { from: String(o.from) as Schemas["PromotionRequest"]["from"] } : {}),
          ...(o.partition ? { partition: String(o.partition) } : {}),
          ...(range ? { range: { from: range[0] as string, to: range[1] as string } } : {}),
          ...(typeof o.partitions === "string" ? { partitions: o.partitions.split(",") } : {}),
        };
        const started = (
          await ctx.client.POST("/v1/datasets/{id}/promotions", {
            params: {
              path: { id },
              header: {
                "idempotency-key": typeof o.idempotencyKey === "string" ? o.idempotencyKey : crypto.randomUUID(),
              },
            },
            body,
          })
        ).data as Promotion;
        ctx.note(
          `${started.id}: ${started.dataset} ${started.from} → ${started.to}, ${started.partitions.length} partition(s)`,
        );
        if (o.wait) return watchRun(ctx, id, started.id, String(o.timeout));
        if (ctx.options.json) ctx.io.out(JSON.stringify(started, null, 2));
        else ctx.io.out(`follow it: plinth run watch ${id} ${started.id}`);
      }),
    );

  dataset
    .command("versions <id>")
    .description("a partition's versions in a stage, with lineage and the current version's quality report")
    .requiredOption("--partition <p>", "the partition")
    .option("--stage <stage>", "bronze, silver or gold", "silver")
    .addHelpText("after", "\nExample:\n  $ plinth dataset versions orders --partition 2026-11-01 --stage silver")
    .action(
      run(async (ctx, id: string, o: { partition: string; stage: string }) => {
        const list = (
          await ctx.client.GET("/v1/datasets/{id}/stages/{stage}/versions", {
            params: { path: { id, stage: stageOf(o.stage) }, query: { partition: o.partition } },
          })
        ).data;
        const items = [...(list?.items ?? [])].sort((a, b) => b.version - a.version);
        ctx.print(list, () =>
          [
            table(
              ctx.style,
              ["VERSION", "ROWS", "SET ASIDE", "MADE FROM", "ENGINE", "CREATED"],
              items.map((v) => [
                `v${v.version}`,
                String(v.rows),
                String(v.quarantinedRows ?? 0),
                v.inputs.map((i) => `${i.stage} v${i.version}`).join(", "),
                v.engine ?? "-",
                v.createdAt,
              ]),
            ),
            ...(items[0]?.report ? ["", qualityTable(ctx, items[0].report)] : []),
          ].join("\n"),
        );
      }),
    );

  dataset
    .command("rollback <id>")
    .description("point a stage's partition back at an earlier version")
    .requiredOption("--partition <p>", "the partition")
    .requiredOption("--version <n>", "the version to serve")
    .option("--stage <stage>", "bronze, silver or gold", "silver")
    .addHelpText("after", "\nExample:\n  $ plinth dataset rollback orders --partition 2026-11-01 --version 1")
    .action(
      run(async (ctx, id: string, o: { partition: string; version: string; stage: string }) => {
        const pointer = (
          await ctx.client.POST("/v1/datasets/{id}/stages/{stage}/rollback", {
            params: { path: { id, stage: stageOf(o.stage) } },
            body: { partition: o.partition, version: Number(o.version) },
          })
        ).data;
        ctx.print(
          pointer,
          () => `${id} ${o.stage} ${o.partition} now serves v${pointer?.version} (was v${pointer?.previous})`,
        );
      }),
    );

  dataset
    .command("quarantine <id>")
    .description("rows set aside by quality checks: per partition, or the rows themselves with --rows")
    .option("--partition <p>", "one partition")
    .option("--rows", "print the rows set aside (with --partition)")
    .option("--limit <n>", "how many rows", "20")
    .addHelpText("after", "\nExample:\n  $ plinth dataset quarantine orders --partition 2026-11-01 --rows")
    .action(
      run(async (ctx, id: string, o: { partition?: string; rows?: boolean; limit: string }) => {
        if (o.rows) {
          if (!o.partition) throw new CliError(Exit.usage, "--rows needs --partition");
          const rows = (
            await ctx.client.GET("/v1/datasets/{id}/quarantine/rows", {
              params: { path: { id }, query: { partition: o.partition, limit: Number(o.limit) } },
            })
          ).data;
          const items = (rows?.items ?? []) as Record<string, unknown>[];
          const columns = [...new Set(items.flatMap((r) => Object.keys(r)))];
          ctx.print(rows, () =>
            table(
              ctx.style,
              columns,
              items.map((r) => columns.map((c) => (r[c] === undefined || r[c] === null ? "" : String(r[c])))),
            ),
          );
          return;
        }
        const list = (
          await ctx.client.GET("/v1/datasets/{id}/quarantine", {
            params: { path: { id }, query: o.partition ? { partition: o.partition } : {} },
          })
        ).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["PARTITION", "VERSION", "ROWS", "BY CHECK"],
            (list?.items ?? []).map((q) => [
              q.partition,
              `v${q.version}`,
              String(q.rows),
              Object.entries(q.byCheck as Record<string, number>)
                .map(([k, v]) => `${k}=${v}`)
                .join(", "),
            ]),
          ),
        );
      }),
    );

  dataset
    .command("reprocess <id>")
    .description("promote again the partitions that set rows aside (after a contract or data fix)")
    .option("--partitions <list>", "comma-separated (default: every partition with rows set aside)")
    .action(
      run(async (ctx, id: string, o: { partitions?: string }) => {
        const started = (
          await ctx.client.POST("/v1/datasets/{id}/quarantine/reprocess", {
            params: { path: { id } },
            body: o.partitions ? { partitions: o.partitions.split(",") } : {},
          })
        ).data as Promotion;
        ctx.print(
          started,
          () =>
            `${started.id}: reprocessing ${started.partitions.join(", ")}; follow it: plinth run watch ${id} ${started.id}`,
        );
      }),
    );
}

export function runCommands(program: Command, run: Run): void {
  const runs = program.command("run").alias("runs").description("promotion runs: list, follow, cancel");

  runs
    .command("list <dataset>")
    .alias("ls")
    .description("a dataset's promotion runs, newest first")
    .action(
      run(async (ctx, dataset: string) => {
        const page = (await ctx.client.GET("/v1/datasets/{id}/promotions", { params: { path: { id: dataset } } })).data;
        ctx.print(page, () => runTable(ctx, page?.items ?? []));
      }),
    );

  runs
    .command("view <dataset> <run>")
    .description("a run: each partition's result and quality report")
    .action(
      run(async (ctx, dataset: string, runId: string) => {
        const r = (
          await ctx.client.GET("/v1/datasets/{id}/promotions/{promotionId}", {
            params: { path: { id: dataset, promotionId: runId } },
          })
        ).data as Promotion;
        const results = r.results as Record<string, PartitionResult>;
        ctx.print(r, () =>
          [
            `${r.id}  ${r.dataset} ${r.from} → ${r.to}  ${status(ctx.style, r.status)}  by ${r.requestedBy}`,
            ...r.partitions.flatMap((p) => {
              const result = results[p];
              return [
                `  ${p}  ${result ? describeResult(result) : "pending"}`,
                ...(result?.report ? [qualityTable(ctx, result.report)] : []),
              ];
            }),
          ].join("\n"),
        );
      }),
    );

  runs
    .command("watch <dataset> <run>")
    .description("follow a run partition by partition until it ends (exit 1 unless every partition succeeded)")
    .option("--timeout <duration>", "how long to follow", "30m")
    .action(
      run(async (ctx, dataset: string, runId: string, o: { timeout: string }) =>
        watchRun(ctx, dataset, runId, o.timeout),
      ),
    );

  runs
    .command("cancel <dataset> <run>")
    .description("cancel a running promotion")
    .action(
      run(async (ctx, dataset: string, runId: string) => {
        const r = (
          await ctx.client.POST("/v1/datasets/{id}/promotions/{promotionId}/cancel", {
            params: { path: { id: dataset, promotionId: runId } },
          })
        ).data;
        ctx.print(r, () => `${runId}: ${r?.status}`);
      }),
    );
}
