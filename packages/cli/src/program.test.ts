import { describe, expect, it } from "vitest";
import { Exit } from "./exit";
import type { Io } from "./output";
import { run } from "./program";

/** The command library in-process: parsing, help and exit codes need no API. */
async function plinth(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    isTty: false,
    readStdin: async () => "",
    confirm: async () => false,
  };
  const code = await run(args, { XDG_CONFIG_HOME: "/nonexistent", ...env }, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("plinth's command line", () => {
  it("prints the version and the full help, offline, with exit codes documented", async () => {
    expect(await plinth(["--version"])).toMatchObject({ code: 0, out: "0.1.0" });
    const help = await plinth(["--help"]);
    expect(help.code).toBe(0);
    for (const command of [
      "auth",
      "template",
      "request",
      "dataset",
      "run",
      "incident",
      "runbook",
      "remediation",
      "completion",
    ])
      expect(help.out).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    expect(help.out).toContain("6  the API is unreachable");
  });

  it("gives every command usage, flags and an example with --help and with plinth help", async () => {
    const viaFlag = await plinth(["request", "create", "--help"]);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.out).toContain("Usage: plinth request create [options] <template>");
    expect(viaFlag.out).toContain("--idempotency-key <key>");
    expect(viaFlag.out).toContain("Example:");
    expect((await plinth(["help", "request", "create"])).out).toBe(viaFlag.out);
    expect((await plinth(["help", "nothing"])).code).toBe(Exit.usage);
  });

  it("refuses unknown commands, unknown flags and missing arguments as usage errors (2)", async () => {
    const unknown = await plinth(["requets", "list"]);
    expect(unknown.code).toBe(Exit.usage);
    expect(unknown.err).toContain("unknown command 'requets'");
    expect(unknown.err).toMatch(/Did you mean .*request/);
    const flag = await plinth(["request", "list", "--jsn"]);
    expect(flag.code).toBe(Exit.usage);
    expect(flag.err).toContain("unknown option '--jsn'");
    expect((await plinth(["request", "view"])).code).toBe(Exit.usage);
    expect((await plinth(["request", "view", "pr-1", "extra"])).code).toBe(Exit.usage);
    expect((await plinth([])).code).toBe(Exit.usage);
  });

  it("checks its own arguments before calling anything", async () => {
    const bad = await plinth(["request", "view", "not-an-id", "--api-url", "http://127.0.0.1:9"]);
    expect(bad).toMatchObject({ code: Exit.usage });
    expect(bad.err).toContain("not-an-id is not a request id");
    const ttl = await plinth(["request", "create", "sqs-queue", "--name", "x", "--ttl", "3 days"]);
    expect(ttl.code).toBe(Exit.usage);
    expect(ttl.err).toContain("--ttl 3 days: use a number and a unit");
  });

  it("takes --flag=value and global flags anywhere, and says where the API is when it does not answer (6)", async () => {
    const result = await plinth(["template", "list", "--json", "--api-url=http://127.0.0.1:9"]);
    expect(result.code).toBe(Exit.unreachable);
    expect(result.err).toContain("the API at http://127.0.0.1:9 is unreachable");
    expect(result.err).toContain("npm start");
  });

  it("prints completion scripts built from the commands themselves", async () => {
    const bash = await plinth(["completion", "bash"]);
    expect(bash.out).toContain('"request") words="create list view watch approve reject cancel retry destroy extend');
    expect((await plinth(["completion", "fish"])).out).toContain(
      "complete -c plinth -f -n '__fish_seen_subcommand_from dataset' -a 'promote'",
    );
    expect((await plinth(["completion", "powershell"])).code).toBe(Exit.usage);
  });
});
