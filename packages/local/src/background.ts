import type { Cancellation } from "./stepfunctions/cancellation";

/** A failure of an emulator's background work: no caller is waiting to receive it. */
export interface BackgroundFailure {
  source: string;
  at: string;
  error: string;
}

/**
 * Where an emulator's background work (a stack operation, a delayed heal, an alarm's event, an
 * S3 notification, a scheduled rule) reports a failure instead of swallowing it: written to stderr
 * at once and kept, so `GET /_plinth/failures` and a test can see why an end-to-end run stalled.
 * Work cut short because the cloud is stopping is not a failure.
 */
export class BackgroundFailures {
  readonly list: BackgroundFailure[] = [];

  constructor(private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)) {}

  /** A `.catch` handler for background work of `source`. */
  handler(source: string, stopping?: Cancellation): (error: unknown) => void {
    return (error) => {
      if (stopping?.aborted) return;
      const failure = {
        source,
        at: new Date().toISOString(),
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
      this.list.push(failure);
      if (this.list.length > 1000) this.list.shift();
      this.write(`plinth local cloud: background work of ${source} failed: ${failure.error}`);
    };
  }
}
