import { z } from "zod";
import { type Caller, isAdmin } from "../caller";
import type { Clock } from "../clock";
import { fail, isPlinthError, StepError } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import type { WorkflowRunner } from "../provisioning/ports";
import { StepRunner } from "../step-dispatch";
import { advanceDeployment } from "./deployments";
import { DeliveryEvents } from "./events";
import type { GitHubFact } from "./github-webhooks";
import { PIPELINE_WORKING } from "./pipeline";
import type {
  DeploymentStore,
  GitHubApp,
  HookDeliveryAttempt,
  PipelineOfRepository,
  PipelineStore,
  RunStore,
  WebhookDeliveryStore,
} from "./ports";
import { advanceJob, advanceRun } from "./runs";
import type { DeliveryHeaders, WebhookDelivery } from "./webhook-delivery";

export interface WebhookDeps {
  deliveries: WebhookDeliveryStore;
  pipelines: Pick<PipelineStore, "ofRepository" | "get">;
  runs: RunStore;
  deployments: DeploymentStore;
  workflows: Pick<WorkflowRunner, "succeedTask" | "start">;
  events: EventPublisher;
  clock: Clock;
  /** How long a production deploy waits for an approver before it is rejected (default 24 h, at most 7 days). */
  gateTimeoutSeconds?: number;
  /** For the redelivery sweep: the app's own list of deliveries. */
  github?: Pick<GitHubApp, "hookDeliveries" | "redeliver">;
}

export const DEFAULT_GATE_TIMEOUT_SECONDS = 24 * 3600;
const MAX_GATE_TIMEOUT_SECONDS = 7 * 86_400;
const gateTimeout = (seconds = DEFAULT_GATE_TIMEOUT_SECONDS) =>
  Math.min(Math.max(60, Math.floor(seconds)), MAX_GATE_TIMEOUT_SECONDS);

/**
 * How long one processor holds a delivery before another may take it (a crashed try): the
 * `GitHubDelivery` workflow's own bound (TimeoutSeconds 300), so a lease never ends while the execution
 * that took it may still be applying it.
 */
const LEASE_MS = 300_000;
/** Tries (Step Functions' retries, then the sweep's) before a delivery is FAILED for good, with its error. */
const MAX_CLAIMS = 8;
/** Writes lost to a concurrent delivery of the same run or deployment are read again and redone. */
const CONFLICT_TRIES = 5;
/** The sweep re-emits deliveries still RECEIVED this long after they arrived. */
export const UNFINISHED_AFTER_MS = 2 * 60_000;
/** How far back the redelivery sweep looks in GitHub's list of deliveries (GitHub keeps three days). */
export const REDELIVERY_WINDOW_MS = 24 * 3_600_000;
/** Attempts of one delivery after which the sweep stops asking GitHub for another. */
const MAX_ATTEMPTS = 5;
/** Answers that will not change on a second try (a payload we refused): never redelivered. */
const REFUSED_FOR_GOOD = new Set([400, 413, 422]);

/**
 * GitHub's webhooks, after the receiver verified the signature: `receive` records the delivery once
 * (by GitHub's delivery id) and puts one event on the bus; the `GitHubDelivery` workflow, started by
 * that event's rule, calls `process`, which claims the delivery, applies its fact and marks it done.
 * A redelivery of a finished delivery is answered and dropped; of an unfinished one, emitted again.
 */
export class GitHubWebhooks {
  constructor(private readonly deps: WebhookDeps) {}

