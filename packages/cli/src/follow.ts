import type { Context } from "./context";
import { CliError, Exit } from "./exit";

export interface TimelineEntry {
  at: string;
  step: string;
  message: string;
  status?: string;
  error?: string;
}

/**
 * Follows something that works by itself (a request, a promotion run, an incident) until `done`,
 * printing what `report` finds new at each poll. Ctrl-C stops following — never the work — and says
 * how to resume; past `timeoutMs` it stops the same way and exits 1.
 */
export async function follow<T>(
  ctx: Context,
  options: {
    read: () => Promise<T>;
    report: (value: T) => void;
    done: (value: T) => boolean;
    timeoutMs: number;
    resume: string;
    what: string;
  },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
  };
  // Every Ctrl-C while following is ours (a second one must not kill the process mid-answer).
  process.on("SIGINT", onInterrupt);
  try {
    for (;;) {
      const value = await options.read();
      options.report(value);
      if (options.done(value)) return value;
      if (interrupted) {
        ctx.io.err(`\nStopped following; ${options.what} goes on. Resume with: ${options.resume}`);
        throw new CliError(130, "interrupted");
      }
      if (Date.now() > deadline)
        throw new CliError(
          Exit.failed,
          `${options.what} is still working after the --timeout`,
          `follow it: ${options.resume}`,
        );
      await new Promise((resolve) => setTimeout(resolve, ctx.pollMs));
    }
  } finally {
    process.removeListener("SIGINT", onInterrupt);
  }
}

/** Prints timeline entries not printed before, with the time since the first: `+12.3s  plan → PLANNED  …`. */
export function timelinePrinter(ctx: Context) {
  let printed = 0;
  return (entries: TimelineEntry[]) => {
    const start = Date.parse(entries[0]?.at ?? "");
    for (const entry of entries.slice(printed)) {
      const elapsed = `+${((Date.parse(entry.at) - start) / 1000).toFixed(1)}s`.padStart(8);
      const status = entry.status ? ` → ${entry.status}` : "";
      const line = `${ctx.style.dim(elapsed)}  ${entry.step}${status}  ${entry.message}`;
      ctx.note(entry.error ? `${line}\n          ${ctx.style.bad(entry.error)}` : line);
    }
    printed = entries.length;
  };
}
