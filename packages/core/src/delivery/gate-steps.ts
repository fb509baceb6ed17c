import { z } from "zod";
import type { Clock } from "../clock";
import { StepError } from "../errors";
import { buildEvent, type EventPublisher } from "../events";
import { StepRunner } from "../step-dispatch";
import { DeliveryEvents } from "./events";
import { freezeHolds, type GateRecord, previousEnvironment } from "./gate";
import { GateRequestedFact } from "./github-webhooks";
import type {
  DeploymentStore,
  FreezeStore,
  GateStore,
  GitHubApp,
  PipelineStore,
  RollbackStore,
  RunStore,
} from "./ports";

/**
 * The `ProductionGate` workflow's steps: open the gate (or refuse at once), report to GitHub while it
 * waits, keep the approval's task token, expire it, and answer GitHub at the deployment's callback.
 * Each step reads the gate record first and is safe to run twice.
 */
const subject = { gateId: z.string() };
export const GateStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("open"), fact: GateRequestedFact, timeoutSeconds: z.number().int().positive() }),
  z.object({ action: z.literal("report"), ...subject }),
  z.object({ action: z.literal("await"), ...subject, taskToken: z.string() }),
  z.object({ action: z.literal("expire"), ...subject }),
  z.object({ action: z.literal("answer"), ...subject }),
  z.object({
    action: z.literal("answerFailed"),
    ...subject,
    error: z.object({ Error: z.string(), Cause: z.string().optional() }),
  }),
]);
type GateStep = z.output<typeof GateStepInput>;

export interface GateStepDeps {
  gates: GateStore;
  freezes: FreezeStore;
  pipelines: Pick<PipelineStore, "ofRepository" | "get">;
  runs: Pick<RunStore, "run">;
  deployments: Pick<DeploymentStore, "ofService">;
  rollbacks: RollbackStore;
  github: Pick<GitHubApp, "reviewGate">;
  events: EventPublisher;
  clock: Clock;
}

/** How often a waiting gate tells GitHub it still waits (and re-arms its wait). */
export const GATE_REPORT_SECONDS = 6 * 3600;

class GateContext {
  constructor(readonly deps: GateStepDeps) {}

  now(): string {
    return this.deps.clock.now().toISOString();
  }

  async load(id: string): Promise<GateRecord> {
    const gate = await this.deps.gates.get(id);
    if (!gate) throw new StepError("Plinth.NotFound", `no gate ${id}`);
    return gate;
  }

  async save(gate: GateRecord, changes: Partial<GateRecord>, message?: string, actor?: string): Promise<GateRecord> {
    const at = this.now();
    return await this.deps.gates.update({
      ...gate,
      ...changes,
      version: gate.version + 1,
      updatedAt: at,
      timeline: message ? [...gate.timeline, { at, message, ...(actor ? { actor } : {}) }] : gate.timeline,
    });
  }

  async publish(gate: GateRecord) {
    await this.deps.events.publish([
      buildEvent(DeliveryEvents.gateDecided, {
        id: `${gate.id}-${gate.status}`,
        occurredAt: this.now(),
        correlationId: gate.id,
        pipelineId: gate.pipelineId,
        serviceId: gate.serviceId,
        team: gate.team,
        gateId: gate.id,
        environment: gate.environment,
        sha: gate.sha,
        status: gate.status as Exclude<GateRecord["status"], "WAITING">,
        reason: gate.reason,
      }),
    ]);
  }
}