  async receive(
    headers: DeliveryHeaders,
    fact: GitHubFact,
    action: string | undefined,
  ): Promise<{ duplicate: boolean; status: WebhookDelivery["status"] }> {
    const now = this.now();
    const { delivery, created } = await this.deps.deliveries.record({
      id: headers.delivery,
      event: headers.event,
      ...(action ? { action } : {}),
      ...(headers.hookId ? { hookId: headers.hookId } : {}),
      fact,
      status: "RECEIVED",
      receivedAt: now,
      received: 1,
      claims: 0,
      version: 1,
    });
    if (!created && delivery.status === "FAILED") {
      // GitHub (or someone in its settings) redelivered one Plinth gave up on: it gets fresh tries.
      const reopened = { ...delivery, status: "RECEIVED" as const, claims: 0, version: delivery.version + 1 };
      await this.deps.deliveries.finish(reopened);
      await this.emit(reopened);
      return { duplicate: true, status: "RECEIVED" };
    }
    if (!created && delivery.status !== "RECEIVED") return { duplicate: true, status: delivery.status };
    await this.emit(delivery);
    return { duplicate: !created, status: delivery.status };
  }

  /** One delivery's record, for an admin tracing what became of it. */
  async delivery(id: string, caller: Caller): Promise<WebhookDelivery> {
    if (!isAdmin(caller)) fail("forbidden", "webhook deliveries are for admins: they span every team");
    return (await this.deps.deliveries.get(id)) ?? fail("not_found", `no delivery ${id}`);
  }

  /** Applies a delivery's fact once; `skipped` when it is done already or another processor holds it. */
  async process(deliveryId: string): Promise<{ outcome: string; skipped?: true }> {
    const now = this.deps.clock.now();
    const claimed = await this.deps.deliveries.claim(
      deliveryId,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
    );
    if (!claimed) {
      const current = await this.deps.deliveries.get(deliveryId);
      return { outcome: current ? `already ${current.status.toLowerCase()}` : "no such delivery", skipped: true };
    }
    try {
      const outcome = await this.apply(claimed.fact);
      await this.deps.deliveries.finish({
        ...claimed,
        status: outcome.ignored ? "IGNORED" : "PROCESSED",
        outcome: outcome.message,
        processedAt: this.now(),
        version: claimed.version + 1,
      });
      return { outcome: outcome.message };
    } catch (error) {
      const { leaseUntil: _, ...released } = claimed;
      const lastError = error instanceof Error ? error.message : String(error);
      const givenUp = claimed.claims >= MAX_CLAIMS;
      await this.deps.deliveries.finish({
        ...released,
        ...(givenUp
          ? { status: "FAILED", processedAt: this.now(), outcome: `gave up after ${claimed.claims} tries` }
          : {}),
        lastError,
        version: claimed.version + 1,
      });
      throw error;
    }
  }

  /** Deliveries a lost event or a crashed processor left RECEIVED: emitted again. */
  async sweep(limit = 100): Promise<{ emitted: string[] }> {
    const before = new Date(this.deps.clock.now().getTime() - UNFINISHED_AFTER_MS).toISOString();
    const stale = await this.deps.deliveries.unfinished(before, limit);
    for (const delivery of stale) await this.emit(delivery);
    return { emitted: stale.map((delivery) => delivery.id) };
  }

  /**
   * The scheduled sweep: deliveries left RECEIVED are emitted again, and deliveries GitHub could not
   * hand over (Plinth down, a timeout, a 5xx) are redelivered through the app's API — GitHub never
   * retries on its own. A delivery Plinth already holds, one refused for good (4xx) and one tried
   * five times are left alone.
   */
  async recover(): Promise<{ emitted: string[]; redelivered: string[] }> {
    const { emitted } = await this.sweep();
    const github = this.deps.github;
    if (!github) return { emitted, redelivered: [] };
    const since = new Date(this.deps.clock.now().getTime() - REDELIVERY_WINDOW_MS).toISOString();
    const byGuid = new Map<string, HookDeliveryAttempt[]>();
    for (const attempt of await github.hookDeliveries(since))
      byGuid.set(attempt.guid, [...(byGuid.get(attempt.guid) ?? []), attempt]);
    const redelivered: string[] = [];
    for (const [guid, attempts] of byGuid) {
      const answered = attempts.some(
        (attempt) =>
          (attempt.statusCode >= 200 && attempt.statusCode < 300) || REFUSED_FOR_GOOD.has(attempt.statusCode),
      );
      if (answered || attempts.length >= MAX_ATTEMPTS) continue;
      const recorded = await this.deps.deliveries.get(guid);
      if (recorded && recorded.status !== "FAILED") continue;
      const latest = attempts.reduce((a, b) => (a.deliveredAt >= b.deliveredAt ? a : b));
      await github.redeliver(latest.id);
      redelivered.push(guid);
    }
    return { emitted, redelivered };
  }

