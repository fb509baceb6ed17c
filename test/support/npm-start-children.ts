import type { ChildProcess } from "node:child_process";
import { afterEach } from "vitest";
import { spawnNpmStart } from "./npm-start";

/** `npm start` children for one test file, killed after each test; `printed(text)` waits for output. */
export function useNpmStart() {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });
  const start = (env: Record<string, string>) => {
    const child = spawnNpmStart({ PLINTH_LOG_LEVEL: "SILENT", ...env });
    children.push(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const printed = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const check = () => (output.includes(text) ? resolve(output) : undefined);
        child.stdout?.on("data", check);
        child.stderr?.on("data", check);
        check();
        void exited.then(() =>
          output.includes(text) ? resolve(output) : reject(new Error(`exited without "${text}":\n${output}`)),
        );
      });
    return { child, printed, exited, output: () => output };
  };
  return { start };
}
