import { belongsTo, type Caller, hasRole, type Role } from "../caller";
import type { ServiceDirectory } from "../catalog/ports";
import { fail } from "../errors";
import type { ProvisioningStatus } from "./lifecycle";
import { type CreateProvisioningRequest, type RequestRecord, teamOf } from "./request";

/**
 * Who may do what to a provisioning request: pure rules over the caller's roles and teams and the
 * record's status, each failing with the code the API answers (403, 409, self-approval).
 */
export function requireRole(caller: Caller, role: Role, action: string): void {
  if (!hasRole(caller, role))
    fail("forbidden", `to ${action} you need the ${role} role; you have ${caller.roles.join(", ") || "none"}`);
}

/** The request's owning team for a new request, which the caller must belong to. */
export function teamFor(input: CreateProvisioningRequest, caller: Caller, role: Role): string {
  requireRole(caller, role, role === "viewer" ? "plan" : "request infrastructure");
  const team = teamOf(input, caller);
  if (!belongsTo(caller, team)) {
    fail("forbidden", `you are not a member of team ${team}`, [
      { field: "body.team", message: `one of ${caller.teams.join(", ")}` },
    ]);
  }
  return team;
}

/** A developer's action on a request in one of the `from` statuses. */
export function mayAct(
  record: RequestRecord,
  caller: Caller,
  from: readonly ProvisioningStatus[],
  action: string,
): RequestRecord {
  requireRole(caller, "developer", action);
  if (!from.includes(record.status)) {
    fail("conflict", `a ${record.status} request cannot ${action}; only ${from.join(", ")} can`);
  }
  return record;
}

/** An approver's decision: never on their own request, only while it waits for one. */
export function mayDecide(record: RequestRecord, caller: Caller, action: "approve" | "reject"): RequestRecord {
  requireRole(caller, "approver", action);
  if (record.requestedBy === caller.sub)
    fail("self_approval", `you requested ${record.id}; another approver of ${record.team} must ${action} it`);
  if (record.status !== "AWAITING_APPROVAL")
    fail("conflict", `a ${record.status} request is not waiting for an approval`);
  return record;
}

/** Approving or rejecting a destroy someone else asked for: an approver of the team, never its asker. */
export function mayDecideDestroy(record: RequestRecord, caller: Caller, action: "approve" | "reject"): RequestRecord {
  requireRole(caller, "approver", `${action} a destroy`);
  if (!record.destroyRequest) fail("conflict", `no destroy of ${record.id} is waiting for an approval`);
  if (record.destroyRequest.by === caller.sub)
    fail("self_approval", `you asked to destroy ${record.id}; another approver of ${record.team} must ${action} it`);
  return record;
}

/** A service a record names must be one of the owning team's (else 422 naming `body.service`). */
export async function ownedService(
  services: ServiceDirectory | undefined,
  service: string | undefined,
  team: string,
): Promise<void> {
  if (service === undefined) return;
  const owner = await services?.ownerOf(service);
  if (owner !== team)
    fail("validation_failed", `${team} has no service ${service} in the catalog`, [
      { field: "body.service", message: `not a service of team ${team}; register it first (POST /v1/services)` },
    ]);
}
