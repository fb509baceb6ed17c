import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api } from "../api";
import { useFilters } from "../components/filters";
import { ago, Loading, MoreButton, Page, ProblemMessage, Status, useNow } from "../components/ui";

const STATUSES = ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING", "ESCALATED", "RESOLVED"] as const;

export function Incidents() {
  const [filters, setFilter] = useFilters();
  const status = (filters.get("status") ?? "") as (typeof STATUSES)[number] | "";
  const now = useNow();
  const pages = useInfiniteQuery({
    queryKey: ["incidents", status],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await api().GET("/v1/incidents", {
          params: { query: { limit: 25, ...(status ? { status } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        })
      ).data,
    getNextPageParam: (page) => page?.cursor,
    refetchInterval: 3_000,
  });
  const items = pages.data?.pages.flatMap((page) => page?.items ?? []) ?? [];
  return (
    <Page title="Incidents">
      <div className="filters">
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
      </div>
      <ProblemMessage error={pages.error} />
      {pages.isPending && <Loading what="incidents" />}
      {pages.data && items.length === 0 && <p>No incident. All quiet.</p>}
      {items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Status</th>
                <th scope="col">Resource</th>
                <th scope="col">Runbook</th>
                <th scope="col">Age</th>
              </tr>
            </thead>
            <tbody>
              {items.map((incident) => (
                <tr key={incident.id}>
                  <td>
                    <Link href={`/incidents/${incident.id}`}>{incident.summary}</Link>
                  </td>
                  <td>
                    <Status value={incident.status} />
                  </td>
                  <td>
                    <code>{incident.resource.id}</code>
                  </td>
                  <td>{incident.runbook?.title ?? "—"}</td>
                  <td>{ago(incident.createdAt, now)}</td>
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
