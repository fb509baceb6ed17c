import type { Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "wouter";
import { api } from "../api";
import { PlanView } from "../components/plan";
import { Timeline } from "../components/timeline";
import {
  CommentButton,
  ConfirmButton,
  Loading,
  money,
  Page,
  ProblemMessage,
  pollUnlessGone,
  RecordProblem,
  ServiceFact,
  Status,
  useNow,
} from "../components/ui";
import { atLeast, type Session } from "../session";

type Request = Schemas["ProvisioningRequest"];

const WORKING = new Set(["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "DESTROYING"]);

/**
 * Still waiting for an approver: AWAITING_APPROVAL, and its plan not yet decided. The API answers an
 * approval before the workflow moves the request on, so the status alone lags the decision.
 */
export function waitsForDecision(request: Request): boolean {
  return request.status === "AWAITING_APPROVAL" && request.approval?.planHash !== request.plan.hash;
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: ["request", id],
    queryFn: async () =>
      (await api().GET("/v1/provisioning-requests/{id}", { params: { path: { id } } })).data as Request,
    // Live while something is working on it; quiet once it has ended.
    refetchInterval: pollUnlessGone((data) => (data && !WORKING.has(data.status) ? false : 1_000)),
  });
}

export function RequestPage({ id, session }: { id: string; session: Session }) {
  const request = useRequest(id);
  const now = useNow(1_000);
  if (request.error)
    return (
      <RecordProblem
        error={request.error}
        what="provisioning request"
        id={id}
        back={{ href: "/requests", label: "All requests" }}
      />
    );
  if (!request.data) return <Loading what="the request" />;
  const r = request.data;
  // A retried request keeps its last failure on record; it is news only while the request stands failed.
  const failure = ["FAILED", "ROLLED_BACK"].includes(r.status) ? r.failure : undefined;
  return (
    <Page title={r.name} how="request" actions={<RequestActions request={r} session={session} />}>
      <p className="crumbs">
        <Link href="/requests">Requests</Link> / {r.id}
      </p>
      <dl className="facts wide">
        <dt>Status</dt>
        <dd>
          <Status value={r.status} />
        </dd>
        <dt>Template</dt>
        <dd>
          <Link href={`/catalog/${r.template.id}`}>{r.template.id}</Link> v{r.template.version}
        </dd>
        <ServiceFact service={r.service} />
        <dt>Team · environment · region</dt>
        <dd>
          {r.team} · {r.environment} · {r.region}
        </dd>
        <dt>Requested by</dt>
        <dd>{r.requestedBy}</dd>
        <dt>Cost</dt>
        <dd>{money(r.plan.cost.monthlyUsd)} / month</dd>
        <dt>Expires</dt>
        <dd>
          {r.expiresAt
            ? new Date(r.expiresAt).toLocaleString()
            : r.ttlHours
              ? `${r.ttlHours} h after it succeeds`
              : "never"}
        </dd>
        {r.approval && (
          <>
            <dt>Decision</dt>
            <dd>
              {r.approval.decision} by {r.approval.by}
              {r.approval.comment ? `: “${r.approval.comment}”` : ""}
            </dd>
          </>
        )}
      </dl>
      {r.status === "SUCCEEDED" && r.destroyRequest && (
        <p className="banner warn" role="status">
          <strong>Destroy awaiting approval</strong> — asked by {r.destroyRequest.by}: {r.destroyRequest.reason}.{" "}
          {r.destroyRequest.recommendation && <Link href="/cost/recommendations">See the recommendation</Link>}
        </p>
      )}
      {failure && (
        <div className="problem" role="alert">
          <strong>
            Failed at step {failure.step}: {failure.reason}
          </strong>
          <p className="muted">
            {failure.error} · cleanup {failure.cleanup}
          </p>
        </div>
      )}
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <Timeline entries={r.timeline} running={WORKING.has(r.status)} now={now} />
      </section>
      {Object.keys(r.outputs).length > 0 && (
        <section aria-labelledby="outputs-h">
          <h2 id="outputs-h">Outputs</h2>
          <dl className="facts wide outputs">
            {Object.entries(r.outputs).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>
                  <code>{value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {r.changes && r.changes.length > 0 && (
        <section aria-labelledby="changes-h">
          <h2 id="changes-h">Change set</h2>
          <ul className="resources">
            {r.changes.map((change) => (
              <li key={change.logicalId}>
                {change.action} <code>{change.logicalId}</code> <span className="muted">{change.type}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="plan-h">
        <h2 id="plan-h">Plan</h2>
        <PlanView plan={r.plan} />
      </section>
    </Page>
  );
}

/** Only what this person may do to this request in its state; nothing that would fail on click. */
export function RequestActions({ request, session }: { request: Request; session: Session }) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>();
  const path = { params: { path: { id: request.id } } };
  const act = useMutation({
    mutationFn: async (run: () => Promise<{ data?: Request }>) => (await run()).data as Request,
    onSuccess: (updated) => {
      setError(undefined);
      client.setQueryData(["request", request.id], updated);
      // Out of every inbox at once, not at the inbox's next poll (a live Approve button on a decided request).
      if (!waitsForDecision(updated))
        client.setQueriesData<{ items: Request[] }>({ queryKey: ["approvals"] }, (list) =>
          list ? { ...list, items: list.items.filter((item) => item.id !== updated.id) } : list,
        );
      void client.invalidateQueries({ queryKey: ["requests"] });
      void client.invalidateQueries({ queryKey: ["approvals-count"] });
    },
    onError: setError,
  });
  const developer = atLeast(session, "developer");
  const approver = atLeast(session, "approver") && request.requestedBy !== session.claims.sub;
  const s = request.status;
  const asked = s === "SUCCEEDED" ? request.destroyRequest : undefined;
  const destroyApprover = asked !== undefined && atLeast(session, "approver") && asked.by !== session.claims.sub;
  // One approve and one reject, for a plan waiting for approval and for a destroy someone asked for.
  const approve = (comment: string) =>
    act.mutate(() =>
      api().POST("/v1/provisioning-requests/{id}/approve", {
        ...path,
        body: { planHash: request.plan.hash, ...(comment ? { comment } : {}) },
      }),
    );
  const reject = (comment: string) =>
    act.mutate(() => api().POST("/v1/provisioning-requests/{id}/reject", { ...path, body: { comment } }));
  return (
    <>
      {destroyApprover && (
        <>
          <CommentButton
            label="Approve destroy"
            question={`Destroy ${request.name} (${request.plan.stackName}) as ${asked.by} asked: ${asked.reason}?`}
            danger
            onSubmit={approve}
          />
          <CommentButton
            label="Keep it"
            required
            question="Why should it stay? The destroy is withdrawn and the recommendation reopens."
            onSubmit={reject}
          />
        </>
      )}
      {approver && waitsForDecision(request) && (
        <>
          <CommentButton
            label={`Approve plan ${request.plan.hash.slice(0, 12)}`}
            question={`Approve ${request.name} (${request.template.id} in ${request.environment} for ${request.team}, requested by ${request.requestedBy}): plan ${request.plan.hash.slice(0, 12)} at ${money(request.plan.cost.monthlyUsd)} / month?`}
            onSubmit={approve}
          />
          <CommentButton label="Reject" danger required question="Why is this request rejected?" onSubmit={reject} />
        </>
      )}
      {developer && ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING"].includes(s) && (
        <ConfirmButton
          label="Cancel"
          question="Stop this request and delete whatever it made?"
          confirmLabel="Cancel the request"
          danger
          onConfirm={() => act.mutate(() => api().POST("/v1/provisioning-requests/{id}/cancel", path))}
        />
      )}
      {developer && (s === "FAILED" || s === "ROLLED_BACK") && (
        <button
          type="button"
          className="primary"
          onClick={() => act.mutate(() => api().POST("/v1/provisioning-requests/{id}/retry", path))}
        >
          Retry
        </button>
      )}
      {developer && s === "SUCCEEDED" && request.expiresAt && (
        <button
          type="button"
          onClick={() => {
            const expiresAt = new Date(Date.parse(request.expiresAt ?? "") + 24 * 3_600_000).toISOString();
            act.mutate(() =>
              api().PATCH("/v1/provisioning-requests/{id}", {
                params: { path: { id: request.id }, header: { "if-match": `"${request.version}"` } },
                body: { expiresAt },
              }),
            );
          }}
        >
          Extend by a day
        </button>
      )}
      {developer && s === "SUCCEEDED" && (
        <ConfirmButton
          label="Destroy"
          question={`Delete the stack ${request.plan.stackName} and everything in it?`}
          confirmLabel="Destroy it"
          danger
          onConfirm={() => act.mutate(() => api().POST("/v1/provisioning-requests/{id}/destroy", path))}
        />
      )}
      <ProblemMessage error={error} />
    </>
  );
}
