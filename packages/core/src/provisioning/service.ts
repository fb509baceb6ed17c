import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { belongsTo, type Caller } from "../caller";
import type { ServiceDirectory } from "../catalog/ports";
import type { Clock } from "../clock";
import { fail, isPlinthError } from "../errors";
import { parseInput } from "../schema";
import { mayAct, mayDecide, ownedService, teamFor } from "./access";
import { approvedDestroy, askedDestroy, withdrawnDestroy } from "./destroy-approval";
import { ApprovalDecision, ListQuery, Rejection, RequestPatch } from "./inputs";
import type { ProvisioningStatus } from "./lifecycle";
import { advance, mutate } from "./mutate";
import { budgetLimitUsd, type PolicyConfig } from "./policies";
import type { RequestStore, WorkflowRunner } from "./ports";
import {
  assertAllowed,
  CreateProvisioningRequest,
  canonical,
  type Plan,
  type ProvisioningRequest,
  plan,
  platformTags,
  type RequestRecord,
  sha256,
  toView,
} from "./request";

export interface ProvisioningDeps {
  store: RequestStore;
  workflows: WorkflowRunner;
  clock: Clock;
  policy: PolicyConfig;
  /** The Plinth stage this runs in: part of every stack's name. */
  stage: string;
  /** The catalog, for requests that name a service (without it, naming one is refused). */
  services?: ServiceDirectory;
}

const CANCELLABLE: readonly ProvisioningStatus[] = ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING"];
const DESTROYABLE: readonly ProvisioningStatus[] = ["SUCCEEDED", "FAILED", "ROLLED_BACK"];

/**
 * What the API does with provisioning requests. Workflows do the long work; this decides who may
 * do what, writes the user's decisions conditionally on `version`, and starts, stops or answers
 * the executions.
 */
export class ProvisioningService {
  constructor(private readonly deps: ProvisioningDeps) {}

  /** The plan a create would make, with the team's current budget; nothing is written. */
  async preview(body: unknown, caller: Caller): Promise<Plan> {
    const input = parseInput(CreateProvisioningRequest, body, "body");
    const team = teamFor(input, caller, "viewer");
    await ownedService(this.deps.services, input.service, team);
    const use = await this.deps.store.budgetUse(team);
    return plan(
      input,
      team,
      { committedUsd: use.committedCents / 100, measuredUsd: use.measuredCents / 100 },
      this.deps.policy,
      this.deps.stage,
    );
  }

  /**
   * One conditional write (the record plus its budget reservation) and one StartExecution. With an
   * Idempotency-Key the id is derived from it, so every replay lands on the same record and the same
   * execution name; the answer is the request as it was created.
   */
  async create(
    body: unknown,
    caller: Caller,
    options: { idempotencyKey?: string | undefined; correlationId: string },
  ): Promise<{ request: ProvisioningRequest; replayed: boolean }> {
    const input = parseInput(CreateProvisioningRequest, body, "body");
    const team = teamFor(input, caller, "developer");
    await ownedService(this.deps.services, input.service, team);
    const key = options.idempotencyKey;
    const id = `pr-${key ? sha256(`${team}\n${caller.sub}\n${key}`).slice(0, 20) : randomUUID().replaceAll("-", "").slice(0, 20)}`;
    const planned = plan(input, team, {}, this.deps.policy, this.deps.stage, id);
    assertAllowed(planned);

    const now = this.deps.clock.now().toISOString();
    const record: RequestRecord = {
      id,
      team,
      ...(input.service ? { service: input.service } : {}),
      requestedBy: caller.sub,
      name: input.name,
      template: planned.template,
      environment: input.environment,
      region: input.region,
      tags: platformTags(input, team, `${planned.template.id}@${planned.template.version}`, id, this.deps.stage),
      status: "VALIDATING",
      version: 1,
      plan: planned,
      outputs: {},
      ...(input.ttlHours === undefined ? {} : { ttlHours: input.ttlHours }),
      attempt: 1,
      execution: this.deps.workflows.arnOf("Provisioning", `${id}-1`),
      timeline: [
        {
          at: now,
          step: "request",
          status: "VALIDATING",
          message: `requested ${planned.template.id} ${input.name}`,
          actor: caller.sub,
        },
      ],
      createdAt: now,
      updatedAt: now,
      ...(key ? { idempotencyKey: key } : {}),
      bodyHash: sha256(canonical(input)),
      correlationId: options.correlationId,
      reservedCents: Math.round(planned.cost.monthlyUsd * 100),
    };
    const written = await this.deps.store.create(record, Math.round(budgetLimitUsd(team, this.deps.policy) * 100));
    if (!written.created && written.record.bodyHash !== record.bodyHash) {
      fail(
        "idempotency_key_reused",
        `Idempotency-Key "${key}" was used for a different request (${written.record.id})`,
        [{ field: "header.idempotency-key", message: "already used with another body; use a new key" }],
      );
    }
    const stored = written.record;
    // A replay starts the execution too, in case the first call died between its write and its start.
    if (stored.attempt === 1 && (written.created || stored.status === "VALIDATING")) {
      await this.deps.workflows.start("Provisioning", `${stored.id}-1`, { requestId: stored.id });
    }
    return { request: asCreated(stored), replayed: !written.created };
  }

