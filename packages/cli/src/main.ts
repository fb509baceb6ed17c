import { existsSync, readFileSync } from "node:fs";
import { Me } from "@plinth/core";
import { z } from "zod";
import { ApiError, type ClientConfig, call } from "./client";
import { datasets, type PromoteOptions, promote } from "./data";
import { decide, incident, incidents, killSwitch } from "./incidents";

const USAGE = `plinth — the Plinth API from a terminal

usage: plinth <command> [--as <user>]

commands:
  whoami     who the API thinks you are: teams, roles, profile
  health     is the API up, and which version
  datasets [<id>]
             your team's datasets, or one dataset's stages and versions
  promote <dataset> --to bronze|silver|gold (--partition <p> | --range <from>..<to>) [--no-wait]
             start a promotion and follow it partition by partition (exit 1 unless all succeed)
  incidents [--team <t>] [--status <s>]
             incidents you can see, newest first
  incident <id>
             one incident: alarm, resource, runbook, actions and the timeline
  approve|reject|acknowledge|resolve <incident> [--comment <text>]
             act on an incident (approve and reject answer a pending runbook action)
  kill-switch [on|off] [--reason <text>]
             show the kill switch, or turn every runbook to notify-only and back (admin)

configuration (environment, or .plinth/local.env written by \`npm start\`):
  PLINTH_API_URL     the API's base URL
  PLINTH_TOKEN       your bearer token; --as alice uses PLINTH_TOKEN_ALICE instead
`;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Runs one command; returns the exit code. `env` and `io` are parameters so tests need no process. */
export async function main(args: string[], env: Record<string, string | undefined>, io: Io): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === "help" || command === "--help") {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  const user = rest[rest.indexOf("--as") + 1];
  const settings = { ...readLocalEnv(env.PLINTH_STATE_DIR ?? ".plinth"), ...definedOnly(env) };
  const apiUrl = settings.PLINTH_API_URL;
  if (!apiUrl) {
    io.err("plinth: PLINTH_API_URL is not set (run `npm start`, or export it)");
    return 2;
  }
  const token = rest.includes("--as") && user ? settings[`PLINTH_TOKEN_${user.toUpperCase()}`] : settings.PLINTH_TOKEN;
  const config: ClientConfig = { apiUrl, ...(token ? { token } : {}) };
  try {
    switch (command) {
      case "whoami": {
        const me = await call(config, "GET", "/v1/me", Me);
        io.out(`${me.profile?.displayName ?? me.sub} (${me.sub})`);
        io.out(`  teams  ${me.teams.join(", ") || "none"}`);
        io.out(`  roles  ${me.roles.join(", ") || "none"}`);
        return 0;
      }
      case "health": {
        const health = await call(config, "GET", "/healthz", z.object({ status: z.string(), version: z.string() }));
        io.out(`${apiUrl}: ${health.status} (version ${health.version})`);
        return 0;
      }
      case "datasets":
        return await datasets(config, positional(rest), io);
      case "promote": {
        const options = promoteOptions(rest);
        if (typeof options === "string") {
          io.err(`plinth: ${options}\n\n${USAGE}`);
          return 2;
        }
        return await promote(config, options, io);
      }
      case "incidents":
        return await incidents(
          config,
          {
            ...(flag(rest, "--team") ? { team: flag(rest, "--team") } : {}),
            ...(flag(rest, "--status") ? { status: flag(rest, "--status") } : {}),
          },
          io,
        );
      case "incident":
      case "approve":
      case "reject":
      case "acknowledge":
      case "resolve": {
        const id = positional(rest);
        if (!id) {
          io.err(`plinth: ${command} needs an incident id\n\n${USAGE}`);
          return 2;
        }
        if (command === "incident") return await incident(config, id, io);
        return await decide(config, command, id, flag(rest, "--comment"), io);
      }
      case "kill-switch":
        return await killSwitch(config, positional(rest), flag(rest, "--reason"), io);
      default:
        io.err(`plinth: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ApiError) {
      io.err(`plinth: ${error.message}`);
      for (const field of error.fields) io.err(`  ${field.field}: ${field.message}`);
      return 1;
    }
    io.err(`plinth: cannot reach ${apiUrl}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

const flag = (args: string[], name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = (args: string[]) => (args[0]?.startsWith("--") ? undefined : args[0]);

/** `<dataset> --to <stage> (--partition <p> | --range <a>..<b>) [--no-wait]`, or what is wrong with it. */
function promoteOptions(args: string[]): PromoteOptions | string {
  const [dataset] = args;
  const to = flag(args, "--to");
  const partition = flag(args, "--partition");
  const range = flag(args, "--range")?.split("..");
  if (!dataset || dataset.startsWith("--")) return "promote needs a dataset";
  if (!to) return "promote needs --to bronze, silver or gold";
  if (!partition && range?.length !== 2) return "promote needs --partition <p> or --range <from>..<to>";
  return {
    dataset,
    to,
    ...(partition ? { partition } : {}),
    ...(range?.length === 2 ? { range: { from: range[0] ?? "", to: range[1] ?? "" } } : {}),
    wait: !args.includes("--no-wait"),
    pollMs: 500,
  };
}

function readLocalEnv(stateDir: string): Record<string, string> {
  const file = `${stateDir}/local.env`;
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => {
        const at = line.indexOf("=");
        return [line.slice(0, at), line.slice(at + 1).replace(/^'|'$/g, "")];
      }),
  );
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
