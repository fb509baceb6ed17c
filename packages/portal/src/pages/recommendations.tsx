import { formatUsd, type Schemas } from "@plinth/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { api } from "../api";
import { apiNow } from "../clock";
import { TeamFilter } from "../components/filters";
import { ago, CommentButton, ConfirmButton, Loading, Page, ProblemMessage, Status } from "../components/ui";
import { atLeast, type Session } from "../session";

type Recommendation = Schemas["Recommendation"];
type RecommendationList = Schemas["RecommendationList"];
const DAY = 86_400_000;

export function useRecommendations(team: string) {
  return useQuery({
    queryKey: ["recommendations", team],
    enabled: team !== "",
    queryFn: async () =>
      (await api().GET("/v1/recommendations", { params: { query: { team } } })).data as RecommendationList,
  });
}

/** The Cost page's pointer here: how many are open and what they would save. */
export function RecommendationsSummary({ team }: { team: string }) {
  const list = useRecommendations(team).data;
  if (!list) return null;
  return (
    <p>
      <Link href="/cost/recommendations">
        {list.open === 0
          ? "No idle resources found"
          : `${list.open} idle resource${list.open === 1 ? "" : "s"}: ${formatUsd(list.monthlySavingUsd)} a month to save`}
      </Link>
    </p>
  );
}

export function RecommendationsPage({ session }: { session: Session }) {
  const [team, setTeam] = useState(session.claims.teams[0] ?? "");
  const list = useRecommendations(team);
  const open = list.data?.items.filter((r) => r.status === "OPEN") ?? [];
  const others = list.data?.items.filter((r) => r.status !== "OPEN") ?? [];
  return (
    <Page title="Recommendations" how="recommendations">
      <p className="crumbs">
        <Link href="/cost">Cost</Link> / Recommendations
      </p>
      <div className="filters">
        <TeamFilter session={session} value={team} onChange={setTeam} />
      </div>
      <ProblemMessage error={list.error} />
      {!list.data && !list.error && <Loading what="recommendations" />}
      {list.data && (
        <>
          <p className="savings" role="status">
            <strong>{formatUsd(list.data.monthlySavingUsd)} a month</strong> to save across {list.data.open} open
            recommendation{list.data.open === 1 ? "" : "s"} for {list.data.team}.
          </p>
          {open.length === 0 && (
            <p>Nothing idle: the daily scan found every live resource of {list.data.team} in use.</p>
          )}
          {open.map((r) => (
            <RecommendationCard key={r.id} recommendation={r} session={session} />
          ))}
          {others.length > 0 && (
            <section aria-labelledby="others-h">
              <h2 id="others-h">Applied, snoozed, dismissed and resolved</h2>
              <table className="list">
                <thead>
                  <tr>
                    <th scope="col">Resource</th>
                    <th scope="col">Status</th>
                    <th scope="col">Why</th>
                    <th scope="col">Last change</th>
                  </tr>
                </thead>
                <tbody>
                  {others.map((r) => {
                    const last = r.history.at(-1);
                    return (
                      <tr key={r.id}>
                        <th scope="row">
                          <Link href={`/requests/${r.request}`}>{r.name}</Link>
                          <span className="muted"> {r.template}</span>
                        </th>
                        <td>
                          <Status value={r.status} />
                          {r.snoozedUntil ? ` until ${r.snoozedUntil.slice(0, 10)}` : ""}
                        </td>
                        <td>{r.dismissal?.reason ?? r.resolution ?? r.reason}</td>
                        <td>{last ? `${last.action} by ${last.actor}, ${ago(last.at)}` : "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </Page>
  );
}

function RecommendationCard({ recommendation: r, session }: { recommendation: Recommendation; session: Session }) {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<unknown>();
  const path = { params: { path: { id: r.id } } };
  const done = () => {
    setError(undefined);
    void client.invalidateQueries({ queryKey: ["recommendations"] });
  };
  const apply = useMutation({
    mutationFn: async () => (await api().POST("/v1/recommendations/{id}/apply", path)).data,
    onSuccess: (applied) => {
      done();
      // Apply lands on the change it opened: the request, now awaiting an approver.
      if (applied) navigate(`/requests/${applied.request.id}`);
    },
    onError: setError,
  });
  const decide = useMutation({
    mutationFn: async (run: () => Promise<unknown>) => run(),
    onSuccess: done,
    onError: setError,
  });
  const headingId = useId();
  const developer = atLeast(session, "developer");
  return (
    <article className="card recommendation" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link href={`/requests/${r.request}`}>{r.name}</Link> <span className="muted">{r.template}</span> is idle
      </h2>
      <p>
        {r.reason}. Removing it saves <strong>{formatUsd(r.saving.monthlyUsd)} a month</strong>{" "}
        <span className="muted">
          (estimate {formatUsd(r.saving.estimateMonthlyUsd)}, measured {formatUsd(r.saving.measuredMonthlyUsd)})
        </span>
        .
      </p>
      <table className="list evidence">
        <caption>
          Evidence: CloudWatch, {r.evidence.from.slice(0, 10)} to {r.evidence.to.slice(0, 10)}, daily
        </caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Statistic</th>
            <th scope="col">Days with data</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {r.evidence.metrics.map((m) => (
            <tr key={m.name}>
              <th scope="row">
                {m.namespace} {m.name}
              </th>
              <td>{m.stat}</td>
              <td>{m.datapoints}</td>
              <td>{m.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {developer && (
        <div className="actions">
          <ConfirmButton
            label={`Apply: destroy ${r.request}`}
            question={`Ask to destroy ${r.name} (${r.request})? Another approver of ${r.team} approves it on the request.`}
            confirmLabel="Ask to destroy it"
            danger
            onConfirm={() => apply.mutate()}
          />
          <CommentButton
            label="Dismiss"
            required
            question={`Why should ${r.name} stay? The reason is kept with the recommendation.`}
            onSubmit={(reason) =>
              decide.mutate(() => api().POST("/v1/recommendations/{id}/dismiss", { ...path, body: { reason } }))
            }
          />
          <SnoozeButton
            onSnooze={(until) =>
              decide.mutate(() => api().POST("/v1/recommendations/{id}/snooze", { ...path, body: { until } }))
            }
          />
        </div>
      )}
      <ProblemMessage error={error} />
      <details>
        <summary>History</summary>
        <ol className="history">
          {r.history.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              {h.at.slice(0, 16).replace("T", " ")} — {h.actor} {h.action}: {h.message}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}

function SnoozeButton({ onSnooze }: { onSnooze: (until: string) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [day, setDay] = useState(() => new Date(apiNow() + 14 * DAY).toISOString().slice(0, 10));
  const id = useId();
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Snooze
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-q`}>
        <form method="dialog" onSubmit={() => onSnooze(new Date(`${day}T00:00:00Z`).toISOString())}>
          <p id={`${id}-q`}>Look at it again on which day? It reopens then if the resource is still idle.</p>
          <label htmlFor={`${id}-d`}>Until (UTC)</label>
          <input id={`${id}-d`} type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
          <div className="actions">
            <button type="button" onClick={() => dialog.current?.close()}>
              Back
            </button>
            <button type="submit" className="primary">
              Snooze
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
