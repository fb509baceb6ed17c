import { incidentStatusValues } from "@plinth/client";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable, usePagedList } from "../components/data-table";
import { defaultTeam, StatusFilter, TeamFilter, useFilters } from "../components/filters";
import { ago, Loading, MoreButton, Page, ProblemMessage, Status, useNow } from "../components/ui";
import type { Session } from "../session";

export function Incidents({ session }: { session: Session }) {
  const [filters, setFilter] = useFilters();
  const status = (filters.get("status") ?? "") as (typeof incidentStatusValues)[number] | "";
  // One team at a time, as the API lists them: yours, a choice if you have several (admins: any, `unowned` too).
  const team = defaultTeam(session, filters.get("team"));
  const now = useNow();
  const list = usePagedList(
    ["incidents", team, status],
    async (cursor) =>
      (
        await api().GET("/v1/incidents", {
          params: {
            query: {
              limit: 25,
              ...(team ? { team } : {}),
              ...(status ? { status } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        })
      ).data,
    3_000,
  );
  return (
    <Page title="Incidents" how="incidents">
      <div className="filters">
        <TeamFilter session={session} value={team ?? ""} onChange={(value) => setFilter("team", value)} />
        <StatusFilter statuses={incidentStatusValues} value={status} onChange={(value) => setFilter("status", value)} />
      </div>
      <ProblemMessage error={list.error} />
      {list.isPending && <Loading what="incidents" />}
      {list.data && list.items.length === 0 && <p>No incident. All quiet.</p>}
      <DataTable
        items={list.items}
        keyOf={(incident) => incident.id}
        columns={[
          {
            header: "Incident",
            // The alarm's name and when it opened: repeated incidents of one alarm share their whole sentence.
            cell: (i) => (
              <>
                <Link href={`/incidents/${i.id}`}>
                  {i.source === "alarm" ? i.alarm.name : i.summary} · opened {opened(i.createdAt)}
                </Link>
                {i.source === "alarm" && <div className="muted small">{i.alarm.reason}</div>}
              </>
            ),
          },
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

const opened = (at: string) =>
  new Date(at).toLocaleString(undefined, {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
