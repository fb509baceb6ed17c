import type { Schemas } from "@plinth/client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { defaultTeam, TeamFilter, useFilters } from "../components/filters";
import { ago, Loading, MoreButton, money, Page, ProblemMessage, Status, useNow } from "../components/ui";
import type { Session } from "../session";

type RequestStatus = Schemas["ProvisioningRequest"]["status"];
const STATUSES: RequestStatus[] = [
  "VALIDATING",
  "PLANNED",
  "AWAITING_APPROVAL",
  "APPLYING",
  "SUCCEEDED",
  "FAILED",
  "ROLLED_BACK",
  "CANCELLED",
  "REJECTED",
  "EXPIRED",
  "DESTROYING",
  "DESTROYED",
];

export function Requests({ session }: { session: Session }) {
  const [filters, setFilter] = useFilters();
  const team = defaultTeam(session, filters.get("team"));
  const status = (filters.get("status") ?? "") as RequestStatus | "";
  const template = filters.get("template") ?? "";
  const now = useNow();
  const pages = useInfiniteQuery({
    queryKey: ["requests", team, status, template],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await api().GET("/v1/provisioning-requests", {
          params: {
            query: {
              ...(team ? { team } : {}),
              ...(status ? { status } : {}),
              ...(template ? { template } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
              limit: 25,
            },
          },
        })
      ).data,
    getNextPageParam: (page) => page?.cursor,
    refetchInterval: 5_000,
  });
  const items = pages.data?.pages.flatMap((page) => page?.items ?? []) ?? [];
  return (
    <Page title="Requests and resources">
      <div className="filters">
        <TeamFilter session={session} value={team ?? ""} onChange={(value) => setFilter("team", value)} />
        <label>
          Status{" "}
          <select value={status} onChange={(event) => setFilter("status", event.target.value)}>
            <option value="">any</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {option.replaceAll("_", " ").toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Template <input value={template} onChange={(event) => setFilter("template", event.target.value.trim())} />
        </label>
      </div>
      <ProblemMessage error={pages.error} />
      {pages.isPending && <Loading what="requests" />}
      {pages.data && items.length === 0 && (
        <p>
          No request here yet. <Link href="/">Pick something from the catalog.</Link>
        </p>
      )}
      {items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Template</th>
                <th scope="col">Env</th>
                <th scope="col">Owner</th>
                <th scope="col">Cost / month</th>
                <th scope="col">Expires</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((request) => (
                <tr key={request.id}>
                  <td>
                    <Link href={`/requests/${request.id}`}>{request.name}</Link>
                  </td>
                  <td>
                    <Status value={request.status} />
                  </td>
                  <td>{request.template.id}</td>
                  <td>{request.environment}</td>
                  <td>{request.requestedBy}</td>
                  <td>{money(request.plan.cost.monthlyUsd)}</td>
                  <td>{request.expiresAt ? new Date(request.expiresAt).toLocaleString() : "—"}</td>
                  <td>{ago(request.updatedAt, now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MoreButton
        hasMore={!!pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onMore={() => void pages.fetchNextPage()}
      />
    </Page>
  );
}
