import { z } from "zod";
import type { Clock } from "./clock";
import type { AthenaStatement } from "./data/athena";
import { type MetricPoint, metricPoint } from "./metrics";
import type { Reconciler, Reconciliation } from "./reconciler";
import { type WorkingIndex, WorkingKinds, type WorkingRecord } from "./working";

/**
 * The sweep, for status changes that never arrived (a lost event, a reconciler that failed, a local
 * cloud restarted without its executions): on a schedule, every record that has claimed to be
 * working for longer than `graceMs` is checked against its execution, and one whose execution has
 * ended — or does not exist — is reconciled exactly as the event would have done. It reads only the
 * sparse working index (records in a working status), never the table; a record still running is
 * one DescribeExecution. The grace keeps it off records whose execution is being started right now.
 */
export interface ExecutionLookup {
  /** Status (and error/cause once ended) of an execution; undefined when it does not exist. */
  describe(executionArn: string): Promise<{ status: string; error?: string; cause?: string } | undefined>;
}

export interface SweepDeps {
  index: WorkingIndex;
  executions: ExecutionLookup;
  reconciler: Pick<Reconciler, "reconcileRecord">;
  clock: Clock;
  /** How long a record may claim to be working before its execution is checked (2 minutes). */
  graceMs?: number;
  /** Records checked per sweep at most (the rest wait for the next one). */
  maxRecords?: number;
}

export interface SweepReport {
  checked: number;
  running: number;
  reconciled: { kind: WorkingRecord["kind"]; id: string; reason: string; next: string }[];
  /** Records past the per-sweep bound, left for the next sweep. */
  deferred: boolean;
  /** Scratch databases of reconciled promotion runs, for the workflow to drop. */
  cleanup?: AthenaStatement[];
}

const PAGE = 100;

export class Sweeper {
  constructor(private readonly deps: SweepDeps) {}

  async sweep(): Promise<SweepReport> {
    const { index, executions, reconciler, clock } = this.deps;
    const maxRecords = this.deps.maxRecords ?? 500;
    const before = new Date(clock.now().getTime() - (this.deps.graceMs ?? 120_000)).toISOString();
    const report: SweepReport = { checked: 0, running: 0, reconciled: [], deferred: false };
    for (const kind of WorkingKinds) {
      let cursor: string | undefined;
      do {
        if (report.checked >= maxRecords) {
          report.deferred = true;
          return report;
        }
        const page = await index.working(kind, before, { limit: PAGE, ...(cursor ? { cursor } : {}) });
        for (const record of page.items) {
          report.checked++;
          const ended = record.execution ? await executions.describe(record.execution) : undefined;
          if (ended?.status === "RUNNING") {
            report.running++;
            continue;
          }
          const outcome: Reconciliation = await reconciler.reconcileRecord(record, ended);
          if (outcome.cleanup?.length) report.cleanup = [...(report.cleanup ?? []), ...outcome.cleanup];
          if (outcome.outcome === "reconciled")
            report.reconciled.push({
              kind,
              id: record.id,
              reason: ended ? `execution ${ended.status}` : "execution does not exist",
              next: outcome.next,
            });
        }
        cursor = page.cursor;
      } while (cursor);
    }
    return report;
  }
}

/** EventBridge's scheduled-rule event: the reconciler's task sweeps when it is started by one. */
const ScheduledEvent = z.looseObject({ source: z.literal("aws.events"), "detail-type": z.literal("Scheduled Event") });

export function isScheduledEvent(event: unknown): boolean {
  return ScheduledEvent.safeParse(event).success;
}

const WORKFLOW_OF: Record<WorkingRecord["kind"], string> = {
  ProvisioningRequest: "Provisioning",
  PromotionRun: "Promotion",
  Incident: "Remediation",
  Pipeline: "PipelineSetup",
};

/** The Reconciliations metric of what the reconciler did: one per record it moved, by workflow and trigger. */
export function reconciliationMetrics(result: Reconciliation | SweepReport): MetricPoint[] {
  if ("checked" in result)
    return result.reconciled.map((r) =>
      metricPoint("Reconciliations", 1, { Workflow: WORKFLOW_OF[r.kind], Trigger: "sweep" }),
    );
  return result.outcome === "reconciled"
    ? [metricPoint("Reconciliations", 1, { Workflow: result.workflow, Trigger: "event" })]
    : [];
}
