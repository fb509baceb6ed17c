import { PIPELINE_WORKING, type PipelineStatus } from "./delivery/pipeline";
import { isRunning, ProvisioningStatus } from "./provisioning/lifecycle";

/**
 * "Working": a record says an execution is acting on it. Each kind of record names its working
 * statuses here, once; the stores put a working record in the sparse `working` index (keys
 * `wpk = WORKING#<kind>`, `wsk = <since>#<id>`) and take it out when it leaves those statuses, the
 * sweep reads only that index, and the tests' invariant asks the same question.
 */
export const WorkingKinds = ["ProvisioningRequest", "PromotionRun", "Incident", "Pipeline"] as const;
export type WorkingKind = (typeof WorkingKinds)[number];

const INCIDENT_WORKING = new Set(["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING"]);

export function isWorking(kind: WorkingKind, status: string): boolean {
  switch (kind) {
    case "ProvisioningRequest": {
      const parsed = ProvisioningStatus.safeParse(status);
      return parsed.success && isRunning(parsed.data);
    }
    case "PromotionRun":
      return status === "RUNNING";
    case "Incident":
      return INCIDENT_WORKING.has(status);
    case "Pipeline":
      return PIPELINE_WORKING.has(status as PipelineStatus);
  }
}

/** The index keys of a record in a working status, or undefined (the attributes are then left out). */
export function workingKeys(
  kind: WorkingKind,
  record: { id: string; status: string },
  since: string,
): { wpk: string; wsk: string } | undefined {
  return isWorking(kind, record.status) ? { wpk: `WORKING#${kind}`, wsk: `${since}#${record.id}` } : undefined;
}

/** A working record as the sweep sees it: what it is, since when, and the execution it names. */
export interface WorkingRecord {
  kind: WorkingKind;
  id: string;
  status: string;
  /** When it last changed (requests, incidents) or started (promotion runs). */
  since: string;
  execution?: string;
}

export interface WorkingIndex {
  /** Working records of a kind unchanged since before `before`, oldest first, a page at a time. */
  working(
    kind: WorkingKind,
    before: string,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: WorkingRecord[]; cursor?: string }>;
}
