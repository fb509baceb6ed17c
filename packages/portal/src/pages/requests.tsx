import { provisioningRequestStatusValues, type Schemas } from "@plinth/client";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable, usePagedList } from "../components/data-table";
import { defaultTeam, StatusFilter, TeamFilter, useFilters } from "../components/filters";
import { ago, Loading, MoreButton, money, Page, ProblemMessage, Status, useNow } from "../components/ui";
import type { Session } from "../session";

type RequestStatus = Schemas["ProvisioningRequest"]["status"];

export function Requests({ session }: { session: Session }) {
  const [filters, setFilter] = useFilters();
  const team = defaultTeam(session, filters.get("team"));
  const status = (filters.get("status") ?? "") as RequestStatus | "";
  const template = filters.get("template") ?? "";
  const now = useNow();
  const list = usePagedList(
    ["requests", team, status, template],
    async (cursor) =>
      (
        await api().GET("/v1/provisioning-requests", {
          params: {
            query: {
              ...(team ? { team } : {}),
              ...(status ? { status } : {}),
              ...(template ? { template } : {}),
              ...(cursor ? { cursor } : {}),
              limit: 25,
            },
          },
        })
      ).data,
    5_000,
  );
  return (
    <Page title="Requests and resources">
      <div className="filters">
        <TeamFilter session={session} value={team ?? ""} onChange={(value) => setFilter("team", value)} />
        <StatusFilter
          statuses={provisioningRequestStatusValues}
          value={status}
          onChange={(value) => setFilter("status", value)}
        />
        <label>
          Template <input value={template} onChange={(event) => setFilter("template", event.target.value.trim())} />
        </label>
      </div>
      <ProblemMessage error={list.error} />
      {list.isPending && <Loading what="requests" />}
      {list.data && list.items.length === 0 && (
        <p>
          No request here yet. <Link href="/">Pick something from the catalog.</Link>
        </p>
      )}
      <DataTable
        items={list.items}
        keyOf={(request) => request.id}
        columns={[
          { header: "Name", cell: (r) => <Link href={`/requests/${r.id}`}>{r.name}</Link> },
          { header: "Status", cell: (r) => <Status value={r.status} /> },
          { header: "Template", cell: (r) => r.template.id },
          { header: "Env", cell: (r) => r.environment },
          { header: "Owner", cell: (r) => r.requestedBy },
          { header: "Cost / month", cell: (r) => money(r.plan.cost.monthlyUsd) },
          { header: "Expires", cell: (r) => (r.expiresAt ? new Date(r.expiresAt).toLocaleString() : "—") },
          { header: "Updated", cell: (r) => ago(r.updatedAt, now) },
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
