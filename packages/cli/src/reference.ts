import type { Command } from "commander";
import type { Io } from "./output";
import { buildProgram, run } from "./program";

/** Every command's path under `plinth`, depth first in the order `plinth --help` lists them. */
function commandPaths(command: Command, prefix: string[] = []): string[][] {
  return command.commands
    .filter((child) => child.name() !== "help")
    .flatMap((child) => {
      const path = [...prefix, child.name()];
      return [path, ...commandPaths(child, path)];
    });
}

/** What `plinth <path> --help` prints, exactly (offline: help needs no API). */
async function helpOf(path: string[]): Promise<string> {
  const out: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
    isTty: false,
    readStdin: async () => "",
    confirm: async () => false,
  };
  await run([...path, "--help"], { XDG_CONFIG_HOME: "/nonexistent" }, io);
  return out.join("\n").trimEnd();
}

/**
 * docs/cli-reference.md: the CLI's own help for every command, one section each, so the reference
 * cannot drift from the commands (a unit test compares it; `npm run docs:cli` writes it).
 */
export async function cliReference(): Promise<string> {
  const program = buildProgram(
    { out: () => {}, err: () => {}, isTty: false, readStdin: async () => "", confirm: async () => false },
    {},
    { code: 0 },
  );
  const paths = commandPaths(program);
  const sections = [
    "# `plinth` command reference",
    "",
    "Generated from the CLI itself (`npm run docs:cli`; a test fails when this file is stale): each",
    "section is what `plinth <command> --help` prints. The guide is [The `plinth` CLI](cli.md).",
    "",
    "## plinth",
    "",
    "```text",
    await helpOf([]).then((text) => text.replace(/^Usage: plinth/, "Usage: plinth")),
    "```",
  ];
  for (const path of paths) sections.push("", `## plinth ${path.join(" ")}`, "", "```text", await helpOf(path), "```");
  return `${sections.join("\n")}\n`;
}
