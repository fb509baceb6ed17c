import { type EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { type EventPublisher, MeteredPublisher, type MetricsSink, type PlinthEvent } from "@plinth/core";
import { EmfMetricsSink } from "../metrics/emf";

/** Publishes to the `plinth` bus, ten entries per PutEvents (the API's limit); a failed entry fails the call. */
export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(events: PlinthEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += 10) {
      const batch = events.slice(i, i + 10);
      const { FailedEntryCount = 0, Entries = [] } = await this.client.send(
        new PutEventsCommand({
          Entries: batch.map((event) => ({
            EventBusName: this.busName,
            Source: event.source,
            DetailType: event.detailType,
            Detail: JSON.stringify(event.detail),
          })),
        }),
      );
      if (FailedEntryCount > 0) {
        const failed = Entries.filter((entry) => entry.ErrorCode).map(
          (entry) => `${entry.ErrorCode}: ${entry.ErrorMessage}`,
        );
        throw new Error(`EventBridge refused ${FailedEntryCount} event(s): ${failed.join("; ")}`);
      }
    }
  }
}

/** The publisher every function uses: the `plinth` bus, metered (each event's metrics recorded as EMF). */
export function platformPublisher(
  client: EventBridgeClient,
  busName: string,
  stage: string,
  sink: MetricsSink = new EmfMetricsSink(stage),
): EventPublisher {
  return new MeteredPublisher(new EventBridgePublisher(client, busName), sink);
}
