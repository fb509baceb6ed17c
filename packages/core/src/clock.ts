/** Time is a port: production passes the system clock, tests and the local cloud pass their own. */
export interface Clock {
  now(): Date;
}

let timeSource: () => number = Date.now;

/**
 * The host's time. In Lambda that is the real time; the local cloud runs its workflows on a scaled
 * clock (PLINTH_TIME_SCALE) and, being this process's AWS, sets the time source with
 * `useTimeSource`, so every time a user sees — API, task functions, workflows — is on one clock.
 */
export const systemClock: Clock = { now: () => new Date(timeSource()) };

/** Replaces the time `systemClock` reads; answers a function that puts the previous one back. */
export function useTimeSource(now: () => number): () => void {
  const previous = timeSource;
  timeSource = now;
  return () => {
    timeSource = previous;
  };
}
