import { describeProblem, PlinthApiError } from "@plinth/client";

export { ago, formatUsd as money } from "@plinth/client";

import { CliError } from "./exit";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard output is a terminal: tables get colour, and a destroy asks first. */
  isTty: boolean;
  /** Reads standard input to its end (`--with-token`). */
  readStdin(): Promise<string>;
  /** Asks a yes/no question on the terminal. */
  confirm(question: string): Promise<boolean>;
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, ok: (t) => t, bad: (t) => t, warn: (t) => t };
const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const coloured: Style = { bold: ansi(1), dim: ansi(2), ok: ansi(32), bad: ansi(31), warn: ansi(33) };

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function styleFor(io: Io, env: Record<string, string | undefined>): Style {
  return io.isTty && !env.NO_COLOR && env.TERM !== "dumb" ? coloured : plain;
}

const GOOD = new Set(["SUCCEEDED", "RESOLVED", "passed", "pass", "healed", "closed"]);
const BAD = new Set(["FAILED", "ROLLED_BACK", "REJECTED", "ESCALATED", "failed", "deny", "open", "CANCELLED"]);

export function status(style: Style, value: string): string {
  if (GOOD.has(value)) return style.ok(value);
  if (BAD.has(value)) return style.bad(value);
  return style.warn(value);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const visible = (text: string) => text.replace(/\u001b\[\d+m/g, "");

/** A table with a header; columns padded to their widest cell (colour codes do not count). */
export function table(style: Style, headers: string[], rows: string[][]): string {
  if (rows.length === 0) return style.dim("(none)");
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => visible(row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell + " ".repeat((widths[column] ?? 0) - visible(cell).length),
      )
      .join("  ")
      .trimEnd();
  return [style.bold(line(headers)), ...rows.map(line)].join("\n");
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** One line for any failure (and the correlation id with --verbose), plus a hint when there is one. */
export function problemLines(error: unknown, verbose: boolean, apiUrl: string): string[] {
  if (error instanceof PlinthApiError) {
    if (error.code === "unreachable")
      return [
        `plinth: the API at ${apiUrl} is unreachable: ${error.detail}`,
        "hint: start the local cloud with `npm start`, or set the URL: plinth auth login --api-url <url>",
      ];
    const lines = [`plinth: ${describeProblem(error)}`];
    if (error.status === 401) lines.push("hint: sign in again: plinth auth login");
    if (verbose && error.correlationId) lines.push(`correlation id: ${error.correlationId}`);
    return lines;
  }
  if (error instanceof CliError) return [`plinth: ${error.message}`, ...(error.hint ? [`hint: ${error.hint}`] : [])];
  return [`plinth: ${error instanceof Error ? error.message : String(error)}`];
}