  async get(id: string, caller: Caller): Promise<ProvisioningRequest> {
    return toView(await this.visible(id, caller));
  }

  async list(query: z.input<typeof ListQuery>, caller: Caller) {
    const q = parseInput(ListQuery, query, "query");
    const team = q.team ?? (caller.teams.length === 1 ? caller.teams[0] : undefined);
    if (!team) {
      fail("invalid_parameter", "say which team to list", [
        { field: "query.team", message: `required: you belong to ${caller.teams.join(", ") || "no team"}` },
      ]);
    }
    // Another team's list is empty, as if it did not exist: the same answer as a 404 gives.
    if (!belongsTo(caller, team)) return { items: [] as ProvisioningRequest[] };
    const page = await this.deps.store.list({ team, limit: q.limit, ...optional(q, ["status", "template", "cursor"]) });
    return { items: page.items.map(toView), ...(page.cursor ? { cursor: page.cursor } : {}) };
  }

  async approve(id: string, caller: Caller, body: unknown): Promise<ProvisioningRequest> {
    const decision = parseInput(ApprovalDecision, body, "body");
    const visible = await this.visible(id, caller);
    if (visible.status === "SUCCEEDED" && visible.destroyRequest)
      return this.startDestroy(visible, caller, approvedDestroy(visible, caller, decision.planHash, decision.comment));
    const current = mayDecide(visible, caller, "approve");
    if (decision.planHash !== current.plan.hash) {
      fail(
        "stale_plan",
        `you approved plan ${decision.planHash.slice(0, 12)}, but the plan is now ${current.plan.hash.slice(0, 12)}; review it again`,
        [{ field: "body.planHash", message: "does not match plan.hash" }],
      );
    }
    const token =
      current.taskToken ?? fail("conflict", "the request is not waiting for an approval yet; try again in a moment");
    const record = await mutate(this.deps.store, id, (r) =>
      r.approval?.decision === "approved" && r.approval.planHash === decision.planHash
        ? undefined // a repeated approval re-sends the answer below
        : {
            next: advance(
              r,
              {
                approval: {
                  decision: "approved",
                  by: caller.sub,
                  at: this.now(),
                  planHash: decision.planHash,
                  ...optional(decision, ["comment"]),
                },
              },
              { step: "approval", message: `approved plan ${decision.planHash.slice(0, 12)}`, actor: caller.sub },
              this.deps.clock.now(),
            ),
          },
    );
    try {
      await this.deps.workflows.succeedTask(token, { approvedBy: caller.sub, planHash: decision.planHash });
    } catch (error) {
      // The workflow did not take it (its execution ended or was lost): the decision is taken back,
      // so a 409 leaves the request as it was (the reconciler then fails it with the execution's reason).
      if (record.version !== current.version) await this.withdrawApproval(id, caller);
      throw error;
    }
    return toView(record);
  }

