import { z } from "zod";
import type { GitHubFact } from "./github-webhooks";

/**
 * A deployment of a service to one environment, as GitHub Actions reports it (`deployment`,
 * `deployment_status`): the commit, the ref, the run that made it, its state and timing. Keyed by
 * GitHub's deployment id; listed per service (newest first) for its page, the gate and DORA.
 *
 * States only move forward: each `deployment_status` has an id GitHub assigns in order, and a status
 * older than the one recorded changes nothing (so a late `in_progress` never undoes a `success`).
 * `inactive` (a newer deployment replaced this one) keeps the outcome it had.
 */
export const DeploymentState = z.enum([
  "pending",
  "queued",
  "waiting",
  "in_progress",
  "success",
  "failure",
  "error",
  "inactive",
]);
export type DeploymentState = z.infer<typeof DeploymentState>;
export const DEPLOYMENT_FINISHED: ReadonlySet<DeploymentState> = new Set(["success", "failure", "error"]);

export const DeploymentRecord = z.object({
  id: z.number().int(),
  pipelineId: z.string(),
  serviceId: z.string(),
  team: z.string(),
  repository: z.object({ owner: z.string(), name: z.string() }),
  environment: z.string(),
  sha: z.string(),
  ref: z.string(),
  runId: z.number().int().optional(),
  runAttempt: z.number().int().optional(),
  /** The commit's time, from the run that made it: the start of change lead time. */
  commitAt: z.string().optional(),
  creator: z.string().optional(),
  state: DeploymentState,
  /** The outcome before it went `inactive` (replaced), so history keeps what happened. */
  outcome: z.enum(["success", "failure", "error"]).optional(),
  statusId: z.number().int(),
  environmentUrl: z.string().optional(),
  logUrl: z.string().optional(),
  description: z.string().optional(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  version: z.number().int().min(1),
  recordedAt: z.string(),
});
export type DeploymentRecord = z.infer<typeof DeploymentRecord>;

export const Deployment = DeploymentRecord.omit({ version: true, recordedAt: true, statusId: true }).meta({
  id: "Deployment",
});
export type Deployment = z.infer<typeof Deployment>;

type DeploymentFact = Extract<GitHubFact, { kind: "deployment" }>;
export interface DeploymentOwner {
  pipelineId: string;
  serviceId: string;
  team: string;
}

/** The deployment after `fact`, or undefined when the fact adds nothing (older, or already known). */
export function advanceDeployment(
  current: DeploymentRecord | undefined,
  fact: DeploymentFact,
  owner: DeploymentOwner,
  recordedAt: string,
): DeploymentRecord | undefined {
  const status = fact.status;
  if (current && (!status || status.id <= current.statusId)) return undefined;
  const base: DeploymentRecord = current ?? {
    ...owner,
    id: fact.deploymentId,
    repository: fact.repository,
    environment: fact.environment,
    sha: fact.sha,
    ref: fact.ref,
    ...(fact.runId !== undefined ? { runId: fact.runId } : {}),
    ...(fact.runAttempt !== undefined ? { runAttempt: fact.runAttempt } : {}),
    ...(fact.creator ? { creator: fact.creator } : {}),
    state: "pending",
    statusId: 0,
    createdAt: fact.createdAt,
    version: 0,
    recordedAt,
  };
  if (!status) return { ...base, version: base.version + 1, recordedAt };
  const finished = DEPLOYMENT_FINISHED.has(status.state);
  return {
    ...base,
    state: status.state,
    statusId: status.id,
    ...(status.state === "in_progress" && !base.startedAt ? { startedAt: status.at } : {}),
    ...(finished ? { finishedAt: status.at, outcome: status.state as "success" | "failure" | "error" } : {}),
    ...(status.environmentUrl ? { environmentUrl: status.environmentUrl } : {}),
    ...(status.logUrl ? { logUrl: status.logUrl } : {}),
    ...(status.description ? { description: status.description } : {}),
    version: base.version + 1,
    recordedAt,
  };
}
