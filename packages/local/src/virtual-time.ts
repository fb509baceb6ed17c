import { readFileSync, writeFileSync } from "node:fs";
import type { EngineClock } from "./stepfunctions/clock";

/**
 * Workflow time across restarts of a durable local cloud. A scaled clock runs ahead of the wall
 * clock (×60 with PLINTH_TIME_SCALE=1/60); started again at the wall clock, it would go back, and
 * every resumed Wait and record timestamp would be in its future. So the folder keeps the last
 * workflow time (every second, and on stop) and the next start carries on from there.
 */
export function savedWorkflowTime(file: string): number | undefined {
  try {
    const saved = Number(JSON.parse(readFileSync(file, "utf8")).now);
    return Number.isFinite(saved) && saved > Date.now() ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function keepWorkflowTime(file: string, clock: EngineClock): () => void {
  const save = () => writeFileSync(file, JSON.stringify({ now: clock.now() }));
  save();
  const timer = setInterval(save, 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    save();
  };
}