  private async emit(delivery: WebhookDelivery) {
    await this.deps.events.publish([
      buildEvent(DeliveryEvents.webhookReceived, {
        id: delivery.id,
        occurredAt: this.now(),
        correlationId: delivery.id,
        deliveryId: delivery.id,
        event: delivery.event,
        kind: delivery.fact.kind,
      }),
    ]);
  }

  private async apply(fact: GitHubFact): Promise<{ message: string; ignored?: true }> {
    if (fact.kind === "pull-closed") return await this.pullClosed(fact);
    const pipelines = await this.deps.pipelines.ofRepository(fact.repository.owner, fact.repository.name);
    const repo = `${fact.repository.owner}/${fact.repository.name}`;
    switch (fact.kind) {
      case "run": {
        const pipeline = pipelines.find((candidate) => candidate.workflowPath === fact.workflowPath);
        if (!pipeline) return { message: `${repo} ${fact.workflowPath} is not a Plinth pipeline`, ignored: true };
        return await this.run(fact, pipeline);
      }
      case "job":
        return await this.job(fact);
      case "deployment": {
        // A deployment is the service's whichever workflow made it (a hand-written hotfix workflow too).
        const pipeline =
          pipelines.find((candidate) => candidate.workflowPath === fact.workflowPath) ??
          (pipelines.length === 1 ? pipelines[0] : undefined);
        if (!pipeline)
          return { message: `${repo} has no Plinth pipeline that made deployment ${fact.deploymentId}`, ignored: true };
        return await this.deployment(fact, pipeline);
      }
      case "gate-requested": {
        // One gate per deployment: a redelivery (or a second delivery) starts the same execution again, which is a no-op.
        const timeoutSeconds = gateTimeout(this.deps.gateTimeoutSeconds);
        await this.deps.workflows.start("ProductionGate", `gate-${fact.deploymentId}`, { fact, timeoutSeconds });
        return {
          message: `deployment ${fact.deploymentId} of ${fact.sha.slice(0, 7)} to ${fact.environment}: its gate is open`,
        };
      }
    }
  }

  /** A pipeline's pull request closed: the setup waiting for it is woken to read the outcome. */
  private async pullClosed(fact: Extract<GitHubFact, { kind: "pull-closed" }>) {
    const candidates = await this.deps.pipelines.ofRepository(fact.repository.owner, fact.repository.name);
    for (const { pipelineId } of candidates) {
      const pipeline = await this.deps.pipelines.get(pipelineId);
      if (!pipeline || pipeline.change.pullRequest?.number !== fact.number) continue;
      if (!pipeline.mergeToken) {
        // Its setup is between opening the pull request and waiting for it: try again in a moment.
        if (PIPELINE_WORKING.has(pipeline.status))
          throw new StepError("Plinth.NotWaitingYet", `${pipelineId} is not waiting for #${fact.number} yet`);
        return {
          message: `${pipelineId} is ${pipeline.status}: nothing waits for #${fact.number}`,
          ignored: true as const,
        };
      }
      try {
        await this.deps.workflows.succeedTask(pipeline.mergeToken, { state: fact.merged ? "merged" : "closed" });
      } catch (error) {
        if (!(isPlinthError(error) && error.code === "conflict")) throw error;
        return { message: `${pipelineId} was no longer waiting for #${fact.number}` };
      }
      return { message: `${pipelineId}: #${fact.number} ${fact.merged ? "merged" : "closed"}; its setup goes on` };
    }
    return { message: `no pipeline's pull request is #${fact.number}`, ignored: true as const };
  }

