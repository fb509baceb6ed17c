import type { Caller, Role } from "../caller";
import type { Service } from "../catalog/entity";
import type { ServiceStore } from "../catalog/ports";
import type { Clock } from "../clock";
import { StepError } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import type { ProvisioningService } from "../provisioning/service";
import { DeliveryEvents } from "./events";
import type { PipelineRecord } from "./pipeline";
import type { GitHubApp, PipelineStore, WorkflowLinter } from "./ports";
import { findTemplate, renderPipeline } from "./setup-plan";

/**
 * What the `PipelineSetup` workflow's steps share: loading and saving the pipeline (conditionally,
 * with a timeline entry), its service and actor, its rendered workflow, its events; and recording a
 * failed setup (the workflow's Catch, and the reconciler).
 */
export interface PipelineStepDeps {
  store: PipelineStore;
  github: GitHubApp;
  linter: WorkflowLinter;
  services: Pick<ServiceStore, "get">;
  provisioning: Pick<ProvisioningService, "create" | "get" | "retry" | "cancel" | "destroy">;
  events: EventPublisher;
  clock: Clock;
}

export class PipelineStepContext {
  constructor(readonly deps: PipelineStepDeps) {}

  async load(id: string): Promise<PipelineRecord> {
    const record = await this.deps.store.get(id);
    if (!record) throw new StepError("Plinth.NotFound", `no pipeline ${id}`);
    return record;
  }

  async service(record: PipelineRecord): Promise<Service> {
    const service = await this.deps.services.get(record.serviceId);
    if (!service) throw new StepError("Plinth.NotFound", `the service ${record.serviceId} was retired`);
    return service;
  }

  actor(record: PipelineRecord): Caller {
    return { sub: record.actor.sub, teams: record.actor.teams, roles: record.actor.roles as Role[] };
  }

  /** Saves the changes (conditional on the version read), with a timeline entry when a message is given. */
  async save(
    record: PipelineRecord,
    changes: Partial<PipelineRecord>,
    step?: string,
    message?: string,
  ): Promise<PipelineRecord> {
    const at = this.deps.clock.now().toISOString();
    const status = changes.status ?? record.status;
    return await this.deps.store.update({
      ...record,
      ...changes,
      version: record.version + 1,
      updatedAt: at,
      timeline: step && message ? [...record.timeline, { at, step, status, message }] : record.timeline,
    });
  }

  /** The record with its spent task token dropped (saved only when it had one). */
  async withoutMergeToken(record: PipelineRecord): Promise<PipelineRecord> {
    if (!record.mergeToken) return record;
    const { mergeToken: _, ...rest } = record;
    return await this.deps.store.update({ ...rest, version: record.version + 1 });
  }

  rendered(record: PipelineRecord) {
    return renderPipeline(
      findTemplate(record.change.template.id, record.change.template.version),
      record.serviceId,
      record.parameters,
    );
  }

  publish(record: PipelineRecord, event: "proposed" | "activated" | "failed", detail: Record<string, unknown>) {
    const definition = DeliveryEvents[event];
    return this.deps.events.publish([
      buildEvent(definition, {
        id: `${record.id}-${event}-${record.version}`,
        occurredAt: this.deps.clock.now().toISOString(),
        correlationId: record.correlationId,
        pipelineId: record.id,
        serviceId: record.serviceId,
        team: record.team,
        ...detail,
      } as never),
    ]);
  }
}

/**
 * Records a failed setup (the workflow's Catch, and the reconciler for executions that ended without
 * one): FAILED with the step and cause, and what was kept for a retry. Needs no GitHub.
 */
export class PipelineFailures {
  private readonly ctx: PipelineStepContext;

  constructor(deps: Pick<PipelineStepDeps, "store" | "events" | "clock">) {
    this.ctx = new PipelineStepContext(deps as PipelineStepDeps);
  }

  async markFailed(
    pipelineId: string,
    step: string,
    error: { Error: string; Cause?: string | undefined },
  ): Promise<{ changed: boolean }> {
    const ctx = this.ctx;
    const record = await ctx.load(pipelineId);
    if (record.status === "CANCELLED" || record.status === "FAILED") return { changed: false };
    const cause = lambdaErrorMessage(error.Cause) ?? error.Error;
    const left = [
      record.roles.length > 0 ? `deploy role requests ${record.roles.map((role) => role.requestId).join(", ")}` : "",
      record.change.pullRequest ? `pull request #${record.change.pullRequest.number}` : "",
    ].filter(Boolean);
    const saved = await ctx.save(
      record,
      { status: "FAILED", failure: { step: step, error: error.Error, cause } },
      step,
      `failed at ${step}: ${cause}${left.length > 0 ? ` (kept for a retry: ${left.join(", ")}; cancel removes them)` : ""}`,
    );
    await ctx.publish(saved, "failed", { step: step, error: `${error.Error}: ${cause}` });
    return { changed: true };
  }
}

/** A task's error as Step Functions hands it over: Lambda's JSON payload, whose message is the reason. */
function lambdaErrorMessage(cause: string | undefined): string | undefined {
  if (!cause) return undefined;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === "string") return parsed.errorMessage;
  } catch {
    // not a Lambda error payload: the cause is the reason
  }
  return cause;
}
