import { useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import type { Session } from "../session";

/** Filters live in the URL, so every filtered list is a link you can share. */
export function useFilters(): [URLSearchParams, (key: string, value: string) => void] {
  const search = new URLSearchParams(useSearch());
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`?${next}`, { replace: true });
  };
  return [search, set];
}

/** Which team a list shows: yours (a choice if you have several); the platform admins may name any. */
export function TeamFilter({
  session,
  value,
  onChange,
}: {
  session: Session;
  value: string;
  onChange: (team: string) => void;
}) {
  const admin = session.claims.roles.includes("admin");
  if (admin)
    return (
      <label>
        Team <input value={value} placeholder="team id" onChange={(event) => onChange(event.target.value.trim())} />
      </label>
    );
  if (session.claims.teams.length < 2) return null;
  return (
    <label>
      Team{" "}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {session.claims.teams.map((team) => (
          <option key={team}>{team}</option>
        ))}
      </select>
    </label>
  );
}

/** How far back a team's page looks: "last N days" from a few choices. */
export function WindowFilter({
  windows,
  value,
  onChange,
}: {
  windows: readonly number[];
  value: number;
  onChange: (days: number) => void;
}) {
  return (
    <label>
      Window{" "}
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {windows.map((n) => (
          <option key={n} value={n}>
            last {n} days
          </option>
        ))}
      </select>
    </label>
  );
}

export function defaultTeam(session: Session, chosen: string | null): string | undefined {
  return chosen || session.claims.teams[0] || undefined;
}

/** A status filter: `any` or one of the statuses, shown as words. */
export function StatusFilter({
  statuses,
  value,
  onChange,
}: {
  statuses: readonly string[];
  value: string;
  onChange: (status: string) => void;
}) {
  return (
    <label>
      Status{" "}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">any</option>
        {statuses.map((option) => (
          <option key={option} value={option}>
            {option.replaceAll("_", " ").toLowerCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
