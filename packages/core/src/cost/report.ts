import { z } from "zod";
import { type Caller, chosenTeam, TeamId } from "../caller";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { budgetLimitUsd, type PolicyConfig } from "../provisioning/policies";
import { parseInput } from "../schema";
import { groupBy } from "./ingestion";
import { type CostRecord, type CostRequests, type CostStore, DAYS_PER_MONTH } from "./model";
import { dayOf, driftOf, measurable, monthlyRunRate, monthSummary } from "./summary";

const DAY = 86_400_000;
/** Live requests one answer lists beside their estimates (the team's, newest first). */
export const MAX_LIVE_REQUESTS = 500;
/** The longest window one answer reads: a year of days. */
export const MAX_COST_DAYS = 366;

export const CostQuery = z.object({
  team: TeamId.optional().describe("the team (required when you belong to more than one)"),
  service: z.string().min(1).max(64).optional().describe("only this catalog service's resources"),
  request: z.string().min(1).max(64).optional().describe("only this provisioning request"),
  from: z.iso.date().optional().describe("first day (YYYY-MM-DD, UTC); 30 days before `to` by default"),
  to: z.iso.date().optional().describe("last day, inclusive (YYYY-MM-DD, UTC); today by default"),
  groupBy: z.enum(["request", "service", "day"]).default("request").describe("what `groups` are"),
});

const Usd = z.number().describe("US dollars");

export const CostGroup = z.object({
  key: z.string().describe('a request id, a service id (or "(none)"), or a day'),
  request: z.string().optional(),
  name: z.string().optional(),
  template: z.string().optional(),
  service: z.string().optional(),
  status: z.string().optional(),
  actualUsd: Usd.describe("measured spend in the window"),
  estimateMonthlyUsd: Usd.nullable().describe("the plans' estimate (null for a day, or spend without a request)"),
  measuredMonthlyUsd: Usd.describe("the measured daily run rate (last 7 complete days) × 365/12"),
  drift: z
    .object({
      ratio: z.number().nullable().describe("measured / estimate"),
      flagged: z.boolean().describe("off by half the estimate and a dollar a month, at least"),
    })
    .nullable(),
});

export const CostReport = z
  .object({
    team: z.string(),
    from: z.string(),
    to: z.string(),
    currency: z.literal("USD"),
    actualUsd: Usd.describe("measured spend in the window"),
    estimated: z.boolean().describe("some of it may still change (AWS has not closed the month)"),
    daily: z.array(
      z.object({
        day: z.string(),
        actualUsd: Usd,
        estimateUsd: Usd.describe("the day's share of the monthly estimates of the requests that had spend"),
        estimated: z.boolean(),
      }),
    ),
    groups: z.array(CostGroup),
    budget: z.object({
      month: z.string(),
      monthlyBudgetUsd: Usd,
      monthToDateUsd: Usd,
      forecastUsd: Usd.describe("month to date + the daily run rate for each day left"),
      forecastMethod: z.literal("daily-run-rate"),
      crossed: z.array(z.object({ basis: z.enum(["actual", "forecast"]), percent: z.number().int() })),
    }),
    dataThrough: z.string().nullable().describe("the newest day with measured spend"),
    readAt: z.string().nullable().describe("when Cost Explorer was last read"),
  })
  .meta({ id: "CostReport" });
export type CostReport = z.infer<typeof CostReport>;

const round = (usd: number) => Math.round(usd * 100) / 100;

/** GET /v1/costs: measured spend (stored by the CostIngestion workflow) beside the plans' estimates. */
export class CostService {
  constructor(
    private readonly deps: { store: CostStore; requests: CostRequests; policy: PolicyConfig; clock: Clock },
  ) {}

