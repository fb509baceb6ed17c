import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, parseDuration } from "../context";
import { CliError, Exit } from "../exit";
import { follow } from "../follow";
import { status, table } from "../output";
import type { Run } from "../program";
import { pipelineOf } from "./pipelines";

type PipelineRun = Schemas["PipelineRun"];
type Approval = Schemas["DeploymentApproval"];
type Dora = Schemas["Dora"];

const short = (sha: string) => sha.slice(0, 7);

function runText(ctx: Context, run: PipelineRun): string {
  return [
    `${ctx.style.bold(`run ${run.runId}`)} (attempt ${run.attempt})  ${status(ctx.style, run.conclusion ?? run.status)}  ${run.event} on ${run.headBranch} @ ${short(run.headSha)}${run.dispatchedBy ? `  dispatched by ${run.dispatchedBy}` : ""}`,
    run.url,
    "",
    table(
      ctx.style,
      ["JOB", "STATUS", "CONCLUSION", "STEPS"],
      run.jobs.map((job) => [
        job.name,
        job.status,
        job.conclusion ?? "-",
        `${job.steps.filter((step) => step.status === "completed").length}/${job.steps.length}`,
      ]),
    ),
  ].join("\n");
}

/** Follows a run until it completes, printing each job as it moves; exit 1 unless it succeeded. */
async function watchRun(ctx: Context, service: string, pipelineId: string, runId: number, timeout: string) {
  const seen = new Map<number, string>();
  const final = await follow(ctx, {
    read: async () =>
      (
        await ctx.client.GET("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}", {
          params: { path: { id: service, pipelineId, runId } },
        })
      ).data as PipelineRun,
    report: (run) => {
      if (ctx.options.json) return;
      for (const job of run.jobs) {
        const now = `${job.status}${job.conclusion ? ` (${job.conclusion})` : ""}`;
        if (seen.get(job.id) === now) continue;
        seen.set(job.id, now);
        ctx.io.err(`  ${job.name.padEnd(24)} ${now}`);
      }
    },
    done: (run) => run.status === "completed",
    timeoutMs: parseDuration(timeout, "--timeout"),
    resume: `plinth pipeline watch ${service} ${runId}`,
    what: `run ${runId}`,
  });
  ctx.print(final, () => runText(ctx, final));
  if (final.conclusion !== "success") throw new CliError(Exit.failed, `run ${runId} ended ${final.conclusion}`);
}

