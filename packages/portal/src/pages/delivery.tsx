import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useLocation, useSearch } from "wouter";
import { api } from "../api";
import { DataTable } from "../components/data-table";
import {
  ago,
  CommentButton,
  ConfirmButton,
  Loading,
  Page,
  ProblemMessage,
  pollUnlessGone,
  RecordProblem,
  Status,
  useNow,
} from "../components/ui";
import { atLeast, type Session } from "../session";

type Run = Schemas["PipelineRun"];
type Approval = Schemas["DeploymentApproval"];
type Dora = Schemas["Dora"];
const short = (sha: string) => sha.slice(0, 7);
const runPath = (serviceId: string, pipelineId: string, runId: number) =>
  `/services/${serviceId}/pipelines/${pipelineId}/runs/${runId}`;

/** A pipeline's runs, newest first, with "Run now" (a dispatch followed to exactly its run). */
export function PipelineRuns({
  serviceId,
  pipelineId,
  active,
  session,
}: {
  serviceId: string;
  pipelineId: string;
  active: boolean;
  session: Session;
}) {
  const [, navigate] = useLocation();
  const runs = useQuery({
    queryKey: ["runs", serviceId, pipelineId],
    queryFn: async () =>
      (
        await api().GET("/v1/services/{id}/pipelines/{pipelineId}/runs", {
          params: { path: { id: serviceId, pipelineId }, query: { limit: 20 } },
        })
      ).data,
    refetchInterval: pollUnlessGone(() => 3_000),
  });
  const dispatch = useMutation({
    mutationFn: async () =>
      (
        await api().POST("/v1/services/{id}/pipelines/{pipelineId}/runs", {
          params: { path: { id: serviceId, pipelineId } },
          body: {},
        })
      ).data as Run,
    onSuccess: (run) => navigate(runPath(serviceId, pipelineId, run.runId)),
  });
  return (
    <section aria-labelledby="runs-h">
      <h2 id="runs-h">Runs</h2>
      {active && atLeast(session, "developer") && (
        <p>
          <button type="button" className="primary" onClick={() => dispatch.mutate()} disabled={dispatch.isPending}>
            Run now
          </button>
        </p>
      )}
      <ProblemMessage error={dispatch.error ?? runs.error} />
      {runs.data?.items.length === 0 && (
        <p className="muted">No runs yet: merging the pull request starts the first.</p>
      )}
      <DataTable
        items={runs.data?.items ?? []}
        keyOf={(r) => `${r.runId}-${r.attempt}`}
        columns={[
          {
            header: "Run",
            cell: (r) => <Link href={runPath(serviceId, pipelineId, r.runId)}>{`#${r.runNumber ?? r.runId}`}</Link>,
          },
          { header: "Status", cell: (r) => <Status value={r.conclusion ?? r.status} /> },
          { header: "Event", cell: (r) => r.event },
          { header: "Commit", cell: (r) => <code>{short(r.headSha)}</code> },
          { header: "By", cell: (r) => r.dispatchedBy ?? r.actor ?? "—" },
          { header: "Started", cell: (r) => r.createdAt },
        ]}
      />
    </section>
  );
}

