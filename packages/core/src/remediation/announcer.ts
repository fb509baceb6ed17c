import type { z } from "zod";
import type { Clock } from "../clock";
import { buildEvent, type EventPublisher } from "../events";
import { resourceKey } from "./alarm";
import { RemediationEvents } from "./events";
import type { IncidentRecord } from "./incident";

type RemediationEvent = (typeof RemediationEvents)[keyof typeof RemediationEvents];

/**
 * Puts an incident's facts on the bus (source `plinth.remediation`), each carrying the incident's
 * identity. The workflow's steps announce most of them; the API announces the two it causes itself
 * (a manual report opened, a manual resolve), without building the steps for it.
 */
export class IncidentAnnouncer {
  constructor(private readonly deps: { events: EventPublisher; clock: Clock }) {}

  async opened(record: IncidentRecord): Promise<void> {
    await this.publish(RemediationEvents.incidentOpened, record, { source: record.source, summary: record.summary });
  }

  async resolved(record: IncidentRecord, how: "verified" | "manual", by: string): Promise<void> {
    await this.publish(RemediationEvents.resolved, record, { how, by, openedAt: record.createdAt });
  }

  async publish<D extends RemediationEvent>(
    definition: D,
    record: IncidentRecord,
    more: Omit<z.input<D["detail"]>, keyof ReturnType<IncidentAnnouncer["subject"]>>,
  ): Promise<void> {
    await this.deps.events.publish([
      buildEvent(definition, { ...this.subject(record), ...more } as z.input<D["detail"]>),
    ]);
  }

  private subject(record: IncidentRecord) {
    return {
      id: `${record.id}-${record.version}`,
      occurredAt: this.deps.clock.now().toISOString(),
      correlationId: record.correlationId,
      incidentId: record.id,
      team: record.team,
      alarmName: record.alarm.name,
      resource: resourceKey(record.resource),
    };
  }
}
