import { formatUsd, type Schemas } from "@plinth/client";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { api } from "../api";
import { apiNow } from "../clock";
import { BarChart } from "../components/bar-chart";
import { TeamFilter, WindowFilter } from "../components/filters";
import { duration, Loading, Page, ProblemMessage } from "../components/ui";
import type { Session } from "../session";

type Insights = Schemas["Insights"];
const DAY = 86_400_000;
const WINDOWS = [7, 30, 90] as const;
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

const spread = (d: Insights["provisioning"]["leadTimeSeconds"]) =>
  d ? `p50 ${duration(d.p50 * 1000)} · p95 ${duration(d.p95 * 1000)} (${d.count})` : "none in this window";

export function InsightsPage({ session }: { session: Session }) {
  const [team, setTeam] = useState(session.claims.teams[0] ?? "");
  const [days, setDays] = useState<number>(30);
  const budgetId = useId();
  const insights = useQuery({
    queryKey: ["insights", team, days],
    enabled: team !== "",
    queryFn: async () =>
      (
        await api().GET("/v1/insights", {
          params: { query: { team, from: new Date(apiNow() - days * DAY).toISOString() } },
        })
      ).data as Insights,
  });
  const i = insights.data;
  return (
    <Page title="Insights" how="insights">
      <div className="filters">
        <TeamFilter session={session} value={team} onChange={setTeam} />
        <WindowFilter windows={WINDOWS} value={days} onChange={setDays} />
      </div>
      <ProblemMessage error={insights.error} />
      {!i && !insights.error && <Loading what="insights" />}
      {i && (
        <>
          <section aria-labelledby="prov-h">
            <h2 id="prov-h">Provisioning</h2>
            <dl className="facts">
              <dt>Requests</dt>
              <dd>{i.provisioning.requests}</dd>
              <dt>Lead time (request → ready)</dt>
              <dd>{spread(i.provisioning.leadTimeSeconds)}</dd>
              <dt>
                <label htmlFor={budgetId}>Budget</label>
              </dt>
              <dd className="gauge">
                <meter
                  id={budgetId}
                  min={0}
                  max={Math.max(1, i.provisioning.monthlyBudgetUsd)}
                  low={i.provisioning.monthlyBudgetUsd * 0.7}
                  high={i.provisioning.monthlyBudgetUsd * 0.9}
                  optimum={0}
                  value={i.provisioning.monthlyCommittedUsd}
                />
                <span>
                  {formatUsd(i.provisioning.monthlyCommittedUsd)}/month committed of{" "}
                  {formatUsd(i.provisioning.monthlyBudgetUsd)}
                </span>
              </dd>
            </dl>
            <BarChart
              title="Requests by status"
              bars={Object.entries(i.provisioning.byStatus).map(([label, value]) => ({
                label,
                value,
                tone: label === "FAILED" ? "bad" : label === "SUCCEEDED" ? "ok" : "neutral",
              }))}
            />
            <BarChart
              title="Failure rate by template"
              bars={i.provisioning.byTemplate.map((t) => ({
                label: `${t.template} (${t.failed} of ${t.succeeded + t.failed})`,
                value: t.failureRate,
                text: percent(t.failureRate),
                tone: t.failureRate > 0 ? "bad" : "ok",
              }))}
            />
          </section>
          <section aria-labelledby="prom-h">
            <h2 id="prom-h">Promotions</h2>
            <BarChart
              title="Success rate by dataset"
              bars={i.promotions.byDataset.map((d) => ({
                label: `${d.dataset} (${d.runs} runs)`,
                value: d.successRate,
                text: percent(d.successRate),
                tone: d.successRate < 1 ? "warn" : "ok",
              }))}
            />
            <BarChart
              title="Rows set aside by dataset"
              bars={i.promotions.byDataset.map((d) => ({
                label: d.dataset,
                value: d.quarantineRate,
                text: `${d.rowsQuarantined.toLocaleString("en-US")} of ${d.rowsIn.toLocaleString("en-US")} (${percent(d.quarantineRate)})`,
                tone: "warn",
              }))}
            />
          </section>
          <section aria-labelledby="inc-h">
            <h2 id="inc-h">Incidents</h2>
            <dl className="facts">
              <dt>Opened</dt>
              <dd>{i.incidents.opened}</dd>
              <dt>Resolved</dt>
              <dd>
                {i.incidents.resolved} ({percent(i.incidents.healedShare)} healed themselves)
              </dd>
              <dt>Escalated</dt>
              <dd>{i.incidents.escalated}</dd>
              <dt>Time to resolve</dt>
              <dd>{spread(i.incidents.timeToResolveSeconds)}</dd>
            </dl>
          </section>
          <p className="muted">
            Read {i.cost.itemsRead} items in {i.cost.queries} queries ({i.cost.readUnits} read units) for{" "}
            {i.from.slice(0, 10)} → {i.to.slice(0, 10)}.
            {i.cost.truncated && " Some kinds had more records than are read: choose a shorter window."}
          </p>
        </>
      )}
    </Page>
  );
}
