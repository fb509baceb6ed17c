import { z } from "zod";
import {
  Conclusion,
  DeploymentPayload,
  DeploymentState,
  DeploymentStatusPayload,
  JobStatus,
  ProtectionRulePayload,
  PullRequestPayload,
  type Repository,
  RunStatus,
  WorkflowJobPayload,
  WorkflowRunPayload,
} from "./github-payloads";

/**
 * GitHub's webhook deliveries, read at the edge: the fields Plinth acts on, parsed with zod from the
 * payloads GitHub documents (`@octokit/openapi-webhooks`), turned into one small **fact** per delivery.
 * The fact is what the delivery record and the bus event carry (a payload may be megabytes; a fact is
 * well under EventBridge's 256 KB), so processing never needs the raw body again.
 *
 * Events Plinth subscribes to: `pull_request` (closed: a pipeline's change merged or not),
 * `workflow_run`, `workflow_job`, `deployment`, `deployment_status`, `deployment_protection_rule`,
 * and `ping` (answered, not recorded). Anything else is acknowledged and ignored.
 */
export const RepositoryName = z.object({ owner: z.string(), name: z.string() });
export type RepositoryName = z.infer<typeof RepositoryName>;

export const HANDLED_EVENTS = [
  "pull_request",
  "workflow_run",
  "workflow_job",
  "deployment",
  "deployment_status",
  "deployment_protection_rule",
] as const;
export type HandledEvent = (typeof HANDLED_EVENTS)[number];

const repoOf = (repository: z.infer<typeof Repository>): RepositoryName => ({
  owner: repository.owner.login,
  name: repository.name,
});

/** A deployment to a gated environment asks the app to approve it (`deployment_protection_rule.requested`). */
export const GateRequestedFact = z.object({
  kind: z.literal("gate-requested"),
  repository: RepositoryName,
  installationId: z.number().int(),
  environment: z.string(),
  event: z.string(),
  callbackUrl: z.string(),
  runId: z.number().int().optional(),
  deploymentId: z.number().int(),
  sha: z.string(),
  ref: z.string(),
  creator: z.string().optional(),
});
export type GateRequestedFact = z.infer<typeof GateRequestedFact>;

/** What a delivery tells Plinth, small enough for a record and an event. */
export const GitHubFact = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("pull-closed"),
    repository: RepositoryName,
    number: z.number().int(),
    url: z.string(),
    branch: z.string(),
    merged: z.boolean(),
    mergeCommitSha: z.string().optional(),
  }),
  z.object({
    kind: z.literal("run"),
    repository: RepositoryName,
    runId: z.number().int(),
    attempt: z.number().int(),
    runNumber: z.number().int(),
    workflowPath: z.string(),
    name: z.string(),
    headSha: z.string(),
    headBranch: z.string(),
    event: z.string(),
    status: RunStatus,
    conclusion: Conclusion,
    url: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    startedAt: z.string().optional(),
    actor: z.string().optional(),
    commitAt: z.string().optional(),
    title: z.string().optional(),
  }),
  z.object({
    kind: z.literal("job"),
    repository: RepositoryName,
    runId: z.number().int(),
    attempt: z.number().int(),
    jobId: z.number().int(),
    name: z.string(),
    headSha: z.string(),
    status: JobStatus,
    conclusion: Conclusion,
    startedAt: z.string(),
    completedAt: z.string().optional(),
    url: z.string().optional(),
    steps: z.array(
      z.object({ number: z.number().int(), name: z.string(), status: z.string(), conclusion: z.string().nullable() }),
    ),
  }),
  z.object({
    kind: z.literal("deployment"),
    repository: RepositoryName,
    deploymentId: z.number().int(),
    environment: z.string(),
    sha: z.string(),
    ref: z.string(),
    createdAt: z.string(),
    creator: z.string().optional(),
    runId: z.number().int().optional(),
    runAttempt: z.number().int().optional(),
    workflowPath: z.string().optional(),
    /** Set by `deployment_status`: the status that moved it. */
    status: z
      .object({
        id: z.number().int(),
        state: DeploymentState,
        at: z.string(),
        environmentUrl: z.string().optional(),
        logUrl: z.string().optional(),
        description: z.string().optional(),
      })
      .optional(),
  }),
  GateRequestedFact,
]);
export type GitHubFact = z.infer<typeof GitHubFact>;

/** Why a delivery needs no work: an event or action Plinth does not act on. */
export interface Ignored {
  ignored: string;
}

/** The run id in a deployment callback URL (`…/actions/runs/<id>/deployment_protection_rule`). */
const runIdOf = (url: string) => {
  const match = /\/actions\/runs\/(\d+)\//.exec(url);
  return match ? Number(match[1]) : undefined;
};
const defined = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined && inner !== null)) as T;

