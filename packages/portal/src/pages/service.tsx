import type { Schemas } from "@plinth/client";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable } from "../components/data-table";
import { ago, Loading, money, Page, pollUnlessGone, RecordProblem, Status, useNow } from "../components/ui";
import { atLeast, type Session } from "../session";
import { useCostReport } from "./cost";
import { ServiceDelivery } from "./delivery";
import { ServicePipelines } from "./pipeline";

type ServicePage = Schemas["ServicePage"];
// The Markdown renderer loads with the Docs section, not with the portal.
const ServiceDocsView = lazy(() => import("../components/service-docs"));
const RESULT_TONE = { pass: "ok", fail: "bad", "not-applicable": "muted" } as const;

export function useServicePage(id: string) {
  return useQuery({
    queryKey: ["service-page", id],
    queryFn: async () => (await api().GET("/v1/services/{id}/page", { params: { path: { id } } })).data as ServicePage,
    refetchInterval: pollUnlessGone(() => 10_000),
  });
}

/** A service and everything Plinth knows about it, from one API call (GET /v1/services/{id}/page). */
export function ServicePageView({ id, session }: { id: string; session: Session }) {
  const page = useServicePage(id);
  const now = useNow();
  if (page.error)
    return (
      <RecordProblem error={page.error} what="service" id={id} back={{ href: "/services", label: "All services" }} />
    );
  if (!page.data) return <Loading what="the service" />;
  const { service: s, resources, datasets, incidents, scorecard } = page.data;
  return (
    <Page
      how="services"
      title={s.name}
      actions={
        atLeast(session, "developer") && (
          <Link className="button" href={`/services/${s.id}/edit`}>
            Edit
          </Link>
        )
      }
    >
      <p className="crumbs">
        <Link href="/services">Services</Link> / {s.id}
      </p>
      {s.description && <p className="lead">{s.description}</p>}
      <dl className="facts wide">
        <dt>Team</dt>
        <dd>{s.team}</dd>
        <dt>Type · lifecycle · tier</dt>
        <dd>
          {s.type} · {s.lifecycle} · tier {s.tier}
        </dd>
        <dt>Repository</dt>
        <dd>
          {s.repository ? (
            <a href={`https://github.com/${s.repository.owner}/${s.repository.name}`} rel="noreferrer">
              github.com/{s.repository.owner}/{s.repository.name}
            </a>
          ) : (
            "—"
          )}
        </dd>
        {s.system && (
          <>
            <dt>System</dt>
            <dd>{s.system}</dd>
          </>
        )}
        {s.links.length > 0 && (
          <>
            <dt>Links</dt>
            <dd>
              {s.links.map((link, index) => (
                <span key={link.url}>
                  {index > 0 && " · "}
                  <a href={link.url} rel="noreferrer">
                    {link.title}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
        {s.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{s.tags.join(", ")}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="scorecard-h">
        <h2 id="scorecard-h">
          Scorecard: {scorecard.level ?? "no level yet"}{" "}
          <span className="muted">
            ({scorecard.passed} of {scorecard.total} rules pass)
          </span>
        </h2>
        <ul className="scorecard" aria-label="Scorecard rules">
          {scorecard.rules.map((rule) => (
            <li key={rule.rule}>
              <span className={`status ${RESULT_TONE[rule.status]}`}>{rule.status.replace("-", " ")}</span>{" "}
              <strong>{rule.title}</strong> <span className="muted">({rule.level})</span>
              <div>{rule.reason}</div>
              {rule.fix && <div className="fix">Fix: {rule.fix}</div>}
            </li>
          ))}
        </ul>
      </section>

      <ServicePipelines serviceId={s.id} session={session} hasRepository={!!s.repository} />
      <ServiceDelivery serviceId={s.id} />

      <section aria-labelledby="resources-h">
        <h2 id="resources-h">Resources · {money(resources.monthlyUsd)} / month estimated</h2>
        <ServiceMeasuredCost team={s.team} service={s.id} />
        {resources.items.length === 0 && <p className="muted">No live resource names this service.</p>}
        <DataTable
          items={resources.items}
          keyOf={(r) => r.requestId}
          columns={[
            { header: "Request", cell: (r) => <Link href={`/requests/${r.requestId}`}>{r.name}</Link> },
            { header: "Template", cell: (r) => r.template },
            { header: "Environment", cell: (r) => r.environment },
            { header: "Status", cell: (r) => <Status value={r.status} /> },
            { header: "Monthly cost", cell: (r) => money(r.monthlyUsd) },
          ]}
        />
      </section>

      <section aria-labelledby="datasets-h">
        <h2 id="datasets-h">Datasets</h2>
        {datasets.items.length === 0 && <p className="muted">No dataset names this service.</p>}
        <DataTable
          items={datasets.items}
          keyOf={(d) => d.id}
          columns={[
            { header: "Dataset", cell: (d) => <Link href={`/datasets/${d.id}`}>{d.id}</Link> },
            { header: "Contract", cell: (d) => `v${d.contractVersion}` },
            ...(["silver", "gold"] as const).map((stage) => ({
              header: `Current ${stage}`,
              cell: (d: ServicePage["datasets"]["items"][number]) => {
                const current = d.current.find((c) => c.stage === stage);
                return current?.newest
                  ? `${current.newest.partition} v${current.newest.version} (${current.partitions} partitions)`
                  : "—";
              },
            })),
          ]}
        />
      </section>

      <section aria-labelledby="incidents-h">
        <h2 id="incidents-h">Incidents</h2>
        {incidents.open.length + incidents.recent.length === 0 && <p className="muted">No incident on record.</p>}
        <DataTable
          items={[...incidents.open, ...incidents.recent]}
          keyOf={(i) => i.id}
          columns={[
            { header: "Incident", cell: (i) => <Link href={`/incidents/${i.id}`}>{i.alarm}</Link> },
            { header: "Status", cell: (i) => <Status value={i.status} /> },
            { header: "Resource", cell: (i) => <code>{i.resource}</code> },
            { header: "Opened", cell: (i) => ago(i.createdAt, now) },
          ]}
        />
      </section>
      {s.repository && (
        <section aria-labelledby="service-docs-h">
          <h2 id="service-docs-h">Docs</h2>
          <Suspense fallback={<p className="muted">Loading the docs…</p>}>
            <ServiceDocsView serviceId={s.id} />
          </Suspense>
        </section>
      )}
      <p className="muted small">This page took {page.data.reads} reads.</p>
    </Page>
  );
}

/** What the service's resources measurably cost (Cost Explorer, read daily), beside the estimate above. */
function ServiceMeasuredCost({ team, service }: { team: string; service: string }) {
  const cost = useCostReport({ team, service, groupBy: "service" });
  const group = cost.data?.groups.find((g) => g.key === service);
  if (!cost.data) return null;
  return (
    <p>
      Measured: <strong>{money(group?.measuredMonthlyUsd ?? 0)} / month</strong> at the last week's rate,{" "}
      {money(group?.actualUsd ?? 0)} in the last 30 days
      {group?.drift?.flagged ? " — far from the estimate" : ""}. <Link href="/cost">Cost</Link>
    </p>
  );
}
