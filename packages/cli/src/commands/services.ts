import { readFileSync, writeFileSync } from "node:fs";
import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { collect } from "../context";
import { CliError, Exit } from "../exit";
import { money, status, table } from "../output";
import type { Run } from "../program";

type Service = Schemas["Service"];

/** `acme/checkout-api` → the repository a service names. */
function repository(slug: string) {
  const [owner, name, ...rest] = slug.split("/");
  if (!owner || !name || rest.length > 0) throw new CliError(Exit.usage, `--repo ${slug}: use owner/name`);
  return { provider: "github" as const, owner, name };
}

/** `Title=https://…` pairs → links. */
function links(pairs: string[]) {
  return pairs.map((pair) => {
    const at = pair.indexOf("=");
    if (at < 1) throw new CliError(Exit.usage, `--link ${pair}: use title=url`);
    return { title: pair.slice(0, at), url: pair.slice(at + 1) };
  });
}

interface Fields {
  name?: string;
  description?: string;
  type?: string;
  lifecycle?: string;
  tier?: string;
  repo?: string;
  system?: string;
  link: string[];
  tag: string[];
}

/** The flags `create` and `edit` share, as a body (only what was given). */
function fields(o: Fields) {
  return {
    ...(o.name ? { name: o.name } : {}),
    ...(o.description !== undefined ? { description: o.description } : {}),
    ...(o.type ? { type: o.type as Service["type"] } : {}),
    ...(o.lifecycle ? { lifecycle: o.lifecycle as Service["lifecycle"] } : {}),
    ...(o.tier ? { tier: Number(o.tier) } : {}),
    ...(o.repo ? { repository: repository(o.repo) } : {}),
    ...(o.system ? { system: o.system } : {}),
    ...(o.link.length ? { links: links(o.link) } : {}),
    ...(o.tag.length ? { tags: o.tag } : {}),
  };
}

function withFieldFlags(command: Command): Command {
  return command
    .option("--name <name>", "how people call it")
    .option("--description <text>", "what it does")
    .option("--type <type>", "service, website, library, data-pipeline, api, worker, other")
    .option("--lifecycle <lifecycle>", "experimental, production or deprecated")
    .option("--tier <1-3>", "1 = most critical")
    .option("--repo <owner/name>", "its GitHub repository")
    .option("--system <system>", "the larger system it belongs to")
    .option("--link <title=url>", "a link (repeat)", collect, [])
    .option("--tag <tag>", "a tag (repeat)", collect, []);
}