export function runCommandsOfPipeline(pipeline: Command, run: Run): void {
  pipeline
    .command("run <service>")
    .description("run the pipeline now (a workflow_dispatch) and follow exactly that run")
    .option("--pipeline <id>", "which pipeline (the service's newest when absent)")
    .option("--ref <branch>", "the branch to run on (the default branch when absent)")
    .option("--no-watch", "print the run and return instead of following it")
    .option("--timeout <duration>", "how long to follow", "60m")
    .option("--idempotency-key <key>", "retry safely: the same key answers the same run")
    .addHelpText(
      "after",
      "\nExample:\n  $ plinth pipeline run checkout            # follows it; exit 0 only when it succeeded",
    )
    .action(
      run(
        async (
          ctx,
          service: string,
          o: { pipeline?: string; ref?: string; watch: boolean; timeout: string; idempotencyKey?: string },
        ) => {
          const pipelineId = await pipelineOf(ctx, service, o.pipeline);
          const started = (
            await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/runs", {
              params: {
                path: { id: service, pipelineId },
                header: { ...(o.idempotencyKey ? { "idempotency-key": o.idempotencyKey } : {}) },
              },
              body: o.ref ? { ref: o.ref } : {},
            })
          ).data as PipelineRun;
          ctx.note(`dispatched run ${started.runId}: ${started.url}`);
          if (o.watch) return watchRun(ctx, service, pipelineId, started.runId, o.timeout);
          ctx.print(started, () => `follow it: plinth pipeline watch ${service} ${started.runId}`);
        },
      ),
    );

  pipeline
    .command("watch <service> <runId>")
    .description("follow a run to its end, job by job (exit 1 unless it succeeded)")
    .option("--pipeline <id>", "which pipeline (the service's newest when absent)")
    .option("--timeout <duration>", "how long to follow", "60m")
    .action(
      run(async (ctx, service: string, runId: string, o: { pipeline?: string; timeout: string }) => {
        const pipelineId = await pipelineOf(ctx, service, o.pipeline);
        await watchRun(ctx, service, pipelineId, runNumber(runId), o.timeout);
      }),
    );

  pipeline
    .command("runs <service>")
    .description("the pipeline's runs, newest first")
    .option("--pipeline <id>", "which pipeline (the service's newest when absent)")
    .action(
      run(async (ctx, service: string, o: { pipeline?: string }) => {
        const pipelineId = await pipelineOf(ctx, service, o.pipeline);
        const list = (
          await ctx.client.GET("/v1/services/{id}/pipelines/{pipelineId}/runs", {
            params: { path: { id: service, pipelineId }, query: { limit: 20 } },
          })
        ).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["RUN", "ATTEMPT", "STATUS", "EVENT", "COMMIT", "BY", "STARTED"],
            (list?.items ?? []).map((r) => [
              String(r.runId),
              String(r.attempt),
              status(ctx.style, r.conclusion ?? r.status),
              r.event,
              short(r.headSha),
              r.dispatchedBy ?? r.actor ?? "-",
              r.createdAt,
            ]),
          ),
        );
      }),
    );

  for (const [verb, description] of [
    ["rerun", "rerun a failed run's failed jobs (its next attempt)"],
    ["cancel-run", "cancel a run in progress"],
  ] as const)
    pipeline
      .command(`${verb} <service> <runId>`)
      .description(description)
      .option("--pipeline <id>", "which pipeline (the service's newest when absent)")
      .action(
        run(async (ctx, service: string, runId: string, o: { pipeline?: string }) => {
          const pipelineId = await pipelineOf(ctx, service, o.pipeline);
          const path = { id: service, pipelineId, runId: runNumber(runId) };
          const answer =
            verb === "rerun"
              ? await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/rerun", {
                  params: { path },
                })
              : await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/cancel", {
                  params: { path },
                });
          const r = answer.data as PipelineRun;
          ctx.print(
            r,
            () =>
              `${verb}: run ${r.runId} attempt ${r.attempt} ${r.status}; follow it: plinth pipeline watch ${service} ${r.runId}`,
          );
        }),
      );
}

function runNumber(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(Exit.usage, `${value}: a run id (a number)`);
  return id;
}

function approvalText(ctx: Context, a: Approval): string {
  return [
    `${ctx.style.bold(a.id)}  ${status(ctx.style, a.status)}  ${a.serviceId} → ${a.environment}  ${a.sha}`,
    `reason     ${a.reason}`,
    `started by ${a.dispatchedBy ?? a.requestedBy}${a.previous ? `; ${a.previous.succeeded ? "passed" : "did NOT pass"} ${a.previous.environment}` : ""}`,
    ...(a.decidedBy ? [`decided by ${a.decidedBy} at ${a.decidedAt}`] : []),
    ...(a.answerFailed ? [ctx.style.bad(`GitHub was not told: ${a.answerFailed}`)] : []),
    `expires    ${a.expiresAt}`,
    "",
    table(
      ctx.style,
      ["AT", "WHAT", "BY"],
      a.timeline.map((e) => [e.at, e.message, e.actor ?? "-"]),
    ),
  ].join("\n");
}

