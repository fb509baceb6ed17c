/**
 * The local cloud's CloudWatch metrics: its in-process functions print embedded-metric-format lines
 * on stdout (Powertools Metrics), as they do in Lambda, where CloudWatch Logs extracts them. Here the
 * local cloud takes those lines off stdout (so `npm start` stays quiet), keeps the points of its own
 * stage, and serves them at `/_plinth/metrics`; the platform alarms are evaluated against them.
 */
export interface CollectedPoint {
  namespace: string;
  name: string;
  unit: string;
  value: number;
  dimensions: Record<string, string>;
  timestamp: number;
}

type Listener = (points: CollectedPoint[]) => void;
const listeners = new Set<Listener>();
let restore: (() => void) | undefined;

/**
 * Parses one EMF document into its points: one per metric and dimension set (a point counted under
 * a rollup is a second point with fewer dimensions, as CloudWatch makes a second metric of it).
 */
export function pointsOfEmf(line: string): CollectedPoint[] {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(line);
  } catch {
    return [];
  }
  const aws = document._aws as
    | {
        Timestamp?: number;
        CloudWatchMetrics?: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit?: string }[] }[];
      }
    | undefined;
  if (!aws?.CloudWatchMetrics) return [];
  return aws.CloudWatchMetrics.flatMap((directive) =>
    directive.Metrics.flatMap((metric) => {
      const raw = document[metric.Name];
      const values = (Array.isArray(raw) ? raw : [raw]).map(Number).filter(Number.isFinite);
      return directive.Dimensions.flatMap((names) => {
        const dimensions = Object.fromEntries(names.map((name) => [name, String(document[name])]));
        return values.map((value) => ({
          namespace: directive.Namespace,
          name: metric.Name,
          unit: metric.Unit ?? "None",
          value,
          dimensions,
          timestamp: aws.Timestamp ?? Date.now(),
        }));
      });
    }),
  );
}

/** Takes EMF lines off this process's stdout while any collector listens. */
function listen(listener: Listener): () => void {
  listeners.add(listener);
  if (!restore) {
    const original = process.stdout.write;
    const write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      if (typeof chunk === "string" && chunk.startsWith('{"_aws":')) {
        const points = chunk.split("\n").flatMap((line) => (line ? pointsOfEmf(line) : []));
        for (const each of listeners) each(points);
        const callback = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
        callback?.();
        return true;
      }
      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    };
    // `write` has three overloads; this one function serves them all, which TypeScript cannot see.
    process.stdout.write = write as typeof process.stdout.write;
    restore = () => {
      process.stdout.write = original;
      restore = undefined;
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) restore?.();
  };
}

export interface MetricSummary {
  name: string;
  unit: string;
  dimensions: Record<string, string>;
  count: number;
  sum: number;
  min: number;
  max: number;
  p50: number;
  p95: number;
}

/** One stage's points, newest kept (a bounded window), summarised per metric and dimension set. */
export class MetricsCollector {
  readonly points: CollectedPoint[] = [];
  private readonly stop: () => void;
  private readonly changed = new Set<() => void>();

  constructor(
    private readonly stage: string,
    private readonly keep = 50_000,
  ) {
    this.stop = listen((points) => {
      const ours = points.filter((point) => point.dimensions.Stage === this.stage);
      if (ours.length === 0) return;
      this.points.push(...ours);
      if (this.points.length > this.keep) this.points.splice(0, this.points.length - this.keep);
      for (const each of this.changed) each();
    });
  }

  /** Called after new points arrive (the CloudWatch stand-in re-evaluates the platform alarms). */
  onChange(listener: () => void): void {
    this.changed.add(listener);
  }

  /**
   * Points of one metric since a time with exactly these dimensions (besides `service` and `Stage`),
   * as CloudWatch addresses a metric: `{}` is its rollup over everything.
   */
  select(name: string, since = 0, dimensions: Record<string, string> = {}): CollectedPoint[] {
    const wanted = Object.entries(dimensions);
    return this.points.filter(
      (point) =>
        point.name === name &&
        point.timestamp >= since &&
        Object.keys(point.dimensions).length === wanted.length + 2 &&
        wanted.every(([key, value]) => point.dimensions[key] === value),
    );
  }

  /** A CloudWatch statistic over the points of a period: Sum, Average, Maximum, SampleCount or pNN. */
  statistic(name: string, dimensions: Record<string, string>, since: number, statistic: string): number | undefined {
    const values = this.select(name, since, dimensions)
      .map((point) => point.value)
      .sort((a, b) => a - b);
    if (statistic === "Sum") return values.reduce((a, b) => a + b, 0);
    if (statistic === "SampleCount") return values.length;
    if (values.length === 0) return undefined;
    if (statistic === "Average") return values.reduce((a, b) => a + b, 0) / values.length;
    if (statistic === "Maximum") return values.at(-1);
    if (statistic === "Minimum") return values[0];
    const percentile = /^p(\d+(\.\d+)?)$/.exec(statistic);
    if (percentile)
      return values[Math.min(values.length - 1, Math.ceil((Number(percentile[1]) / 100) * values.length) - 1)];
    return undefined;
  }

  summary(filter: { name?: string; since?: number } = {}): MetricSummary[] {
    const groups = new Map<string, CollectedPoint[]>();
    for (const point of this.points) {
      if (filter.name && point.name !== filter.name) continue;
      if (filter.since && point.timestamp < filter.since) continue;
      const key = `${point.name}|${JSON.stringify(Object.entries(point.dimensions).sort())}`;
      groups.set(key, [...(groups.get(key) ?? []), point]);
    }
    return [...groups.values()].map((points) => {
      const values = points.map((p) => p.value).sort((a, b) => a - b);
      const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] as number;
      const first = points[0] as CollectedPoint;
      return {
        name: first.name,
        unit: first.unit,
        dimensions: first.dimensions,
        count: values.length,
        sum: values.reduce((a, b) => a + b, 0),
        min: values[0] as number,
        max: values.at(-1) as number,
        p50: at(0.5),
        p95: at(0.95),
      };
    });
  }

  close(): void {
    this.stop();
  }
}
