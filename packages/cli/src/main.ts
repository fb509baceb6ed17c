import { run } from "./program";

export { run } from "./program";

/** The `plinth` process: real stdio, real environment, the exit code of the command. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    isTty: !!process.stdout.isTTY,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    confirm: async (question) => {
      // Loaded when asked: Node's readline costs start-up time every other command would pay.
      const { createInterface } = await import("node:readline/promises");
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      const answer = await prompt.question(`${question} [y/N] `);
      prompt.close();
      return /^y(es)?$/i.test(answer.trim());
    },
  });
  process.exitCode = code;
}
