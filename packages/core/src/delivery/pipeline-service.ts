import { randomUUID } from "node:crypto";
import { belongsTo, type Caller } from "../caller";
import type { Service } from "../catalog/entity";
import type { ServiceStore } from "../catalog/ports";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import { requireRole } from "../provisioning/access";
import type { WorkflowRunner } from "../provisioning/ports";
import { canonical, sha256 } from "../provisioning/request";
import type { ProvisioningService } from "../provisioning/service";
import { parseInput } from "../schema";
import { DeliveryEvents } from "./events";
import { CreatePipeline, PIPELINE_WORKING, type Pipeline, type PipelinePlan, type PipelineRecord } from "./pipeline";
import { pipelineTemplates } from "./pipeline-templates";
import type { GitHubApp, InstallationStore, PipelineStore, WorkflowLinter } from "./ports";
import { roleRequestInput } from "./roles";
import { findTemplate, newestVersion, oidcSubject, pullRequestText, renderPipeline } from "./setup-plan";

export interface PipelineDeps {
  store: PipelineStore;
  installations: InstallationStore;
  github: GitHubApp;
  linter: WorkflowLinter;
  services: Pick<ServiceStore, "get">;
  provisioning: Pick<ProvisioningService, "preview">;
  workflows: WorkflowRunner;
  events: EventPublisher;
  clock: Clock;
}

/**
 * What the API does with pipelines: plans them (the dry run), starts the `PipelineSetup` workflow
 * that makes them, and offers upgrades. The workflow does every GitHub call and child request; this
 * decides who may, checks what can be checked up front (the template, its parameters, actionlint,
 * the app's installation) and writes the record conditionally.
 */
export class PipelineService {
  constructor(private readonly deps: PipelineDeps) {}

  async create(
    serviceId: string,
    body: unknown,
    caller: Caller,
    options: { idempotencyKey?: string | undefined; correlationId: string; dryRun?: boolean },
  ): Promise<{ plan: PipelinePlan } | { pipeline: Pipeline; replayed: boolean }> {
    const input = parseInput(CreatePipeline, body, "body");
    const service = await this.ownService(serviceId, caller, options.dryRun ? "viewer" : "developer");
    const repository = service.repository;
    if (!repository)
      fail(
        "integration_required",
        `the service ${service.id} names no repository; set one first (plinth service edit ${service.id} --repository owner/name)`,
        [{ field: "service.repository", message: "required for a pipeline" }],
      );
    const installation = await this.installationFor(service.team, repository.owner);
    const plan = await this.plan(service, input, caller);
    if (plan.lint.findings.length > 0)
      fail(
        "validation_failed",
        `actionlint found ${plan.lint.findings.length} problem(s) in the generated workflow`,
        plan.lint.findings.map((finding) => ({
          field: "body.parameters",
          message: `line ${finding.line}: ${finding.message}`,
        })),
      );
    if (options.dryRun) return { plan };

    const key = options.idempotencyKey;
    const id = `pl-${key ? sha256(`${service.id}\n${caller.sub}\n${key}`).slice(0, 20) : randomUUID().replaceAll("-", "").slice(0, 20)}`;
    const live = (await this.deps.store.ofService(service.id)).find(
      (existing) => existing.id !== id && !["CANCELLED", "CLOSED"].includes(existing.status),
    );
    if (live)
      fail(
        "conflict",
        `the service ${service.id} has a pipeline already (${live.id}, ${live.status}); upgrade it, or cancel it first`,
      );
    const now = this.deps.clock.now().toISOString();
    const rendered = renderPipeline(findTemplate(input.template, input.templateVersion), service.id, input.parameters);
    const record: PipelineRecord = {
      id,
      serviceId: service.id,
      team: service.team,
      createdBy: caller.sub,
      actor: { sub: caller.sub, teams: [...caller.teams], roles: [...caller.roles] },
      repository: { owner: repository.owner, name: repository.name, defaultBranch: rendered.defaultBranch },
      installationId: installation,
      parameters: rendered.parameters,
      tags: input.tags,
      environments: rendered.environments,
      region: rendered.region,
      workflowPath: rendered.path,
      status: "SETTING_UP",
      change: {
        kind: "setup",
        template: { id: rendered.template.id, version: rendered.template.version, contentHash: rendered.contentHash },
        branch: plan.pullRequest.branch,
      },
      roles: [],
      attempt: 1,
      execution: this.deps.workflows.arnOf("PipelineSetup", `${id}-1`),
      timeline: [
        {
          at: now,
          step: "request",
          status: "SETTING_UP",
          message: `pipeline ${rendered.template.id} ${rendered.template.version} requested`,
          actor: caller.sub,
        },
      ],
      version: 1,
      createdAt: now,
      updatedAt: now,
      correlationId: options.correlationId,
      ...(key ? { idempotencyKey: key } : {}),
      bodyHash: sha256(canonical(input)),
    };
    const written = await this.deps.store.create(record);
    if (!written.created && written.record.bodyHash !== record.bodyHash)
      fail(
        "idempotency_key_reused",
        `Idempotency-Key "${key}" was used for a different pipeline (${written.record.id})`,
        [{ field: "header.idempotency-key", message: "already used with another body; use a new key" }],
      );
    const stored = written.record;
    if (written.created || (stored.attempt === 1 && stored.status === "SETTING_UP"))
      await this.deps.workflows.start("PipelineSetup", `${stored.id}-1`, { pipelineId: stored.id, mode: "setup" });
    if (written.created)
      await this.deps.events.publish([
        buildEvent(DeliveryEvents.requested, {
          id: `${stored.id}-requested`,
          occurredAt: now,
          correlationId: options.correlationId,
          pipelineId: stored.id,
          serviceId: service.id,
          team: service.team,
          template: rendered.template.id,
          version: rendered.template.version,
          by: caller.sub,
        }),
      ]);
    return { pipeline: this.view(stored), replayed: !written.created };
  }

