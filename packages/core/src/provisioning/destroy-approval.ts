import type { Caller } from "../caller";
import { fail } from "../errors";
import { mayDecideDestroy } from "./access";
import { advance } from "./mutate";
import type { RequestRecord } from "./request";

/**
 * A destroy that waits for an approver (what applying a recommendation opens): asked by one member of
 * the team, approved — quoting the plan's hash, like any approval — or rejected by another approver.
 * These give the next record; the service writes it and, once approved, starts the teardown.
 */
export function askedDestroy(
  current: RequestRecord,
  caller: Caller,
  ask: { reason: string; recommendation?: string },
  now: Date,
): RequestRecord {
  return advance(
    current,
    { destroyRequest: { by: caller.sub, at: now.toISOString(), ...ask } },
    { step: "destroy", message: `destroy requested, awaiting approval: ${ask.reason}`, actor: caller.sub },
    now,
  );
}

export function withdrawnDestroy(current: RequestRecord, caller: Caller, comment: string, now: Date): RequestRecord {
  const { destroyRequest: _, ...rest } = mayDecideDestroy(current, caller, "reject");
  return advance(rest, {}, { step: "destroy", message: `destroy rejected: ${comment}`, actor: caller.sub }, now);
}

/** Checks the approver and the plan they reviewed; answers the timeline's message. */
export function approvedDestroy(
  current: RequestRecord,
  caller: Caller,
  planHash: string,
  comment: string | undefined,
): string {
  const asked = mayDecideDestroy(current, caller, "approve");
  if (planHash !== asked.plan.hash)
    fail("stale_plan", `you approved plan ${planHash.slice(0, 12)}, but the plan is ${asked.plan.hash.slice(0, 12)}`, [
      { field: "body.planHash", message: "does not match plan.hash" },
    ]);
  return `destroy approved${comment ? ` (${comment})` : ""}; asked by ${asked.destroyRequest?.by}: ${asked.destroyRequest?.reason}`;
}
