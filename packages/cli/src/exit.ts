import { PlinthApiError } from "@plinth/client";

/** The CLI's exit codes: what a script can branch on (documented in `plinth --help` and the README). */
export const Exit = {
  ok: 0,
  /** The work failed: a workflow FAILED or was REJECTED, a partition not promoted, a wait timed out. */
  failed: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  conflict: 5,
  unreachable: 6,
} as const;

export const EXIT_CODES_HELP = `Exit codes:
  0  ok
  1  the work failed (workflow FAILED or REJECTED, a partition not promoted, --wait timed out)
  2  usage: unknown command or flag, or input the API refused (400, 413, 415, 422)
  3  authentication or permission (401, 403): run plinth auth login
  4  not found (404)
  5  conflict or stale (409, 412, 428): the resource's state does not allow it, or it changed
  6  the API is unreachable
  130  Ctrl-C while following (--wait, watch): the work goes on`;

/** An error the CLI reports in one line (plus a hint) and turns into an exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof PlinthApiError) {
    if (error.status === 0) return Exit.unreachable;
    if (error.status === 401 || error.status === 403) return Exit.auth;
    if (error.status === 404) return Exit.notFound;
    if (error.status === 409 || error.status === 412 || error.status === 428) return Exit.conflict;
    if (error.status >= 400 && error.status < 500) return Exit.usage;
  }
  return Exit.failed;
}
