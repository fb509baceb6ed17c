import { type Schemas, serviceLifecycleValues } from "@plinth/client";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { api } from "../api";
import { DataTable, usePagedList } from "../components/data-table";
import { defaultTeam, TeamFilter, useFilters } from "../components/filters";
import { Loading, MoreButton, Page, ProblemMessage } from "../components/ui";
import { atLeast, type Session } from "../session";

type Service = Schemas["Service"];

/** The catalog of a team's services: search by id or name prefix and filter, all in the URL. */
export function Services({ session }: { session: Session }) {
  const [filters, setFilter] = useFilters();
  const team = defaultTeam(session, filters.get("team"));
  const q = filters.get("q") ?? "";
  const lifecycle = (filters.get("lifecycle") ?? "") as Service["lifecycle"] | "";
  const tier = filters.get("tier") ?? "";
  // The box updates the URL a moment after typing stops (each keystroke would be a request).
  const [typed, setTyped] = useState(q);
  useEffect(() => {
    const timer = setTimeout(() => typed !== q && setFilter("q", typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed, q, setFilter]);
  const list = usePagedList(
    ["services", team, q, lifecycle, tier],
    async (cursor) =>
      (
        await api().GET("/v1/services", {
          params: {
            query: {
              limit: 50,
              ...(team ? { team } : {}),
              ...(q ? { q } : {}),
              ...(lifecycle ? { lifecycle } : {}),
              ...(tier ? { tier: Number(tier) } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        })
      ).data,
  );
  return (
    <Page
      how="services"
      title="Services"
      actions={
        atLeast(session, "developer") && (
          <Link className="button primary" href="/services/new">
            Register a service
          </Link>
        )
      }
    >
      <search className="filters">
        <label>
          Search{" "}
          <input
            type="search"
            value={typed}
            placeholder="id or name starts with…"
            onChange={(event) => setTyped(event.target.value)}
          />
        </label>
        <TeamFilter session={session} value={team ?? ""} onChange={(value) => setFilter("team", value)} />
        <label>
          Lifecycle{" "}
          <select value={lifecycle} onChange={(event) => setFilter("lifecycle", event.target.value)}>
            <option value="">any</option>
            {serviceLifecycleValues.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Tier{" "}
          <select value={tier} onChange={(event) => setFilter("tier", event.target.value)}>
            <option value="">any</option>
            {["1", "2", "3"].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
      </search>
      <ProblemMessage error={list.error} />
      {list.isPending && <Loading what="services" />}
      {list.data && list.items.length === 0 && (
        <p>{q || lifecycle || tier ? "No service matches." : "Your team has no service in the catalog yet."}</p>
      )}
      <DataTable
        items={list.items}
        keyOf={(service) => service.id}
        columns={[
          { header: "Service", cell: (s) => <Link href={`/services/${s.id}`}>{s.id}</Link> },
          { header: "Name", cell: (s) => s.name },
          { header: "Type", cell: (s) => s.type },
          { header: "Lifecycle", cell: (s) => s.lifecycle },
          { header: "Tier", cell: (s) => s.tier },
          {
            header: "Repository",
            cell: (s) => (s.repository ? `${s.repository.owner}/${s.repository.name}` : "—"),
          },
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
