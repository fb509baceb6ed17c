import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, collect, parseAssignments, parseDuration } from "../context";
import { CliError, Exit } from "../exit";
import { follow, timelinePrinter } from "../follow";
import { status, table } from "../output";
import type { Run } from "../program";
import { runCommandsOfPipeline } from "./deploys";

type Pipeline = Schemas["Pipeline"];
type Plan = Schemas["PipelinePlan"];

const WORKING = new Set(["SETTING_UP", "UPGRADING"]);

function planText(ctx: Context, plan: Plan): string {
  const { style } = ctx;
  return [
    `${style.bold(`${plan.template.id} ${plan.template.version}`)} for ${plan.serviceId} → ${plan.repository.owner}/${plan.repository.name} (${plan.workflowPath})`,
    `${plan.lint.tool}: ${plan.lint.findings.length === 0 ? style.ok("no findings") : style.bad(`${plan.lint.findings.length} finding(s)`)}`,
    "",
    table(
      style,
      ["ENVIRONMENT", "DEPLOY ROLE TRUSTS", "APPROVAL", "BRANCHES"],
      plan.roles.map((role) => [
        role.environment,
        role.subject,
        role.approval === "required" ? style.warn("required") : "not required",
        plan.environments.find((env) => env.name === role.environment)?.protectedBranchesOnly
          ? "protected only"
          : "any",
      ]),
    ),
    "",
    `pull request: ${plan.pullRequest.title}  (branch ${plan.pullRequest.branch})`,
  ].join("\n");
}

function pipelineText(ctx: Context, p: Pipeline): string {
  const lines = [
    `${ctx.style.bold(p.id)}  ${p.serviceId}  ${status(ctx.style, p.status)}  ${p.repository.owner}/${p.repository.name}`,
    `template   ${p.change.template.id} ${p.change.template.version}${p.live ? ` (live: ${p.live.version})` : ""}${p.upgradeAvailable ? `  ${ctx.style.warn(`upgrade available: ${p.upgradeAvailable}`)}` : ""}`,
    `workflow   ${p.workflowPath}`,
    ...(p.change.pullRequest ? [`pull req.  ${p.change.pullRequest.url}`] : []),
    ...(p.repository.cloneUrl ? [`clone      git clone ${p.repository.cloneUrl}`] : []),
    ...(p.failure ? [ctx.style.bad(`failed at ${p.failure.step}: ${p.failure.cause}`)] : []),
    "",
    table(
      ctx.style,
      ["ENVIRONMENT", "ROLE REQUEST", "STATUS", "ROLE"],
      p.roles.map((role) => [role.environment, role.requestId, role.status ?? "-", role.roleArn ?? "-"]),
    ),
    "",
    table(
      ctx.style,
      ["AT", "STEP", "STATUS", "MESSAGE"],
      p.timeline.map((e) => [e.at, e.step, e.status, e.message]),
    ),
  ];
  return lines.join("\n");
}

/** The pipeline to act on: the id given, or the service's newest. */
export async function pipelineOf(ctx: Context, service: string, id: string | undefined): Promise<string> {
  if (id) return id;
  const list = (await ctx.client.GET("/v1/services/{id}/pipelines", { params: { path: { id: service } } })).data;
  const newest = list?.items[0];
  if (!newest)
    throw new CliError(
      Exit.notFound,
      `${service} has no pipeline`,
      `plinth pipeline create ${service} --template node-lambda-sst`,
    );
  return newest.id;
}

/** Follows the setup until the pull request is open (or merged, or it failed); exit 1 on failure. */
async function watch(ctx: Context, service: string, id: string, timeout: string) {
  const print = timelinePrinter(ctx);
  const final = await follow(ctx, {
    read: async () =>
      (
        await ctx.client.GET("/v1/services/{id}/pipelines/{pipelineId}", {
          params: { path: { id: service, pipelineId: id } },
        })
      ).data as Pipeline,
    report: (p) => print(p.timeline),
    done: (p) => !WORKING.has(p.status) || (p.status === "UPGRADING" && p.change.pullRequest !== undefined),
    timeoutMs: parseDuration(timeout, "--timeout"),
    resume: `plinth pipeline view ${service} ${id}`,
    what: `pipeline ${id}`,
  });
  if (ctx.options.json) ctx.io.out(JSON.stringify(final, null, 2));
  else {
    ctx.io.out(`${final.serviceId}: ${status(ctx.style, final.status)}`);
    if (final.change.pullRequest) ctx.io.out(`  review and merge: ${final.change.pullRequest.url}`);
    if (final.failure) ctx.io.out(`  failed at ${final.failure.step}: ${final.failure.cause}`);
  }
  if (["FAILED", "CANCELLED", "CLOSED"].includes(final.status))
    throw new CliError(Exit.failed, `pipeline ${id} ended ${final.status}`);
}

