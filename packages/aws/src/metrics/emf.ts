import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { MetricCatalog, type MetricPoint, type MetricsSink } from "@plinth/core";

/**
 * Plinth's metrics as CloudWatch embedded-metric-format lines on stdout (Powertools Metrics): in
 * Lambda, CloudWatch Logs turns each into a metric in the `Plinth` namespace; the local cloud
 * collects the same lines. Every point carries `service` and `Stage` besides its catalog
 * dimensions, so the stack's dashboard and alarms address it exactly.
 */
export const METRICS_NAMESPACE = "Plinth";
const UNITS = { Count: MetricUnit.Count, Milliseconds: MetricUnit.Milliseconds, Seconds: MetricUnit.Seconds } as const;

const rollupsOf = (name: MetricPoint["name"]): readonly (readonly string[])[] =>
  (MetricCatalog[name] as { rollups?: readonly (readonly string[])[] }).rollups ?? [];

/** A rollup repeats a dimension of the point on purpose: Powertools' warning about that is dropped. */
const quietAboutRollups = {
  trace: () => undefined,
  debug: () => undefined,
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => {
    const text = String(args[0]);
    if (text.includes("has already been added") || text.includes("as both a dimension and dimension set")) return;
    console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

export class EmfMetricsSink implements MetricsSink {
  private readonly metrics: Metrics;

  constructor(stage: string) {
    this.metrics = new Metrics({
      namespace: METRICS_NAMESPACE,
      serviceName: "plinth",
      defaultDimensions: { Stage: stage },
      logger: quietAboutRollups,
    });
  }

  record(points: readonly MetricPoint[]): void {
    for (const point of points) {
      // One line per point: each metric has its own dimension set.
      const single = this.metrics.singleMetric();
      for (const [name, value] of Object.entries(point.dimensions)) single.addDimension(name, value);
      for (const rollup of rollupsOf(point.name))
        single.addDimensions(Object.fromEntries(rollup.map((name) => [name, point.dimensions[name] as string])));
      single.addMetric(point.name, UNITS[MetricCatalog[point.name].unit], point.value);
    }
  }
}
