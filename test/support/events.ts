import type { LocalCloud } from "@plinth/local";

/**
 * The events the local bus archived for one record (its id in `detail[idField]`), in the order the
 * bus took them. A workflow announces a settled record just after it writes it, so a test that has
 * seen the record settle waits for the last event with `eventsThrough`.
 */
export function archivedEvents(cloud: () => LocalCloud, idField: string) {
  const eventsOf = (id: string): string[] =>
    cloud()
      .eventBridge.archive.filter(
        ({ event }) => (event.detail as Record<string, unknown> | undefined)?.[idField] === id,
      )
      .map(({ event }) => String(event["detail-type"]));

  const eventsThrough = async (id: string, last: string, timeoutMs = 10_000): Promise<string[]> => {
    const deadline = Date.now() + timeoutMs;
    while (!eventsOf(id).includes(last) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return eventsOf(id);
  };

  return { eventsOf, eventsThrough };
}