  async report(query: z.input<typeof CostQuery>, caller: Caller): Promise<CostReport> {
    const q = parseInput(CostQuery, query, "query");
    // Spend no team owns (team `unallocated`) is readable by admins only: they belong to every team.
    const team = chosenTeam(q.team, caller);
    const now = this.deps.clock.now();
    const to = q.to ?? dayOf(now.getTime());
    const from = q.from ?? dayOf(Date.parse(`${to}T00:00:00Z`) - 30 * DAY);
    if (from > to)
      fail("invalid_parameter", "the window ends before it starts", [{ field: "query.from", message: "after `to`" }]);
    if ((Date.parse(to) - Date.parse(from)) / DAY >= MAX_COST_DAYS)
      fail("invalid_parameter", `a window of at most ${MAX_COST_DAYS} days`, [
        { field: "query.from", message: "too far before `to`" },
      ]);

    // The month and the run rate need the last weeks whatever the window.
    const today = dayOf(now.getTime());
    const readFrom = [from, dayOf(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), dayOf(now.getTime() - 8 * DAY)]
      .sort()
      .at(0) as string;
    const [all, mark] = await Promise.all([
      this.deps.store.lines(team, readFrom, [to, today].sort().at(-1) as string),
      this.deps.store.mark(),
    ]);
    const selected = all.filter(
      (line) => (!q.service || line.service === q.service) && (!q.request || line.request === q.request),
    );
    const windowLines = selected.filter((line) => line.day >= from && line.day <= to);
    const byRequest = groupBy(selected, (line) => line.request);
    const live = (await this.deps.requests.live(team, MAX_LIVE_REQUESTS)).filter(
      (r) => (!q.service || r.service === q.service) && (!q.request || r.id === q.request),
    );
    const requests = new Map(live.map((r) => [r.id, r] as const));
    const missing = [...byRequest.keys()].filter((id) => id && !requests.has(id));
    for (const r of await Promise.all(missing.map((id) => this.deps.requests.get(id)))) if (r) requests.set(r.id, r);
    // A live request with no spend yet is listed too: its estimate beside a measured $0.
    for (const r of live) if (!byRequest.has(r.id)) byRequest.set(r.id, []);
    const estimateOf = (id: string) => requests.get(id)?.estimateMonthlyUsd ?? 0;

    const daily = [...groupBy(windowLines, (line) => line.day)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, lines]) => ({
        day,
        actualUsd: round(lines.reduce((sum, line) => sum + line.amountUsd, 0)),
        estimateUsd: round(
          [...new Set(lines.map((line) => line.request))].reduce((sum, id) => sum + estimateOf(id), 0) / DAYS_PER_MONTH,
        ),
        estimated: lines.some((line) => line.estimated),
      }));

    const group = (
      key: string,
      lines: CostRecord[],
      estimate: number | null,
      extra: Partial<z.infer<typeof CostGroup>>,
      since?: string,
    ) => {
      const measured = monthlyRunRate(lines, now);
      return {
        key,
        ...extra,
        actualUsd: round(lines.filter((l) => l.day >= from && l.day <= to).reduce((sum, l) => sum + l.amountUsd, 0)),
        estimateMonthlyUsd: estimate,
        measuredMonthlyUsd: measured,
        // Drift is claimed only once there are complete days to measure.
        drift: estimate === null || (since && !measurable(since, now)) ? null : driftOf(estimate, measured),
      };
    };
    let groups: z.infer<typeof CostGroup>[];
    if (q.groupBy === "day") {
      groups = [...groupBy(selected, (l) => l.day)]
        .filter(([day]) => day >= from && day <= to)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([day, lines]) => group(day, lines, null, {}));
    } else if (q.groupBy === "service") {
      const byService = groupBy(selected, (l) => l.service ?? "(none)");
      for (const r of live) if (!byService.has(r.service ?? "(none)")) byService.set(r.service ?? "(none)", []);
      groups = [...byService].map(([service, lines]) => {
        const ids = new Set([
          ...lines.map((l) => l.request),
          ...live.filter((r) => (r.service ?? "(none)") === service).map((r) => r.id),
        ]);
        return group(
          service,
          lines,
          round([...ids].reduce((sum, id) => sum + estimateOf(id), 0)),
          service === "(none)" ? {} : { service },
        );
      });
    } else {
      groups = [...byRequest].map(([id, lines]) => {
        const request = requests.get(id);
        return group(
          id || "(untagged)",
          lines,
          request ? request.estimateMonthlyUsd : null,
          {
            ...(id ? { request: id } : {}),
            ...(request
              ? {
                  name: request.name,
                  template: request.template,
                  status: request.status,
                  ...(request.service ? { service: request.service } : {}),
                }
              : {}),
          },
          request?.createdAt,
        );
      });
    }
    groups.sort((a, b) => b.actualUsd - a.actualUsd || (a.key < b.key ? -1 : 1));

    // The budget is the whole team's, whatever the filter.
    const summary = monthSummary(all, now, budgetLimitUsd(team, this.deps.policy));
    return {
      team,
      from,
      to,
      currency: "USD",
      actualUsd: round(windowLines.reduce((sum, line) => sum + line.amountUsd, 0)),
      estimated: windowLines.some((line) => line.estimated),
      daily,
      groups,
      budget: {
        month: summary.month,
        monthlyBudgetUsd: summary.budgetUsd,
        monthToDateUsd: summary.monthToDateUsd,
        forecastUsd: summary.forecastUsd,
        forecastMethod: "daily-run-rate",
        crossed: summary.crossed,
      },
      dataThrough: mark?.dataThrough ?? null,
      readAt: mark?.at ?? null,
    };
  }
}
