import { Cost } from "@plinth/core";
import { sdkErrorName } from "@plinth/workflows";
import { z } from "zod";
import { AwsServiceError } from "../aws-gateway";
import type { EngineClock } from "../stepfunctions/clock";
import { StatesError } from "../stepfunctions/errors";
import type { SdkAction } from "../stepfunctions/integrations";
import type { ResourceLifetime } from "./cloudformation";
import { decodePageToken, encodePageToken, queryFingerprint } from "./page-token";
import type { TrafficModel } from "./traffic";

/**
 * Cost Explorer stand-in — `GetCostAndUsage` as the SDK (AWS JSON 1.1, `AWSInsightsIndexService`) and
 * the Step Functions SDK integration (`aws-sdk:costexplorer:getCostAndUsage`) reach it.
 *
 * The bill is derived, not invented: every resource the CloudFormation stand-in created, for the
 * hours it lived on the engine's clock, at its hourly rate from the price table the plans use
 * (`Cost.resourceRate`), plus the requests it served at their unit price — its traffic (traffic.ts, set with
 * `POST /_plinth/usage`) — plus the
 * account's own spend no tag names (`untaggedDailyUsd`: the platform itself, whatever was made by
 * hand), which appears as `plinth:stage$` / `plinth:request$`.
 *
 * AWS's behaviour kept: DAILY results per UTC day (End exclusive), groups keyed `tag$value`, amounts
 * as decimal strings with `Unit: "USD"`, `Total` empty when grouped, `Estimated` for days of a month
 * not yet closed (the current one, and the previous one until the 5th), a data lag (spend reaches
 * the bill `lagHours` after it happens), small pages with `NextPageToken` (bound to the query: a
 * token of another query is `InvalidNextTokenException`), and restatement: `POST /_plinth/costexplorer`
 * `{ restate: { day, factor } }` changes a day already reported, as AWS's credits and refunds do.
 *
 * Not modelled: MONTHLY/HOURLY granularity, metrics other than UnblendedCost, DIMENSION groups and
 * filters (each refused with a ValidationException naming it), savings plans, free tiers, taxes.
 */
export interface CostExplorerOptions {
  clock: EngineClock;
  lifetimes: () => ResourceLifetime[];
  /** The resources' traffic (shared with CloudWatch's metrics). */
  traffic: TrafficModel;
  /** Result entries (day × group) per page: small, so paging is exercised. */
  pageSize?: number;
  lagHours?: number;
  untaggedDailyUsd?: number;
}

const TimePeriod = z.object({ Start: z.iso.date(), End: z.iso.date() });
const Query = z.object({
  TimePeriod,
  Granularity: z.string(),
  Metrics: z.array(z.string()).min(1),
  GroupBy: z
    .array(z.object({ Type: z.string(), Key: z.string() }))
    .max(2)
    .default([]),
  Filter: z.unknown().optional(),
  NextPageToken: z.string().optional(),
});

export const CostExplorerControl = z.object({
  restate: z.object({ day: z.iso.date(), factor: z.number().positive() }).optional(),
});

const HOUR = 3_600_000;
const DAY = 86_400_000;

class CostExplorerError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class CostExplorerStandIn {
  readonly actions: Readonly<Record<string, SdkAction>>;
  /** GetCostAndUsage calls answered (each costs $0.01 in AWS). */
  calls = 0;
  private readonly restated = new Map<string, number>();

  constructor(private readonly options: CostExplorerOptions) {
    this.actions = {
      getCostAndUsage: async (parameters) => {
        try {
          return this.getCostAndUsage(parameters);
        } catch (error) {
          if (error instanceof CostExplorerError)
            throw new StatesError(sdkErrorName("costexplorer", error.type), error.message);
          throw error;
        }
      },
    };
  }

  /** The AWS JSON 1.1 service the SDK reaches at AWS_ENDPOINT_URL_COST_EXPLORER. */
  readonly service = {
    targetPrefix: "AWSInsightsIndexService",
    jsonVersion: "1.1" as const,
    handle: async (operation: string, input: unknown) => {
      if (operation !== "GetCostAndUsage")
        throw new AwsServiceError(
          "UnknownOperationException",
          `the local Cost Explorer serves GetCostAndUsage, not ${operation}`,
        );
      try {
        return this.getCostAndUsage(input);
      } catch (error) {
        if (error instanceof CostExplorerError) throw new AwsServiceError(`${error.type}Exception`, error.message);
        throw error;
      }
    },
  };

  control(body: unknown) {
    const control = CostExplorerControl.parse(body);
    if (control.restate) this.restated.set(control.restate.day, control.restate.factor);
    return { restated: Object.fromEntries(this.restated) };
  }

  inspect() {
    return { calls: this.calls, usage: this.options.traffic.inspect(), restated: Object.fromEntries(this.restated) };
  }

