import { PlinthApiError } from "@plinth/client";
import { Command, CommanderError } from "commander";
import { authCommands } from "./commands/auth";
import { completionCommand } from "./commands/completion";
import { costCommand } from "./commands/cost";
import { datasetCommands, runCommands } from "./commands/data";
import { deployCommands } from "./commands/deploys";
import { insightsCommand } from "./commands/insights";
import { pipelineCommands } from "./commands/pipelines";
import { recommendationCommands } from "./commands/recommendations";
import { incidentCommands, remediationCommands, runbookCommands } from "./commands/remediation";
import { requestCommands } from "./commands/requests";
import { serviceCommands } from "./commands/services";
import { templateCommands } from "./commands/templates";
import { Context, type GlobalOptions } from "./context";
import { CliError, EXIT_CODES_HELP, Exit, exitCodeOf } from "./exit";
import { type Io, problemLines } from "./output";

export const VERSION = "0.1.0";

/** Wraps a command's body: builds its context from the global options, and turns failures into exit codes. */
export type Run = <Args extends unknown[]>(
  body: (ctx: Context, ...args: Args) => Promise<void> | void,
) => (...args: unknown[]) => Promise<void>;

export interface Outcome {
  code: number;
}

/** The whole CLI as a commander program; `run(argv)` answers the exit code instead of exiting. */
export function buildProgram(
  io: Io,
  env: Record<string, string | undefined>,
  outcome: Outcome,
  pollMs?: number,
): Command {
  const program = new Command("plinth");
  // Commander calls an action with its arguments, then the options, then the command itself.
  const run: Run =
    <Args extends unknown[]>(body: (ctx: Context, ...args: Args) => Promise<void> | void) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const options = command.optsWithGlobals<GlobalOptions>();
      const ctx = new Context(io, env, options, pollMs);
      try {
        await body(ctx, ...(args.slice(0, -1) as Args));
      } catch (thrown) {
        // A refresh that failed inside a call arrives wrapped by the client: the CLI's own error is the answer.
        const error = thrown instanceof PlinthApiError && thrown.cause instanceof CliError ? thrown.cause : thrown;
        for (const line of problemLines(
          error,
          !!options.verbose,
          (() => {
            try {
              return ctx.target.apiUrl;
            } catch {
              return "?";
            }
          })(),
        ))
          io.err(line);
        outcome.code = exitCodeOf(error);
      }
    };

  program
    .description(
      "Plinth from a terminal: provision from the catalog, promote datasets, handle incidents, ship services",
    )
    .version(VERSION, "-v, --version", "print the version")
    .option("--json", "print the API's JSON instead of tables")
    .option("--profile <name>", "use this profile (default: default, or PLINTH_PROFILE)")
    .option("--api-url <url>", "the API to call (overrides the profile and PLINTH_API_URL)")
    .option("--verbose", "more detail on errors (the correlation id)")
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, "")),
      writeErr: (text) => io.err(text.replace(/\n$/, "")),
      // Help wraps to the terminal only on one (80 columns otherwise: docs/cli-reference.md is the same everywhere).
      getOutHelpWidth: () => (io.isTty ? process.stdout.columns : 80),
      getErrHelpWidth: () => (io.isTty ? process.stderr.columns : 80),
    })
    .exitOverride()
    .addHelpText(
      "after",
      `
Environment:
  PLINTH_API_URL, PLINTH_TOKEN   override the profile's URL and token
  PLINTH_PROFILE                 the profile to use
  NO_COLOR                       no colour, even on a terminal
  XDG_CONFIG_HOME                profiles live in $XDG_CONFIG_HOME/plinth/config.json

${EXIT_CODES_HELP}

Examples:
  $ plinth auth login --as alice            # after npm start: sign in as a dev user
  $ plinth template view sqs-queue
  $ plinth request create sqs-queue --name orders --ttl 72h --tag owner=me@example.com --tag cost-center=CC-1234 --wait
  $ plinth dataset promote orders --to gold --partition 2026-11-01 --wait
  $ plinth incident list --status AWAITING_APPROVAL`,
    );

  authCommands(program, run);
  templateCommands(program, run);
  serviceCommands(program, run);
  pipelineCommands(program, run);
  deployCommands(program, run);
  requestCommands(program, run);
  datasetCommands(program, run);
  runCommands(program, run);
  incidentCommands(program, run);
  runbookCommands(program, run);
  remediationCommands(program, run);
  insightsCommand(program, run);
  costCommand(program, run);
  recommendationCommands(program, run);
  completionCommand(program, run);
  program
    .command("help [command...]")
    .description("help for a command, e.g. plinth help request create")
    .action((words: string[]) => {
      let target: Command = program;
      for (const word of words) {
        const next = target.commands.find((c) => c.name() === word || c.aliases().includes(word));
        if (!next) {
          io.err(`plinth: unknown command "${words.join(" ")}"`);
          outcome.code = Exit.usage;
          return;
        }
        target = next;
      }
      target.outputHelp();
    });
  // Every command errors on unknown flags and excess arguments; a group without its verb shows its help.
  const strict = (command: Command) => {
    command.exitOverride().allowExcessArguments(false).configureOutput(program.configureOutput());
    for (const child of command.commands) strict(child);
  };
  strict(program);
  return program;
}

/** Runs one command line; returns the exit code. `env` and `io` are parameters so tests need no process. */
export async function run(
  argv: string[],
  env: Record<string, string | undefined>,
  io: Io,
  pollMs?: number,
): Promise<number> {
  const outcome: Outcome = { code: Exit.ok };
  const program = buildProgram(io, env, outcome, pollMs);
  if (argv.length === 0) {
    io.err(program.helpInformation().replace(/\n$/, ""));
    return Exit.usage;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return Exit.ok;
      return Exit.usage;
    }
    throw error;
  }
  return outcome.code;
}
