import type { Catcher, Retrier } from "@plinth/workflows";
import { catcherOutput } from "./dataflow";
import { errorMatches, type StatesError, toStatesError } from "./errors";
import type { Frame, QueryLanguage, StateOutcome } from "./types";

/**
 * Runs one attempt after another as the state's Retry says (first matching retrier decides;
 * IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds, FULL jitter), then hands the final
 * error to the first matching Catcher, or rethrows it.
 */
export async function withRetry<T>(
  retriers: readonly Retrier[] | undefined,
  frame: Frame,
  attempt: (retryCount: number) => Promise<T>,
): Promise<T> {
  const used = new Map<Retrier, number>();
  let retryCount = 0;
  for (;;) {
    try {
      return await attempt(retryCount);
    } catch (caught) {
      if (frame.signal.aborted) throw caught;
      const error = toStatesError(caught);
      const retrier = retriers?.find((candidate) => errorMatches(candidate.ErrorEquals, error.error));
      const attempts = retrier ? (used.get(retrier) ?? 0) : 0;
      if (!retrier || attempts >= (retrier.MaxAttempts ?? 3)) throw error;
      used.set(retrier, attempts + 1);
      retryCount++;
      await frame.env.clock.sleep(retryDelayMs(retrier, attempts), frame.signal);
    }
  }
}

export function retryDelayMs(retrier: Retrier, attempt: number, random = Math.random): number {
  const interval = (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** attempt;
  const capped = retrier.MaxDelaySeconds === undefined ? interval : Math.min(interval, retrier.MaxDelaySeconds);
  return (retrier.JitterStrategy === "FULL" ? random() * capped : capped) * 1000;
}

export function findCatcher(catchers: readonly Catcher[] | undefined, error: StatesError): Catcher | undefined {
  return catchers?.find((catcher) => errorMatches(catcher.ErrorEquals, error.error));
}

/**
 * The Retry-then-Catch envelope of Task, Parallel and Map: `attempt` is retried as Retry says; an
 * error left over goes to the first matching Catcher (its output, its Next) or ends the machine.
 */
export async function guarded(
  state: { Retry?: Retrier[]; Catch?: Catcher[] },
  frame: Frame,
  input: unknown,
  context: unknown,
  attempt: (retryCount: number) => Promise<StateOutcome>,
): Promise<StateOutcome> {
  try {
    return await withRetry(state.Retry, frame, attempt);
  } catch (caught) {
    if (frame.signal.aborted) throw caught;
    const error = toStatesError(caught);
    const catcher = findCatcher(state.Catch, error);
    if (!catcher) throw error;
    const language = (state as { QueryLanguage?: QueryLanguage }).QueryLanguage ?? frame.queryLanguage;
    const output = await catcherOutput(
      catcher,
      language,
      frame,
      input,
      { Error: error.error, Cause: error.cause },
      context,
    );
    return { output, next: catcher.Next };
  }
}
