import { incidentStatusValues, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, parseAssignments } from "../context";
import { CliError, Exit } from "../exit";
import { ago, status, table } from "../output";
import type { Run } from "../program";

type Incident = Schemas["Incident"];

function incidentText(ctx: Context, i: Incident): string {
  return [
    `${ctx.style.bold(i.summary)}  ${i.id}`,
    `status     ${status(ctx.style, i.status)}${i.acknowledged ? ` (acknowledged by ${i.acknowledged.by})` : ""}`,
    `alarm      ${i.alarm.name} (${i.alarm.state}: ${i.alarm.reason})`,
    `resource   ${i.resource.type} ${i.resource.id}`,
    ...(i.deployment
      ? [
          `deployed   ${i.deployment.sha.slice(0, 7)} to ${i.deployment.environment} ${i.deployment.minutesBeforeAlarm} min before the alarm (deployment ${i.deployment.id}, run ${i.deployment.runId ?? "?"})${i.deployment.previous ? `; before it ${i.deployment.previous.sha.slice(0, 7)}` : ""}`,
        ]
      : []),
    `runbook    ${i.runbook ? `${i.runbook.title} (mode ${i.runbook.mode})` : "none matches"}`,
    ...(i.proposal ? [`proposal   ${i.proposal.call}: ${i.proposal.reason}`] : []),
    ...(i.escalation ? [`escalated  ${i.escalation.reason}`] : []),
    "",
    table(
      ctx.style,
      ["GUARD", "OUTCOME", "REASON"],
      i.decisions.map((d) => [d.guard, status(ctx.style, d.outcome), d.reason]),
    ),
    "",
    table(
      ctx.style,
      ["AT", "STEP", "MESSAGE"],
      i.timeline.map((e) => [e.at, e.step, e.message]),
    ),
  ].join("\n");
}

export function incidentCommands(program: Command, run: Run): void {
  const incident = program
    .command("incident")
    .alias("incidents")
    .description("incidents: what alarmed, what the runbook did, and your decisions");

  incident
    .command("list")
    .alias("ls")
    .description("incidents you can see, newest first")
    .option("--team <team>", "which team")
    .option("--status <status>", incidentStatusValues.join(", "))
    .option("--limit <n>", "how many", "25")
    .addHelpText("after", "\nExample:\n  $ plinth incident list --status AWAITING_APPROVAL")
    .action(
      run(async (ctx, o: { team?: string; status?: string; limit: string }) => {
        if (o.status && !(incidentStatusValues as readonly string[]).includes(o.status))
          throw new CliError(Exit.usage, `--status ${o.status}: one of ${incidentStatusValues.join(", ")}`);
        const page = (
          await ctx.client.GET("/v1/incidents", {
            params: {
              query: {
                limit: Number(o.limit),
                ...(o.team ? { team: o.team } : {}),
                ...(o.status ? { status: o.status as Incident["status"] } : {}),
              },
            },
          })
        ).data;
        ctx.print(page, () =>
          table(
            ctx.style,
            ["ID", "STATUS", "SUMMARY", "RESOURCE", "AGE"],
            (page?.items ?? []).map((i) => [
              i.id,
              status(ctx.style, i.status),
              i.summary,
              i.resource.id,
              ago(i.createdAt),
            ]),
          ),
        );
      }),
    );

  incident
    .command("view <id>")
    .description("an incident: alarm, resource, runbook, guardrail decisions and the timeline")
    .action(
      run(async (ctx, id: string) => {
        const i = (await ctx.client.GET("/v1/incidents/{id}", { params: { path: { id } } })).data as Incident;
        ctx.print(i, () => incidentText(ctx, i));
      }),
    );

  incident
    .command("report")
    .description("report an incident by hand (no alarm fired)")
    .requiredOption("--summary <text>", "what is wrong")
    .option("--resource <type:id>", "e.g. ecs-service:prod/checkout")
    .option("--alarm <name>", "the alarm that watches it (verification reads it)")
    .option("--team <team>", "which team")
    .addHelpText(
      "after",
      "\nExample:\n  $ plinth incident report --summary 'checkout is slow' --resource ecs-service:prod/checkout",
    )
    .action(
      run(async (ctx, o: { summary: string; resource?: string; alarm?: string; team?: string }) => {
        const at = o.resource?.indexOf(":") ?? -1;
        if (o.resource && at < 1) throw new CliError(Exit.usage, `--resource ${o.resource}: use <type>:<id>`);
        const body: Schemas["ManualReport"] = {
          summary: o.summary,
          ...(o.resource
            ? {
                resource: {
                  type: o.resource.slice(0, at) as NonNullable<Schemas["ManualReport"]["resource"]>["type"],
                  id: o.resource.slice(at + 1),
                },
              }
            : {}),
          ...(o.alarm ? { alarmName: o.alarm } : {}),
          ...(o.team ? { team: o.team } : {}),
        };
        const created = (await ctx.client.POST("/v1/incidents", { body })).data as Incident;
        ctx.print(created, () => `reported ${created.id} (${created.status})`);
      }),
    );

  for (const [name, verb, summary] of [
    ["approve", "approve", "approve the runbook's proposed action (approvers of the team)"],
    ["reject", "reject", "reject the proposed action; the incident is escalated"],
    ["ack", "acknowledge", "acknowledge: a person is on it"],
    ["resolve", "resolve", "resolve by hand"],
  ] as const) {
    incident
      .command(`${name} <id>`)
      .description(summary)
      .option("--comment <text>", "why")
      .addHelpText("after", `\nExample:\n  $ plinth incident ${name} inc-0123 --comment 'looked at the dashboard'`)
      .action(
        run(async (ctx, id: string, o: { comment?: string }) => {
          const done = (
            await ctx.client.POST(`/v1/incidents/{id}/${verb}`, {
              params: { path: { id } },
              body: o.comment ? { comment: o.comment } : {},
            })
          ).data as Incident;
          ctx.print(done, () => `${verb}: ${id} is ${done.status}`);
        }),
      );
  }
}