function doraText(ctx: Context, d: Dora): string {
  const hours = (h: number | null) => (h === null ? "-" : h < 48 ? `${h} h` : `${(h / 24).toFixed(1)} d`);
  const pct = (r: number | null) => (r === null ? "-" : `${(r * 100).toFixed(0)} %`);
  return [
    ctx.style.bold(
      `DORA for ${d.scope.service ?? d.scope.team}, ${d.from.slice(0, 10)} → ${d.to.slice(0, 10)} (production)`,
    ),
    `deployment frequency   ${d.deploymentFrequency.deployments} (${d.deploymentFrequency.perWeek} a week)`,
    `change lead time       median ${hours(d.changeLeadTime.medianHours)}, p90 ${hours(d.changeLeadTime.p90Hours)} (${d.changeLeadTime.samples})`,
    `change fail rate       ${pct(d.changeFailRate.rate)} (${d.changeFailRate.failed} of ${d.changeFailRate.total})`,
    `recovery time          median ${hours(d.recoveryTime.medianHours)} (${d.recoveryTime.samples})`,
    `rework rate            ${pct(d.reworkRate.rate)} (${d.reworkRate.rework} of ${d.reworkRate.total})`,
    "",
    table(
      ctx.style,
      ["WEEK", "DEPLOYS", "FAILED", "MEDIAN LEAD"],
      d.weeks.map((w) => [w.start.slice(0, 10), String(w.deployments), String(w.failed), hours(w.medianLeadHours)]),
    ),
  ].join("\n");
}

const DAY = 86_400_000;

