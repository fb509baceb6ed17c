import { formatUsd, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, parseDuration } from "../context";
import { CliError, Exit } from "../exit";
import { ago, status, table } from "../output";
import type { Run } from "../program";

type Recommendation = Schemas["Recommendation"];
const STATUSES = ["OPEN", "SNOOZED", "DISMISSED", "APPLIED", "RESOLVED"] as const;

function recommendationText(ctx: Context, r: Recommendation): string {
  const { style } = ctx;
  const lines = [
    `${style.bold(r.title)}  ${r.id}`,
    `status      ${status(style, r.status)}${r.snoozedUntil ? ` until ${r.snoozedUntil}` : ""}${r.resolution ? ` — ${r.resolution}` : ""}`,
    `resource    ${r.request} (${r.template}, ${r.environment})${r.service ? ` of ${r.service}` : ""}`,
    `why         ${r.reason}`,
    `saves       ${formatUsd(r.saving.monthlyUsd)}/month (estimate ${formatUsd(r.saving.estimateMonthlyUsd)}, measured ${formatUsd(r.saving.measuredMonthlyUsd)})`,
    `action      ${r.action.summary}`,
  ];
  if (r.applied)
    lines.push(`applied     by ${r.applied.by}, ${ago(r.applied.at)}: see plinth request view ${r.applied.change}`);
  if (r.dismissal) lines.push(`dismissed   by ${r.dismissal.by}, ${ago(r.dismissal.at)}: ${r.dismissal.reason}`);
  lines.push(
    "",
    style.bold(`Evidence: CloudWatch, ${r.evidence.from.slice(0, 10)} → ${r.evidence.to.slice(0, 10)} (daily)`),
    table(
      style,
      ["METRIC", "STAT", "DAYS WITH DATA", "TOTAL"],
      r.evidence.metrics.map((m) => [`${m.namespace} ${m.name}`, m.stat, String(m.datapoints), String(m.total)]),
    ),
    "",
    style.bold("History"),
    ...r.history.map((h) => `  ${h.at}  ${h.actor}  ${h.action}: ${h.message}`),
  );
  return lines.join("\n");
}

export function recommendationCommands(program: Command, run: Run): void {
  const recommendation = program
    .command("recommendation")
    .alias("rec")
    .description("idle resources found in CloudWatch: the evidence, the saving, and apply, dismiss or snooze");

  recommendation
    .command("list")
    .description("your team's recommendations, with what the open ones would save a month")
    .option("--team <team>", "which team (needed when you belong to more than one)")
    .option("--service <id>", "only this catalog service's")
    .option("--status <status>", `only these: ${STATUSES.join(", ")}`)
    .addHelpText("after", "\nExamples:\n  $ plinth recommendation list\n  $ plinth rec list --status OPEN --json")
    .action(
      run(async (ctx, o: { team?: string; service?: string; status?: string }) => {
        const chosen = o.status?.toUpperCase();
        if (chosen && !STATUSES.includes(chosen as (typeof STATUSES)[number]))
          throw new CliError(Exit.usage, `--status ${o.status}: one of ${STATUSES.join(", ")}`);
        const list = (
          await ctx.client.GET("/v1/recommendations", {
            params: {
              query: {
                ...(o.team ? { team: o.team } : {}),
                ...(o.service ? { service: o.service } : {}),
                ...(chosen ? { status: chosen as Recommendation["status"] } : {}),
              },
            },
          })
        ).data;
        if (!list) return;
        ctx.print(list, () =>
          [
            ctx.style.bold(
              `${list.open} open recommendation(s) for ${list.team}: ${formatUsd(list.monthlySavingUsd)}/month to save`,
            ),
            list.items.length
              ? table(
                  ctx.style,
                  ["ID", "STATUS", "RESOURCE", "WHY", "SAVES/MO"],
                  list.items.map((r) => [
                    r.id,
                    status(ctx.style, r.status),
                    `${r.request} ${ctx.style.dim(r.name)}`,
                    r.reason,
                    formatUsd(r.saving.monthlyUsd),
                  ]),
                )
              : "nothing idle: the daily scan found every resource in use",
          ].join("\n"),
        );
      }),
    );

  recommendation
    .command("view <id>")
    .description("a recommendation: its evidence day by day, the saving, the action and its audit trail")
    .action(
      run(async (ctx, id: string) => {
        const r = (await ctx.client.GET("/v1/recommendations/{id}", { params: { path: { id } } })).data;
        if (r) ctx.print(r, () => recommendationText(ctx, r));
      }),
    );

  recommendation
    .command("apply <id>")
    .description("open the destroy it recommends; another approver of the team approves it on the request")
    .addHelpText(
      "after",
      "\nExample:\n  $ plinth recommendation apply rec-0123456789abcdef0123\n  (then an approver: plinth request approve <request>)",
    )
    .action(
      run(async (ctx, id: string) => {
        const done = (await ctx.client.POST("/v1/recommendations/{id}/apply", { params: { path: { id } } })).data;
        if (done)
          ctx.print(
            done,
            () =>
              `applied ${id}: destroy of ${done.request.id} awaits another approver (plinth request approve ${done.request.id})`,
          );
      }),
    );

  recommendation
    .command("dismiss <id>")
    .description("say why it is not waste: it stays dismissed, your reason in its audit trail")
    .requiredOption("--reason <text>", "why the resource should stay")
    .addHelpText("after", "\nExample:\n  $ plinth recommendation dismiss rec-0123 --reason 'replays the yearly audit'")
    .action(
      run(async (ctx, id: string, o: { reason: string }) => {
        const done = (
          await ctx.client.POST("/v1/recommendations/{id}/dismiss", {
            params: { path: { id } },
            body: { reason: o.reason },
          })
        ).data;
        if (done) ctx.print(done, () => `dismissed ${id}: ${o.reason}`);
      }),
    );

  recommendation
    .command("snooze <id>")
    .description("look again later: it reopens then if the resource is still idle")
    .option("--until <time>", "when, as an ISO date-time (e.g. 2027-01-15T00:00:00Z)")
    .option("--for <duration>", "or how long from now, e.g. 7d or 72h")
    .option("--reason <text>", "why")
    .addHelpText(
      "after",
      "\nExamples:\n  $ plinth recommendation snooze rec-0123 --for 14d --reason 'migration next sprint'",
    )
    .action(
      run(async (ctx, id: string, o: { until?: string; for?: string; reason?: string }) => {
        if (!o.until === !o.for) throw new CliError(Exit.usage, "say when: --until <time> or --for <duration>");
        const until = o.until ?? new Date(Date.now() + parseDuration(o.for ?? "", "--for")).toISOString();
        const done = (
          await ctx.client.POST("/v1/recommendations/{id}/snooze", {
            params: { path: { id } },
            body: { until, ...(o.reason ? { reason: o.reason } : {}) },
          })
        ).data;
        if (done) ctx.print(done, () => `snoozed ${id} until ${done.snoozedUntil}`);
      }),
    );
}
