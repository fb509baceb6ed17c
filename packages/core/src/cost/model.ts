import { z } from "zod";

/** One day of one request's measured spend, stored per team (what GET /v1/costs reads). */
export const CostRecord = z.object({
  team: z.string().describe('the owner team; "unallocated" for spend without a (known) request tag'),
  day: z.iso.date(),
  request: z.string().describe('"" for untagged spend'),
  amountUsd: z.number(),
  estimated: z.boolean(),
  service: z.string().optional(),
  template: z.string().optional(),
  readAt: z.iso.datetime(),
});
export type CostRecord = z.infer<typeof CostRecord>;

export const UNALLOCATED = "unallocated";

/** What the evaluation has already announced for a team's month (each crossing and drift once). */
export const CostState = z.object({
  crossed: z.array(z.string()).default([]),
  drifted: z.array(z.string()).default([]),
});
export type CostState = z.infer<typeof CostState>;

/** The last ingestion: when it read, and the newest day it saw spend for. */
export const CostIngestionMark = z.object({ at: z.iso.datetime(), dataThrough: z.iso.date().optional() });
export type CostIngestionMark = z.infer<typeof CostIngestionMark>;

export interface CostStore {
  /** Writes (or overwrites: AWS restates) each line. */
  put(records: CostRecord[]): Promise<void>;
  /** A team's lines from `from` to `to` (days, inclusive), oldest first. */
  lines(team: string, from: string, to: string): Promise<CostRecord[]>;
  /** The teams that have ever had lines (the evaluation visits each). */
  teams(): Promise<string[]>;
  state(team: string, month: string): Promise<CostState>;
  saveState(team: string, month: string, state: CostState): Promise<void>;
  /** The team's measured monthly run rate, beside its committed estimates: the budget policy holds both. */
  setMeasuredCents(team: string, cents: number): Promise<void>;
  mark(): Promise<CostIngestionMark | undefined>;
  saveMark(mark: CostIngestionMark): Promise<void>;
}

/** What a cost report needs of a request: its estimate and where it belongs. */
export interface CostedRequest {
  id: string;
  team: string;
  name: string;
  service?: string | undefined;
  template: string;
  status: string;
  estimateMonthlyUsd: number;
  createdAt: string;
}

export interface CostRequests {
  get(id: string): Promise<CostedRequest | undefined>;
  /** The team's live requests (at most `max`): listed beside their estimate even before they cost anything. */
  live(team: string, max: number): Promise<CostedRequest[]>;
}

/** Days in a month of 365/12 days: how a daily run rate becomes monthly (as AWS's pricing pages count). */
export const DAYS_PER_MONTH = 365 / 12;
/** A measured run rate off its estimate by this share (either way), and by a dollar a month at least, is drift. */
export const DRIFT_RATIO = 0.5;
export const DRIFT_MIN_USD = 1;
/** Budget thresholds announced, on actual and on forecast spend. */
export const BUDGET_THRESHOLDS = [80, 100] as const;
/** Complete days the run rate averages over. */
export const RUN_RATE_DAYS = 7;
/** Complete days of life before a request's measured run rate is compared with its estimate. */
export const MEASURED_AFTER_DAYS = 3;