export function runbookCommands(program: Command, run: Run): void {
  const runbook = program.command("runbook").alias("runbooks").description("runbooks: what each does, and its mode");

  runbook
    .command("list")
    .alias("ls")
    .description("every runbook with its tier and mode")
    .action(
      run(async (ctx) => {
        const list = (await ctx.client.GET("/v1/runbooks")).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["ID", "TITLE", "ACTION", "TIER", "MODE"],
            (list?.items ?? []).map((r) => [r.id, r.title, r.action, r.tier, r.effectiveMode]),
          ),
        );
      }),
    );

  runbook
    .command("view <id>")
    .description("a runbook: what it matches, its preconditions, action, verification and undo")
    .action(
      run(async (ctx, id: string) => {
        const r = (await ctx.client.GET("/v1/runbooks/{id}", { params: { path: { id } } })).data as Schemas["Runbook"];
        ctx.print(r, () =>
          [
            `${ctx.style.bold(r.title)}  ${r.id} v${r.version}  tier ${r.tier}  mode ${r.effectiveMode}`,
            r.description,
            `matches   ${r.match.resourceType} ${r.match.namespace} ${r.match.metrics.join(",")}${r.match.deployment ? " (incidents linked to a recent production deployment)" : ""}`,
            `action    ${r.action}`,
            `verify    ${r.verify.summary}`,
            `undo      ${r.undo}`,
            ...r.preconditions.map((p) => `  precondition ${p.name}: ${p.description}`),
          ].join("\n"),
        );
      }),
    );

  runbook
    .command("mode <id> <mode>")
    .description("set a runbook's mode: shadow, approval or auto (admin)")
    .addHelpText("after", "\nExample:\n  $ plinth runbook mode ecs-restart-on-memory approval")
    .action(
      run(async (ctx, id: string, mode: string) => {
        if (mode !== "shadow" && mode !== "approval" && mode !== "auto")
          throw new CliError(Exit.usage, `mode ${mode}: one of shadow, approval, auto`);
        const r = (await ctx.client.PUT("/v1/runbooks/{id}/mode", { params: { path: { id } }, body: { mode } })).data;
        ctx.print(r, () => `${id} is now in ${mode} mode`);
      }),
    );
}