/** One run, live: its jobs and steps as GitHub reports them, rerun and cancel. */
export function RunPage({
  serviceId,
  pipelineId,
  runId,
  session,
}: {
  serviceId: string;
  pipelineId: string;
  runId: number;
  session: Session;
}) {
  const queries = useQueryClient();
  const key = ["run", serviceId, pipelineId, runId];
  const run = useQuery({
    queryKey: key,
    queryFn: async () =>
      (
        await api().GET("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}", {
          params: { path: { id: serviceId, pipelineId, runId } },
        })
      ).data as Run,
    refetchInterval: pollUnlessGone((data: Run | undefined) => (data?.status === "completed" ? false : 1_000)),
  });
  const act = useMutation({
    mutationFn: async (verb: "rerun" | "cancel") => {
      const path = { id: serviceId, pipelineId, runId };
      const answer =
        verb === "rerun"
          ? await api().POST("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/rerun", { params: { path } })
          : await api().POST("/v1/services/{id}/pipelines/{pipelineId}/runs/{runId}/cancel", { params: { path } });
      return answer.data as Run;
    },
    onSuccess: (next) => queries.setQueryData(key, next),
  });
  if (run.error)
    return (
      <RecordProblem
        error={run.error}
        what="run"
        id={String(runId)}
        back={{ href: `/services/${serviceId}/pipelines/${pipelineId}`, label: "The pipeline" }}
      />
    );
  if (!run.data) return <Loading what="the run" />;
  const r = run.data;
  const developer = atLeast(session, "developer");
  return (
    <Page
      how="run"
      title={
        <>
          Run #{r.runNumber ?? r.runId} of {serviceId} <Status value={r.conclusion ?? r.status} />
        </>
      }
      actions={
        developer && (
          <>
            {r.status === "completed" && r.conclusion !== "success" && (
              <button type="button" onClick={() => act.mutate("rerun")} disabled={act.isPending}>
                Rerun failed jobs
              </button>
            )}
            {r.status !== "completed" && (
              <ConfirmButton
                label="Cancel run"
                question="Cancel this run? A deploy mid-way finishes its current step."
                confirmLabel="Cancel the run"
                danger
                onConfirm={() => act.mutate("cancel")}
              />
            )}
          </>
        )
      }
    >
      <p className="crumbs">
        <Link href={`/services/${serviceId}`}>{serviceId}</Link> /{" "}
        <Link href={`/services/${serviceId}/pipelines/${pipelineId}`}>{pipelineId}</Link> / run {r.runId}
      </p>
      <ProblemMessage error={act.error} />
      <dl className="facts wide">
        <dt>Commit</dt>
        <dd>
          <code>{r.headSha}</code> on {r.headBranch}
          {r.title ? ` · ${r.title}` : ""}
        </dd>
        <dt>Started by</dt>
        <dd>
          {r.event}
          {r.dispatchedBy ? ` · dispatched in Plinth by ${r.dispatchedBy}` : r.actor ? ` · ${r.actor}` : ""}
        </dd>
        <dt>Attempt</dt>
        <dd>{r.attempt}</dd>
        <dt>On GitHub</dt>
        <dd>
          <a href={r.url}>{r.url}</a>
        </dd>
      </dl>
      <section aria-labelledby="jobs-h">
        <h2 id="jobs-h">Jobs</h2>
        {r.jobs.length === 0 && <p className="muted">No job has started yet.</p>}
        <ol className="jobs">
          {r.jobs.map((job) => (
            <li key={job.id} data-job={job.name}>
              <h3>
                {job.name} <Status value={job.conclusion ?? job.status} />
              </h3>
              <ol className="steps">
                {job.steps.map((step) => (
                  <li key={step.number}>
                    {step.name} <Status value={step.conclusion ?? step.status} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}

/** Production deploys waiting at the gate, for the approvals inbox: approve the commit shown, or reject. */
export function DeployApprovals({ session, team }: { session: Session; team: string | undefined }) {
  const queries = useQueryClient();
  const now = useNow();
  const waiting = useQuery({
    queryKey: ["deploy-approvals", team],
    queryFn: async () =>
      (await api().GET("/v1/deployment-approvals", { params: { query: team ? { team, status: "WAITING" } : {} } }))
        .data,
    refetchInterval: 2_000,
  });
  const decide = useMutation({
    mutationFn: async (decision: { approval: Approval; verb: "approve" | "reject"; comment: string }) => {
      const path = { id: decision.approval.id };
      return decision.verb === "approve"
        ? await api().POST("/v1/deployment-approvals/{id}/approve", {
            params: { path },
            body: {
              sha: decision.approval.sha,
              environment: decision.approval.environment,
              ...(decision.comment ? { comment: decision.comment } : {}),
            },
          })
        : await api().POST("/v1/deployment-approvals/{id}/reject", {
            params: { path },
            body: { reason: decision.comment },
          });
    },
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["deploy-approvals"] });
      void queries.invalidateQueries({ queryKey: ["approvals-count"] });
    },
  });
  const items = (waiting.data?.items ?? []).filter((a) => a.status === "WAITING");
  return (
    <section aria-labelledby="deploys-h">
      <h2 id="deploys-h">Production deploys</h2>
      <ProblemMessage error={waiting.error ?? decide.error} />
      {waiting.data && items.length === 0 && <p>No production deploy is waiting.</p>}
      <ul className="cards">
        {items.map((a) => {
          const own = [a.dispatchedBy, a.requestedBy].includes(session.claims.sub);
          return (
            <li key={a.id} className="card" data-approval={a.id}>
              <h3>
                {a.serviceId} → {a.environment}
              </h3>
              <dl className="facts">
                <dt>Commit</dt>
                <dd>
                  <code>{a.sha}</code>
                </dd>
                <dt>Started by</dt>
                <dd>
                  {a.dispatchedBy ?? a.requestedBy} <span className="muted">{ago(a.createdAt, now)}</span>
                </dd>
                <dt>Checks</dt>
                <dd>
                  {a.previous
                    ? `${a.previous.succeeded ? "passed" : "did not pass"} ${a.previous.environment}`
                    : "no earlier environment"}
                </dd>
                <dt>Expires</dt>
                <dd>{a.expiresAt}</dd>
              </dl>
              {own ? (
                <p className="muted">You started this deploy: another approver decides.</p>
              ) : !a.decidable ? (
                <p className="muted">Opening… the decision buttons appear in a moment.</p>
              ) : atLeast(session, "approver") ? (
                <div className="actions">
                  <CommentButton
                    label={`Approve ${short(a.sha)}`}
                    question={`Deploy ${a.sha} of ${a.serviceId} to ${a.environment}?`}
                    onSubmit={(comment) => decide.mutate({ approval: a, verb: "approve", comment })}
                  />
                  <CommentButton
                    label="Reject"
                    question="Why? (shown in GitHub)"
                    required
                    danger
                    onSubmit={(comment) => decide.mutate({ approval: a, verb: "reject", comment })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The service page's delivery: recent deployments per environment and its DORA numbers. */
export function ServiceDelivery({ serviceId }: { serviceId: string }) {
  const deployments = useQuery({
    queryKey: ["deployments", serviceId],
    queryFn: async () =>
      (await api().GET("/v1/services/{id}/deployments", { params: { path: { id: serviceId }, query: { limit: 10 } } }))
        .data,
    refetchInterval: pollUnlessGone(() => 5_000),
  });
  const items = deployments.data?.items ?? [];
  return (
    <section aria-labelledby="deployments-h">
      <h2 id="deployments-h">Deployments</h2>
      <ProblemMessage error={deployments.error} />
      {deployments.data && items.length === 0 && <p className="muted">Nothing deployed yet.</p>}
      {items.length > 0 && (
        <p>
          <Link href={`/services/${serviceId}/dora`}>Delivery metrics (DORA)</Link>
        </p>
      )}
      <DeploymentTable items={items} />
    </section>
  );
}

function DeploymentTable({ items, highlight }: { items: Schemas["Deployment"][]; highlight?: ReadonlySet<number> }) {
  return (
    <DataTable
      items={items}
      keyOf={(d) => String(d.id)}
      rowClass={(d) => (highlight?.has(d.id) ? "highlight" : undefined)}
      columns={[
        { header: "Deployment", cell: (d) => <span id={`deployment-${d.id}`}>{d.id}</span> },
        { header: "Environment", cell: (d) => d.environment },
        { header: "State", cell: (d) => <Status value={d.state} /> },
        { header: "Commit", cell: (d) => <code>{short(d.sha)}</code> },
        { header: "Finished", cell: (d) => d.finishedAt ?? "—" },
        { header: "Log", cell: (d) => (d.logUrl ? <a href={d.logUrl}>run</a> : "—") },
      ]}
    />
  );
}

const METRICS: {
  key: keyof Pick<Dora, "deploymentFrequency" | "changeLeadTime" | "changeFailRate" | "recoveryTime" | "reworkRate">;
  label: string;
  value: (d: Dora) => string;
}[] = [
  {
    key: "deploymentFrequency",
    label: "Deployment frequency",
    value: (d) => `${d.deploymentFrequency.deployments} (${d.deploymentFrequency.perWeek} a week)`,
  },
  {
    key: "changeLeadTime",
    label: "Change lead time",
    value: (d) => `median ${hours(d.changeLeadTime.medianHours)}, p90 ${hours(d.changeLeadTime.p90Hours)}`,
  },
  { key: "changeFailRate", label: "Change fail rate", value: (d) => percent(d.changeFailRate.rate) },
  {
    key: "recoveryTime",
    label: "Failed deployment recovery time",
    value: (d) => `median ${hours(d.recoveryTime.medianHours)}`,
  },
  { key: "reworkRate", label: "Deployment rework rate", value: (d) => percent(d.reworkRate.rate) },
];
/** The portal's --ok and --bad colours (an SVG fill attribute takes no CSS variable). */
const CHART = { ok: "#116329", bad: "#a40e26" };
const hours = (h: number | null) => (h === null ? "—" : h < 48 ? `${h} h` : `${(h / 24).toFixed(1)} d`);
const percent = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)} %`);

/** DORA for a service: the five numbers (each showing the deployments behind it) and a week-by-week chart. */
export function DoraPage({ serviceId }: { serviceId: string }) {
  const dora = useQuery({
    queryKey: ["dora", serviceId],
    queryFn: async () =>
      (await api().GET("/v1/services/{id}/dora", { params: { path: { id: serviceId }, query: { days: 90 } } }))
        .data as Dora,
  });
  const deployments = useQuery({
    queryKey: ["deployments-production", serviceId],
    queryFn: async () =>
      (
        await api().GET("/v1/services/{id}/deployments", {
          params: { path: { id: serviceId }, query: { environment: "production", limit: 100 } },
        })
      ).data,
  });
  const chosen = new URLSearchParams(useSearch()).get("metric");
  if (dora.error)
    return (
      <RecordProblem error={dora.error} what="service" id={serviceId} back={{ href: "/services", label: "Services" }} />
    );
  if (!dora.data) return <Loading what="the delivery metrics" />;
  const d = dora.data;
  const metric = METRICS.find((m) => m.key === chosen);
  const behind = new Set(metric ? d[metric.key].ids : []);
  const max = Math.max(1, ...d.weeks.map((w) => w.deployments + w.failed));
  return (
    <Page title={`Delivery metrics of ${serviceId}`} how="dora">
      <p className="crumbs">
        <Link href={`/services/${serviceId}`}>{serviceId}</Link> / DORA · production, {d.from.slice(0, 10)} →{" "}
        {d.to.slice(0, 10)}
      </p>
      <dl className="facts wide">
        {METRICS.map((m) => (
          <div key={m.key}>
            <dt>{m.label}</dt>
            <dd>
              {m.value(d)} ·{" "}
              <Link
                href={`/services/${serviceId}/dora?metric=${m.key}`}
                aria-label={`${m.value(d)}: the ${d[m.key].ids.length} deployments behind ${m.label}`}
              >
                {d[m.key].ids.length} deployments
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <figure>
        <svg
          role="img"
          aria-label={`Production deployments per week: ${d.weeks.map((w) => `${w.start.slice(0, 10)} ${w.deployments} deployed, ${w.failed} failed`).join("; ")}`}
          viewBox={`0 0 ${d.weeks.length * 30} 110`}
          className="chart"
        >
          {d.weeks.map((w, i) => {
            const ok = (w.deployments / max) * 100;
            const bad = (w.failed / max) * 100;
            return (
              <g key={w.start}>
                {ok > 0 && <rect x={i * 30 + 4} y={105 - ok} width={22} height={ok} fill={CHART.ok} />}
                {bad > 0 && <rect x={i * 30 + 4} y={105 - ok - bad} width={22} height={bad} fill={CHART.bad} />}
              </g>
            );
          })}
        </svg>
        <figcaption>Successful (lower) and failed (upper) production deployments, week by week.</figcaption>
      </figure>
      <section aria-labelledby="behind-h">
        <h2 id="behind-h">{metric ? `Behind ${metric.label.toLowerCase()}` : "Production deployments"}</h2>
        <DeploymentTable
          items={(deployments.data?.items ?? []).filter((x) => !metric || behind.has(x.id))}
          highlight={behind}
        />
      </section>
    </Page>
  );
}