  /** The dry run's answer: everything a create would do, from the same functions the workflow uses. */
  private async plan(service: Service, input: CreatePipeline, caller: Caller): Promise<PipelinePlan> {
    const rendered = renderPipeline(findTemplate(input.template, input.templateVersion), service.id, input.parameters);
    const repository = service.repository as NonNullable<Service["repository"]>;
    const findings = await this.deps.linter.lint(rendered.yaml, rendered.path);
    const roles = await Promise.all(
      rendered.environments.map(async (environment) => {
        const preview = await this.deps.provisioning.preview(
          roleRequestInput(service, repository, environment, rendered.region, input.tags),
          caller,
        );
        const denied = preview.policies.filter((policy) => policy.outcome === "deny");
        if (denied.length > 0)
          fail(
            "policy_violation",
            `the ${environment} deploy role breaks ${denied.map((policy) => policy.rule).join(", ")}`,
            denied.map((policy) => ({
              field: policy.rule === "required-tags" ? "body.tags" : `policy.${policy.rule}`,
              message: policy.reason,
            })),
          );
        return {
          environment,
          template: "github-deploy-role" as const,
          subject: oidcSubject(repository, environment),
          approval: preview.approval,
        };
      }),
    );
    return {
      serviceId: service.id,
      template: {
        id: rendered.template.id,
        version: rendered.template.version,
        title: rendered.template.title,
        contentHash: rendered.contentHash,
      },
      repository: { owner: repository.owner, name: repository.name, defaultBranch: rendered.defaultBranch },
      workflowPath: rendered.path,
      yaml: rendered.yaml,
      lint: { tool: this.deps.linter.tool, findings },
      roles,
      environments: rendered.environments.map((name) => ({ name, protectedBranchesOnly: name !== "dev" })),
      pullRequest: pullRequestText(service, rendered, "setup"),
    };
  }

  async get(serviceId: string, id: string, caller: Caller): Promise<Pipeline> {
    return this.view(await this.visible(serviceId, id, caller));
  }

