import { z } from "zod";
import { deployJobName } from "../../delivery/pipeline-templates";
import { StepError } from "../../errors";
import { requireIncident } from "../record";
import { ROLLBACK_CALL } from "../rollback-runbook";
import { runbookById } from "../runbooks";
import type { RemediationStepContext } from "./context";

/** The parameters `rollback-deployment` proposed (read back from the incident, so parsed). */
export const RollbackParameters = z.object({
  serviceId: z.string(),
  pipelineId: z.string(),
  environment: z.string(),
  fromDeployment: z.number().int(),
  fromSha: z.string(),
  toDeployment: z.number().int(),
  sha: z.string(),
  runId: z.number().int(),
  runAttempt: z.number().int().optional(),
});
export type RollbackParameters = z.infer<typeof RollbackParameters>;

/**
 * The `plinth:rollbackDeployment` action: rerun the deploy job of the run that made the previous
 * deployment, so the same pipeline deploys that commit again — GitHub's own rerun, no rebuild. The
 * approver's decision is left for the production gate (that run, environment and commit, until the
 * verification window ends); without one the gate waits for an approver like any deployment.
 */
export async function rollbackDeployment(ctx: RemediationStepContext, id: string) {
  const now = ctx.deps.clock.now();
  const { record } = await requireIncident(ctx.deps.incidents, id);
  const action = record.actions.at(-1);
  if (action?.outcome !== "running" || action.call !== ROLLBACK_CALL)
    throw new StepError("Plinth.NoRollback", `${id} has no rollback running`);
  const parsed = RollbackParameters.safeParse(action.parameters);
  if (!parsed.success)
    throw new StepError(
      "Plinth.InvalidRollback",
      `the rollback's ${parsed.error.issues[0]?.path.join(".") ?? "parameters"} is missing or malformed`,
    );
  const target = parsed.data;
  const { delivery } = ctx.deps;
  const pipeline = await delivery.pipelines.get(target.pipelineId);
  if (!pipeline) throw new StepError("Plinth.NoPipeline", `pipeline ${target.pipelineId} no longer exists`);
  // The latest attempt: GitHub reruns from the run as it stands now (job ids are per attempt).
  const { jobs } = await delivery.runs.run(target.runId);
  const jobName = deployJobName(target.environment);
  const job = jobs.find((candidate) => candidate.name === jobName);
  if (!job) throw new StepError("Plinth.NoDeployJob", `run ${target.runId} has no recorded job "${jobName}" to rerun`);
  const approvedBy = record.approval?.decision === "approved" ? record.approval.decidedBy : undefined;
  const runbook = record.runbook ? runbookById(record.runbook.id, ctx.runbookList()) : undefined;
  const window = (runbook?.verify.waitSeconds ?? 300) * (runbook?.verify.polls ?? 1) * 1000;
  if (approvedBy)
    await delivery.rollbacks.authorise({
      runId: target.runId,
      environment: target.environment,
      sha: target.sha,
      serviceId: target.serviceId,
      incidentId: id,
      approvedBy,
      at: now.toISOString(),
      expiresAt: new Date(now.getTime() + window).toISOString(),
    });
  await delivery.github.rerunJob(pipeline.installationId, pipeline.repository, job.id);
  await ctx.deps.incidents.append(id, {
    at: now.toISOString(),
    step: "act",
    message: `rerunning "${jobName}" of run ${target.runId} (job ${job.id}) to put ${target.sha.slice(0, 7)} back in place of ${target.fromSha.slice(0, 7)}; ${approvedBy ? `the production gate takes ${approvedBy}'s approval` : "the production gate asks an approver"}`,
  });
  return { rerunJob: job.id };
}
