import { formatUsd, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import type { Context } from "../context";
import { table } from "../output";
import type { Run } from "../program";

type CostReport = Schemas["CostReport"];

const drift = (group: CostReport["groups"][number]) =>
  group.drift === null
    ? ""
    : `${group.drift.ratio === null ? "—" : `×${group.drift.ratio}`}${group.drift.flagged ? " DRIFT" : ""}`;

function costText(ctx: Context, report: CostReport, groupBy: string): string {
  const b = report.budget;
  const share = (usd: number) => (b.monthlyBudgetUsd > 0 ? ` (${Math.round((usd / b.monthlyBudgetUsd) * 100)} %)` : "");
  const crossed = b.crossed.length
    ? ctx.style.bold(`crossed: ${b.crossed.map((c) => `${c.percent} % on ${c.basis}`).join(", ")}`)
    : "within budget";
  return [
    ctx.style.bold(
      `Cost of ${report.team}, ${report.from} → ${report.to}: ${formatUsd(report.actualUsd)} measured${report.estimated ? " (estimated: AWS may still restate)" : ""}`,
    ),
    `${b.month}    ${formatUsd(b.monthToDateUsd)} so far${share(b.monthToDateUsd)}, forecast ${formatUsd(b.forecastUsd)}${share(b.forecastUsd)} of ${formatUsd(b.monthlyBudgetUsd)} — ${crossed}`,
    "",
    report.groups.length
      ? table(
          ctx.style,
          [groupBy.toUpperCase(), "ACTUAL", "ESTIMATE/MO", "MEASURED/MO", "DRIFT"],
          report.groups.map((g) => [
            g.name ? `${g.key} ${ctx.style.dim(g.name)}` : g.key,
            formatUsd(g.actualUsd),
            g.estimateMonthlyUsd === null ? "—" : formatUsd(g.estimateMonthlyUsd),
            formatUsd(g.measuredMonthlyUsd),
            drift(g),
          ]),
        )
      : "no measured spend in the window",
    "",
    ctx.style.dim(
      report.readAt
        ? `Cost Explorer read ${report.readAt}; spend through ${report.dataThrough ?? "—"} (AWS updates it a few times a day)`
        : "Cost Explorer has not been read yet: the CostIngestion workflow runs once a day",
    ),
  ].join("\n");
}

export function costCommand(program: Command, run: Run): void {
  program
    .command("cost")
    .description(
      "measured cost beside the plans' estimates: per request, service or day, and the month against the budget",
    )
    .option(
      "--team <team>",
      "which team (needed when you belong to more than one; `unallocated`: untagged spend, admins)",
    )
    .option("--service <id>", "only this catalog service's resources")
    .option("--request <id>", "only this provisioning request")
    .option("--from <day>", "first day, YYYY-MM-DD (30 days before --to by default)")
    .option("--to <day>", "last day, YYYY-MM-DD (today by default)")
    .option("--by <what>", "group by request, service or day", "request")
    .addHelpText(
      "after",
      "\nExamples:\n  $ plinth cost --team payments\n  $ plinth cost --team payments --by service --from 2026-11-01\n  $ plinth cost --request pr-0123456789abcdef0123 --by day --json",
    )
    .action(
      run(
        async (
          ctx,
          o: { team?: string; service?: string; request?: string; from?: string; to?: string; by: string },
        ) => {
          const report = (
            await ctx.client.GET("/v1/costs", {
              params: {
                query: {
                  ...(o.team ? { team: o.team } : {}),
                  ...(o.service ? { service: o.service } : {}),
                  ...(o.request ? { request: o.request } : {}),
                  ...(o.from ? { from: o.from } : {}),
                  ...(o.to ? { to: o.to } : {}),
                  groupBy: o.by as "request" | "service" | "day",
                },
              },
            })
          ).data;
          if (report) ctx.print(report, () => costText(ctx, report, o.by));
        },
      ),
    );
}
