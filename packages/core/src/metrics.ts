import type { EventPublisher, PlinthEvent } from "./events";

/**
 * The platform's own metrics, declared once: name, unit, the dimensions each point carries (always
 * these, and only bounded values — a template, a dataset, a route; never an id or a user), and what
 * it means. Every point also carries `service` and `Stage` (the Plinth stage), so those two names are
 * reserved: a lake's bronze/silver/gold is its `Layer`. The functions emit them (CloudWatch's embedded metric format), the stack's dashboard and
 * alarms are generated from this list, and the local cloud collects and serves them.
 *
 * Most are derived from domain events (`metricsOfEvent`), so a fact and its count can never disagree:
 * the `MeteredPublisher` decorator records them as it publishes.
 */
export interface MetricDefinition {
  unit: "Count" | "Milliseconds" | "Seconds";
  dimensions: readonly string[];
  /**
   * Subsets of `dimensions` the same point is also counted under (EMF dimension sets): `[]` is the
   * metric over everything, which is what an alarm or an SLA watches.
   */
  rollups?: readonly (readonly string[])[];
  description: string;
}

export const MetricCatalog = {
  ApiRequests: {
    unit: "Count",
    dimensions: ["Route", "StatusClass"],
    rollups: [["StatusClass"]],
    description: "API requests answered, by route template and 2xx/4xx/5xx (and by class alone)",
  },
  ApiLatency: {
    unit: "Milliseconds",
    dimensions: ["Route"],
    rollups: [[]],
    description: "API time to answer, by route template (and over all routes: the SLA)",
  },
  ApiProblems: {
    unit: "Count",
    dimensions: ["Route", "Code"],
    description: "problem+json answers by route and stable problem code",
  },
  ProvisioningRequested: { unit: "Count", dimensions: ["Template"], description: "provisioning requests created" },
  ProvisioningSucceeded: { unit: "Count", dimensions: ["Template"], description: "provisioning requests built" },
  ProvisioningFailed: {
    unit: "Count",
    dimensions: ["Template", "Step"],
    rollups: [["Template"], []],
    description: "provisioning requests failed, by template and the step that failed (and in all)",
  },
  ProvisioningLeadTime: {
    unit: "Seconds",
    dimensions: ["Template"],
    description: "request → resources ready (approval waits included)",
  },
  PromotionsPublished: {
    unit: "Count",
    dimensions: ["Dataset", "Layer"],
    description: "partitions published to a stage",
  },
  RowsPublished: { unit: "Count", dimensions: ["Dataset", "Layer"], description: "rows in published partitions" },
  RowsQuarantined: {
    unit: "Count",
    dimensions: ["Dataset", "Layer"],
    description: "rows set aside by a quality gate",
  },
  QualityGateFailures: {
    unit: "Count",
    dimensions: ["Dataset", "Layer"],
    rollups: [[]],
    description: "promotions a quality gate stopped",
  },
  IncidentsOpened: { unit: "Count", dimensions: ["Source"], description: "incidents opened (alarm or manual)" },
  IncidentsHealed: {
    unit: "Count",
    dimensions: [],
    description: "incidents that healed themselves: resolved by a runbook's action, verified by the workflow",
  },
  IncidentsEscalated: { unit: "Count", dimensions: [], description: "incidents handed to people" },
  IncidentTimeToResolve: {
    unit: "Seconds",
    dimensions: ["How"],
    description: "incident opened → resolved (verified by the workflow or by hand)",
  },
  Reconciliations: {
    unit: "Count",
    dimensions: ["Workflow", "Trigger"],
    rollups: [[]],
    description: "records the reconciler moved because their execution ended outside its own handling",
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricName = keyof typeof MetricCatalog;

export interface MetricPoint {
  name: MetricName;
  value: number;
  dimensions: Record<string, string>;
}

export interface MetricsSink {
  record(points: readonly MetricPoint[]): void;
}

export const noMetrics: MetricsSink = { record: () => undefined };

/** A point, checked against the catalog: exactly its dimensions, each a bounded string. */
export function metricPoint(name: MetricName, value: number, dimensions: Record<string, string> = {}): MetricPoint {
  const declared = MetricCatalog[name].dimensions as readonly string[];
  const given = Object.keys(dimensions);
  if (given.length !== declared.length || given.some((key) => !declared.includes(key)))
    throw new Error(`metric ${name} takes dimensions [${declared.join(", ")}], got [${given.join(", ")}]`);
  const bounded = Object.fromEntries(given.map((key) => [key, String(dimensions[key]).slice(0, 250) || "none"]));
  return { name, value, dimensions: bounded };
}

const seconds = (from: unknown, to: string) => {
  const start = typeof from === "string" ? Date.parse(from) : Number.NaN;
  return Number.isNaN(start) ? undefined : Math.max(0, (Date.parse(to) - start) / 1000);
};

/** The metrics a domain event stands for (most events stand for none). */
export function metricsOfEvent(event: PlinthEvent): MetricPoint[] {
  const d = event.detail as Record<string, unknown> & { occurredAt: string };
  const text = (key: string) => String(d[key] ?? "none");
  switch (event.detailType) {
    case "Provisioning Requested":
      return [metricPoint("ProvisioningRequested", 1, { Template: text("template") })];
    case "Provisioning Succeeded": {
      const lead = seconds(d.requestedAt, d.occurredAt);
      return [
        metricPoint("ProvisioningSucceeded", 1, { Template: text("template") }),
        ...(lead === undefined ? [] : [metricPoint("ProvisioningLeadTime", lead, { Template: text("template") })]),
      ];
    }
    case "Provisioning Failed":
      return [metricPoint("ProvisioningFailed", 1, { Template: text("template"), Step: text("step") })];
    case "Dataset Promoted":
    case "Dataset Ingested": {
      const where = {
        Dataset: text("dataset"),
        Layer: event.detailType === "Dataset Ingested" ? "bronze" : text("stage"),
      };
      return [metricPoint("PromotionsPublished", 1, where), metricPoint("RowsPublished", Number(d.rows ?? 0), where)];
    }
    case "Rows Quarantined":
      return [metricPoint("RowsQuarantined", Number(d.rows ?? 0), { Dataset: text("dataset"), Layer: text("stage") })];
    case "Quality Gate Failed":
      return [metricPoint("QualityGateFailures", 1, { Dataset: text("dataset"), Layer: text("stage") })];
    case "Incident Opened":
      return [metricPoint("IncidentsOpened", 1, { Source: text("source") })];
    case "Remediation Escalated":
      return [metricPoint("IncidentsEscalated", 1)];
    case "Incident Resolved": {
      const took = seconds(d.openedAt, d.occurredAt);
      return [
        ...(d.how === "verified" ? [metricPoint("IncidentsHealed", 1)] : []),
        ...(took === undefined ? [] : [metricPoint("IncidentTimeToResolve", took, { How: text("how") })]),
      ];
    }
    default:
      return [];
  }
}

/** Publishes, then records the metrics the published events stand for. */
export class MeteredPublisher implements EventPublisher {
  constructor(
    private readonly inner: EventPublisher,
    private readonly sink: MetricsSink,
  ) {}

  async publish(events: PlinthEvent[]): Promise<void> {
    await this.inner.publish(events);
    try {
      this.sink.record(events.flatMap(metricsOfEvent));
    } catch (error) {
      // A metric never fails the work it measures; the miss is visible in the logs.
      console.error(`plinth: metrics of ${events.map((e) => e.detailType).join(", ")} not recorded`, error);
    }
  }
}
