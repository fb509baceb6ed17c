import { readFileSync } from "node:fs";

/** Reads `.plinth/local.env` as `npm start` writes it: KEY=value lines, values shell-quoted when needed. */
export function readEnvFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => {
        const at = line.indexOf("=");
        return [line.slice(0, at), line.slice(at + 1).replace(/^'|'$/g, "")];
      }),
  );
}
