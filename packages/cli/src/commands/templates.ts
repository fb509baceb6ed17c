import type { Schemas } from "@plinth/client";
import type { Command } from "commander";
import { money, table } from "../output";
import type { Run } from "../program";

interface Property {
  type?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  properties?: Record<string, Property>;
}

const MAX = Number.MAX_SAFE_INTEGER;

function limits(p: Property): string {
  if (p.enum) return p.enum.join(" | ");
  const min = p.minimum !== undefined && p.minimum > -MAX ? p.minimum : undefined;
  const max = p.maximum !== undefined && p.maximum < MAX ? p.maximum : undefined;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  return "";
}

export function templateCommands(program: Command, run: Run): void {
  const template = program.command("template").alias("templates").description("the catalog: what you can provision");

  template
    .command("list")
    .alias("ls")
    .description("every template with its risk and starting monthly cost")
    .addHelpText("after", "\nExample:\n  $ plinth template list")
    .action(
      run(async (ctx) => {
        const list = (await ctx.client.GET("/v1/templates")).data;
        ctx.print(list, () =>
          table(
            ctx.style,
            ["ID", "TITLE", "RISK", "FROM", "VERSION"],
            (list?.items ?? []).map((t) => [t.id, t.title, t.risk, `${money(t.exampleMonthlyUsd)}/month`, t.version]),
          ),
        );
      }),
    );

  template
    .command("view <id>")
    .description("a template's parameters (types, defaults, limits) and an example request")
    .addHelpText("after", "\nExample:\n  $ plinth template view sqs-queue")
    .action(
      run(async (ctx, id: string) => {
        const t = (await ctx.client.GET("/v1/templates/{id}", { params: { path: { id } } }))
          .data as Schemas["TemplateDetail"];
        const properties = ((t.parameters as { properties?: Record<string, Property> }).properties ?? {}) as Record<
          string,
          Property
        >;
        const sets = Object.entries(t.example.parameters)
          .map(([key, value]) => `--set ${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
          .join(" ");
        ctx.print(t, () =>
          [
            `${ctx.style.bold(t.title)}  ${t.id} v${t.version}  risk ${t.risk}`,
            t.description,
            "",
            table(
              ctx.style,
              ["PARAMETER", "TYPE", "DEFAULT", "LIMITS", "WHAT"],
              Object.entries(properties).map(([name, p]) => [
                name,
                p.type ?? "",
                p.default === undefined ? "" : JSON.stringify(p.default),
                limits(p),
                p.description ?? "",
              ]),
            ),
            "",
            "Example:",
            `  plinth request create ${t.id} --name example --ttl 72h --tag owner=you@example.com --tag cost-center=CC-1234 ${sets}`.trimEnd(),
          ].join("\n"),
        );
      }),
    );
}