  private async run(fact: Extract<GitHubFact, { kind: "run" }>, pipeline: PipelineOfRepository) {
    return await this.retryingConflicts(async () => {
      const { run: current } = await this.deps.runs.run(fact.runId, fact.attempt);
      const next = advanceRun(current, fact, pipeline, this.now());
      if (!next) return { message: `run ${fact.runId}/${fact.attempt}: ${fact.status} is older than what is recorded` };
      await this.deps.runs.putRun(next);
      if (next.status !== current?.status || next.conclusion !== current?.conclusion)
        await this.deps.events.publish([
          buildEvent(DeliveryEvents.runChanged, {
            id: `run-${next.runId}-${next.attempt}-${next.version}`,
            occurredAt: this.now(),
            correlationId: `run-${next.runId}`,
            pipelineId: next.pipelineId,
            serviceId: next.serviceId,
            team: next.team,
            runId: next.runId,
            attempt: next.attempt,
            status: next.status,
            conclusion: next.conclusion,
            headSha: next.headSha,
            url: next.url,
          }),
        ]);
      return {
        message: `run ${fact.runId}/${fact.attempt} ${next.status}${next.conclusion ? ` (${next.conclusion})` : ""}`,
      };
    });
  }

  private async job(fact: Extract<GitHubFact, { kind: "job" }>) {
    return await this.retryingConflicts(async () => {
      const { jobs } = await this.deps.runs.run(fact.runId, fact.attempt);
      const current = jobs.find((job) => job.id === fact.jobId);
      const next = advanceJob(current, fact);
      if (!next) return { message: `job ${fact.jobId}: ${fact.status} is older than what is recorded` };
      await this.deps.runs.putJob(fact.runId, fact.attempt, next, current);
      return { message: `job ${fact.name} ${next.status}${next.conclusion ? ` (${next.conclusion})` : ""}` };
    });
  }

  private async deployment(fact: Extract<GitHubFact, { kind: "deployment" }>, pipeline: PipelineOfRepository) {
    return await this.retryingConflicts(async () => {
      const current = await this.deps.deployments.get(fact.deploymentId);
      const advanced = advanceDeployment(current, fact, pipeline, this.now());
      if (!advanced) return { message: `deployment ${fact.deploymentId}: nothing newer than what is recorded` };
      // The commit's time comes from the run that made it (read once, when the deployment first names it).
      const commitAt =
        advanced.commitAt ??
        (fact.runId === undefined ? undefined : (await this.deps.runs.run(fact.runId, fact.runAttempt)).run?.commitAt);
      const next = commitAt ? { ...advanced, commitAt } : advanced;
      await this.deps.deployments.put(next);
      if (next.state !== current?.state)
        await this.deps.events.publish([
          buildEvent(DeliveryEvents.deploymentChanged, {
            id: `deployment-${next.id}-${next.version}`,
            occurredAt: this.now(),
            correlationId: `deployment-${next.id}`,
            pipelineId: next.pipelineId,
            serviceId: next.serviceId,
            team: next.team,
            deploymentId: next.id,
            environment: next.environment,
            sha: next.sha,
            state: next.state,
          }),
        ]);
      return { message: `deployment ${next.id} to ${next.environment}: ${next.state}` };
    });
  }

  private async retryingConflicts<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= CONFLICT_TRIES || !(isPlinthError(error) && error.code === "version_conflict")) throw error;
      }
    }
  }

  private now(): string {
    return this.deps.clock.now().toISOString();
  }
}

const WebhookStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("process"), deliveryId: z.string() }),
  z.object({ action: z.literal("recover") }),
]);
type WebhookStep = z.output<typeof WebhookStepInput>;

/** The `GitHubDelivery` and `GitHubRedelivery` workflows' steps. */
export class WebhookSteps extends StepRunner<WebhookStep, GitHubWebhooks> {
  constructor(deps: WebhookDeps) {
    super(
      WebhookStepInput,
      { process: (webhooks, step) => webhooks.process(step.deliveryId), recover: (webhooks) => webhooks.recover() },
      new GitHubWebhooks(deps),
    );
  }
}
