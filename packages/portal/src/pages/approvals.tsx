import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { defaultTeam, TeamFilter, useFilters } from "../components/filters";
import { ago, Loading, money, Page, ProblemMessage, useNow } from "../components/ui";
import { atLeast, type Session } from "../session";
import { DeployApprovals } from "./delivery";
import { RequestActions, waitsForDecision } from "./request";

/** What waits for an approver of the team: its plan and cost; the decision is made on the request's page. */
export function Approvals({ session }: { session: Session }) {
  const [filters, setFilter] = useFilters();
  const team = defaultTeam(session, filters.get("team"));
  const now = useNow();
  const waiting = useQuery({
    queryKey: ["approvals", team],
    enabled: atLeast(session, "approver"),
    refetchInterval: 2_000,
    queryFn: async () =>
      (
        await api().GET("/v1/provisioning-requests", {
          params: { query: { ...(team ? { team } : {}), status: "AWAITING_APPROVAL", limit: 100 } },
        })
      ).data,
  });
  // Destroys someone asked for (an applied recommendation): live requests carrying a destroyRequest.
  const destroys = useQuery({
    queryKey: ["approvals", "destroys", team],
    enabled: atLeast(session, "approver"),
    refetchInterval: 10_000,
    queryFn: async () =>
      (
        await api().GET("/v1/provisioning-requests", {
          params: { query: { ...(team ? { team } : {}), status: "SUCCEEDED", limit: 100 } },
        })
      ).data?.items.filter((request) => request.destroyRequest) ?? [],
  });
  if (!atLeast(session, "approver")) return <p>Approvals are for the approvers of a team.</p>;
  const items = (waiting.data?.items ?? []).filter(waitsForDecision);
  return (
    <Page title="Approvals" how="approvals">
      <div className="filters">
        <TeamFilter session={session} value={team ?? ""} onChange={(value) => setFilter("team", value)} />
      </div>
      <DeployApprovals session={session} team={team} />
      <h2>Infrastructure requests</h2>
      <ProblemMessage error={waiting.error} />
      {waiting.isPending && <Loading what="what is waiting" />}
      {waiting.data && items.length === 0 && <p>No request is waiting for an approval.</p>}
      <ul className="cards">
        {items.map((request) => (
          <li key={request.id} className="card">
            <h3>
              <Link href={`/requests/${request.id}`}>{request.name}</Link>
            </h3>
            <p>
              {request.template.id} in {request.environment} for {request.team}, by {request.requestedBy}{" "}
              <span className="muted">{ago(request.createdAt, now)}</span>
            </p>
            <dl className="facts">
              <dt>Cost</dt>
              <dd>{money(request.plan.cost.monthlyUsd)} / month</dd>
              <dt>Plan</dt>
              <dd>
                <code>{request.plan.hash.slice(0, 12)}</code>
              </dd>
              <dt>Why</dt>
              <dd>
                {request.plan.policies
                  .filter((policy) => policy.outcome === "approval")
                  .map((policy) => policy.reason)
                  .join("; ")}
              </dd>
            </dl>
            {request.requestedBy === session.claims.sub ? (
              <p className="muted">Your own request: another approver decides.</p>
            ) : (
              <div className="actions">
                <RequestActions request={request} session={session} />
                <Link href={`/requests/${request.id}`}>Full plan and timeline</Link>
              </div>
            )}
          </li>
        ))}
      </ul>
      {(destroys.data?.length ?? 0) > 0 && (
        <section aria-labelledby="destroys-h">
          <h2 id="destroys-h">Destroys asked for</h2>
          <ul className="cards">
            {destroys.data?.map((request) => (
              <li key={request.id} className="card">
                <h3>
                  <Link href={`/requests/${request.id}`}>{request.name}</Link>
                </h3>
                <p>
                  {request.template.id} in {request.environment}: asked by {request.destroyRequest?.by}{" "}
                  <span className="muted">{ago(request.destroyRequest?.at ?? request.updatedAt, now)}</span>
                </p>
                <p>{request.destroyRequest?.reason}</p>
                {request.destroyRequest?.by === session.claims.sub ? (
                  <p className="muted">You asked: another approver decides.</p>
                ) : (
                  <Link href={`/requests/${request.id}`}>Review and decide</Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
