import { z } from "zod";
import type { DeploymentRecord } from "../delivery/deployments";

/**
 * The production deployment an incident most likely comes from: the service's newest production
 * deployment that had started before the alarm and succeeded, or was still deploying, within the
 * window before it (default 60 minutes, `deploymentWindowMinutes` in the guardrails' settings) — an
 * alarm may well fire before GitHub reports the deployment done. With it, the successful deployment
 * of another commit before it: what a rollback puts back. Recorded on the incident once, when its
 * service is first known.
 */
const DeploymentRef = z.object({
  id: z.number().int(),
  sha: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  runId: z.number().int().optional(),
  runAttempt: z.number().int().optional(),
});

export const LinkedDeployment = DeploymentRef.extend({
  environment: z.string(),
  pipelineId: z.string(),
  state: z.string().describe("Its state when the incident was linked to it"),
  minutesBeforeAlarm: z.number().describe("How long before the alarm it finished (or started, while still deploying)"),
  previous: DeploymentRef.optional().describe(
    "The successful deployment of another commit before it: a rollback's target",
  ),
}).meta({ id: "LinkedDeployment" });
export type LinkedDeployment = z.infer<typeof LinkedDeployment>;

export const LINKED_ENVIRONMENT = "production";

const ref = (d: DeploymentRecord) => ({
  id: d.id,
  sha: d.sha,
  createdAt: d.createdAt,
  ...(d.finishedAt !== undefined ? { finishedAt: d.finishedAt } : {}),
  ...(d.runId !== undefined ? { runId: d.runId } : {}),
  ...(d.runAttempt !== undefined ? { runAttempt: d.runAttempt } : {}),
});

const newestFirst = (a: DeploymentRecord, b: DeploymentRecord) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
/** When it last changed what runs: its end, or its start while it still deploys. */
const changedAt = (d: DeploymentRecord) => Date.parse(d.finishedAt ?? d.startedAt ?? d.createdAt);

/** The deployment to link to an incident whose alarm fired at `alarmAt`, if one fits the window. */
export function linkDeployment(
  deployments: readonly DeploymentRecord[],
  alarmAt: Date,
  windowMinutes: number,
): LinkedDeployment | undefined {
  const at = alarmAt.getTime();
  const ofEnvironment = deployments.filter((d) => d.environment === LINKED_ENVIRONMENT).sort(newestFirst);
  const index = ofEnvironment.findIndex(
    (d) =>
      (d.outcome === "success" || (d.outcome === undefined && d.state === "in_progress")) &&
      Date.parse(d.startedAt ?? d.createdAt) <= at &&
      at - changedAt(d) <= windowMinutes * 60_000,
  );
  const linked = ofEnvironment[index];
  if (!linked) return undefined;
  const previous = ofEnvironment.slice(index + 1).find((d) => d.outcome === "success" && d.sha !== linked.sha);
  return {
    ...ref(linked),
    environment: linked.environment,
    pipelineId: linked.pipelineId,
    state: linked.state,
    minutesBeforeAlarm: Math.max(0, Math.round((at - changedAt(linked)) / 600) / 100),
    ...(previous ? { previous: ref(previous) } : {}),
  };
}

/** Whether the linked deployment still runs: no deployment made after it has succeeded. */
export function stillDeployed(deployments: readonly DeploymentRecord[], linked: LinkedDeployment): boolean {
  return !deployments.some(
    (d) =>
      d.environment === linked.environment &&
      d.id !== linked.id &&
      d.outcome === "success" &&
      d.createdAt > linked.createdAt,
  );
}

/** The deployment a rollback made: `sha` to `environment`, created at or after `since`, newest first. */
export function rollbackDeployment(
  deployments: readonly DeploymentRecord[],
  target: { sha: string; environment: string },
  since: string,
): DeploymentRecord | undefined {
  return deployments
    .filter((d) => d.environment === target.environment && d.sha === target.sha && d.createdAt >= since)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
}
