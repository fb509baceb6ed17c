import { incidentStatusValues } from "@plinth/client";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable, usePagedList } from "../components/data-table";
import { StatusFilter, useFilters } from "../components/filters";
import { ago, Loading, MoreButton, Page, ProblemMessage, Status, useNow } from "../components/ui";

export function Incidents() {
  const [filters, setFilter] = useFilters();
  const status = (filters.get("status") ?? "") as (typeof incidentStatusValues)[number] | "";
  const now = useNow();
  const list = usePagedList(
    ["incidents", status],
    async (cursor) =>
      (
        await api().GET("/v1/incidents", {
          params: { query: { limit: 25, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
        })
      ).data,
    3_000,
  );
  return (
    <Page title="Incidents">
      <div className="filters">
        <StatusFilter statuses={incidentStatusValues} value={status} onChange={(value) => setFilter("status", value)} />
      </div>
      <ProblemMessage error={list.error} />
      {list.isPending && <Loading what="incidents" />}
      {list.data && list.items.length === 0 && <p>No incident. All quiet.</p>}
      <DataTable
        items={list.items}
        keyOf={(incident) => incident.id}
        columns={[
          { header: "Incident", cell: (i) => <Link href={`/incidents/${i.id}`}>{i.summary}</Link> },
          { header: "Status", cell: (i) => <Status value={i.status} /> },
          { header: "Resource", cell: (i) => <code>{i.resource.id}</code> },
          { header: "Runbook", cell: (i) => i.runbook?.title ?? "—" },
          { header: "Age", cell: (i) => ago(i.createdAt, now) },
        ]}
      />
      <MoreButton
        hasMore={!!list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </Page>
  );
}
