import type { WorkflowName } from "../resources";
import type { ProvisioningStatus } from "./lifecycle";
import type { RequestRecord } from "./request";

/**
 * The provisioning request records. The adapter (packages/aws/src/dynamodb/request-store.ts) owns
 * the key shapes and writes every change conditionally on `version`.
 */
export interface RequestStore {
  /**
   * Writes a new record and reserves its estimated cost from the team budget in one atomic write.
   * Returns the existing record instead when the id is taken (an Idempotency-Key replay); throws
   * `policy_violation` (team-budget) when the reservation would exceed `budgetCents` — over the
   * committed estimates or over the measured run rate, whichever is larger.
   */
  create(record: RequestRecord, budgetCents: number): Promise<{ created: boolean; record: RequestRecord }>;
  get(id: string): Promise<RequestRecord | undefined>;
  /** Replaces the record if it is still at `next.version - 1`; else `version_conflict`. Optionally gives back the budget it reserved. */
  update(next: RequestRecord, options?: { releaseReservation?: boolean }): Promise<RequestRecord>;
  list(query: RequestQuery): Promise<{ items: RequestRecord[]; cursor?: string }>;
  /** Every team that has ever made a request (what stage-wide jobs, like the recommendation scan, visit). */
  teams(): Promise<string[]>;
  /** Cents the team has reserved for its live requests. */
  committedCents(team: string): Promise<number>;
  /** Its measured monthly run rate too (Cost Explorer's, 0 before the first reading): what the budget policy holds. */
  budgetUse(team: string): Promise<{ committedCents: number; measuredCents: number }>;
}

export interface RequestQuery {
  team: string;
  status?: ProvisioningStatus;
  template?: string;
  limit: number;
  cursor?: string;
}

/** Starting, stopping and answering workflows; the adapter is Step Functions. */
export interface WorkflowRunner {
  /** Idempotent on `name`: a repeat with the same input returns the first execution. */
  start(workflow: WorkflowName, name: string, input: Record<string, unknown>): Promise<string>;
  /** The ARN an execution of that name has (names are chosen up front so the record can say it before the start). */
  arnOf(workflow: WorkflowName, name: string): string;
  stop(executionArn: string, cause: string): Promise<void>;
  /** Throws `conflict` when the task is no longer waiting (timed out, stopped). */
  succeedTask(taskToken: string, output: Record<string, unknown>): Promise<void>;
  failTask(taskToken: string, error: string, cause: string): Promise<void>;
}
