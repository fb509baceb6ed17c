import { z } from "zod";
import { belongsTo, type Caller } from "../caller";
import type { ServiceStore } from "../catalog/ports";
import type { Clock } from "../clock";
import { fail, isPlinthError } from "../errors";
import { requireRole } from "../provisioning/access";
import { sha256 } from "../provisioning/request";
import { parseInput, strictObject } from "../schema";
import type { Deployment, DeploymentRecord } from "./deployments";
import { type Dora, DoraQuery, doraOf } from "./dora";
import type { PipelineRecord } from "./pipeline";
import type { DeploymentStore, GitHubApp, IncidentLinks, PipelineStore, RunStore } from "./ports";
import { advanceRun, type PipelineRun, type PipelineRunRecord } from "./runs";

export const DispatchRun = strictObject({
  ref: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, "a branch name")
    .optional()
    .describe("The branch to run on (the pipeline's default branch when absent)"),
}).meta({ id: "DispatchRun" });

const DAY = 86_400_000;
/** Production deployments one DORA answer reads at most (a year of several a day). */
const MAX_DORA_DEPLOYMENTS = 5000;

export interface RunDeps {
  pipelines: Pick<PipelineStore, "get">;
  services: Pick<ServiceStore, "get">;
  github: GitHubApp;
  runs: RunStore;
  deployments: DeploymentStore;
  incidents: IncidentLinks;
  clock: Clock;
}

/**
 * A pipeline's runs and a service's deployments as the API serves them, and the run actions: dispatch
 * (GitHub answers the id of **the** run it made, so parallel dispatches are never confused), rerun
 * the failed jobs, cancel. Webhooks keep the records current; a dispatch records its run at once.
 */
export class RunService {
  constructor(private readonly deps: RunDeps) {}

  async dispatch(
    serviceId: string,
    pipelineId: string,
    body: unknown,
    caller: Caller,
    idempotencyKey: string | undefined,
  ): Promise<{ run: PipelineRun; replayed: boolean }> {
    const input = parseInput(DispatchRun, body, "body");
    const pipeline = await this.pipeline(serviceId, pipelineId, caller, "developer");
    if (!pipeline.live)
      fail("conflict", `${pipeline.id} is ${pipeline.status}: a run needs the pipeline merged (ACTIVE)`);
    const keyHash = idempotencyKey ? sha256(`${caller.sub}\n${idempotencyKey}`) : undefined;
    if (keyHash) {
      const replay = await this.replay(pipeline, keyHash, caller);
      if (replay) return { run: replay, replayed: true };
      if (!(await this.deps.runs.claimDispatchKey(pipeline.id, keyHash, this.now())))
        return { run: await this.replayOrBusy(pipeline, keyHash, caller), replayed: true };
    }
    let runId: number | undefined;
    try {
      const file = pipeline.workflowPath.split("/").at(-1) ?? pipeline.workflowPath;
      ({ runId } = await this.deps.github.dispatch(
        pipeline.installationId,
        pipeline.repository,
        file,
        input.ref ?? pipeline.repository.defaultBranch,
      ));
      const recorded = await this.record(pipeline, runId, caller.sub);
      return { run: recorded, replayed: false };
    } finally {
      if (keyHash) await this.deps.runs.settleDispatchKey(pipeline.id, keyHash, runId);
    }
  }

  async runs(serviceId: string, pipelineId: string, caller: Caller, limit = 20): Promise<PipelineRun[]> {
    const pipeline = await this.pipeline(serviceId, pipelineId, caller, "viewer");
    return (await this.deps.runs.ofPipeline(pipeline.id, limit)).map((run) => view(run, []));
  }

  async run(serviceId: string, pipelineId: string, runId: number, caller: Caller, attempt?: number) {
    const pipeline = await this.pipeline(serviceId, pipelineId, caller, "viewer");
    const { run, jobs } = await this.deps.runs.run(runId, attempt);
    if (!run || run.pipelineId !== pipeline.id) fail("not_found", `no run ${runId} of ${pipeline.id}`);
    return view(run, jobs);
  }

  /** Reruns the failed jobs as a new attempt (GitHub refuses a run that did not fail). */
  async rerun(serviceId: string, pipelineId: string, runId: number, caller: Caller): Promise<PipelineRun> {
    const { pipeline, run } = await this.actOn(serviceId, pipelineId, runId, caller);
    if (run.status !== "completed" || !["failure", "cancelled", "timed_out"].includes(run.conclusion ?? ""))
      fail(
        "conflict",
        `run ${runId} ${run.status}${run.conclusion ? ` (${run.conclusion})` : ""}: only a failed or cancelled run is rerun`,
      );
    await this.deps.github.rerunFailedJobs(pipeline.installationId, pipeline.repository, runId);
    return await this.record(pipeline, runId, caller.sub);
  }

  async cancel(serviceId: string, pipelineId: string, runId: number, caller: Caller): Promise<PipelineRun> {
    const { pipeline, run } = await this.actOn(serviceId, pipelineId, runId, caller);
    if (run.status === "completed") fail("conflict", `run ${runId} has completed (${run.conclusion})`);
    await this.deps.github.cancelRun(pipeline.installationId, pipeline.repository, runId);
    return await this.record(pipeline, runId, caller.sub);
  }

