import { z } from "zod";
import { fail } from "../errors";

/**
 * The lifecycle of a provisioning request. The table below is the whole rule: a status may move
 * only to the statuses it lists, every write is a conditional update on the old status and version,
 * and the terminal statuses say plainly how the request ended.
 */
export const ProvisioningStatuses = [
  "VALIDATING",
  "PLANNED",
  "AWAITING_APPROVAL",
  "APPLYING",
  "SUCCEEDED",
  "FAILED",
  "ROLLED_BACK",
  "CANCELLED",
  "REJECTED",
  "EXPIRED",
  "DESTROYING",
  "DESTROYED",
] as const;
export const ProvisioningStatus = z.enum(ProvisioningStatuses);
export type ProvisioningStatus = z.infer<typeof ProvisioningStatus>;

export const Transitions: Readonly<Record<ProvisioningStatus, readonly ProvisioningStatus[]>> = {
  VALIDATING: ["PLANNED", "FAILED", "CANCELLED"],
  PLANNED: ["AWAITING_APPROVAL", "APPLYING", "FAILED", "CANCELLED"],
  AWAITING_APPROVAL: ["APPLYING", "REJECTED", "EXPIRED", "CANCELLED", "FAILED"],
  APPLYING: ["SUCCEEDED", "FAILED", "ROLLED_BACK", "CANCELLED"],
  // A retry starts a new execution, which skips the steps that already finished (an approval bound
  // to an unchanged plan is kept); destroy removes whatever a failure left behind.
  FAILED: ["VALIDATING", "DESTROYING"],
  ROLLED_BACK: ["VALIDATING", "DESTROYING"],
  SUCCEEDED: ["DESTROYING"],
  DESTROYING: ["DESTROYED", "FAILED"],
  CANCELLED: [],
  REJECTED: [],
  EXPIRED: [],
  DESTROYED: [],
};

/** Statuses during which a Step Functions execution is (or should be) running. */
export const RunningStatuses: readonly ProvisioningStatus[] = [
  "VALIDATING",
  "PLANNED",
  "AWAITING_APPROVAL",
  "APPLYING",
  "DESTROYING",
];

export function isRunning(status: ProvisioningStatus): boolean {
  return RunningStatuses.includes(status);
}

export function isTerminal(status: ProvisioningStatus): boolean {
  return Transitions[status].length === 0;
}

export function canTransition(from: ProvisioningStatus, to: ProvisioningStatus): boolean {
  return Transitions[from].includes(to);
}

/** Throws `conflict` naming both statuses when the move is not in the table. */
export function assertTransition(from: ProvisioningStatus, to: ProvisioningStatus): void {
  if (!canTransition(from, to)) {
    fail(
      "conflict",
      `a request that is ${from} cannot become ${to}; from ${from} it may become ${Transitions[from].join(", ") || "nothing (it has ended)"}`,
    );
  }
}
