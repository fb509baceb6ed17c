import {
  BUDGET_THRESHOLDS,
  type CostRecord,
  DAYS_PER_MONTH,
  DRIFT_MIN_USD,
  DRIFT_RATIO,
  MEASURED_AFTER_DAYS,
  RUN_RATE_DAYS,
} from "./model";

const DAY = 86_400_000;
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const cents = (usd: number) => Math.round(usd * 100) / 100;

export function monthOf(now: Date): { month: string; first: string; last: string; days: number } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return {
    month: dayOf(Date.UTC(year, month, 1)).slice(0, 7),
    first: dayOf(Date.UTC(year, month, 1)),
    last: dayOf(Date.UTC(year, month, days)),
    days,
  };
}

/**
 * The first day not yet fully reported: yesterday. Cost Explorer lags (up to a day), so yesterday's
 * amount may still be partial when a run reads it; only days before it count as complete.
 */
const firstIncomplete = (now: Date) => dayOf(dayMs(dayOf(now.getTime())) - DAY);

/**
 * A daily run rate: the average of the last `RUN_RATE_DAYS` complete days (before yesterday) on
 * which there was spend — a resource two days old is averaged over its two days, not diluted over seven.
 */
export function dailyRunRate(lines: readonly CostRecord[], now: Date): number {
  const until = firstIncomplete(now);
  const since = dayOf(dayMs(until) - RUN_RATE_DAYS * DAY);
  const byDay = new Map<string, number>();
  for (const line of lines)
    if (line.day >= since && line.day < until) byDay.set(line.day, (byDay.get(line.day) ?? 0) + line.amountUsd);
  const spent = [...byDay.values()].filter((amount) => amount > 0);
  return spent.length === 0 ? 0 : spent.reduce((a, b) => a + b, 0) / spent.length;
}

export const monthlyRunRate = (lines: readonly CostRecord[], now: Date) =>
  cents(dailyRunRate(lines, now) * DAYS_PER_MONTH);

export interface MonthSummary {
  month: string;
  monthToDateUsd: number;
  /** Month to date (complete days) + the daily run rate for every day left, yesterday and today included. */
  forecastUsd: number;
  budgetUsd: number;
  crossed: { basis: "actual" | "forecast"; percent: number }[];
}

/** A team's month against its budget, from its daily lines. */
export function monthSummary(lines: readonly CostRecord[], now: Date, budgetUsd: number): MonthSummary {
  const { month, first, days } = monthOf(now);
  const today = dayOf(now.getTime());
  const inMonth = lines.filter((line) => line.day >= first && line.day <= today);
  const monthToDateUsd = cents(inMonth.reduce((sum, line) => sum + line.amountUsd, 0));
  const until = firstIncomplete(now) < first ? first : firstIncomplete(now);
  const completeUsd = inMonth.filter((line) => line.day < until).reduce((sum, line) => sum + line.amountUsd, 0);
  // Days of the month from the first incomplete one to the last, inclusive.
  const daysLeft = days - Math.round((dayMs(until) - dayMs(first)) / DAY);
  const forecastUsd = cents(Math.max(monthToDateUsd, completeUsd + dailyRunRate(lines, now) * daysLeft));
  const crossed: MonthSummary["crossed"] = [];
  for (const percent of BUDGET_THRESHOLDS) {
    if (budgetUsd > 0 && monthToDateUsd >= (budgetUsd * percent) / 100) crossed.push({ basis: "actual", percent });
    if (budgetUsd > 0 && forecastUsd >= (budgetUsd * percent) / 100) crossed.push({ basis: "forecast", percent });
  }
  return { month, monthToDateUsd, forecastUsd, budgetUsd, crossed };
}

export interface Drift {
  /** measured / estimate; null when the estimate is 0. */
  ratio: number | null;
  flagged: boolean;
}

/** Drift is large when the measured run rate is off the estimate by half of it, and by a dollar a month. */
export function driftOf(estimateMonthlyUsd: number, measuredMonthlyUsd: number): Drift {
  const gap = Math.abs(measuredMonthlyUsd - estimateMonthlyUsd);
  const ratio = estimateMonthlyUsd > 0 ? Math.round((measuredMonthlyUsd / estimateMonthlyUsd) * 100) / 100 : null;
  return { ratio, flagged: gap >= DRIFT_MIN_USD && gap >= DRIFT_RATIO * estimateMonthlyUsd };
}

/**
 * Whether a request has lived long enough for its run rate to mean something: `MEASURED_AFTER_DAYS`
 * complete days (Cost Explorer lags, and a first day is partial). Before that, no drift is claimed.
 */
export function measurable(createdAt: string, now: Date): boolean {
  const today = dayMs(dayOf(now.getTime()));
  return Date.parse(createdAt) < today - MEASURED_AFTER_DAYS * DAY;
}
