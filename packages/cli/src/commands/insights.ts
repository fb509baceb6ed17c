import { formatUsd, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import type { Context } from "../context";
import { CliError, Exit } from "../exit";
import { table } from "../output";
import type { Run } from "../program";

type Insights = Schemas["Insights"];

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const duration = (seconds: number) =>
  seconds < 120
    ? `${seconds.toFixed(0)} s`
    : seconds < 7200
      ? `${(seconds / 60).toFixed(0)} min`
      : `${(seconds / 3600).toFixed(1)} h`;
const spread = (d: Insights["provisioning"]["leadTimeSeconds"]) =>
  d ? `p50 ${duration(d.p50)}, p95 ${duration(d.p95)} (${d.count})` : "none in the window";

function insightsText(ctx: Context, i: Insights): string {
  const p = i.provisioning;
  return [
    ctx.style.bold(`Insights for ${i.team}, ${i.from.slice(0, 10)} → ${i.to.slice(0, 10)}`),
    "",
    ctx.style.bold("Provisioning"),
    `requests     ${p.requests} (${
      Object.entries(p.byStatus)
        .map(([s, n]) => `${n} ${s}`)
        .join(", ") || "none"
    })`,
    `lead time    ${spread(p.leadTimeSeconds)}`,
    `budget       ${formatUsd(p.monthlyCommittedUsd)}/month committed of ${formatUsd(p.monthlyBudgetUsd)}`,
    ...(p.byTemplate.length
      ? [
          "",
          table(
            ctx.style,
            ["TEMPLATE", "REQUESTS", "SUCCEEDED", "FAILED", "FAILURE RATE"],
            p.byTemplate.map((t) => [
              t.template,
              String(t.requests),
              String(t.succeeded),
              String(t.failed),
              percent(t.failureRate),
            ]),
          ),
        ]
      : []),
    "",
    ctx.style.bold("Promotions"),
    i.promotions.byDataset.length
      ? table(
          ctx.style,
          ["DATASET", "RUNS", "SUCCESS", "ROWS IN", "SET ASIDE"],
          i.promotions.byDataset.map((d) => [
            d.dataset,
            String(d.runs),
            percent(d.successRate),
            String(d.rowsIn),
            `${d.rowsQuarantined} (${percent(d.quarantineRate)})`,
          ]),
        )
      : "no datasets",
    "",
    ctx.style.bold("Incidents"),
    `opened ${i.incidents.opened}, resolved ${i.incidents.resolved} (${percent(i.incidents.healedShare)} healed themselves), escalated ${i.incidents.escalated}`,
    `to resolve   ${spread(i.incidents.timeToResolveSeconds)}`,
    "",
    ctx.style.dim(
      `read ${i.cost.itemsRead} items in ${i.cost.queries} queries (${i.cost.readUnits} read units)${i.cost.truncated ? "; some kinds had more records than are read: narrow the window" : ""}`,
    ),
  ].join("\n");
}

const DAY = 86_400_000;

export function insightsCommand(program: Command, run: Run): void {
  program
    .command("insights")
    .description("how a team's work fares: requests, lead time, failure rates, budget, promotions, incidents")
    .option("--team <team>", "which team (needed when you belong to more than one)")
    .option("--days <n>", "the window: the last n days", "30")
    .option("--from <iso>", "start of the window (ISO 8601), instead of --days")
    .option("--to <iso>", "end of the window (ISO 8601)")
    .addHelpText("after", "\nExample:\n  $ plinth insights --team payments --days 7")
    .action(
      run(async (ctx, o: { team?: string; days: string; from?: string; to?: string }) => {
        const days = Number(o.days);
        if (!Number.isFinite(days) || days <= 0) throw new CliError(Exit.usage, `--days ${o.days}: a positive number`);
        const to = o.to ?? new Date().toISOString();
        const from = o.from ?? new Date(Date.parse(to) - days * DAY).toISOString();
        const insights = (
          await ctx.client.GET("/v1/insights", {
            params: { query: { from, ...(o.to ? { to } : {}), ...(o.team ? { team: o.team } : {}) } },
          })
        ).data;
        if (insights) ctx.print(insights, () => insightsText(ctx, insights));
      }),
    );
}