  async deployments(
    serviceId: string,
    caller: Caller,
    filter: { environment?: string | undefined; limit: number },
  ): Promise<Deployment[]> {
    requireRole(caller, "viewer", "read deployments");
    const service = await this.deps.services.get(serviceId);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${serviceId}`);
    const records = await this.deps.deployments.ofService(serviceId, {
      ...(filter.environment ? { environment: filter.environment } : {}),
      limit: filter.limit,
    });
    return records.map(deploymentView);
  }

  /** DORA's metrics over the service's production deployments (30 days to now by default). */
  async dora(serviceId: string, query: unknown, caller: Caller): Promise<Dora> {
    requireRole(caller, "viewer", "read delivery metrics");
    const service = await this.deps.services.get(serviceId);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${serviceId}`);
    const q = parseInput(DoraQuery, query, "query");
    const to = q.to ?? this.now();
    const from = q.from ?? new Date(Date.parse(to) - q.days * DAY).toISOString();
    if (from > to)
      fail("invalid_parameter", "the window ends before it starts", [{ field: "query.from", message: "after `to`" }]);
    // From a month earlier: a rollback in the window names a deployment before it.
    const since = new Date(Date.parse(from) - 30 * DAY).toISOString();
    const [deployments, linked] = await Promise.all([
      this.deps.deployments.ofService(serviceId, {
        environment: "production",
        from: since,
        to,
        limit: MAX_DORA_DEPLOYMENTS,
      }),
      // Incidents up to a day after the window may name a deployment in it.
      this.deps.incidents.linkedDeployments(serviceId, from, new Date(Date.parse(to) + DAY).toISOString()),
    ]);
    return doraOf(deployments, { from, to }, { service: serviceId }, linked);
  }

  /** The run as GitHub reports it now, recorded (forward only) with who acted on it. */
  private async record(pipeline: PipelineRecord, runId: number, by: string): Promise<PipelineRun> {
    const fact = await this.deps.github.workflowRun(pipeline.installationId, pipeline.repository, runId);
    const owner = { pipelineId: pipeline.id, serviceId: pipeline.serviceId, team: pipeline.team };
    for (let attempt = 1; ; attempt++) {
      const { run: current, jobs } = await this.deps.runs.run(runId, fact.attempt);
      const advanced = advanceRun(current, fact, owner, this.now());
      const next = advanced ?? current;
      if (!next) fail("not_found", `GitHub has no run ${runId}`);
      if (next.dispatchedBy && next === current) return view(next, jobs);
      const stamped = {
        ...next,
        dispatchedBy: next.dispatchedBy ?? by,
        ...(advanced ? {} : { version: next.version + 1, recordedAt: this.now() }),
      };
      try {
        await this.deps.runs.putRun(stamped);
        return view(stamped, jobs);
      } catch (error) {
        // A webhook about the same run landed first: read it again.
        if (attempt >= 5 || !(isPlinthError(error) && error.code === "version_conflict")) throw error;
      }
    }
  }

  private async replay(pipeline: PipelineRecord, keyHash: string, caller: Caller) {
    const known = await this.deps.runs.dispatchKey(pipeline.id, keyHash);
    if (!known) return undefined;
    if ("pending" in known)
      fail("conflict", "a dispatch with this Idempotency-Key is still in flight; try again in a moment");
    return await this.run(pipeline.serviceId, pipeline.id, known.runId, caller);
  }

  private async replayOrBusy(pipeline: PipelineRecord, keyHash: string, caller: Caller): Promise<PipelineRun> {
    return (
      (await this.replay(pipeline, keyHash, caller)) ??
      fail("conflict", "a dispatch with this Idempotency-Key is still in flight; try again in a moment")
    );
  }

  private async actOn(serviceId: string, pipelineId: string, runId: number, caller: Caller) {
    const pipeline = await this.pipeline(serviceId, pipelineId, caller, "developer");
    const { run } = await this.deps.runs.run(runId);
    if (!run || run.pipelineId !== pipeline.id) fail("not_found", `no run ${runId} of ${pipeline.id}`);
    return { pipeline, run };
  }

  private async pipeline(serviceId: string, pipelineId: string, caller: Caller, role: "viewer" | "developer") {
    requireRole(caller, role, role === "viewer" ? "read pipeline runs" : "run a pipeline");
    const service = await this.deps.services.get(serviceId);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${serviceId}`);
    const pipeline = await this.deps.pipelines.get(pipelineId);
    if (!pipeline || pipeline.serviceId !== serviceId) fail("not_found", `no pipeline ${pipelineId} on ${serviceId}`);
    return pipeline;
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

function view(run: PipelineRunRecord, jobs: PipelineRun["jobs"]): PipelineRun {
  const { version: _, recordedAt: __, ...rest } = run;
  return { ...rest, jobs };
}

export function deploymentView(record: DeploymentRecord): Deployment {
  const { version: _, recordedAt: __, statusId: ___, ...rest } = record;
  return rest;
}