  private async withdrawApproval(id: string, caller: Caller): Promise<void> {
    await mutate(this.deps.store, id, (r) => {
      if (r.approval?.by !== caller.sub) return undefined;
      const { approval: _, ...rest } = r;
      return {
        next: advance(
          rest,
          {},
          { step: "approval", message: "approval not delivered: the workflow is no longer waiting", actor: caller.sub },
          this.deps.clock.now(),
        ),
      };
    });
  }

  async reject(id: string, caller: Caller, body: unknown): Promise<ProvisioningRequest> {
    const { comment } = parseInput(Rejection, body, "body");
    const visible = await this.visible(id, caller);
    if (visible.status === "SUCCEEDED" && visible.destroyRequest)
      return toView(await this.deps.store.update(withdrawnDestroy(visible, caller, comment, this.deps.clock.now())));
    const current = mayDecide(visible, caller, "reject");
    const token =
      current.taskToken ?? fail("conflict", "the request is not waiting for an approval yet; try again in a moment");
    const record = await this.move(id, current, "REJECTED", caller, "approval", `rejected: ${comment}`, {
      approval: { decision: "rejected", by: caller.sub, at: this.now(), planHash: current.plan.hash, comment },
    });
    try {
      await this.deps.workflows.failTask(token, "Plinth.Rejected", comment);
    } catch (error) {
      // The execution waiting for it is gone: nothing was built while it waited, so REJECTED is the
      // whole truth and needs no workflow (its budget reservation is already released).
      if (!(isPlinthError(error) && error.code === "conflict")) throw error;
    }
    return toView(record);
  }

  /** Stops the execution, then a teardown execution deletes whatever it had made. */
  async cancel(id: string, caller: Caller): Promise<ProvisioningRequest> {
    const current = mayAct(await this.visible(id, caller), caller, CANCELLABLE, "cancel");
    // The record names the execution acting on it: from now on, the clean-up.
    const record = await this.move(id, current, "CANCELLED", caller, "cancel", "cancelled; cleaning up", {
      execution: this.deps.workflows.arnOf("ProvisioningTeardown", `${id}-cancel`),
    });
    if (current.execution) await this.deps.workflows.stop(current.execution, `cancelled by ${caller.sub}`);
    await this.deps.workflows.start("ProvisioningTeardown", `${id}-cancel`, { requestId: id });
    return toView(record);
  }

  /** A new execution for a failed request; it skips what finished (an approval of the same plan is kept). */
  async retry(id: string, caller: Caller): Promise<ProvisioningRequest> {
    const current = mayAct(await this.visible(id, caller), caller, ["FAILED", "ROLLED_BACK"], "retry");
    const attempt = current.attempt + 1;
    if (current.failure?.step === "destroy") return this.destroy(id, caller);
    const execution = this.deps.workflows.arnOf("Provisioning", `${id}-${attempt}`);
    const record = await this.move(
      id,
      current,
      "VALIDATING",
      caller,
      "retry",
      `retry ${attempt} after ${current.failure?.step ?? "a failure"}`,
      {
        attempt,
        execution,
      },
    );
    await this.deps.workflows.start("Provisioning", `${id}-${attempt}`, { requestId: id });
    return toView(record);
  }

  async destroy(id: string, caller: Caller): Promise<ProvisioningRequest> {
    const current = mayAct(await this.visible(id, caller), caller, DESTROYABLE, "destroy");
    return this.startDestroy(current, caller, "destroying the stack");
  }

  /**
   * Asks for the stack's deletion through an approval (what applying a recommendation does): the
   * request stays SUCCEEDED with a `destroyRequest` until another approver of the team approves it
   * (quoting the plan's hash, as for any approval) or rejects it. Asking again is a no-op.
   */
  async requestDestroy(
    id: string,
    caller: Caller,
    ask: { reason: string; recommendation?: string },
  ): Promise<ProvisioningRequest> {
    const current = mayAct(await this.visible(id, caller), caller, ["SUCCEEDED"], "ask for a destroy");
    if (current.destroyRequest) return toView(current);
    return toView(await this.deps.store.update(askedDestroy(current, caller, ask, this.deps.clock.now())));
  }