export function deployCommands(program: Command, run: Run): void {
  const deploy = program
    .command("deploy")
    .alias("deploys")
    .description("production deploys: the approvals waiting at the gate, decisions, freezes and history");

  deploy
    .command("list")
    .alias("ls")
    .description("production deploys waiting for an approver in your teams (or a team's decided ones)")
    .option("--team <team>", "one team")
    .option("--status <status>", "WAITING (default), APPROVED, REJECTED, EXPIRED or REFUSED (with --team)")
    .action(
      run(async (ctx, o: { team?: string; status?: string }) => {
        const list = (
          await ctx.client.GET("/v1/deployment-approvals", {
            params: {
              query: {
                ...(o.team ? { team: o.team } : {}),
                ...(o.status ? { status: o.status as Approval["status"] } : {}),
              },
            },
          })
        ).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["APPROVAL", "STATUS", "SERVICE", "ENV", "COMMIT", "STARTED BY", "PASSED BEFORE", "EXPIRES"],
            (list?.items ?? []).map((a) => [
              a.id,
              status(ctx.style, a.status),
              a.serviceId,
              a.environment,
              short(a.sha),
              a.dispatchedBy ?? a.requestedBy,
              a.previous ? `${a.previous.environment}: ${a.previous.succeeded ? "yes" : "NO"}` : "-",
              a.expiresAt,
            ]),
          ),
        );
      }),
    );

  deploy
    .command("view <approval>")
    .description("an approval: the commit, its checks, who decided, whether GitHub was told")
    .action(
      run(async (ctx, id: string) => {
        const a = (await ctx.client.GET("/v1/deployment-approvals/{id}", { params: { path: { id } } }))
          .data as Approval;
        ctx.print(a, () => approvalText(ctx, a));
      }),
    );

  deploy
    .command("approve <approval>")
    .description("approve the production deploy of the commit shown (you must not have started it)")
    .option("--sha <sha>", "the commit you reviewed (the waiting one when absent: it is printed first)")
    .option("--comment <text>", "shown in GitHub")
    .action(
      run(async (ctx, id: string, o: { sha?: string; comment?: string }) => {
        const waiting = (await ctx.client.GET("/v1/deployment-approvals/{id}", { params: { path: { id } } }))
          .data as Approval;
        ctx.note(`${waiting.serviceId}: ${waiting.sha} → ${waiting.environment} (${waiting.reason})`);
        const decided = (
          await ctx.client.POST("/v1/deployment-approvals/{id}/approve", {
            params: { path: { id } },
            body: {
              sha: o.sha ?? waiting.sha,
              environment: waiting.environment,
              ...(o.comment ? { comment: o.comment } : {}),
            },
          })
        ).data as Approval;
        ctx.print(decided, () => `approved ${short(decided.sha)} to ${decided.environment}; GitHub deploys it now`);
      }),
    );

  deploy
    .command("reject <approval>")
    .description("reject a production deploy; the reason is shown in GitHub")
    .requiredOption("--reason <text>", "why")
    .action(
      run(async (ctx, id: string, o: { reason: string }) => {
        const decided = (
          await ctx.client.POST("/v1/deployment-approvals/{id}/reject", {
            params: { path: { id } },
            body: { reason: o.reason },
          })
        ).data as Approval;
        ctx.print(decided, () => `rejected ${short(decided.sha)} to ${decided.environment}`);
      }),
    );

  deploy
    .command("history <service>")
    .description("the service's deployments, newest first")
    .option("--env <environment>", "one environment")
    .action(
      run(async (ctx, service: string, o: { env?: string }) => {
        const list = (
          await ctx.client.GET("/v1/services/{id}/deployments", {
            params: { path: { id: service }, query: { limit: 30, ...(o.env ? { environment: o.env } : {}) } },
          })
        ).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["DEPLOYMENT", "ENV", "STATE", "COMMIT", "RUN", "BY", "FINISHED"],
            (list?.items ?? []).map((d) => [
              String(d.id),
              d.environment,
              status(ctx.style, d.state),
              short(d.sha),
              d.runId ? String(d.runId) : "-",
              d.creator ?? "-",
              d.finishedAt ?? "-",
            ]),
          ),
        );
      }),
    );

  deploy
    .command("freeze <scope>")
    .description(
      "stop production deploys of a team (its approvers) or of the platform (admins): each is refused with the reason",
    )
    .requiredOption("--reason <text>", "shown in GitHub on every refused deploy")
    .option("--for <duration>", "lift it by itself after this long (e.g. 12h)")
    .action(
      run(async (ctx, scope: string, o: { reason: string; for?: string }) => {
        const until = o.for ? new Date(Date.now() + parseDuration(o.for, "--for")).toISOString() : undefined;
        const freeze = (
          await ctx.client.PUT("/v1/deploy-freezes/{scope}", {
            params: { path: { scope } },
            body: { reason: o.reason, ...(until ? { until } : {}) },
          })
        ).data;
        ctx.print(freeze, () => `${scope}: production deploys frozen${until ? ` until ${until}` : ""} (${o.reason})`);
      }),
    );

  deploy
    .command("unfreeze <scope>")
    .description("lift a freeze")
    .action(
      run(async (ctx, scope: string) => {
        await ctx.client.DELETE("/v1/deploy-freezes/{scope}", { params: { path: { scope } } });
        ctx.print({ scope, lifted: true }, () => `${scope}: production deploys go through the gate again`);
      }),
    );

  program
    .command("dora [service]")
    .description("DORA's delivery metrics: of a service, or (--team) of a team's services")
    .option("--team <team>", "a team instead of a service")
    .option("--days <n>", "the window: the last n days", "30")
    .addHelpText("after", "\nExamples:\n  $ plinth dora checkout --days 90\n  $ plinth dora --team payments")
    .action(
      run(async (ctx, service: string | undefined, o: { team?: string; days: string }) => {
        const days = Number(o.days);
        if (!Number.isFinite(days) || days <= 0) throw new CliError(Exit.usage, `--days ${o.days}: a positive number`);
        if (!service && !o.team) throw new CliError(Exit.usage, "name a service, or --team");
        // The window ends at the API's now (a local cloud's clock may run fast), `days` before it.
        const window = days === 30 ? {} : { from: new Date(Date.now() - days * DAY).toISOString() };
        const dora = service
          ? ((await ctx.client.GET("/v1/services/{id}/dora", { params: { path: { id: service }, query: { days } } }))
              .data as Dora)
          : ((await ctx.client.GET("/v1/insights", { params: { query: { team: o.team, ...window } } })).data
              ?.delivery as Dora);
        ctx.print(dora, () => doraText(ctx, dora));
      }),
    );
}