/**
 * The fact of one delivery, or why it is ignored. Throws a ZodError naming the field when a payload
 * of an event Plinth handles lacks what it needs (the receiver answers 400).
 */
export function factOf(event: string, payload: unknown): GitHubFact | Ignored {
  switch (event) {
    case "pull_request": {
      const p = PullRequestPayload.parse(payload);
      if (p.action !== "closed") return { ignored: `pull_request.${p.action}` };
      return {
        kind: "pull-closed",
        repository: repoOf(p.repository),
        number: p.pull_request.number,
        url: p.pull_request.html_url,
        branch: p.pull_request.head.ref,
        merged: p.pull_request.merged === true || p.pull_request.merged_at !== null,
        ...defined({ mergeCommitSha: p.pull_request.merge_commit_sha ?? undefined }),
      };
    }
    case "workflow_run": {
      const { workflow_run: run, ...p } = WorkflowRunPayload.parse(payload);
      const path = run.path ?? p.workflow?.path;
      if (!path)
        throw new z.ZodError([
          {
            code: "custom",
            path: ["workflow_run", "path"],
            message: "the run's workflow file is not named",
            input: run,
          },
        ]);
      return {
        kind: "run",
        repository: repoOf(p.repository),
        runId: run.id,
        attempt: run.run_attempt,
        runNumber: run.run_number,
        workflowPath: path.replace(/@.*$/, ""),
        name: run.name ?? path,
        headSha: run.head_sha,
        headBranch: run.head_branch ?? "",
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        url: run.html_url,
        createdAt: run.created_at,
        updatedAt: run.updated_at,
        ...defined({
          startedAt: run.run_started_at,
          actor: run.actor?.login,
          commitAt: run.head_commit?.timestamp,
          title: run.head_commit?.message.split("\n")[0],
        }),
      };
    }
    case "workflow_job": {
      const { workflow_job: job, ...p } = WorkflowJobPayload.parse(payload);
      return {
        kind: "job",
        repository: repoOf(p.repository),
        runId: job.run_id,
        attempt: job.run_attempt,
        jobId: job.id,
        name: job.name,
        headSha: job.head_sha,
        status: job.status,
        conclusion: job.conclusion,
        startedAt: job.started_at,
        ...defined({ completedAt: job.completed_at ?? undefined, url: job.html_url ?? undefined }),
        steps: job.steps.map(({ number, name, status, conclusion }) => ({ number, name, status, conclusion })),
      };
    }
    case "deployment":
    case "deployment_status": {
      const p =
        event === "deployment"
          ? { ...DeploymentPayload.parse(payload), deployment_status: undefined }
          : DeploymentStatusPayload.parse(payload);
      if (p.action !== "created") return { ignored: `${event}.${p.action}` };
      const status = p.deployment_status;
      return {
        kind: "deployment",
        repository: repoOf(p.repository),
        deploymentId: p.deployment.id,
        environment: p.deployment.environment,
        sha: p.deployment.sha,
        ref: p.deployment.ref,
        createdAt: p.deployment.created_at,
        ...defined({
          creator: p.deployment.creator?.login,
          runId: p.workflow_run?.id,
          runAttempt: p.workflow_run?.run_attempt,
          workflowPath: p.workflow_run?.path?.replace(/@.*$/, ""),
          status: status
            ? defined({
                id: status.id,
                state: status.state,
                at: status.created_at,
                environmentUrl: status.environment_url || undefined,
                logUrl: status.log_url || status.target_url || undefined,
                description: status.description ?? undefined,
              })
            : undefined,
        }),
      };
    }
    case "deployment_protection_rule": {
      const p = ProtectionRulePayload.parse(payload);
      return {
        kind: "gate-requested",
        repository: repoOf(p.repository),
        installationId: p.installation.id,
        environment: p.environment,
        event: p.event,
        callbackUrl: p.deployment_callback_url,
        deploymentId: p.deployment.id,
        sha: p.deployment.sha,
        ref: p.deployment.ref,
        ...defined({ runId: runIdOf(p.deployment_callback_url), creator: p.deployment.creator?.login }),
      };
    }
    default:
      return { ignored: event };
  }
}

export const isIgnored = (fact: GitHubFact | Ignored): fact is Ignored => "ignored" in fact;

/** A run as GitHub's REST API answers it (the same object a `workflow_run` delivery carries), as a fact. */
export function runFactFromRest(
  run: { repository?: unknown } & Record<string, unknown>,
): Extract<GitHubFact, { kind: "run" }> {
  return factOf("workflow_run", { action: "read", repository: run.repository, workflow_run: run }) as Extract<
    GitHubFact,
    { kind: "run" }
  >;
}
