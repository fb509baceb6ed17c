import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DOC_PAGES } from "../packages/portal/src/docs/topics";
import { PLINTH_BIN } from "./support/cli";
import { readEnvFile } from "./support/env-file";
import { useNpmStart } from "./support/npm-start-children";

// The README's and docs/'s commands, run as written against `npm start`: the README's shell block
// (curl and the AWS CLI) and every `$ npx plinth …` line of every console block, README first, then the
// docs in the portal's reading order. Blocks for a deployed stage (```sh deployed-stage) need AWS: they
// are syntax-checked and their programs must exist. A command that stops working fails here, not for a
// new user.
const { start } = useNpmStart();
const root = resolve(import.meta.dirname, "..");
const sources = ["README.md", ...DOC_PAGES.map(([file]) => `docs/${file}.md`)].map((file) => ({
  file,
  text: readFileSync(join(root, file), "utf8"),
}));

/** The fenced blocks of every page whose info string starts with `language` (and has `tag`, when given). */
function blocks(language: string, tag?: string): { file: string; body: string; info: string }[] {
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(/```([^\n]*)\n([\s\S]*?)```/g)]
      .filter((m) => (m[1] ?? "").split(/\s+/)[0] === language && (!tag || (m[1] ?? "").includes(tag)))
      .map((m) => ({ file, body: m[2] ?? "", info: m[1] ?? "" })),
  );
}

function sh(script: string, env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile(
      "bash",
      ["-c", script],
      { env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env }, cwd, timeout: 120_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the sample lake's orders never reached silver");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the README's local commands", () => {
  it("run as written against npm start: curl, the AWS CLI and the plinth transcript", async () => {
    const state = mkdtempSync(join(tmpdir(), "plinth-readme-"));
    const run = start({ PLINTH_STATE_DIR: state, PLINTH_TIME_SCALE: "0.001" });
    await run.printed("Sample lake: customers and orders landed");
    const envFile = join(state, "local.env");
    const env = readEnvFile(envFile);

    // The shell block, each command checked by its documented answer.
    const [shell] = blocks("sh").filter((block) => block.body.includes("source .plinth/local.env"));
    expect(shell?.file).toBe("README.md");
    const lines = String(shell?.body).replaceAll(".plinth/local.env", envFile).split("\n");
    // The AWS CLI lines run where the AWS CLI is installed (it is on CI's machines).
    const awsCli = (await sh("command -v aws", {}, state)).code === 0;
    const commands = lines
      .map((line) => line.replace(/\s+#.*$/, ""))
      .filter((line) => line.trim() && !line.startsWith("#") && (awsCli || !line.startsWith("aws ")));
    const script = commands.join("\n").replaceAll("\\\n", " ");
    const ran = await sh(`set -eo pipefail\n${script}`, {}, state);
    expect(ran, ran.stderr).toMatchObject({ code: 0 });
    expect(ran.stdout).toContain('"sub":"alice"');
    expect(ran.stdout).toContain("validation-failed");
    if (awsCli) {
      expect(ran.stdout).toContain('"Items"');
      expect(ran.stdout).toMatch(/PRE (landing|bronze|silver)\//);
      // Cost Explorer (the stand-in) answers the AWS CLI as AWS would: amounts as decimal strings.
      expect(ran.stdout).toMatch(/"UnblendedCost": \{\s+"Amount": "\d+\.\d+"/);
      // So does CloudWatch's GetMetricData (AWS JSON 1.0), for the provisioned resources' metrics.
      expect(ran.stdout).toMatch(/"MetricDataResults": \[\s+\{\s+"Id": "sent"/);
    }

    // The CLI transcript: every `$ npx plinth …` line without a placeholder, in order.
    const invocations = blocks("console")
      .map((block) => block.body)
      .join("\n")
      .replaceAll("\\\n", " ")
      .split("\n")
      .filter((line) => line.startsWith("$ npx plinth") && !line.includes("…"))
      .map((line) => line.replace(/^\$ npx plinth /, "").replace(/\s+#.*$/, ""));
    expect(invocations.length).toBeGreaterThanOrEqual(15);
    // The transcript promotes a day to gold: its silver version must be there first, as for a user a minute later.
    await until(async () => {
      const detail = await fetch(`${env.PLINTH_API_URL}/v1/datasets/orders`, {
        headers: { authorization: `Bearer ${env.PLINTH_TOKEN_ALICE}` },
      }).then((r) => r.json() as Promise<{ stages: { stage: string; partitions: { partition: string }[] }[] }>);
      return !!detail.stages.find((s) => s.stage === "silver")?.partitions.some((p) => p.partition === "2026-11-01");
    });
    const cli = { PLINTH_API_URL: env.PLINTH_API_URL as string, XDG_CONFIG_HOME: join(state, "config"), NO_COLOR: "1" };
    for (const invocation of invocations) {
      const result = await sh(`set -o pipefail; node ${PLINTH_BIN} ${invocation}`, cli, state);
      expect(result, `plinth ${invocation}\n${result.stderr}`).toMatchObject({ code: 0 });
    }
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  }, 240_000);

  it("every other shell block is for a deployed stage: valid bash, and its programs exist here", async () => {
    // The two commands themselves: npm-start.e2e.test.ts runs `npm start` from a clean clone, CI runs `npm test`.
    const shells = blocks("sh").filter(
      (block) => !block.body.includes("source .plinth/local.env") && !block.body.startsWith("npm install && npm start"),
    );
    expect(shells.length).toBeGreaterThan(0);
    const scripts = Object.keys(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts);
    for (const block of shells) {
      expect(block.info, `${block.file}: a sh block that is not run must say \`sh deployed-stage\``).toContain(
        "deployed-stage",
      );
      const file = join(mkdtempSync(join(tmpdir(), "plinth-docs-")), "block.sh");
      writeFileSync(file, block.body);
      const parsed = await sh(`bash -n ${file}`, {}, root);
      expect(parsed, `${block.file}:\n${block.body}\n${parsed.stderr}`).toMatchObject({ code: 0 });
      for (const [, bin] of block.body.matchAll(/(?:^|\s)npx (\S+)/g))
        expect(existsSync(join(root, "node_modules/.bin", bin as string)), `${block.file}: npx ${bin}`).toBe(true);
      for (const [, script] of block.body.matchAll(/npm run (\S+)/g))
        expect(scripts, `${block.file}: npm run ${script}`).toContain(script);
    }
  });
});