  async list(serviceId: string, caller: Caller): Promise<Pipeline[]> {
    await this.ownService(serviceId, caller, "viewer");
    return (await this.deps.store.ofService(serviceId)).map((record) => this.view(record));
  }

  /** Pipelines of the caller's teams whose default branch holds an older template version than the newest. */
  async outdated(caller: Caller, templateId?: string): Promise<Pipeline[]> {
    requireRole(caller, "viewer", "list pipelines");
    const ids = templateId ? [templateId] : [...new Set(pipelineTemplates.map((template) => template.id))];
    const found = (await Promise.all(ids.map((id) => this.deps.store.ofTemplate(id)))).flat();
    return found
      .filter((record) => belongsTo(caller, record.team))
      .map((record) => this.view(record))
      .filter((pipeline) => pipeline.upgradeAvailable !== undefined);
  }

  /** Proposes the newest template version as a pull request that changes only the workflow file. */
  async upgrade(serviceId: string, id: string, caller: Caller): Promise<Pipeline> {
    requireRole(caller, "developer", "upgrade a pipeline");
    const current = await this.visible(serviceId, id, caller);
    if (current.status !== "ACTIVE" || !current.live)
      fail("conflict", `a ${current.status} pipeline cannot be upgraded; only an ACTIVE one can`);
    const newest = newestVersion(current.live.id);
    if (!newest || newest === current.live.version)
      fail(
        "conflict",
        `${current.serviceId}'s pipeline is on ${current.live.id} ${current.live.version}, the newest version`,
      );
    const service = await this.ownService(serviceId, caller, "developer");
    const rendered = renderPipeline(findTemplate(current.live.id), service.id, current.parameters);
    const findings = await this.deps.linter.lint(rendered.yaml, rendered.path);
    if (findings.length > 0)
      fail(
        "validation_failed",
        `actionlint found ${findings.length} problem(s) in ${rendered.template.id} ${rendered.template.version}`,
      );
    const attempt = current.attempt + 1;
    const next = await this.move(
      current,
      "UPGRADING",
      caller.sub,
      "upgrade",
      `upgrade to ${rendered.template.id} ${rendered.template.version} requested`,
      {
        attempt,
        execution: this.deps.workflows.arnOf("PipelineSetup", `${id}-${attempt}`),
        change: {
          kind: "upgrade",
          template: { id: rendered.template.id, version: rendered.template.version, contentHash: rendered.contentHash },
          branch: pullRequestText(service, rendered, "upgrade").branch,
        },
      },
    );
    await this.deps.workflows.start("PipelineSetup", `${id}-${attempt}`, { pipelineId: id, mode: "upgrade" });
    return this.view(next);
  }

  /** Stops the execution; a clean-up execution closes the pull request, deletes the branch, removes the roles and environments. */
  async cancel(serviceId: string, id: string, caller: Caller): Promise<Pipeline> {
    requireRole(caller, "developer", "cancel a pipeline");
    const current = await this.visible(serviceId, id, caller);
    if (!PIPELINE_WORKING.has(current.status) && current.status !== "FAILED")
      fail(
        "conflict",
        `a ${current.status} pipeline cannot be cancelled; only one being set up, upgraded or failed can`,
      );
    const name = `${id}-cancel-${current.version + 1}`;
    const next = await this.move(
      current,
      "CANCELLED",
      caller.sub,
      "cancel",
      "cancelled; cleaning up what the setup made",
      {
        execution: this.deps.workflows.arnOf("PipelineSetup", name),
      },
    );
    if (current.execution && current.status !== "FAILED")
      await this.deps.workflows.stop(current.execution, `cancelled by ${caller.sub}`).catch(() => undefined);
    await this.deps.workflows.start("PipelineSetup", name, {
      pipelineId: id,
      mode: current.change.kind === "upgrade" ? "cancel-upgrade" : "cleanup",
    });
    return this.view(next);
  }

