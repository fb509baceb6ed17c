import { readFileSync } from "node:fs";
import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { type Context, collect, parseAssignments, parseDuration } from "../context";
import { CliError, Exit } from "../exit";
import { follow, timelinePrinter } from "../follow";
import { ago, money, status, table } from "../output";
import type { Run } from "../program";

type Request = Schemas["ProvisioningRequest"];
type Plan = Schemas["Plan"];

const WORKING = new Set(["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "DESTROYING"]);
const FAILED = new Set(["FAILED", "ROLLED_BACK", "REJECTED", "CANCELLED", "EXPIRED"]);
const REQUEST_ID = /^pr-[0-9a-f]{20}$/;

function planText(ctx: Context, plan: Plan): string {
  const { style } = ctx;
  const approval = !plan.allowed
    ? style.bad("denied by policy")
    : plan.approval === "required"
      ? style.warn("needs approval")
      : style.ok("no approval needed");
  return [
    `${style.bold(plan.stackName)}  ${plan.environment} · ${plan.region}  ${money(plan.cost.monthlyUsd)}/month  ${approval}`,
    "",
    table(
      style,
      ["RESOURCE", "TYPE"],
      plan.resources.map((r) => [r.logicalId, r.type]),
    ),
    "",
    table(
      style,
      ["POLICY", "RESULT", "WHY"],
      plan.policies.map((p) => [p.rule, status(style, p.outcome), p.reason]),
    ),
    "",
    `plan ${plan.hash}`,
  ].join("\n");
}

function requestText(ctx: Context, r: Request): string {
  const { style } = ctx;
  const lines = [
    `${style.bold(r.name)}  ${r.id}`,
    `status      ${status(style, r.status)}`,
    `template    ${r.template.id} v${r.template.version}`,
    `team        ${r.team} · ${r.environment} · ${r.region}`,
    `requested   by ${r.requestedBy}, ${ago(r.createdAt)}`,
    `cost        ${money(r.plan.cost.monthlyUsd)}/month`,
    `expires     ${r.expiresAt ?? (r.ttlHours ? `${r.ttlHours}h after it succeeds` : "never")}`,
  ];
  if (r.approval)
    lines.push(
      `decision    ${r.approval.decision} by ${r.approval.by}${r.approval.comment ? `: ${r.approval.comment}` : ""}`,
    );
  if (r.destroyRequest)
    lines.push(
      `destroy     ${style.bold("awaiting approval")}: asked by ${r.destroyRequest.by}, ${ago(r.destroyRequest.at)} — ${r.destroyRequest.reason}`,
    );
  if (r.failure)
    lines.push(`failure     ${style.bad(`${r.failure.step}: ${r.failure.reason}`)} (cleanup ${r.failure.cleanup})`);
  if (Object.keys(r.outputs).length > 0) {
    lines.push("", table(style, ["OUTPUT", "VALUE"], Object.entries(r.outputs)));
  }
  lines.push(
    "",
    table(
      style,
      ["AT", "STEP", "STATUS", "MESSAGE"],
      r.timeline.map((e) => [e.at, e.step, e.status, e.message]),
    ),
  );
  return lines.join("\n");
}

/** Follows a request step by step until it stops working; exit 1 unless it ended as wanted. */
async function watch(
  ctx: Context,
  id: string,
  timeout: string,
  wanted: (r: Request) => boolean = (r) => r.status === "SUCCEEDED" || r.status === "DESTROYED",
) {
  const print = timelinePrinter(ctx);
  const final = await follow(ctx, {
    read: async () =>
      (await ctx.client.GET("/v1/provisioning-requests/{id}", { params: { path: { id } } })).data as Request,
    report: (r) => print(r.timeline),
    done: (r) => !WORKING.has(r.status),
    timeoutMs: parseDuration(timeout, "--timeout"),
    resume: `plinth request watch ${id}`,
    what: `request ${id}`,
  });
  if (ctx.options.json) ctx.io.out(JSON.stringify(final, null, 2));
  else {
    ctx.io.out(`${final.name}: ${status(ctx.style, final.status)}`);
    if (final.failure) ctx.io.out(`  failed at ${final.failure.step}: ${final.failure.reason}`);
    if (Object.keys(final.outputs).length > 0)
      ctx.io.out(table(ctx.style, ["OUTPUT", "VALUE"], Object.entries(final.outputs)));
  }
  if (!wanted(final) || FAILED.has(final.status))
    throw new CliError(Exit.failed, `request ${id} ended ${final.status}`);
}

function checkId(id: string): string {
  if (!REQUEST_ID.test(id))
    throw new CliError(Exit.usage, `${id} is not a request id (pr- and 20 hex digits)`, "plinth request list");
  return id;
}

export function requestCommands(program: Command, run: Run): void {
  const request = program
    .command("request")
    .alias("requests")
    .description("provisioning requests: create, follow and manage what you made");

  request
    .command("create <template>")
    .description("request infrastructure from the catalog; prints the plan, and follows the workflow with --wait")
    .requiredOption("--name <name>", "short name; resources are named plinth-<stage>-<team>-<env>-<name>")
    .option("--env <environment>", "dev, staging or production", "dev")
    .option("--region <region>", "AWS region", "us-east-1")
    .option("--team <team>", "required when you belong to several teams")
    .option("--set <key=value>", "a template parameter (repeatable; JSON values, dotted keys)", collect, [])
    .option("--params-file <file>", "template parameters from a JSON file (--set wins)")
    .option("--tag <key=value>", "a tag (repeatable); owner and cost-center are required", collect, [])
    .option("--ttl <duration>", "destroy after this long, e.g. 24h or 7d (required outside production)")
    .option("--dry-run", "show the plan; create nothing")
    .option("--wait", "follow the workflow step by step until it ends")
    .option("--timeout <duration>", "how long --wait follows", "30m")
    .option("--idempotency-key <key>", "retry safely: the same key and body return the first answer")
    .addHelpText(
      "after",
      `
Example:
  $ plinth request create sqs-queue --name orders --ttl 72h --tag owner=me@example.com --tag cost-center=CC-1234 --set maxReceiveCount=3 --wait`,
    )
    .action(
      run(async (ctx, template: string, o: Record<string, string | string[] | boolean | undefined>) => {
        const fromFile = o.paramsFile
          ? (JSON.parse(readFileSync(String(o.paramsFile), "utf8")) as Record<string, unknown>)
          : {};
        const ttlMs = o.ttl ? parseDuration(String(o.ttl), "--ttl") : undefined;
        const body: Schemas["CreateProvisioningRequest"] = {
          template,
          name: String(o.name),
          environment: String(o.env) as "dev" | "staging" | "production",
          region: String(o.region),
          ...(o.team ? { team: String(o.team) } : {}),
          parameters: { ...fromFile, ...parseAssignments(o.set as string[], "--set") },
          tags: parseAssignments(o.tag as string[], "--tag") as Record<string, string>,
          ...(ttlMs === undefined ? {} : { ttlHours: Math.max(1, Math.round(ttlMs / 3_600_000)) }),
        };
        const plan = (
          await ctx.client.POST("/v1/provisioning-requests", { params: { query: { dryRun: "true" } }, body })
        ).data as Plan;
        if (o.dryRun) {
          ctx.print(plan, () => planText(ctx, plan));
          return;
        }
        if (!ctx.options.json) ctx.io.out(`${planText(ctx, plan)}\n`);
        const created = (
          await ctx.client.POST("/v1/provisioning-requests", {
            params: { header: { ...(o.idempotencyKey ? { "idempotency-key": String(o.idempotencyKey) } : {}) } },
            body,
          })
        ).data as Request;
        ctx.note(`created ${created.id} (${created.status})`);
        if (o.wait) return watch(ctx, created.id, String(o.timeout));
        if (ctx.options.json) ctx.io.out(JSON.stringify(created, null, 2));
        else ctx.io.out(`follow it: plinth request watch ${created.id}`);
      }),
    );

  request
    .command("list")
    .alias("ls")
    .description("your team's requests, newest first")
    .option("--team <team>", "which team (when you have several)")
    .option("--status <status>", "only this status, e.g. SUCCEEDED")
    .option("--template <id>", "only this template")
    .option("--limit <n>", "how many", "25")
    .addHelpText("after", "\nExample:\n  $ plinth request list --status AWAITING_APPROVAL")
    .action(
      run(async (ctx, o: Record<string, string | undefined>) => {
        const page = (
          await ctx.client.GET("/v1/provisioning-requests", {
            params: {
              query: {
                ...(o.team ? { team: o.team } : {}),
                ...(o.status ? { status: o.status as Request["status"] } : {}),
                ...(o.template ? { template: o.template } : {}),
                limit: Number(o.limit),
              },
            },
          })
        ).data;
        ctx.print(page, () =>
          table(
            ctx.style,
            ["ID", "NAME", "STATUS", "TEMPLATE", "ENV", "COST", "UPDATED"],
            (page?.items ?? []).map((r) => [
              r.id,
              r.name,
              status(ctx.style, r.status),
              r.template.id,
              r.environment,
              money(r.plan.cost.monthlyUsd),
              ago(r.updatedAt),
            ]),
          ),
        );
      }),
    );

  request
    .command("view <id>")
    .description("a request: status, plan, outputs and its timeline")
    .addHelpText("after", "\nExample:\n  $ plinth request view pr-0123456789abcdef0123")
    .action(
      run(async (ctx, id: string) => {
        const r = (await ctx.client.GET("/v1/provisioning-requests/{id}", { params: { path: { id: checkId(id) } } }))
          .data as Request;
        ctx.print(r, () => requestText(ctx, r));
      }),
    );

  request
    .command("watch <id>")
    .description("follow a request step by step until it ends (Ctrl-C stops following, not the work)")
    .option("--timeout <duration>", "how long to follow", "30m")
    .addHelpText("after", "\nExample:\n  $ plinth request watch pr-0123456789abcdef0123 --timeout 10m")
    .action(run(async (ctx, id: string, o: { timeout: string }) => watch(ctx, checkId(id), o.timeout)));

  request
    .command("approve <id>")
    .description("approve the plan you reviewed, or a destroy someone else asked for (approvers; never your own)")
    .option("--comment <text>", "why")
    .option("--plan <hash>", "the plan hash you reviewed (default: the request's current plan, shown first)")
    .addHelpText(
      "after",
      "\nExample:\n  $ plinth request approve pr-0123456789abcdef0123 --comment 'reviewed the bucket policy'",
    )
    .action(
      run(async (ctx, id: string, o: { comment?: string; plan?: string }) => {
        const current = (
          await ctx.client.GET("/v1/provisioning-requests/{id}", { params: { path: { id: checkId(id) } } })
        ).data as Request;
        if (!o.plan && !ctx.options.json) ctx.io.out(`${planText(ctx, current.plan)}\n`);
        const done = (
          await ctx.client.POST("/v1/provisioning-requests/{id}/approve", {
            params: { path: { id } },
            body: { planHash: o.plan ?? current.plan.hash, ...(o.comment ? { comment: o.comment } : {}) },
          })
        ).data as Request;
        ctx.print(done, () => `approved ${id} (plan ${done.plan.hash.slice(0, 12)}): ${done.status}`);
      }),
    );

  request
    .command("reject <id>")
    .description("reject a request waiting for approval")
    .requiredOption("--comment <text>", "why (required)")
    .action(
      run(async (ctx, id: string, o: { comment: string }) => {
        const done = (
          await ctx.client.POST("/v1/provisioning-requests/{id}/reject", {
            params: { path: { id: checkId(id) } },
            body: { comment: o.comment },
          })
        ).data as Request;
        ctx.print(done, () => `rejected ${id}: ${done.status}`);
      }),
    );

  for (const [name, summary, path] of [
    ["cancel", "stop a running request and delete whatever it made", "/v1/provisioning-requests/{id}/cancel"],
    ["retry", "run a failed request again (finished steps are skipped)", "/v1/provisioning-requests/{id}/retry"],
    [
      "destroy",
      "delete the stack of a request (asks first on a terminal; --yes skips)",
      "/v1/provisioning-requests/{id}/destroy",
    ],
  ] as const) {
    const command = request
      .command(`${name} <id>`)
      .description(summary)
      .option("--wait", "follow until it ends")
      .option("--timeout <duration>", "how long --wait follows", "30m");
    if (name === "destroy") command.option("-y, --yes", "do not ask");
    command
      .addHelpText(
        "after",
        `\nExample:\n  $ plinth request ${name} pr-0123456789abcdef0123${name === "destroy" ? " --yes" : ""} --wait`,
      )
      .action(
        run(async (ctx, id: string, o: { wait?: boolean; timeout: string; yes?: boolean }) => {
          checkId(id);
          if (name === "destroy" && !o.yes) {
            if (!ctx.io.isTty) throw new CliError(Exit.usage, "destroy deletes the stack: pass --yes to confirm");
            if (!(await ctx.io.confirm(`Destroy ${id} and everything its stack holds?`)))
              throw new CliError(Exit.failed, "not destroyed");
          }
          const done = (await ctx.client.POST(path, { params: { path: { id } } })).data as Request;
          ctx.note(`${name}: ${id} is ${done.status}`);
          if (o.wait) return watch(ctx, id, o.timeout, (r) => (name === "retry" ? r.status === "SUCCEEDED" : true));
          if (ctx.options.json) ctx.io.out(JSON.stringify(done, null, 2));
        }),
      );
  }

  request
    .command("extend <id>")
    .description("extend the time to live of a succeeded request")
    .requiredOption("--by <duration>", "how much longer, e.g. 24h or 7d")
    .addHelpText("after", "\nExample:\n  $ plinth request extend pr-0123456789abcdef0123 --by 48h")
    .action(
      run(async (ctx, id: string, o: { by: string }) => {
        const current = (
          await ctx.client.GET("/v1/provisioning-requests/{id}", { params: { path: { id: checkId(id) } } })
        ).data as Request;
        if (!current.expiresAt)
          throw new CliError(Exit.conflict, `${id} has no expiry to extend (it is ${current.status})`);
        const expiresAt = new Date(Date.parse(current.expiresAt) + parseDuration(o.by, "--by")).toISOString();
        const done = (
          await ctx.client.PATCH("/v1/provisioning-requests/{id}", {
            params: { path: { id }, header: { "if-match": `"${current.version}"` } },
            body: { expiresAt },
          })
        ).data as Request;
        ctx.print(done, () => `${id} now expires ${done.expiresAt}`);
      }),
    );
}
