/**
 * Execution history in the shape GetExecutionHistory returns: numbered events, each with its
 * type's details field (`stateEnteredEventDetails`, `taskScheduledEventDetails`, …).
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: number;
  type: string;
  [details: string]: unknown;
}

/** AWS names each type's details field after the type: `TaskStateEntered` → `stateEnteredEventDetails`. */
function detailsField(type: string): string {
  const stateEvent = /^(?:Pass|Task|Choice|Wait|Succeed|Fail|Parallel|Map)State(Entered|Exited)$/.exec(type);
  if (stateEvent) return `state${stateEvent[1]}EventDetails`;
  return `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
}

export class History {
  constructor(
    private readonly clock: { now(): number },
    /** A resumed execution's history, as it was written before the restart. */
    readonly events: HistoryEvent[] = [],
  ) {}

  record(type: string, details?: Record<string, unknown>): HistoryEvent {
    const previous = this.events.at(-1);
    const event: HistoryEvent = {
      id: this.events.length + 1,
      previousEventId: previous?.id ?? 0,
      timestamp: this.clock.now(),
      type,
    };
    if (details) event[detailsField(type)] = details;
    this.events.push(event);
    return event;
  }
}