  /** A new execution for a failed pipeline; every step it repeats finds its work done and moves on. */
  async retry(serviceId: string, id: string, caller: Caller): Promise<Pipeline> {
    requireRole(caller, "developer", "retry a pipeline");
    const current = await this.visible(serviceId, id, caller);
    if (current.status !== "FAILED")
      fail("conflict", `a ${current.status} pipeline cannot be retried; only a FAILED one can`);
    const attempt = current.attempt + 1;
    const status = current.change.kind === "upgrade" ? "UPGRADING" : "SETTING_UP";
    const next = await this.move(
      current,
      status,
      caller.sub,
      "retry",
      `retry ${attempt} after ${current.failure?.step ?? "a failure"}`,
      {
        attempt,
        execution: this.deps.workflows.arnOf("PipelineSetup", `${id}-${attempt}`),
      },
    );
    await this.deps.workflows.start("PipelineSetup", `${id}-${attempt}`, { pipelineId: id, mode: current.change.kind });
    return this.view(next);
  }

  /** Connects a GitHub organisation to a team: the app must be installed there. */
  async connect(
    team: string,
    owner: string,
    caller: Caller,
  ): Promise<{ team: string; owner: string; installation: number }> {
    requireRole(caller, "approver", "connect a GitHub organisation");
    if (!belongsTo(caller, team)) fail("forbidden", `you are not a member of team ${team}`);
    const installation = await this.deps.github.installationFor(owner);
    if (installation === undefined)
      fail(
        "integration_required",
        `the Plinth GitHub App is not installed on ${owner}; an owner of ${owner} installs it first (README: Delivery)`,
        [{ field: "path.owner", message: "the app is not installed there" }],
      );
    await this.deps.installations.put(team, owner, installation, caller.sub, this.deps.clock.now().toISOString());
    return { team, owner, installation };
  }

  async connections(team: string, caller: Caller) {
    requireRole(caller, "viewer", "list GitHub connections");
    if (!belongsTo(caller, team)) fail("not_found", `no team ${team}`);
    return await this.deps.installations.ofTeam(team);
  }

  private async installationFor(team: string, owner: string): Promise<number> {
    const connected = (await this.deps.installations.ofTeam(team)).find(
      (entry) => entry.owner.toLowerCase() === owner.toLowerCase(),
    );
    if (!connected)
      fail(
        "integration_required",
        `team ${team} has not connected the GitHub organisation ${owner}: install the Plinth GitHub App there, then plinth github connect ${owner} --team ${team}`,
        [{ field: "service.repository.owner", message: `${owner} is not connected to ${team}` }],
      );
    return connected.installation;
  }

  private async ownService(serviceId: string, caller: Caller, role: "viewer" | "developer"): Promise<Service> {
    requireRole(caller, role, role === "viewer" ? "read pipelines" : "create a pipeline");
    const service = await this.deps.services.get(serviceId);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${serviceId}`);
    return service;
  }

  private async visible(serviceId: string, id: string, caller: Caller): Promise<PipelineRecord> {
    await this.ownService(serviceId, caller, "viewer");
    const record = await this.deps.store.get(id);
    if (!record || record.serviceId !== serviceId) fail("not_found", `no pipeline ${id} on ${serviceId}`);
    return record;
  }

  private async move(
    current: PipelineRecord,
    status: PipelineRecord["status"],
    actor: string,
    step: string,
    message: string,
    changes: Partial<PipelineRecord>,
  ): Promise<PipelineRecord> {
    const at = this.deps.clock.now().toISOString();
    const { failure: _failure, ...rest } = current;
    return await this.deps.store.update({
      ...rest,
      ...changes,
      status,
      version: current.version + 1,
      updatedAt: at,
      timeline: [...current.timeline, { at, step, status, message, actor }],
    });
  }

  view(record: PipelineRecord): Pipeline {
    const {
      actor: _actor,
      bodyHash: _hash,
      idempotencyKey: _key,
      correlationId: _correlation,
      mergeToken: _token,
      ...rest
    } = record;
    const newest = record.live ? newestVersion(record.live.id) : undefined;
    return {
      ...rest,
      ...(record.live && newest && newest !== record.live.version ? { upgradeAvailable: newest } : {}),
    };
  }
}
