import { formatUsd, type Schemas } from "@plinth/client";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useState } from "react";
import { Link } from "wouter";
import { api } from "../api";
import { apiNow } from "../clock";
import { TeamFilter, WindowFilter } from "../components/filters";
import { Loading, Page, ProblemMessage } from "../components/ui";
import type { Session } from "../session";
import { RecommendationsSummary } from "./recommendations";

type CostReport = Schemas["CostReport"];
type Group = CostReport["groups"][number];
const DAY = 86_400_000;
const WINDOWS = [30, 60, 90] as const;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function useCostReport(query: {
  team: string;
  days?: number;
  service?: string;
  groupBy?: "request" | "service" | "day";
}) {
  return useQuery({
    queryKey: ["costs", query],
    enabled: query.team !== "",
    queryFn: async () =>
      (
        await api().GET("/v1/costs", {
          params: {
            query: {
              team: query.team,
              from: dayOf(apiNow() - (query.days ?? 30) * DAY),
              ...(query.service ? { service: query.service } : {}),
              ...(query.groupBy ? { groupBy: query.groupBy } : {}),
            },
          },
        })
      ).data as CostReport,
  });
}

/** Shown where a team spends (the Cost page, the catalog): its month crossed 80 % or 100 % of the budget. */
export function BudgetBanner({ report }: { report: CostReport | undefined }) {
  const worst = report?.budget.crossed.reduce<{ basis: string; percent: number } | undefined>(
    (top, c) => (!top || c.percent > top.percent || (c.percent === top.percent && c.basis === "actual") ? c : top),
    undefined,
  );
  if (!report || !worst) return null;
  const b = report.budget;
  const amount = worst.basis === "actual" ? b.monthToDateUsd : b.forecastUsd;
  return (
    <p className={`banner ${worst.percent >= 100 ? "bad" : "warn"}`} role="status">
      <strong>
        Team {report.team} {worst.basis === "actual" ? "has spent" : "is forecast to spend"} {formatUsd(amount)} in{" "}
        {b.month}
      </strong>{" "}
      — {Math.round((amount / Math.max(1, b.monthlyBudgetUsd)) * 100)} % of its {formatUsd(b.monthlyBudgetUsd)} monthly
      budget. New requests are held to what the team measurably spends. <Link href="/cost">See the cost</Link>
    </p>
  );
}

