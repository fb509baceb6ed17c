import { z } from "zod";

/**
 * Reading AWS Cost Explorer: the one query Plinth makes (GetCostAndUsage, DAILY, UnblendedCost,
 * grouped by the `plinth:stage` and `plinth:request` cost allocation tags) and what its pages hold.
 * Cost Explorer costs $0.01 a request, so it is read by a scheduled workflow, never per API call.
 */
export const STAGE_TAG = "plinth:stage";
export const REQUEST_TAG = "plinth:request";

/** The query's fixed part; the workflow adds TimePeriod and, after the first page, NextPageToken. */
export const costQuery: { Granularity: "DAILY"; Metrics: string[]; GroupBy: { Type: "TAG"; Key: string }[] } = {
  Granularity: "DAILY",
  Metrics: ["UnblendedCost"],
  GroupBy: [
    { Type: "TAG", Key: STAGE_TAG },
    { Type: "TAG", Key: REQUEST_TAG },
  ],
};

const Money = z.object({ Amount: z.string().regex(/^-?\d+(\.\d+)?$/), Unit: z.string() });

/** A page of GetCostAndUsage as the SDK (or the Step Functions SDK integration) returns it. */
export const CostAndUsagePage = z.object({
  ResultsByTime: z
    .array(
      z.object({
        TimePeriod: z.object({ Start: z.iso.date(), End: z.iso.date() }),
        Groups: z
          .array(z.object({ Keys: z.array(z.string()), Metrics: z.object({ UnblendedCost: Money }) }))
          .default([]),
        Estimated: z.boolean().default(false),
      }),
    )
    .default([]),
  NextPageToken: z.string().min(1).optional(),
});
export type CostAndUsagePage = z.infer<typeof CostAndUsagePage>;

/** One day of one request's (or of untagged) spend in this stage, as Cost Explorer reported it. */
export interface CostLine {
  day: string;
  /** "" for spend without a `plinth:request` tag. */
  request: string;
  amountUsd: number;
  /** AWS may still change it (the month is not closed): it is read again until it is. */
  estimated: boolean;
}

/** A tag group's key, `plinth:request$pr-1` → `pr-1`; `plinth:request$` (untagged) → "". */
function tagValue(keys: string[], tag: string): string | undefined {
  const key = keys.find((k) => k.startsWith(`${tag}$`));
  return key === undefined ? undefined : key.slice(tag.length + 1);
}

/**
 * The lines of a page for `stage`: spend tagged with this stage, per request (or untagged), and the
 * account's spend with no stage tag at all (`untaggedStage`), which no stage owns but every stage's
 * admins should see. Other stages' spend is left out (each stage reads its own).
 */
export function linesOf(page: CostAndUsagePage, stage: string): { lines: CostLine[]; otherStagesUsd: number } {
  const lines: CostLine[] = [];
  let otherStagesUsd = 0;
  for (const result of page.ResultsByTime) {
    for (const group of result.Groups) {
      const amountUsd = Number(group.Metrics.UnblendedCost.Amount);
      const groupStage = tagValue(group.Keys, STAGE_TAG) ?? "";
      if (groupStage !== stage && groupStage !== "") {
        otherStagesUsd += amountUsd;
        continue;
      }
      lines.push({
        day: result.TimePeriod.Start,
        // Account spend with no stage tag is reported once, as untagged, whatever its request tag says.
        request: groupStage === "" ? "" : (tagValue(group.Keys, REQUEST_TAG) ?? ""),
        amountUsd,
        estimated: result.Estimated,
      });
    }
  }
  return { lines, otherStagesUsd };
}

const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * What each run reads: this month so far (End is exclusive: today's partial day is included) and,
 * until the `RESTATED_UNTIL_DAY`th, the whole previous month too — AWS restates amounts (credits,
 * refunds, late usage) until a month's bill is final, early in the next month. Later in the month
 * the previous one is settled, and not reading it halves the pages.
 */
export const RESTATED_UNTIL_DAY = 10;

export function costWindow(now: Date): { Start: string; End: string } {
  const monthsBack = now.getUTCDate() <= RESTATED_UNTIL_DAY ? 1 : 0;
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1);
  return {
    Start: isoDay(start),
    End: isoDay(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY),
  };
}
