import { useQuery } from "@tanstack/react-query";
import { Link, useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import { api } from "../api";
import { Loading, money, Page, ProblemMessage } from "../components/ui";
import { currentSession } from "../session";
import { BudgetBanner, useCostReport } from "./cost";

export function Catalog() {
  const search = new URLSearchParams(useSearch());
  const filter = search.get("q") ?? "";
  const risk = search.get("risk") ?? "";
  // A team over (or heading over) its budget hears it where it adds resources.
  const cost = useCostReport({ team: currentSession()?.claims.teams[0] ?? "" });
  const templates = useQuery({
    queryKey: ["templates"],
    queryFn: async () => (await api().GET("/v1/templates")).data,
    staleTime: 60_000,
  });
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`?${next}`, { replace: true });
  };
  const shown = (templates.data?.items ?? []).filter(
    (template) =>
      (!risk || template.risk === risk) &&
      `${template.title} ${template.description} ${template.resourceTypes.join(" ")}`
        .toLowerCase()
        .includes(filter.toLowerCase()),
  );
  return (
    <Page title="Catalog" how="catalog">
      <p className="lead">Infrastructure your team can have in minutes, with the platform's policies built in.</p>
      <BudgetBanner report={cost.data} />
      <div className="filters">
        <label>
          Search <input type="search" value={filter} onChange={(event) => setFilter("q", event.target.value)} />
        </label>
        <label>
          Risk{" "}
          <select value={risk} onChange={(event) => setFilter("risk", event.target.value)}>
            <option value="">any</option>
            <option value="low">low</option>
            <option value="medium">medium</option>
            <option value="high">high</option>
          </select>
        </label>
      </div>
      <ProblemMessage error={templates.error} />
      {templates.isPending && <Loading what="the catalog" />}
      <ul className="cards">
        {shown.map((template) => (
          <li key={template.id} className="card">
            <h2>
              <Link href={`/catalog/${template.id}`}>{template.title}</Link>
            </h2>
            <p>{template.description}</p>
            <dl className="facts">
              <dt>Risk</dt>
              <dd>
                <span className={`risk ${template.risk}`}>{template.risk}</span>
              </dd>
              <dt>From</dt>
              <dd>{money(template.exampleMonthlyUsd)} / month</dd>
              <dt>Version</dt>
              <dd>{template.version}</dd>
            </dl>
            <p className="muted small">{template.resourceTypes.join(", ")}</p>
          </li>
        ))}
      </ul>
      {templates.data && shown.length === 0 && <p>No template matches.</p>}
    </Page>
  );
}
