import { fail, isPlinthError } from "../errors";
import { resourceKey } from "./alarm";
import { assertIncidentTransition, type IncidentRecord, type IncidentTimelineEntry } from "./incident";
import type { IncidentStore, StoredIncident } from "./ports";

/**
 * The open-incident slot: one open incident per alarm (a metric alarm watches one resource), or per
 * resource for a report that names no alarm. Keyed by the alarm alone, a hand-made report naming
 * the alarm lands on the incident its events opened, though only the events know the resource.
 */
export const slotOf = (record: Pick<IncidentRecord, "alarm" | "resource">) =>
  record.alarm.name === "manual" ? `RESOURCE#${resourceKey(record.resource)}` : `ALARM#${record.alarm.name}`;

export async function requireIncident(store: IncidentStore, id: string): Promise<StoredIncident> {
  return (await store.get(id)) ?? fail("not_found", `no incident ${id}`);
}

/**
 * Read–change–write with optimistic locking, then the timeline entry. `change` returns the patch
 * and the entry (or undefined for nothing to do); a concurrent writer (an approval racing a step)
 * makes the loser read again.
 */
export async function changeIncident(
  store: IncidentStore,
  id: string,
  change: (
    current: IncidentRecord,
  ) => { patch: Partial<IncidentRecord>; entry?: Omit<IncidentTimelineEntry, "at" | "status"> } | undefined,
  now: Date,
  attempts = 6,
): Promise<IncidentRecord> {
  for (let attempt = 1; ; attempt++) {
    const { record } = await requireIncident(store, id);
    const changed = change(record);
    if (!changed) return record;
    const status = changed.patch.status ?? record.status;
    assertIncidentTransition(record.status, status);
    const at = now.toISOString();
    const next: IncidentRecord = { ...record, ...changed.patch, version: record.version + 1, updatedAt: at };
    try {
      const stored = await store.update(next);
      if (changed.entry) await store.append(id, { ...changed.entry, at, status });
      return stored;
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "version_conflict") || attempt >= attempts) throw error;
    }
  }
}

/** Marks an incident RESOLVED, verified by Plinth or by hand, with the timeline entry that says so. */
export function resolveIncident(
  store: IncidentStore,
  id: string,
  resolution: NonNullable<IncidentRecord["resolution"]>,
  entry: Omit<IncidentTimelineEntry, "at" | "status" | "step">,
  patch: Partial<IncidentRecord> = {},
): Promise<IncidentRecord> {
  const now = new Date(resolution.at);
  return changeIncident(
    store,
    id,
    () => ({ patch: { ...patch, status: "RESOLVED", resolution }, entry: { step: "resolve", ...entry } }),
    now,
  );
}
