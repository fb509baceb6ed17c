import { fail, isPlinthError } from "../errors";
import type { RequestStore } from "./ports";
import type { RequestRecord, TimelineEntry } from "./request";

/**
 * Read–change–write with optimistic locking: `change` returns the next record (or undefined for
 * nothing to do) and the write is conditional on the version it read. A concurrent writer (a TTL
 * extension racing a workflow step) makes the loser read again; it never overwrites.
 */
export async function mutate(
  store: RequestStore,
  id: string,
  change: (current: RequestRecord) => { next: RequestRecord; releaseReservation?: boolean } | undefined,
  attempts = 5,
): Promise<RequestRecord> {
  for (let attempt = 1; ; attempt++) {
    const current = (await store.get(id)) ?? fail("not_found", `no provisioning request ${id}`);
    const changed = change(current);
    if (!changed) return current;
    try {
      return await store.update(changed.next, { releaseReservation: changed.releaseReservation ?? false });
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "version_conflict") || attempt >= attempts) throw error;
    }
  }
}

/** The next version of a record: version + 1, updatedAt, the timeline entry appended (the last 100 kept). */
export function advance(
  current: RequestRecord,
  patch: Partial<RequestRecord>,
  entry: Omit<TimelineEntry, "status" | "at"> & { at?: string },
  now: Date,
): RequestRecord {
  const at = now.toISOString();
  const status = patch.status ?? current.status;
  return {
    ...current,
    ...patch,
    version: current.version + 1,
    updatedAt: at,
    timeline: [...current.timeline, { ...entry, at: entry.at ?? at, status }].slice(-100),
  };
}
