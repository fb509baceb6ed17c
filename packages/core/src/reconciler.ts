import { z } from "zod";
import type { Clock } from "./clock";
import { type AthenaStatement, scratchCleanup } from "./data/athena";
import { type DiscardDeps, discardUnrecorded } from "./data/discard";
import {
  LandingSeeds,
  landingRunId,
  type PartitionResult,
  type PromotionStore,
  promotionStatus,
} from "./data/promotion";
import { PIPELINE_WORKING } from "./delivery/pipeline";
import type { PipelineFailures } from "./delivery/pipeline-step-context";
import type { PipelineStore } from "./delivery/ports";
import { isRunning } from "./provisioning/lifecycle";
import type { RequestStore } from "./provisioning/ports";
import type { ProvisioningSteps } from "./provisioning/steps";
import type { IncidentStore } from "./remediation/ports";
import type { RemediationSteps } from "./remediation/steps";
import { type WorkflowName, WorkflowNames } from "./resources";
import type { WorkingRecord } from "./working";

/**
 * Records agree with their workflows. Our Catch paths end most executions; the rest — stopped by an
 * operator, `States.Runtime`, a timeout, a lost local cloud — end without a word to the record. AWS
 * announces every end as a *Step Functions Execution Status Change* event; for one that FAILED,
 * TIMED_OUT or was ABORTED, the reconciler moves the record that execution was acting on to its
 * failed status through the domain's own step (which writes the timeline, releases what it held and
 * publishes the failure event), and offers the user's next step. Idempotent: a record that names
 * another execution, or has already ended, is left as it is.
 */
export const ExecutionEnded = z.object({
  source: z.literal("aws.states"),
  "detail-type": z.literal("Step Functions Execution Status Change"),
  detail: z.looseObject({
    executionArn: z.string(),
    stateMachineArn: z.string(),
    name: z.string(),
    status: z.enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]),
    input: z.string().nullable().optional(),
    error: z.string().nullable().optional(),
    cause: z.string().nullable().optional(),
  }),
});
export type ExecutionEnded = z.infer<typeof ExecutionEnded>;

export interface ReconcilerDeps {
  requests: Pick<RequestStore, "get">;
  incidents: Pick<IncidentStore, "get">;
  runs: Pick<PromotionStore, "get" | "setResult" | "setStatus">;
  /** What an unfinished partition wrote under its reserved version is removed (no version record names it). */
  discard: DiscardDeps;
  provisioning: Pick<ProvisioningSteps, "markFailed">;
  remediation: Pick<RemediationSteps, "escalate">;
  pipelines: Pick<PipelineStore, "get">;
  delivery: Pick<PipelineFailures, "markFailed">;
  clock: Clock;
}

/** What a reconciliation leaves for the workflow to do: Athena scratch databases to drop (promotion runs). */
type Cleanup = { cleanup?: AthenaStatement[] };

export type Reconciliation =
  | ({ outcome: "reconciled"; workflow: WorkflowName; record: string; next: string } & Cleanup)
  | ({ outcome: "ignored"; reason: string } & Cleanup);

const ENDED_BADLY = new Set(["FAILED", "TIMED_OUT", "ABORTED"]);

/** Which of our workflows a state machine is: its name ends with `-<WorkflowName>` (`plinth-<stage>-<name>`). */
export function workflowOf(stateMachineArn: string): WorkflowName | undefined {
  const name = stateMachineArn.slice(stateMachineArn.lastIndexOf(":") + 1);
  return [...WorkflowNames].sort((a, b) => b.length - a.length).find((w) => name.endsWith(`-${w}`));
}

export class Reconciler {
  constructor(private readonly deps: ReconcilerDeps) {}

  async reconcile(raw: unknown): Promise<Reconciliation> {
    const parsed = ExecutionEnded.safeParse(raw);
    if (!parsed.success)
      return { outcome: "ignored", reason: `not an execution status change: ${parsed.error.message}` };
    const { detail } = parsed.data;
    if (!ENDED_BADLY.has(detail.status))
      return { outcome: "ignored", reason: `${detail.status}: nothing to reconcile` };
    const workflow = workflowOf(detail.stateMachineArn);
    if (!workflow) return { outcome: "ignored", reason: `${detail.stateMachineArn} is not a Plinth workflow` };
    const input = parseInput(detail.input);
    const error = endError(workflow, detail);
    switch (workflow) {
      case "Provisioning":
      case "ProvisioningTeardown":
        return await this.request(workflow, String(input.requestId ?? ""), detail.executionArn, error);
      case "Remediation":
        return await this.incident(String(input.incidentId ?? ""), detail.executionArn, detail.status, error);
      case "Promotion":
        return await this.promotions(input, error);
      case "PipelineSetup":
        return await this.pipeline(String(input.pipelineId ?? ""), detail.executionArn, error);
      default:
        return { outcome: "ignored", reason: `${workflow} executions act on no record that could be left working` };
    }
  }

