import type { Clock } from "../clock";
import { buildEvent, type EventPublisher, type PlinthEvent } from "../events";
import { budgetLimitUsd, type PolicyConfig } from "../provisioning/policies";
import { CostAndUsagePage, costWindow, linesOf } from "./cost-explorer";
import { CostEvents } from "./events";
import { type CostedRequest, type CostRecord, type CostRequests, type CostStore, UNALLOCATED } from "./model";
import { dayOf, driftOf, measurable, monthlyRunRate, monthOf, monthSummary } from "./summary";

const DAY = 86_400_000;

export interface CostIngestionDeps {
  store: CostStore;
  requests: CostRequests;
  events: EventPublisher;
  clock: Clock;
  policy: PolicyConfig;
  stage: string;
}

/**
 * The steps of the CostIngestion workflow: the window to read, each page of Cost Explorer's answer
 * stored per team and day (overwriting: AWS restates), then every team's month evaluated — its
 * measured run rate handed to the budget policy, budget thresholds crossed (actual or forecast) and
 * requests whose measured cost drifts far from their estimate published, each once a month.
 */
export class CostIngestion {
  constructor(private readonly deps: CostIngestionDeps) {}

  window(): { Start: string; End: string } {
    return costWindow(this.deps.clock.now());
  }

  async storePage(input: unknown): Promise<{ lines: number; otherStagesUsd: number; NextPageToken?: string }> {
    // Cost Explorer's answer, parsed at the edge: a shape we do not know fails the step, loudly.
    const page = CostAndUsagePage.parse(input);
    const { lines, otherStagesUsd } = linesOf(page, this.deps.stage);
    const requests = await this.lookup([...new Set(lines.map((line) => line.request).filter(Boolean))]);
    const readAt = this.deps.clock.now().toISOString();
    const records: CostRecord[] = lines.map((line) => {
      const request = requests.get(line.request);
      return {
        team: request?.team ?? UNALLOCATED,
        day: line.day,
        request: line.request,
        amountUsd: line.amountUsd,
        estimated: line.estimated,
        ...(request?.service ? { service: request.service } : {}),
        ...(request ? { template: request.template } : {}),
        readAt,
      };
    });
    await this.deps.store.put(records);
    const newest = records.reduce<string | undefined>(
      (latest, r) => (r.amountUsd > 0 && (!latest || r.day > latest) ? r.day : latest),
      undefined,
    );
    const mark = await this.deps.store.mark();
    const dataThrough = [mark?.dataThrough, newest].filter(Boolean).sort().at(-1);
    await this.deps.store.saveMark({ at: readAt, ...(dataThrough ? { dataThrough } : {}) });
    return {
      lines: records.length,
      otherStagesUsd: Math.round(otherStagesUsd * 100) / 100,
      ...(page.NextPageToken ? { NextPageToken: page.NextPageToken } : {}),
    };
  }

  async evaluate(): Promise<{ teams: number; published: number }> {
    const now = this.deps.clock.now();
    const { month, first } = monthOf(now);
    const from = [first, dayOf(now.getTime() - 8 * DAY)].sort()[0] as string;
    const today = dayOf(now.getTime());
    let published = 0;
    const teams = (await this.deps.store.teams()).filter((team) => team !== UNALLOCATED);
    for (const team of teams) {
      const lines = await this.deps.store.lines(team, from, today);
      const summary = monthSummary(lines, now, budgetLimitUsd(team, this.deps.policy));
      await this.deps.store.setMeasuredCents(team, Math.round(monthlyRunRate(lines, now) * 100));
      const state = await this.deps.store.state(team, month);
      const events: PlinthEvent[] = [];
      for (const crossing of summary.crossed) {
        const key = `${crossing.basis}-${crossing.percent}`;
        if (state.crossed.includes(key)) continue;
        state.crossed.push(key);
        events.push(
          buildEvent(CostEvents.budgetThresholdCrossed, {
            ...this.base(`${team}-${month}-${key}`),
            team,
            month,
            basis: crossing.basis,
            percent: crossing.percent,
            amountUsd: crossing.basis === "actual" ? summary.monthToDateUsd : summary.forecastUsd,
            budgetUsd: summary.budgetUsd,
          }),
        );
      }
      const byRequest = groupBy(
        lines.filter((line) => line.request),
        (line) => line.request,
      );
      const requests = await this.lookup([...byRequest.keys()].filter((id) => !state.drifted.includes(id)));
      for (const [id, request] of requests) {
        if (!measurable(request.createdAt, now)) continue;
        const measured = monthlyRunRate(byRequest.get(id) ?? [], now);
        const drift = driftOf(request.estimateMonthlyUsd, measured);
        if (!drift.flagged) continue;
        state.drifted.push(id);
        events.push(
          buildEvent(CostEvents.driftDetected, {
            ...this.base(`${id}-${month}-drift`),
            team,
            requestId: id,
            template: request.template,
            ...(request.service ? { service: request.service } : {}),
            estimateMonthlyUsd: request.estimateMonthlyUsd,
            measuredMonthlyUsd: measured,
            ratio: drift.ratio ?? 0,
            month,
          }),
        );
      }
      if (events.length > 0) {
        // Published before the state is saved: a crash between the two repeats an event (consumers
        // deduplicate on its id, which is derived from what it announces), never loses one.
        await this.deps.events.publish(events);
        await this.deps.store.saveState(team, month, state);
        published += events.length;
      }
    }
    return { teams: teams.length, published };
  }

  private base(id: string) {
    return { id, occurredAt: this.deps.clock.now().toISOString(), correlationId: `cost-${id}` };
  }

  private async lookup(ids: string[]): Promise<Map<string, CostedRequest>> {
    const found = await Promise.all(ids.map((id) => this.deps.requests.get(id)));
    return new Map(found.flatMap((request) => (request ? [[request.id, request] as const] : [])));
  }
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