export function pipelineCommands(program: Command, run: Run): void {
  const pipeline = program
    .command("pipeline")
    .alias("pipelines")
    .description("CI/CD: a service's GitHub Actions pipeline, generated, checked and proposed as a pull request");

  pipeline
    .command("templates")
    .description("pipeline templates, their versions and parameters")
    .action(
      run(async (ctx) => {
        const list = (await ctx.client.GET("/v1/pipeline-templates")).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["TEMPLATE", "VERSION", "ALSO", "TITLE"],
            (list?.items ?? []).map((t) => [
              t.id,
              t.version,
              t.versions.filter((v) => v !== t.version).join(", ") || "-",
              t.title,
            ]),
          ),
        );
      }),
    );

  pipeline
    .command("create <service>")
    .description(
      "generate the service's pipeline: deploy roles, GitHub environments and a pull request with the workflow",
    )
    .requiredOption("--template <id>", "node-lambda-sst, container-ecs or static-site (plinth pipeline templates)")
    .option("--version <version>", "pin an older version of the template")
    .option("--env <environment>", "where it deploys, in order (repeat: --env dev --env production)", collect, [])
    .option("--set <key=value>", "a template parameter (repeatable; JSON values)", collect, [])
    .option("--tag <key=value>", "tags of the deploy roles (owner and cost-center are required)", collect, [])
    .option("--dry-run", "print the workflow it would propose, the roles and the pull request; create nothing")
    .option("--wait", "follow the setup until the pull request is open")
    .option("--timeout <duration>", "how long --wait follows", "30m")
    .option("--idempotency-key <key>", "retry safely: the same key and body return the first answer")
    .addHelpText(
      "after",
      `
Examples:
  $ plinth pipeline create checkout --template node-lambda-sst --env dev --env production --tag owner=me@example.com --tag cost-center=CC-1234 --dry-run
  $ plinth pipeline create checkout --template node-lambda-sst --env dev --tag owner=me@example.com --tag cost-center=CC-1234 --wait`,
    )
    .action(
      run(async (ctx, service: string, o: Record<string, string | string[] | boolean | undefined>) => {
        const envs = o.env as string[];
        const body: Schemas["CreatePipeline"] = {
          template: String(o.template),
          ...(o.version ? { templateVersion: String(o.version) } : {}),
          parameters: {
            ...parseAssignments(o.set as string[], "--set"),
            ...(envs.length ? { environments: envs } : {}),
          },
          tags: parseAssignments(o.tag as string[], "--tag") as Record<string, string>,
        };
        const plan = (
          await ctx.client.POST("/v1/services/{id}/pipelines", {
            params: { path: { id: service }, query: { dryRun: "true" } },
            body,
          })
        ).data as Plan;
        if (o.dryRun) {
          // The workflow itself on stdout (pipe it to a file); what else it would do on stderr.
          if (ctx.options.json) ctx.io.out(JSON.stringify(plan, null, 2));
          else {
            ctx.io.err(`${planText(ctx, plan)}\n`);
            ctx.io.out(plan.yaml.trimEnd());
          }
          return;
        }
        if (!ctx.options.json) ctx.io.out(`${planText(ctx, plan)}\n`);
        const created = (
          await ctx.client.POST("/v1/services/{id}/pipelines", {
            params: {
              path: { id: service },
              header: { ...(o.idempotencyKey ? { "idempotency-key": String(o.idempotencyKey) } : {}) },
            },
            body,
          })
        ).data as Pipeline;
        ctx.note(`created ${created.id} (${created.status})`);
        if (o.wait) return watch(ctx, service, created.id, String(o.timeout));
        if (ctx.options.json) ctx.io.out(JSON.stringify(created, null, 2));
        else ctx.io.out(`follow it: plinth pipeline view ${service} ${created.id}`);
      }),
    );

  pipeline
    .command("list <service>")
    .alias("ls")
    .description("the service's pipelines, newest first")
    .action(
      run(async (ctx, service: string) => {
        const list = (await ctx.client.GET("/v1/services/{id}/pipelines", { params: { path: { id: service } } })).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["ID", "STATUS", "TEMPLATE", "LIVE", "PULL REQUEST"],
            (list?.items ?? []).map((p) => [
              p.id,
              status(ctx.style, p.status),
              `${p.change.template.id} ${p.change.template.version}`,
              p.live ? `${p.live.version}${p.upgradeAvailable ? ` → ${p.upgradeAvailable}` : ""}` : "-",
              p.change.pullRequest?.url ?? "-",
            ]),
          ),
        );
      }),
    );

  pipeline
    .command("view <service> [id]")
    .description("a pipeline: status, pull request, roles and the setup's timeline (the newest when no id)")
    .action(
      run(async (ctx, service: string, id: string | undefined) => {
        const pipelineId = await pipelineOf(ctx, service, id);
        const p = (
          await ctx.client.GET("/v1/services/{id}/pipelines/{pipelineId}", {
            params: { path: { id: service, pipelineId } },
          })
        ).data as Pipeline;
        ctx.print(p, () => pipelineText(ctx, p));
      }),
    );

  pipeline
    .command("outdated")
    .description("your teams' pipelines on an older template version: each is one upgrade away")
    .option("--template <id>", "only this template")
    .action(
      run(async (ctx, o: { template?: string }) => {
        const list = (
          await ctx.client.GET("/v1/pipelines/outdated", {
            params: { query: o.template ? { template: o.template } : {} },
          })
        ).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["SERVICE", "ID", "TEMPLATE", "LIVE", "NEWEST", "REPOSITORY"],
            (list?.items ?? []).map((p) => [
              p.serviceId,
              p.id,
              p.live?.id ?? p.change.template.id,
              p.live?.version ?? "-",
              p.upgradeAvailable ?? "-",
              `${p.repository.owner}/${p.repository.name}`,
            ]),
          ),
        );
      }),
    );

  for (const [verb, description] of [
    ["upgrade", "propose the newest template version as a pull request that changes only the workflow file"],
    [
      "cancel",
      "cancel a setup or upgrade: close its pull request, delete its branch (and, for a setup, the roles and environments)",
    ],
    ["retry", "retry a failed setup or upgrade from where it stopped"],
  ] as const)
    pipeline
      .command(`${verb} <service> [id]`)
      .description(description)
      .option("--wait", "follow until the pull request is open (or it ends)")
      .option("--timeout <duration>", "how long --wait follows", "30m")
      .action(
        run(async (ctx, service: string, id: string | undefined, o: { wait?: boolean; timeout: string }) => {
          const pipelineId = await pipelineOf(ctx, service, id);
          const path = { id: service, pipelineId };
          const answer =
            verb === "upgrade"
              ? await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/upgrade", { params: { path } })
              : verb === "cancel"
                ? await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/cancel", { params: { path } })
                : await ctx.client.POST("/v1/services/{id}/pipelines/{pipelineId}/retry", { params: { path } });
          const p = answer.data as Pipeline;
          ctx.note(`${verb}: ${p.id} ${p.status}`);
          if (o.wait && verb !== "cancel") return watch(ctx, service, p.id, o.timeout);
          ctx.print(p, () => `follow it: plinth pipeline view ${service} ${p.id}`);
        }),
      );

  runCommandsOfPipeline(pipeline, run);

  const github = program
    .command("github")
    .description("the GitHub organisations your teams have connected (the Plinth GitHub App)");
  github
    .command("connect <org>")
    .description("connect a GitHub organisation where the Plinth GitHub App is installed to a team (approvers)")
    .requiredOption("--team <team>", "the team whose services live there")
    .addHelpText("after", "\nExample:\n  $ plinth github connect acme --team payments")
    .action(
      run(async (ctx, org: string, o: { team: string }) => {
        const connected = (
          await ctx.client.PUT("/v1/teams/{team}/github/{owner}", { params: { path: { team: o.team, owner: org } } })
        ).data;
        ctx.print(connected, () => `connected ${org} to ${o.team} (installation ${connected?.installation})`);
      }),
    );
  github
    .command("list")
    .description("a team's connected organisations")
    .requiredOption("--team <team>", "which team")
    .action(
      run(async (ctx, o: { team: string }) => {
        const list = (await ctx.client.GET("/v1/teams/{team}/github", { params: { path: { team: o.team } } })).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["ORGANISATION", "INSTALLATION", "BY", "AT"],
            (list?.items ?? []).map((c) => [c.owner, String(c.installation), c.by, c.at]),
          ),
        );
      }),
    );
}