export function serviceCommands(program: Command, run: Run): void {
  const service = program
    .command("service")
    .alias("services")
    .description("the service catalog: what your team owns, and everything Plinth knows about it");

  service
    .command("list")
    .alias("ls")
    .description("your team's services (search by id or name prefix)")
    .option("--team <team>", "which team")
    .option("-q, --search <prefix>", "the start of an id or a name")
    .option("--lifecycle <lifecycle>", "experimental, production or deprecated")
    .option("--tier <1-3>", "only this tier")
    .addHelpText("after", "\nExample:\n  $ plinth service list --search check --lifecycle production")
    .action(
      run(async (ctx, o: { team?: string; search?: string; lifecycle?: string; tier?: string }) => {
        const page = (
          await ctx.client.GET("/v1/services", {
            params: {
              query: {
                limit: 100,
                ...(o.team ? { team: o.team } : {}),
                ...(o.search ? { q: o.search } : {}),
                ...(o.lifecycle ? { lifecycle: o.lifecycle as Service["lifecycle"] } : {}),
                ...(o.tier ? { tier: Number(o.tier) } : {}),
              },
            },
          })
        ).data;
        ctx.print(page, () =>
          table(
            ctx.style,
            ["ID", "NAME", "TYPE", "LIFECYCLE", "TIER", "REPOSITORY"],
            (page?.items ?? []).map((s) => [
              s.id,
              s.name,
              s.type,
              s.lifecycle,
              String(s.tier),
              s.repository ? `${s.repository.owner}/${s.repository.name}` : "-",
            ]),
          ),
        );
      }),
    );

  service
    .command("docs <id>")
    .description("a service's own docs from its repository: README.md, or --path docs/<page>.md")
    .option("--path <path>", "the page to print (README.md by default; the pages are listed after it)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ plinth service docs checkout\n  $ plinth service docs checkout --path docs/runbook.md",
    )
    .action(
      run(async (ctx, id: string, options: { path?: string }) => {
        const docs = (
          await ctx.client.GET("/v1/services/{id}/docs", {
            params: { path: { id }, query: options.path ? { path: options.path } : {} },
          })
        ).data as Schemas["ServiceDocs"];
        ctx.print(docs, () =>
          [
            ctx.style.dim(
              `${docs.repository.owner}/${docs.repository.name} ${docs.path} at ${docs.sha.slice(0, 7)} (${docs.branch})`,
            ),
            "",
            // Printed as text; control characters (terminal escapes a hostile README could carry) are dropped.
            // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
            docs.markdown.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "").trimEnd(),
            ...(docs.truncated ? ["", ctx.style.dim("… cut at 512 KiB")] : []),
            "",
            ctx.style.dim(`Pages: ${docs.pages.join(", ")}  (--path <page>)`),
          ].join("\n"),
        );
      }),
    );

  service
    .command("view <id>")
    .description("a service's page: its resources and their cost, datasets, incidents and scorecard")
    .addHelpText("after", "\nExample:\n  $ plinth service view checkout-api")
    .action(
      run(async (ctx, id: string) => {
        const page = (await ctx.client.GET("/v1/services/{id}/page", { params: { path: { id } } }))
          .data as Schemas["ServicePage"];
        const s = page.service;
        ctx.print(page, () =>
          [
            `${ctx.style.bold(s.name)}  ${s.id}  team ${s.team}  ${s.type}  ${s.lifecycle}  tier ${s.tier}`,
            s.description,
            s.repository ? `repository  github.com/${s.repository.owner}/${s.repository.name}` : "",
            "",
            `Resources (${money(page.resources.monthlyUsd)}/month)`,
            table(
              ctx.style,
              ["REQUEST", "NAME", "TEMPLATE", "ENV", "STATUS", "COST"],
              page.resources.items.map((r) => [
                r.requestId,
                r.name,
                r.template,
                r.environment,
                status(ctx.style, r.status),
                `${money(r.monthlyUsd)}/month`,
              ]),
            ),
            "",
            "Datasets",
            table(
              ctx.style,
              ["ID", "CONTRACT", "SILVER", "GOLD"],
              page.datasets.items.map((d) => [
                d.id,
                `v${d.contractVersion}`,
                ...(["silver", "gold"] as const).map((stage) => {
                  const current = d.current.find((c) => c.stage === stage);
                  return current?.newest ? `${current.newest.partition} v${current.newest.version}` : "-";
                }),
              ]),
            ),
            "",
            "Incidents",
            table(
              ctx.style,
              ["ID", "STATUS", "ALARM", "OPENED"],
              [...page.incidents.open, ...page.incidents.recent].map((i) => [
                i.id,
                status(ctx.style, i.status),
                i.alarm,
                i.createdAt,
              ]),
            ),
            "",
            `Scorecard: ${page.scorecard.level ?? "no level yet"} (${page.scorecard.passed}/${page.scorecard.total})`,
            table(
              ctx.style,
              ["RULE", "LEVEL", "RESULT", "WHY", "FIX"],
              page.scorecard.rules.map((r) => [r.rule, r.level, r.status, r.reason, r.fix ?? ""]),
            ),
          ]
            .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
            .join("\n"),
        );
      }),
    );

  withFieldFlags(
    service
      .command("create <id>")
      .description("register a service of your team")
      .option("--team <team>", "the owner team (when you belong to several)"),
  )
    .addHelpText(
      "after",
      "\nExample:\n  $ plinth service create checkout-api --name 'Checkout API' --type api --lifecycle production --tier 1 --repo acme/checkout-api",
    )
    .action(
      run(async (ctx, id: string, o: Fields & { team?: string }) => {
        const created = (
          await ctx.client.POST("/v1/services", {
            // The server fills what is left out (its defaults); the generated type lists them as required.
            body: { id, ...(o.team ? { team: o.team } : {}), ...fields(o) } as Schemas["CreateService"],
          })
        ).data as Service;
        ctx.print(created, () => `registered ${created.id} (team ${created.team})`);
      }),
    );

  withFieldFlags(service.command("edit <id>").description("change a service (only the flags given)"))
    .option("--no-repo", "forget the repository")
    .addHelpText("after", "\nExample:\n  $ plinth service edit checkout-api --tier 2 --lifecycle production")
    .action(
      run(async (ctx, id: string, o: Omit<Fields, "repo"> & { repo?: string | boolean }) => {
        const repo = typeof o.repo === "string" ? o.repo : undefined;
        const body = { ...fields({ ...o, repo }), ...(o.repo === false ? { repository: null } : {}) };
        if (Object.keys(body).length === 0)
          throw new CliError(Exit.usage, "nothing to change: give a flag such as --tier 2");
        const current = (await ctx.client.GET("/v1/services/{id}", { params: { path: { id } } })).data as Service;
        const changed = (
          await ctx.client.PATCH("/v1/services/{id}", {
            params: { path: { id }, header: { "if-match": `"${current.version}"` } },
            body,
          })
        ).data as Service;
        ctx.print(changed, () => `${id} is at version ${changed.version}`);
      }),
    );

  service
    .command("delete <id>")
    .alias("retire")
    .description("retire a service that owns nothing live (asks first on a terminal; --yes skips)")
    .option("-y, --yes", "do not ask")
    .addHelpText("after", "\nExample:\n  $ plinth service delete legacy-batch --yes")
    .action(
      run(async (ctx, id: string, o: { yes?: boolean }) => {
        if (!o.yes) {
          if (!ctx.io.isTty) throw new CliError(Exit.usage, "delete retires the service: pass --yes to confirm");
          if (!(await ctx.io.confirm(`Retire ${id}?`))) throw new CliError(Exit.failed, "not retired");
        }
        await ctx.client.DELETE("/v1/services/{id}", { params: { path: { id } } });
        ctx.print({ id, retired: true }, () => `retired ${id}`);
      }),
    );

  service
    .command("import")
    .description("import Backstage descriptors (catalog-info.yaml); --dry-run says what it would do")
    .requiredOption("--file <path>", "a catalog-info.yaml (one or more documents)")
    .option("--dry-run", "write nothing")
    .addHelpText("after", "\nExample:\n  $ plinth service import --file catalog-info.yaml --dry-run")
    .action(
      run(async (ctx, o: { file: string; dryRun?: boolean }) => {
        const yaml = readFileSync(o.file, "utf8");
        const result = (await ctx.client.POST("/v1/services/import", { body: { yaml, dryRun: o.dryRun === true } }))
          .data as Schemas["ServiceImportResult"];
        ctx.print(result, () =>
          [
            table(
              ctx.style,
              ["DOC", "KIND", "NAME", "OUTCOME", "DETAIL"],
              result.documents.map((d) => [
                String(d.document),
                d.kind,
                d.name,
                d.outcome,
                [
                  d.changes?.length ? `sets ${d.changes.join(", ")}` : "",
                  d.reason ?? "",
                  ...d.problems.map((p) => `${p.field}: ${p.message}`),
                ]
                  .filter(Boolean)
                  .join("; "),
              ]),
            ),
            result.applied ? "applied" : "dry run: nothing written",
          ].join("\n"),
        );
      }),
    );

  service
    .command("export <id>")
    .description("write the service as a Backstage catalog-info.yaml (to stdout, or --out)")
    .option("--out <path>", "write the file there")
    .addHelpText("after", "\nExample:\n  $ plinth service export checkout-api --out catalog-info.yaml")
    .action(
      run(async (ctx, id: string, o: { out?: string }) => {
        const exported = (await ctx.client.GET("/v1/services/{id}/backstage", { params: { path: { id } } }))
          .data as Schemas["ServiceDescriptor"];
        if (o.out) {
          writeFileSync(o.out, exported.yaml);
          ctx.print(exported, () => `wrote ${o.out}`);
        } else ctx.print(exported, () => exported.yaml.trimEnd());
      }),
    );

  program
    .command("scorecard")
    .alias("scorecards")
    .description("your team's services ranked by their scorecards, with what to fix")
    .option("--team <team>", "which team")
    .addHelpText("after", "\nExample:\n  $ plinth scorecard --team payments")
    .action(
      run(async (ctx, o: { team?: string }) => {
        const cards = (
          await ctx.client.GET("/v1/scorecards", {
            params: { query: { limit: 100, ...(o.team ? { team: o.team } : {}) } },
          })
        ).data as Schemas["ScorecardList"];
        ctx.print(cards, () =>
          table(
            ctx.style,
            ["SERVICE", "LEVEL", "PASSED", "FIRST TO FIX"],
            cards.items.map((c) => {
              const first = c.rules.find((r) => r.status === "fail");
              return [
                c.service,
                c.level ?? "-",
                `${c.passed}/${c.total}`,
                first ? `${first.rule}: ${first.fix ?? first.reason}` : "-",
              ];
            }),
          ),
        );
      }),
    );
}