  private async startDestroy(current: RequestRecord, caller: Caller, message: string): Promise<ProvisioningRequest> {
    const { destroyRequest: _, ...rest } = current;
    const name = `${current.id}-destroy-${current.version + 1}`;
    const record = await this.move(current.id, rest, "DESTROYING", caller, "destroy", message, {
      execution: this.deps.workflows.arnOf("ProvisioningTeardown", name),
    });
    await this.deps.workflows.start("ProvisioningTeardown", name, { requestId: current.id });
    return toView(record);
  }

  async extend(id: string, caller: Caller, body: unknown, expectedVersion?: number): Promise<ProvisioningRequest> {
    const { expiresAt } = parseInput(RequestPatch, body, "body");
    const current = mayAct(await this.visible(id, caller), caller, ["SUCCEEDED"], "extend");
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      fail("version_conflict", `the request is at version ${current.version}, not ${expectedVersion}`);
    }
    const now = this.deps.clock.now();
    const requested = Date.parse(expiresAt);
    if (current.expiresAt === undefined || requested <= Date.parse(current.expiresAt)) {
      fail("validation_failed", "a TTL can only be extended", [
        {
          field: "body.expiresAt",
          message: `must be later than ${current.expiresAt ?? "an expiry (this request has none)"}`,
        },
      ]);
    }
    const limit = now.getTime() + this.deps.policy.maxNonProductionTtlHours * 3_600_000;
    if (current.environment !== "production" && requested > limit) {
      fail("policy_violation", "outside production a TTL reaches at most the limit from now", [
        { field: "policy.ttl-limit", message: `at most ${new Date(limit).toISOString()}` },
      ]);
    }
    const record = await this.deps.store.update(
      advance(
        current,
        { expiresAt: new Date(requested).toISOString() },
        { step: "expiry", message: `extended to ${new Date(requested).toISOString()}`, actor: caller.sub },
        now,
      ),
    );
    return toView(record);
  }

  private async move(
    id: string,
    current: RequestRecord,
    to: ProvisioningStatus,
    caller: Caller,
    step: string,
    message: string,
    patch: Partial<RequestRecord>,
  ): Promise<RequestRecord> {
    const releases = to === "CANCELLED" || to === "REJECTED";
    const { taskToken: _, ...rest } = current;
    const next = advance(
      to === "REJECTED" || to === "CANCELLED" ? rest : current,
      { ...patch, status: to },
      { step, message, actor: caller.sub },
      this.deps.clock.now(),
    );
    try {
      return await this.deps.store.update(next, { releaseReservation: releases });
    } catch (error) {
      // The workflow moved it meanwhile: say what it is now rather than a bare version number.
      const latest = await this.deps.store.get(id);
      if (latest && latest.version !== current.version) {
        fail("conflict", `the request changed to ${latest.status} while you acted; reload it and try again`);
      }
      throw error;
    }
  }

  private async visible(id: string, caller: Caller): Promise<RequestRecord> {
    const record = await this.deps.store.get(id);
    if (!record || !belongsTo(caller, record.team)) fail("not_found", `no provisioning request ${id}`);
    return record;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

/** The answer to a create, identical for every replay: the request as it was when it was created. */
function asCreated(record: RequestRecord): ProvisioningRequest {
  const view = toView(record);
  const { changes, approval, failure, expiresAt, ...created } = view;
  return {
    ...created,
    status: "VALIDATING",
    version: 1,
    attempt: 1,
    outputs: {},
    execution: record.execution?.replace(/-\d+$/, "-1"),
    timeline: view.timeline.slice(0, 1),
    updatedAt: view.createdAt,
  };
}

function optional<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Partial<
    Pick<T, K>
  >;
}