/** Daily actual spend as columns, the estimates and the daily budget as lines; the numbers in a table below. */
function DailyChart({ report }: { report: CostReport }) {
  const days = report.daily;
  const dailyBudget = report.budget.monthlyBudgetUsd / 30.4;
  const max = Math.max(0.01, ...days.map((d) => Math.max(d.actualUsd, d.estimateUsd)), dailyBudget);
  const width = 720;
  const height = 200;
  const step = days.length > 0 ? width / days.length : width;
  const y = (usd: number) => height - (usd / max) * height;
  const estimateLine = days.map((d, i) => `${i === 0 ? "M" : "L"}${(i + 0.5) * step},${y(d.estimateUsd)}`).join(" ");
  return (
    <figure className="chart cost-chart">
      <figcaption>
        Measured spend by day (columns), the plans' estimates (line) and the daily share of the budget (dashed)
      </figcaption>
      {days.length === 0 ? (
        <p>No measured spend in this window yet: Cost Explorer is read once a day, and AWS reports a day late.</p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height + 4}`}
          role="img"
          aria-label="Daily spend chart; the numbers are in the table below"
        >
          {days.map((d, i) => (
            <rect
              key={d.day}
              className={d.estimated ? "cost-bar estimated" : "cost-bar"}
              x={i * step + step * 0.15}
              width={step * 0.7}
              y={y(d.actualUsd)}
              height={height - y(d.actualUsd)}
            >
              <title>
                {d.day}: {formatUsd(d.actualUsd)} measured, {formatUsd(d.estimateUsd)} estimated
                {d.estimated ? " (AWS may still restate)" : ""}
              </title>
            </rect>
          ))}
          <path className="cost-estimate" d={estimateLine} fill="none" />
          <line className="cost-budget" x1={0} x2={width} y1={y(dailyBudget)} y2={y(dailyBudget)} />
        </svg>
      )}
      <details>
        <summary>The numbers by day</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Measured</th>
              <th scope="col">Estimated</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>
                  {formatUsd(d.actualUsd)}
                  {d.estimated ? " *" : ""}
                </td>
                <td>{formatUsd(d.estimateUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** One amount against the budget: a meter (warning from 80 %) and the words. */
function BudgetMeter({
  label,
  usd,
  budgetUsd,
  children,
}: {
  label: string;
  usd: number;
  budgetUsd: number;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <dt>
        <label htmlFor={id}>{label}</label>
      </dt>
      <dd className="gauge">
        <meter
          id={id}
          min={0}
          max={Math.max(1, budgetUsd)}
          low={budgetUsd * 0.8}
          high={budgetUsd}
          optimum={0}
          value={usd}
        />
        <span>{children}</span>
      </dd>
    </>
  );
}

function driftText(group: Group): string {
  if (group.drift === null) return group.estimateMonthlyUsd === null ? "—" : "not measured yet";
  const ratio = group.drift.ratio === null ? "" : ` (×${group.drift.ratio})`;
  return group.drift.flagged ? `drift${ratio}` : `as planned${ratio}`;
}

export function CostPage({ session }: { session: Session }) {
  const [team, setTeam] = useState(session.claims.teams[0] ?? "");
  const [days, setDays] = useState<number>(30);
  const [groupBy, setGroupBy] = useState<"request" | "service">("request");
  const report = useCostReport({ team, days, groupBy });
  const r = report.data;
  const b = r?.budget;
  return (
    <Page title="Cost" how="cost">
      <div className="filters">
        <TeamFilter session={session} value={team} onChange={setTeam} />
        <WindowFilter windows={WINDOWS} value={days} onChange={setDays} />
        <label>
          By{" "}
          <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as "request" | "service")}>
            <option value="request">request</option>
            <option value="service">service</option>
          </select>
        </label>
      </div>
      <ProblemMessage error={report.error} />
      {!r && !report.error && <Loading what="cost" />}
      {r && b && (
        <>
          <BudgetBanner report={r} />
          <RecommendationsSummary team={r.team} />
          <section aria-labelledby="month-h">
            <h2 id="month-h">{b.month} against the budget</h2>
            <dl className="facts">
              <BudgetMeter label="Spent so far" usd={b.monthToDateUsd} budgetUsd={b.monthlyBudgetUsd}>
                {formatUsd(b.monthToDateUsd)} of {formatUsd(b.monthlyBudgetUsd)}
              </BudgetMeter>
              <BudgetMeter label="Forecast" usd={b.forecastUsd} budgetUsd={b.monthlyBudgetUsd}>
                {formatUsd(b.forecastUsd)} by the end of the month (so far + the daily run rate for each day left)
              </BudgetMeter>
            </dl>
          </section>
          <DailyChart report={r} />
          <section aria-labelledby="groups-h">
            <h2 id="groups-h">By {groupBy}</h2>
            <table className="list">
              <thead>
                <tr>
                  <th scope="col">{groupBy === "request" ? "Request" : "Service"}</th>
                  <th scope="col">Measured in the window</th>
                  <th scope="col">Estimate a month</th>
                  <th scope="col">Measured a month</th>
                  <th scope="col">Against the plan</th>
                </tr>
              </thead>
              <tbody>
                {r.groups.map((g) => (
                  <tr key={g.key} className={g.drift?.flagged ? "drifted" : undefined}>
                    <th scope="row">
                      {g.request ? (
                        <Link href={`/requests/${g.request}`}>{g.name ?? g.request}</Link>
                      ) : g.service ? (
                        <Link href={`/services/${g.service}`}>{g.service}</Link>
                      ) : (
                        g.key
                      )}
                      {g.template && <span className="muted"> {g.template}</span>}
                    </th>
                    <td>{formatUsd(g.actualUsd)}</td>
                    <td>{g.estimateMonthlyUsd === null ? "—" : formatUsd(g.estimateMonthlyUsd)}</td>
                    <td>{formatUsd(g.measuredMonthlyUsd)}</td>
                    <td>{driftText(g)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <p className="muted">
            {formatUsd(r.actualUsd)} measured {r.from} → {r.to}
            {r.estimated ? " (* AWS may still restate amounts of an open month)" : ""}.{" "}
            {r.readAt
              ? `Cost Explorer was read ${r.readAt.slice(0, 16).replace("T", " ")} UTC; spend through ${r.dataThrough ?? "—"}.`
              : "Cost Explorer has not been read yet: the CostIngestion workflow runs once a day."}
          </p>
        </>
      )}
    </Page>
  );
}
