import { z } from "zod";

/**
 * The event catalog. Every fact Plinth publishes is declared here once: its source, its
 * past-tense detail-type and the zod schema of its detail. Publishers and consumers both parse
 * through these schemas, and the EventBridge rules (rules.ts) reference them by name.
 */
export const EventSources = {
  provisioning: "plinth.provisioning",
  data: "plinth.data",
  remediation: "plinth.remediation",
  catalog: "plinth.catalog",
  delivery: "plinth.delivery",
  cost: "plinth.cost",
} as const;
export type EventSource = (typeof EventSources)[keyof typeof EventSources];

/** Every detail carries these, so consumers can deduplicate (`id`) and trace (`correlationId`). */
export const EventDetailBase = z.object({
  id: z.string().min(1),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().min(1),
});

export interface EventDefinition<Detail extends z.ZodType = z.ZodType> {
  source: EventSource;
  detailType: string;
  detail: Detail;
}

export function defineEvent<Shape extends z.ZodRawShape>(
  source: EventSource,
  detailType: string,
  shape: Shape,
): EventDefinition<ReturnType<typeof EventDetailBase.extend<Shape>>> {
  // A verb may take its particle: "Dataset Rolled Back".
  if (!/^[A-Z][a-z]+( [A-Z][a-z]+)* [A-Z][a-z]+ed( Back| Out| Up)?$/.test(detailType)) {
    throw new Error(`detail-type "${detailType}" must be a past-tense fact in Title Case, e.g. "Dataset Promoted"`);
  }
  return { source, detailType, detail: EventDetailBase.extend(shape) };
}

/** What a publisher hands to the EventPublisher port: already validated against its definition. */
export interface PlinthEvent {
  source: EventSource;
  detailType: string;
  detail: z.infer<typeof EventDetailBase> & Record<string, unknown>;
}

export function buildEvent<D extends EventDefinition>(definition: D, detail: z.input<D["detail"]>): PlinthEvent {
  return {
    source: definition.source,
    detailType: definition.detailType,
    detail: definition.detail.parse(detail) as PlinthEvent["detail"],
  };
}

export interface EventPublisher {
  publish(events: PlinthEvent[]): Promise<void>;
}
