/** Time is a port: production passes the system clock, tests and the local cloud pass their own. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