  /**
   * The sweep's way in: a record found working whose execution has ended (`ended`) or does not exist
   * (`ended` undefined) — the status change was lost, or the execution went with a local cloud.
   */
  async reconcileRecord(
    record: WorkingRecord,
    ended: { status: string; error?: string | null; cause?: string | null } | undefined,
  ): Promise<Reconciliation> {
    const error = ended
      ? {
          Error: ended.error || `States.${ended.status === "SUCCEEDED" ? "Runtime" : titleCase(ended.status)}`,
          Cause:
            ended.cause ||
            `its execution ended ${ended.status}${ended.status === "SUCCEEDED" ? " without settling the record" : ""}, and the status change was never acted on (found by the sweep)`,
        }
      : {
          Error: "Plinth.ExecutionLost",
          Cause: `its execution ${record.execution ?? "(none recorded)"} does not exist (lost with a restarted local cloud, or its state machine was replaced); found by the sweep`,
        };
    switch (record.kind) {
      case "ProvisioningRequest":
        return await this.request(
          record.status === "DESTROYING" ? "ProvisioningTeardown" : "Provisioning",
          record.id,
          record.execution,
          error,
        );
      case "Incident":
        return await this.incident(record.id, record.execution, ended?.status ?? "lost", error);
      case "PromotionRun":
        return await this.promotion(record.id, error);
      case "Pipeline":
        return await this.pipeline(record.id, record.execution, error);
    }
  }

  private async request(
    workflow: WorkflowName,
    id: string,
    executionArn: string | undefined,
    error: { Error: string; Cause: string },
  ): Promise<Reconciliation> {
    const record = id ? await this.deps.requests.get(id) : undefined;
    if (!record) return { outcome: "ignored", reason: `no provisioning request ${id || "(none in the input)"}` };
    if (record.execution !== executionArn)
      return { outcome: "ignored", reason: `${id} names another execution (${record.execution ?? "none"})` };
    if (!isRunning(record.status)) return { outcome: "ignored", reason: `${id} has already ended (${record.status})` };
    // Whether a stack exists is unknown once the execution died mid-way: say so, and offer destroy.
    const cleanup = record.status === "APPLYING" || record.status === "DESTROYING" ? "failed" : "not-needed";
    const { changed } = await this.deps.provisioning.markFailed({ requestId: id, step: "workflow", error, cleanup });
    // Two sweeps (or a sweep and the event) may reach the same record: only the one that ended it counts.
    if (!changed) return { outcome: "ignored", reason: `${id} was ended meanwhile` };
    return {
      outcome: "reconciled",
      workflow,
      record: id,
      next: cleanup === "failed" ? "destroy (the stack may be half-made), or retry" : "retry",
    };
  }

  private async pipeline(
    id: string,
    executionArn: string | undefined,
    error: { Error: string; Cause: string },
  ): Promise<Reconciliation> {
    const record = id ? await this.deps.pipelines.get(id) : undefined;
    if (!record) return { outcome: "ignored", reason: `no pipeline ${id || "(none in the input)"}` };
    if (record.execution !== executionArn)
      return { outcome: "ignored", reason: `${id} names another execution (${record.execution ?? "none"})` };
    if (!PIPELINE_WORKING.has(record.status))
      return { outcome: "ignored", reason: `${id} has already ended (${record.status})` };
    const { changed } = await this.deps.delivery.markFailed(id, "workflow", error);
    if (!changed) return { outcome: "ignored", reason: `${id} was ended meanwhile` };
    return {
      outcome: "reconciled",
      workflow: "PipelineSetup",
      record: id,
      next: "retry (it continues where it stopped), or cancel",
    };
  }