export function remediationCommands(program: Command, run: Run): void {
  const remediation = program
    .command("remediation")
    .description("guardrails: kill switch, budgets, breakers, settings");

  remediation
    .command("status")
    .description("the kill switch, this hour's budgets and the circuit breakers")
    .action(
      run(async (ctx) => {
        const s = (await ctx.client.GET("/v1/remediation/status")).data as Schemas["RemediationStatus"];
        const teams = s.budgets.teams as Record<string, { used: number; limit: number }>;
        ctx.print(s, () =>
          [
            `kill switch  ${s.killSwitch.on ? ctx.style.bad("ON") : ctx.style.ok("off")}${s.killSwitch.reason ? ` (${s.killSwitch.reason})` : ""}`,
            `budgets      ${s.budgets.hour}: all teams ${s.budgets.global.used}/${s.budgets.global.limit}${Object.entries(
              teams,
            )
              .map(([t, b]) => `, ${t} ${b.used}/${b.limit}`)
              .join("")}`,
            "",
            table(
              ctx.style,
              ["RUNBOOK", "BREAKER", "FAILURE SHARE", "HELD BACK"],
              s.breakers.map((b) => [
                b.runbookId,
                status(ctx.style, b.state),
                `${Math.round(b.failureShare * 100)}% of ${b.recent}`,
                String(b.heldBack.length),
              ]),
            ),
          ].join("\n"),
        );
      }),
    );

  remediation
    .command("kill-switch [state]")
    .description("show the kill switch, or turn it on/off (admin): on, every runbook only notifies")
    .option("--reason <text>", "why")
    .addHelpText("after", "\nExample:\n  $ plinth remediation kill-switch on --reason 'game day'")
    .action(
      run(async (ctx, state: string | undefined, o: { reason?: string }) => {
        if (state === undefined) {
          const s = (await ctx.client.GET("/v1/remediation/status")).data as Schemas["RemediationStatus"];
          ctx.print(
            s.killSwitch,
            () => `kill switch ${s.killSwitch.on ? "ON" : "off"}${s.killSwitch.by ? ` (by ${s.killSwitch.by})` : ""}`,
          );
          return;
        }
        if (state !== "on" && state !== "off") throw new CliError(Exit.usage, `kill-switch ${state}: on or off`);
        const done = (
          await ctx.client.PUT("/v1/remediation/kill-switch", {
            body: { on: state === "on", ...(o.reason ? { reason: o.reason } : {}) },
          })
        ).data;
        ctx.print(done, () => `kill switch ${state === "on" ? "ON" : "off"}`);
      }),
    );

  remediation
    .command("settings")
    .description("show the guardrail settings, or change them with --set (admin)")
    .option("--set <key=value>", "e.g. cooldownMinutes=15 (repeatable)", (v: string, p: string[] = []) => [...p, v], [])
    .addHelpText("after", "\nExample:\n  $ plinth remediation settings --set teamActionsPerHour=20")
    .action(
      run(async (ctx, o: { set: string[] }) => {
        if (o.set.length === 0) {
          const s = (await ctx.client.GET("/v1/remediation/status")).data as Schemas["RemediationStatus"];
          ctx.print(s.settings, () =>
            table(
              ctx.style,
              ["SETTING", "VALUE"],
              Object.entries(s.settings).map(([k, v]) => [k, String(v)]),
            ),
          );
          return;
        }
        const done = (
          await ctx.client.PATCH("/v1/remediation/settings", {
            body: parseAssignments(o.set, "--set") as Schemas["RemediationSettingsPatch"],
          })
        ).data;
        ctx.print(done, () =>
          table(
            ctx.style,
            ["SETTING", "VALUE"],
            Object.entries(done ?? {}).map(([k, v]) => [k, String(v)]),
          ),
        );
      }),
    );
}
