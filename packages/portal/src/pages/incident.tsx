import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { Timeline } from "../components/timeline";
import {
  CommentButton,
  Loading,
  Page,
  ProblemMessage,
  pollUnlessGone,
  RecordProblem,
  ServiceFact,
  Status,
  useNow,
} from "../components/ui";
import { atLeast, type Session } from "../session";

type Incident = Schemas["Incident"];
const WORKING = new Set(["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING"]);

export function IncidentPage({ id, session }: { id: string; session: Session }) {
  const now = useNow(1_000);
  const incident = useQuery({
    queryKey: ["incident", id],
    queryFn: async () => (await api().GET("/v1/incidents/{id}", { params: { path: { id } } })).data as Incident,
    refetchInterval: pollUnlessGone((data) => (data && !WORKING.has(data.status) ? false : 1_000)),
  });
  if (incident.error)
    return (
      <RecordProblem
        error={incident.error}
        what="incident"
        id={id}
        back={{ href: "/incidents", label: "All incidents" }}
      />
    );
  if (!incident.data) return <Loading what="the incident" />;
  const i = incident.data;
  return (
    <Page title={i.summary} how="incident" actions={<IncidentActions incident={i} session={session} />}>
      <p className="crumbs">
        <Link href="/incidents">Incidents</Link> / {i.id}
      </p>
      <dl className="facts wide">
        <dt>Status</dt>
        <dd>
          <Status value={i.status} />
          {i.acknowledged && <span className="muted"> acknowledged by {i.acknowledged.by}</span>}
        </dd>
        <dt>Alarm</dt>
        <dd>
          {i.alarm.name}{" "}
          <span className="muted">
            ({i.alarm.state}: {i.alarm.reason})
          </span>
        </dd>
        <dt>Resource</dt>
        <dd>
          <code>{i.resource.id}</code> <span className="muted">{i.resource.type}</span>
        </dd>
        <ServiceFact service={i.service} />
        {i.deployment && i.service && <DeploymentFact deployment={i.deployment} service={i.service} />}
        <dt>Runbook</dt>
        <dd>{i.runbook ? `${i.runbook.title} (mode ${i.runbook.mode}, tier ${i.runbook.tier})` : "none matches"}</dd>
        {i.proposal && (
          <>
            <dt>Proposed action</dt>
            <dd>
              <code>{i.proposal.call}</code> — {i.proposal.reason}
              <span className="muted"> (undo: {i.proposal.undo})</span>
            </dd>
          </>
        )}
        {i.approval && (
          <>
            <dt>Approval</dt>
            <dd>
              {i.approval.decision
                ? `${i.approval.decision} by ${i.approval.decidedBy ?? "?"}`
                : `waiting until ${new Date(i.approval.expiresAt).toLocaleTimeString()}`}
            </dd>
          </>
        )}
        {i.escalation && (
          <>
            <dt>Escalated</dt>
            <dd>{i.escalation.reason}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="decisions-h">
        <h2 id="decisions-h">Guardrail decisions</h2>
        {i.decisions.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ol className="decisions">
            {i.decisions.map((decision, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decisions only grow at the end, so a position is stable
              <li key={`${decision.at}-${decision.guard}-${index}`} className={decision.outcome}>
                <strong>{decision.guard}</strong>{" "}
                <span
                  className={`status ${decision.outcome === "pass" ? "ok" : decision.outcome === "block" ? "bad" : "warn"}`}
                >
                  {decision.outcome}
                </span>{" "}
                {decision.reason}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="itimeline-h">
        <h2 id="itimeline-h">Timeline</h2>
        <Timeline entries={i.timeline} running={WORKING.has(i.status)} now={now} />
      </section>
      {i.actions.length > 0 && (
        <section aria-labelledby="actions-h">
          <h2 id="actions-h">Actions taken</h2>
          <ul>
            {i.actions.map((action) => (
              <li key={action.attempt}>
                Attempt {action.attempt}: <code>{action.call}</code> — {action.outcome}
                {action.detail ? ` (${action.detail})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}

function IncidentActions({ incident, session }: { incident: Incident; session: Session }) {
  const client = useQueryClient();
  const act = useMutation({
    mutationFn: async (run: () => Promise<{ data?: Incident }>) => (await run()).data as Incident,
    onSuccess: (updated) => {
      client.setQueryData(["incident", incident.id], updated);
      void client.invalidateQueries({ queryKey: ["incidents"] });
    },
  });
  const path = { params: { path: { id: incident.id } } };
  const body = (comment: string) => (comment ? { comment } : {});
  const open = incident.status !== "RESOLVED";
  return (
    <>
      {atLeast(session, "approver") && incident.status === "AWAITING_APPROVAL" && (
        <>
          <CommentButton
            label="Approve the action"
            question={`Run ${incident.proposal?.call ?? "the runbook's action"} on ${incident.resource.id}?`}
            onSubmit={(comment) =>
              act.mutate(() => api().POST("/v1/incidents/{id}/approve", { ...path, body: body(comment) }))
            }
          />
          <CommentButton
            label="Reject"
            danger
            question="Reject the proposed action? The incident is escalated to a person."
            onSubmit={(comment) =>
              act.mutate(() => api().POST("/v1/incidents/{id}/reject", { ...path, body: body(comment) }))
            }
          />
        </>
      )}
      {atLeast(session, "developer") && open && !incident.acknowledged && (
        <button
          type="button"
          onClick={() => act.mutate(() => api().POST("/v1/incidents/{id}/acknowledge", { ...path, body: {} }))}
        >
          Acknowledge
        </button>
      )}
      {atLeast(session, "developer") && open && (
        <CommentButton
          label="Resolve"
          question="Resolve this incident by hand?"
          onSubmit={(comment) =>
            act.mutate(() => api().POST("/v1/incidents/{id}/resolve", { ...path, body: body(comment) }))
          }
        />
      )}
      <ProblemMessage error={act.error} />
    </>
  );
}

/** The production deployment the incident is linked to, and what a rollback would put back — each to its run. */
function DeploymentFact({ deployment, service }: { deployment: NonNullable<Incident["deployment"]>; service: string }) {
  const run = (runId: number | undefined, sha: string) =>
    runId === undefined ? (
      <code>{sha.slice(0, 7)}</code>
    ) : (
      <Link href={`/services/${service}/pipelines/${deployment.pipelineId}/runs/${runId}`}>
        <code>{sha.slice(0, 7)}</code>
      </Link>
    );
  return (
    <>
      <dt>Deployed before it</dt>
      <dd>
        {run(deployment.runId, deployment.sha)} to {deployment.environment}, {deployment.minutesBeforeAlarm} min before
        the alarm
        <span className="muted">
          {" "}
          (deployment {deployment.id}, {deployment.state})
        </span>
        {deployment.previous && <> — before it: {run(deployment.previous.runId, deployment.previous.sha)}</>}
      </dd>
    </>
  );
}
