import { z } from "zod";
import { belongsTo, type Caller, isAdmin } from "../caller";
import type { Clock } from "../clock";
import { fail, isPlinthError } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import { requireRole } from "../provisioning/access";
import type { WorkflowRunner } from "../provisioning/ports";
import { parseInput } from "../schema";
import { DeliveryEvents } from "./events";
import {
  type DeployFreeze,
  type DeploymentApproval,
  GateDecision,
  type GateRecord,
  GateRejection,
  type GateStatus,
  SetDeployFreeze,
} from "./gate";
import type { FreezeStore, GateStore } from "./ports";

export interface GateServiceDeps {
  gates: GateStore;
  freezes: FreezeStore;
  workflows: Pick<WorkflowRunner, "succeedTask">;
  events: EventPublisher;
  clock: Clock;
}

export const GateQuery = z.object({
  team: z.string().optional(),
  status: z.enum(["WAITING", "APPROVED", "REJECTED", "EXPIRED", "REFUSED"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/**
 * Deployment approvals as people see and decide them (the approvals inbox, `plinth deploy …`), and the
 * freezes that stop production deploys. A decision names the commit and environment it is for: an
 * approval given while looking at one commit never lets another one through.
 */
export class GateService {
  constructor(private readonly deps: GateServiceDeps) {}

  /** A team's approvals in a status; without a team, what waits in every team the caller belongs to. */
  async list(query: z.input<typeof GateQuery>, caller: Caller): Promise<DeploymentApproval[]> {
    requireRole(caller, "viewer", "read deployment approvals");
    const q = GateQuery.parse(query);
    if (q.team && !belongsTo(caller, q.team)) return [];
    if (!q.team && q.status && q.status !== "WAITING")
      fail("invalid_parameter", "name a team to list its decided approvals", [
        { field: "query.team", message: "required unless status is WAITING" },
      ]);
    const gates = await this.deps.gates.list(
      q.team
        ? { team: q.team, ...(q.status ? { status: q.status } : {}), limit: q.limit }
        : { status: "WAITING", limit: q.limit },
    );
    return gates.filter((gate) => belongsTo(caller, gate.team)).map(approvalView);
  }

  async get(id: string, caller: Caller): Promise<DeploymentApproval> {
    return approvalView(await this.visible(id, caller));
  }

  async approve(id: string, body: unknown, caller: Caller): Promise<DeploymentApproval> {
    const decision = parseInput(GateDecision, body, "body");
    const gate = this.mayDecide(await this.visible(id, caller), caller, "approve");
    if (decision.sha !== gate.sha || decision.environment !== gate.environment)
      fail(
        "conflict",
        `this approval is for ${gate.sha.slice(0, 7)} to ${gate.environment}; you approved ${decision.sha.slice(0, 7)} to ${decision.environment}`,
        [
          ...(decision.sha !== gate.sha ? [{ field: "body.sha", message: `the waiting commit is ${gate.sha}` }] : []),
          ...(decision.environment !== gate.environment
            ? [{ field: "body.environment", message: `the waiting environment is ${gate.environment}` }]
            : []),
        ],
      );
    return await this.decide(gate, caller, {
      status: "APPROVED",
      reason: `approved by ${caller.sub}`,
      ...(decision.comment ? { comment: decision.comment } : {}),
    });
  }

  async reject(id: string, body: unknown, caller: Caller): Promise<DeploymentApproval> {
    const rejection = parseInput(GateRejection, body, "body");
    const gate = this.mayDecide(await this.visible(id, caller), caller, "reject");
    return await this.decide(gate, caller, { status: "REJECTED", reason: rejection.reason });
  }

  async freezes(caller: Caller): Promise<DeployFreeze[]> {
    requireRole(caller, "viewer", "read deploy freezes");
    const now = this.deps.clock.now().getTime();
    return (await this.deps.freezes.all()).filter(
      (freeze) =>
        (freeze.scope === "platform" || belongsTo(caller, freeze.scope)) &&
        (freeze.until === undefined || Date.parse(freeze.until) > now),
    );
  }

  /** The platform's freeze is an admin's (the kill switch of production deploys); a team's, its approvers'. */
  async freeze(scope: string, body: unknown, caller: Caller): Promise<DeployFreeze> {
    const input = parseInput(SetDeployFreeze, body, "body");
    this.mayFreeze(scope, caller);
    const freeze: DeployFreeze = {
      scope,
      reason: input.reason,
      by: caller.sub,
      at: this.deps.clock.now().toISOString(),
      ...(input.until ? { until: input.until } : {}),
    };
    await this.deps.freezes.put(freeze);
    return freeze;
  }

  async thaw(scope: string, caller: Caller): Promise<void> {
    this.mayFreeze(scope, caller);
    await this.deps.freezes.delete(scope);
  }

  private mayFreeze(scope: string, caller: Caller) {
    if (scope === "platform") {
      if (!isAdmin(caller)) fail("forbidden", "only an admin freezes (or lifts a freeze of) the whole platform");
      return;
    }
    requireRole(caller, "approver", "freeze a team's production deploys");
    if (!belongsTo(caller, scope)) fail("not_found", `no team ${scope}`);
  }

  private mayDecide(gate: GateRecord, caller: Caller, action: "approve" | "reject"): GateRecord {
    requireRole(caller, "approver", `${action} a deployment`);
    if (gate.status !== "WAITING") fail("conflict", `${gate.id} is ${gate.status}: ${gate.reason}`);
    const own = [gate.dispatchedBy, gate.requestedBy].includes(caller.sub);
    if (own && action === "approve")
      fail(
        "self_approval",
        `you started this deployment of ${gate.sha.slice(0, 7)}; another approver of ${gate.team} must approve it`,
      );
    if (!gate.taskToken) fail("conflict", `${gate.id} is not waiting for a decision yet; try again in a moment`);
    return gate;
  }

  private async decide(
    gate: GateRecord,
    caller: Caller,
    outcome: { status: Exclude<GateStatus, "WAITING">; reason: string; comment?: string },
  ): Promise<DeploymentApproval> {
    const at = this.deps.clock.now().toISOString();
    const decided = await this.deps.gates.update({
      ...gate,
      ...outcome,
      decidedBy: caller.sub,
      decidedAt: at,
      version: gate.version + 1,
      updatedAt: at,
      timeline: [
        ...gate.timeline,
        {
          at,
          message: `${outcome.status === "APPROVED" ? "approved" : `rejected: ${outcome.reason}`}`,
          actor: caller.sub,
        },
      ],
    });
    try {
      await this.deps.workflows.succeedTask(gate.taskToken as string, { status: outcome.status });
    } catch (error) {
      if (!(isPlinthError(error) && error.code === "conflict")) throw error;
      // The workflow no longer waits (it expired meanwhile): the decision is taken back.
      await this.deps.gates.update({
        ...gate,
        version: decided.version + 1,
        updatedAt: at,
        timeline: [...decided.timeline, { at, message: "decision not delivered: the gate no longer waits" }],
      });
      throw error;
    }
    await this.deps.events.publish([
      buildEvent(DeliveryEvents.gateDecided, {
        id: `${decided.id}-${decided.status}`,
        occurredAt: at,
        correlationId: decided.id,
        pipelineId: decided.pipelineId,
        serviceId: decided.serviceId,
        team: decided.team,
        gateId: decided.id,
        environment: decided.environment,
        sha: decided.sha,
        status: outcome.status,
        reason: decided.reason,
      }),
    ]);
    return approvalView(decided);
  }

  private async visible(id: string, caller: Caller): Promise<GateRecord> {
    requireRole(caller, "viewer", "read deployment approvals");
    const gate = await this.deps.gates.get(id);
    if (!gate || !belongsTo(caller, gate.team)) fail("not_found", `no deployment approval ${id}`);
    return gate;
  }
}

export function approvalView(gate: GateRecord): DeploymentApproval {
  const { taskToken, installationId: __, callbackUrl: ___, ...rest } = gate;
  return { ...rest, decidable: gate.status === "WAITING" && taskToken !== undefined };
}