  /**
   * The whole bill of [start, end) by day and by the tag keys grouped: what the pages of one query hold.
   * Also what a test sums to check the ingested rows against.
   */
  bill(start: string, end: string, tagKeys: readonly string[]): Map<string, Map<string, number>> {
    const now = this.options.clock.now();
    const billedUntil = now - (this.options.lagHours ?? 8) * HOUR;
    const days = new Map<string, Map<string, number>>();
    const add = (day: string, key: string, usd: number) => {
      if (usd <= 0) return;
      const groups = days.get(day) ?? new Map<string, number>();
      groups.set(key, (groups.get(key) ?? 0) + usd);
      days.set(day, groups);
    };
    const lifetimes = this.options.lifetimes();
    const servers = this.options.traffic.servers(lifetimes);
    for (let at = Date.parse(`${start}T00:00:00Z`); at < Date.parse(`${end}T00:00:00Z`); at += DAY) {
      const day = new Date(at).toISOString().slice(0, 10);
      const until = Math.min(at + DAY, billedUntil);
      if (until <= at) continue;
      const factor = this.restated.get(day) ?? 1;
      for (const life of lifetimes) {
        const from = Math.max(at, life.from);
        const to = Math.min(until, life.to ?? Number.POSITIVE_INFINITY);
        if (to <= from) continue;
        const rate = Cost.resourceRate(life.type, life.properties);
        const traffic =
          servers.get(life.stack) === life
            ? rate.perRequestUsd * this.options.traffic.requests(life.stack, from, to)
            : 0;
        const usd = rate.hourlyUsd * ((to - from) / HOUR) + traffic;
        add(day, groupKey(tagKeys, life.tags), usd * factor);
      }
      const untagged = (this.options.untaggedDailyUsd ?? 0.25) * ((until - at) / DAY) * factor;
      add(day, groupKey(tagKeys, {}), untagged);
    }
    return days;
  }

  private getCostAndUsage(input: unknown) {
    this.calls++;
    const parsed = Query.safeParse(input);
    if (!parsed.success) throw new CostExplorerError("Validation", z.prettifyError(parsed.error));
    const query = parsed.data;
    const { Start, End } = query.TimePeriod;
    if (Start >= End) throw new CostExplorerError("Validation", "Start date must be before End date");
    if (query.Granularity !== "DAILY")
      throw new CostExplorerError(
        "Validation",
        `the local Cost Explorer serves DAILY granularity, not ${query.Granularity}`,
      );
    const unknownMetric = query.Metrics.find((metric) => metric !== "UnblendedCost");
    if (unknownMetric)
      throw new CostExplorerError("Validation", `the local Cost Explorer serves UnblendedCost, not ${unknownMetric}`);
    if (query.Filter !== undefined)
      throw new CostExplorerError("Validation", "the local Cost Explorer serves no Filter");
    const notTag = query.GroupBy.find((group) => group.Type !== "TAG");
    if (notTag) throw new CostExplorerError("Validation", `the local Cost Explorer groups by TAG, not ${notTag.Type}`);
    const tagKeys = query.GroupBy.map((group) => group.Key);

    const entries = [...this.bill(Start, End, tagKeys)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([day, groups]) =>
        [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, usd]) => ({ day, key, usd })),
      );
    const fingerprint = queryFingerprint({ Start, End, tagKeys, m: query.Metrics });
    let offset = 0;
    if (query.NextPageToken) {
      const decoded = decodePageToken(query.NextPageToken, fingerprint);
      if (decoded === undefined)
        throw new CostExplorerError("InvalidNextToken", "The NextPageToken is not valid for this query");
      offset = decoded;
    }
    const size = this.options.pageSize ?? 50;
    const page = entries.slice(offset, offset + size);
    const closedBefore = closedMonthsBefore(this.options.clock.now());
    const byDay = new Map<string, typeof page>();
    for (const entry of page) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
    // The first page lists every day of the period (empty ones too), as AWS does; later pages only theirs.
    const days = offset === 0 ? daysOf(Start, End) : [...byDay.keys()];
    return {
      GroupDefinitions: query.GroupBy,
      ResultsByTime: days.map((day) => ({
        TimePeriod: { Start: day, End: new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10) },
        Total: {},
        Groups: (byDay.get(day) ?? []).map((entry) => ({
          Keys: entry.key.split("\n"),
          Metrics: { UnblendedCost: { Amount: entry.usd.toFixed(10), Unit: "USD" } },
        })),
        Estimated: day >= closedBefore,
      })),
      DimensionValueAttributes: [],
      ...(offset + size < entries.length ? { NextPageToken: encodePageToken(fingerprint, offset + size) } : {}),
    };
  }
}

/** `plinth:stage$alice\nplinth:request$pr-1`: one value per grouped tag, `tag$` when the resource has none. */
function groupKey(tagKeys: readonly string[], tags: Record<string, string>): string {
  return tagKeys.map((key) => `${key}$${tags[key] ?? ""}`).join("\n");
}

function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${start}T00:00:00Z`); at < Date.parse(`${end}T00:00:00Z`); at += DAY)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}

/** Days from this one on are still estimated: the current month, and the previous one until its bill closes (the 5th). */
function closedMonthsBefore(now: number): string {
  const date = new Date(now);
  const monthsBack = date.getUTCDate() < 5 ? 1 : 0;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
}