const handlers: {
  [A in GateStep["action"]]: (ctx: GateContext, step: Extract<GateStep, { action: A }>) => Promise<unknown>;
} = {
  /** The gate's record and the checks that need no person: a freeze, and the commit's earlier environment. */
  async open(ctx, { fact, timeoutSeconds }) {
    const id = `gt-${fact.deploymentId}`;
    const existing = await ctx.deps.gates.get(id);
    if (existing) return { gateId: id, decision: existing.status === "WAITING" ? "wait" : "answer" };
    const owners = await ctx.deps.pipelines.ofRepository(fact.repository.owner, fact.repository.name);
    const pipelines = (await Promise.all(owners.map((owner) => ctx.deps.pipelines.get(owner.pipelineId)))).filter(
      (pipeline) => pipeline?.environments.includes(fact.environment as never) && pipeline.live,
    );
    const pipeline = pipelines[0];
    if (!pipeline)
      throw new StepError(
        "Plinth.NoPipeline",
        `${fact.repository.owner}/${fact.repository.name} has no active Plinth pipeline deploying to ${fact.environment}`,
      );
    const run = fact.runId === undefined ? undefined : (await ctx.deps.runs.run(fact.runId)).run;
    const now = ctx.deps.clock.now();
    const platform = await ctx.deps.freezes.get("platform");
    const team = await ctx.deps.freezes.get(pipeline.team);
    const freeze = [platform, team].find((candidate) => candidate && freezeHolds(candidate, now));
    const before = previousEnvironment(pipeline.environments, fact.environment);
    const passed = before
      ? (await ctx.deps.deployments.ofService(pipeline.serviceId, { environment: before, limit: 200 })).find(
          (deployment) => deployment.sha === fact.sha && deployment.outcome === "success",
        )
      : undefined;
    const short = fact.sha.slice(0, 7);
    const refusal = freeze
      ? `${freeze.scope === "platform" ? "Production deploys are frozen for the platform" : `${freeze.scope}'s production deploys are frozen`}: ${freeze.reason} (${freeze.by}${freeze.until ? `, until ${freeze.until}` : ""})`
      : before && !passed
        ? `${short} has not succeeded in ${before}: production takes only the build that passed ${before}`
        : undefined;
    // A rollback approved in remediation answers for this run's deploy of this commit (once, until it expires).
    const rollback =
      refusal || fact.runId === undefined ? undefined : await ctx.deps.rollbacks.get(fact.runId, fact.environment);
    const authorised =
      rollback && rollback.sha === fact.sha && Date.parse(rollback.expiresAt) > now.getTime() ? rollback : undefined;
    const gate: GateRecord = {
      id,
      deploymentId: fact.deploymentId,
      pipelineId: pipeline.id,
      serviceId: pipeline.serviceId,
      team: pipeline.team,
      repository: fact.repository,
      installationId: fact.installationId,
      environment: fact.environment,
      sha: fact.sha,
      ref: fact.ref,
      ...(fact.runId !== undefined ? { runId: fact.runId } : {}),
      event: fact.event,
      callbackUrl: fact.callbackUrl,
      requestedBy: run?.actor ?? fact.creator ?? "unknown",
      ...(run?.dispatchedBy ? { dispatchedBy: run.dispatchedBy } : {}),
      ...(before
        ? {
            previous: {
              environment: before,
              succeeded: passed !== undefined,
              ...(passed ? { deploymentId: passed.id } : {}),
            },
          }
        : {}),
      status: refusal ? "REFUSED" : authorised ? "APPROVED" : "WAITING",
      reason:
        refusal ??
        (authorised
          ? `rollback to ${short} approved by ${authorised.approvedBy} in incident ${authorised.incidentId}`
          : `${short} passed ${before ?? "no earlier environment"}; waiting for an approver of ${pipeline.team}`),
      ...(authorised
        ? {
            decidedBy: authorised.approvedBy,
            decidedAt: now.toISOString(),
            comment: `rollback for incident ${authorised.incidentId}`,
          }
        : {}),
      expiresAt: new Date(now.getTime() + timeoutSeconds * 1000).toISOString(),
      timeline: [
        {
          at: now.toISOString(),
          message: refusal ? `refused: ${refusal}` : `asked to deploy ${short} to ${fact.environment}`,
        },
        ...(authorised
          ? [
              {
                at: now.toISOString(),
                message: `approved: the rollback ${authorised.approvedBy} approved in incident ${authorised.incidentId}`,
                actor: authorised.approvedBy,
              },
            ]
          : []),
      ],
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    const { record } = await ctx.deps.gates.create(gate);
    if (authorised && record.status === "APPROVED")
      await ctx.deps.rollbacks.consume(authorised.runId, authorised.environment, authorised.sha);
    if (record.status !== "WAITING") await ctx.publish(record);
    else
      await ctx.deps.events.publish([
        buildEvent(DeliveryEvents.gateOpened, {
          id: `${record.id}-opened`,
          occurredAt: ctx.now(),
          correlationId: record.id,
          pipelineId: record.pipelineId,
          serviceId: record.serviceId,
          team: record.team,
          gateId: record.id,
          environment: record.environment,
          sha: record.sha,
        }),
      ]);
    return { gateId: id, decision: record.status === "WAITING" ? "wait" : "answer" };
  },

  /** Tells GitHub it still waits (shown on the run), and how long the next wait may be. */
  async report(ctx, { gateId }) {
    const gate = await ctx.load(gateId);
    const left = Math.floor((Date.parse(gate.expiresAt) - ctx.deps.clock.now().getTime()) / 1000);
    if (gate.status !== "WAITING" || left <= 0) return { expired: gate.status === "WAITING", seconds: 1 };
    if (gate.runId !== undefined)
      await ctx.deps.github.reviewGate(gate.installationId, gate.repository, gate.runId, {
        environment: gate.environment,
        comment: `Waiting in Plinth for an approver of ${gate.team} (not ${gate.dispatchedBy ?? gate.requestedBy}) to approve ${gate.sha.slice(0, 7)}; rejected at ${gate.expiresAt} if nobody does.`,
      });
    return { expired: false, seconds: Math.max(1, Math.min(GATE_REPORT_SECONDS, left)) };
  },

  /** Keeps the token the API answers when an approver decides. */
  async await(ctx, { gateId, taskToken }) {
    const gate = await ctx.load(gateId);
    if (gate.taskToken !== taskToken) await ctx.save(gate, { taskToken });
    return {};
  },

  async expire(ctx, { gateId }) {
    const gate = await ctx.load(gateId);
    if (gate.status !== "WAITING") return {};
    const saved = await ctx.save(
      gate,
      { status: "EXPIRED", reason: `no approver of ${gate.team} decided by ${gate.expiresAt}` },
      "expired: nobody decided in time",
    );
    await ctx.publish(saved);
    return {};
  },

  /** GitHub learns the outcome at the callback; a refusal or rejection carries its reason. */
  async answer(ctx, { gateId }) {
    const gate = await ctx.load(gateId);
    if (gate.status === "WAITING") throw new StepError("Plinth.StillWaiting", `${gateId} has no decision to answer`);
    if (gate.answeredAt) return {};
    if (gate.runId === undefined)
      throw new StepError("Plinth.NoCallback", `${gateId}: the request named no run to answer`);
    const approved = gate.status === "APPROVED";
    await ctx.deps.github.reviewGate(gate.installationId, gate.repository, gate.runId, {
      environment: gate.environment,
      state: approved ? "approved" : "rejected",
      comment: approved
        ? `Approved in Plinth by ${gate.decidedBy}${gate.comment ? `: ${gate.comment}` : ""}`
        : `${gate.status === "EXPIRED" ? "Expired" : gate.status === "REFUSED" ? "Refused" : `Rejected by ${gate.decidedBy}`} in Plinth: ${gate.reason}`,
    });
    await ctx.save(gate, { answeredAt: ctx.now() }, `GitHub told: ${approved ? "approved" : "rejected"}`);
    return {};
  },

  /** GitHub did not take the answer (retries spent): recorded, and the deployment stays held in GitHub. */
  async answerFailed(ctx, { gateId, error }) {
    const gate = await ctx.load(gateId);
    const cause = error.Cause ?? error.Error;
    await ctx.save(
      gate,
      { answerFailed: cause },
      `GitHub could not be told (${cause}); the deployment stays held there until its own timeout`,
    );
    return {};
  },
};

export class GateSteps extends StepRunner<GateStep, GateContext> {
  constructor(deps: GateStepDeps) {
    super(GateStepInput, handlers, new GateContext(deps));
  }
}