  private async incident(
    id: string,
    executionArn: string | undefined,
    status: string,
    error: { Error: string; Cause: string },
  ): Promise<Reconciliation> {
    const stored = id ? await this.deps.incidents.get(id) : undefined;
    if (!stored) return { outcome: "ignored", reason: `no incident ${id || "(none in the input)"}` };
    const { record } = stored;
    if (record.executionArn && record.executionArn !== executionArn)
      return { outcome: "ignored", reason: `${id} names another execution (${record.executionArn})` };
    if (record.status === "RESOLVED" || record.status === "ESCALATED")
      return { outcome: "ignored", reason: `${id} has already ended (${record.status})` };
    const { escalated } = await this.deps.remediation.escalate(id, `the remediation workflow ended ${status}`, error);
    if (!escalated) return { outcome: "ignored", reason: `${id} was ended meanwhile` };
    return { outcome: "reconciled", workflow: "Remediation", record: id, next: "resolve or acknowledge it by hand" };
  }

  /**
   * An API run names itself in the input (`promotionId`); a landing execution's input is S3's event,
   * from whose id its bronze run and the silver run after it are derived (LandingSeeds).
   */
  private async promotions(
    input: Record<string, unknown>,
    error: { Error: string; Cause: string },
  ): Promise<Reconciliation> {
    if (input.promotionId !== undefined || typeof input.id !== "string")
      return await this.promotion(String(input.promotionId ?? ""), error);
    const bronze = landingRunId(LandingSeeds.bronze(input.id));
    const silver = landingRunId(LandingSeeds.silver(bronze));
    const outcomes = [await this.promotion(bronze, error), await this.promotion(silver, error)];
    const chosen = outcomes.find((outcome) => outcome.outcome === "reconciled") ?? (outcomes[0] as Reconciliation);
    const cleanup = outcomes.flatMap((outcome) => outcome.cleanup ?? []);
    return { ...chosen, ...(cleanup.length > 0 ? { cleanup } : {}) };
  }

  private async promotion(id: string, error: { Error: string; Cause: string }): Promise<Reconciliation> {
    const run = id ? await this.deps.runs.get(id) : undefined;
    if (!run) return { outcome: "ignored", reason: `no promotion run ${id || "(none in the input)"}` };
    // Whatever ended the run (this, a cancel, a failure), an Athena partition may have left its scratch database.
    const cleanup = run.partitions.map((partition) => scratchCleanup(id, partition));
    if (run.status === "SUCCEEDED") return { outcome: "ignored", reason: `${id} has already ended (${run.status})` };
    if (run.status !== "RUNNING")
      return { outcome: "ignored", reason: `${id} has already ended (${run.status})`, cleanup };
    const at = this.deps.clock.now().toISOString();
    const unfinished = run.partitions.filter((p) => !run.results[p] || run.results[p]?.status === "RUNNING");
    // The run's end, with every unfinished partition failed; not the workflow's Finish, which would
    // chain a landing's silver run no execution would carry.
    const status = promotionStatus(
      run.partitions.map((p) =>
        unfinished.includes(p) ? { partition: p, status: "FAILED" as const } : (run.results[p] as PartitionResult),
      ),
    );
    // Claimed first, only if still RUNNING: a cancel that claimed it meanwhile keeps its CANCELLED.
    if (!(await this.deps.runs.setStatus(id, status, at, "RUNNING")))
      return { outcome: "ignored", reason: `${id} was ended meanwhile (cancelled)`, cleanup };
    for (const partition of unfinished) {
      await discardUnrecorded(this.deps.discard, run, partition, run.results[partition]?.version);
      await this.deps.runs.setResult(id, { partition, status: "FAILED", error: `${error.Error}: ${error.Cause}` }, at);
    }
    return {
      outcome: "reconciled",
      workflow: "Promotion",
      record: id,
      next: "promote the failed partitions again (what they wrote was removed)",
      cleanup,
    };
  }
}

function endError(workflow: WorkflowName, detail: ExecutionEnded["detail"]): { Error: string; Cause: string } {
  return {
    Error: detail.error || `States.${titleCase(detail.status)}`,
    Cause:
      detail.cause || `the ${workflow} execution ${detail.name} ended ${detail.status} outside its own error handling`,
  };
}

/** FAILED → Failed, TIMED_OUT → Timeout (as States.Timeout), ABORTED → Aborted. */
function titleCase(status: string): string {
  if (status === "TIMED_OUT") return "Timeout";
  return status.charAt(0) + status.slice(1).toLowerCase();
}

function parseInput(input: string | null | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(input ?? "{}") as unknown;
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
