import type { Cancellation } from "./cancellation";

/**
 * Time inside the Step Functions engine. Every Wait, Retry interval, timeout and heartbeat goes
 * through one `EngineClock`, so the local cloud can run with a time scale (1/60: a 10-minute
 * approval timeout takes 10 s) and tests can shrink time further — never by editing definitions.
 * Timestamps the engine reports (history, dates, `$$.State.EnteredTime`) are in scaled time.
 */
export interface EngineClock {
  /** Current time in scaled (virtual) milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` of virtual time, or rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: Cancellation): Promise<void>;
}

/** `scale` real seconds per virtual second: 1 is real time, 1/60 runs a minute in a second. */
export function scaledClock(scale = 1, epoch = Date.now()): EngineClock {
  if (!(scale > 0)) throw new Error(`time scale must be > 0, got ${scale}`);
  const realStart = performance.now();
  return {
    now: () => epoch + (performance.now() - realStart) / scale,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(
          () => {
            off?.();
            resolve();
          },
          Math.max(0, ms * scale),
        );
        const off = signal?.onAbort((reason) => {
          clearTimeout(timer);
          reject(reason);
        });
      }),
  };
}

/**
 * A clock that moves only when told (tests): `sleep` waits until `advance` passes its deadline.
 * No real time passes, so a test of a 30-second heal neither sleeps nor depends on the machine.
 */
export function manualClock(start = Date.parse("2026-11-01T00:00:00Z")) {
  let now = start;
  const waiting = new Set<{ due: number; wake: () => void }>();
  const clock: EngineClock & { advance(ms: number): void; pending(): number } = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const entry = { due: now + ms, wake: resolve };
        waiting.add(entry);
        signal?.onAbort((reason) => {
          waiting.delete(entry);
          reject(reason);
        });
      }),
    advance: (ms) => {
      now += ms;
      for (const entry of [...waiting].sort((a, b) => a.due - b.due)) {
        if (entry.due > now) continue;
        waiting.delete(entry);
        entry.wake();
      }
    },
    pending: () => waiting.size,
  };
  return clock;
}
