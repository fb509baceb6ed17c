import type { DeploymentRecord } from "./deployments";
import type { DeployFreeze, GateRecord, RollbackAuthorisation } from "./gate";
import type { GitHubFact } from "./github-webhooks";
import type { PipelineRecord } from "./pipeline";
import type { PipelineRunRecord, RunJob } from "./runs";
import type { WebhookDelivery } from "./webhook-delivery";

/**
 * GitHub, as the pipeline workflow uses it: every call acts for one installation of the Plinth
 * GitHub App (an installation token minted from the app's key). Calls that fail throw a
 * `GitHubCallFailed` naming the call and GitHub's answer; "already there" and "already gone" are
 * successes (every step may run twice).
 */
export interface RepositoryRef {
  owner: string;
  name: string;
}

export interface PullRequestState {
  number: number;
  url: string;
  state: "open" | "closed" | "merged";
  mergeCommitSha?: string;
}

export interface GitHubApp {
  /** The app's installation on an organisation (or user), or undefined when it is not installed there. */
  installationFor(owner: string): Promise<number | undefined>;
  repository(
    installation: number,
    repo: RepositoryRef,
  ): Promise<{ defaultBranch: string; cloneUrl: string; htmlUrl: string }>;
  branchHead(installation: number, repo: RepositoryRef, branch: string): Promise<string | undefined>;
  /** The paths of the files (not folders) directly in `path` ("" for the root) at `ref`; none when it does not exist. */
  listFiles(installation: number, repo: RepositoryRef, path: string, ref: string): Promise<string[]>;
  /** Creates the branch at `sha`; an existing branch is left as it is. */
  createBranch(installation: number, repo: RepositoryRef, branch: string, sha: string): Promise<void>;
  deleteBranch(installation: number, repo: RepositoryRef, branch: string): Promise<void>;
  readFile(
    installation: number,
    repo: RepositoryRef,
    path: string,
    ref: string,
  ): Promise<{ content: string; sha: string } | undefined>;
  /** One commit writing `content` at `path` on `branch` (`sha`: the blob it replaces). Answers the commit. */
  writeFile(
    installation: number,
    repo: RepositoryRef,
    file: { branch: string; path: string; content: string; message: string; sha?: string },
  ): Promise<string>;
  /** The open pull request from `branch`, if any. */
  openPullFrom(installation: number, repo: RepositoryRef, branch: string): Promise<PullRequestState | undefined>;
  openPull(
    installation: number,
    repo: RepositoryRef,
    pull: { title: string; body: string; head: string; base: string },
  ): Promise<PullRequestState>;
  pull(installation: number, repo: RepositoryRef, number: number): Promise<PullRequestState>;
  closePull(installation: number, repo: RepositoryRef, number: number): Promise<void>;
  putEnvironment(
    installation: number,
    repo: RepositoryRef,
    name: string,
    settings: { protectedBranchesOnly: boolean; variables: Record<string, string> },
  ): Promise<void>;
  deleteEnvironment(installation: number, repo: RepositoryRef, name: string): Promise<void>;
  /** Makes the app the environment's custom deployment protection rule (already so: nothing to do). */
  enableGate(installation: number, repo: RepositoryRef, environment: string): Promise<void>;
  /** Dispatches the workflow file on `ref` and answers the run GitHub made for it (`return_run_details`). */
  dispatch(installation: number, repo: RepositoryRef, workflowFile: string, ref: string): Promise<{ runId: number }>;
  /** A run as GitHub reports it now (the fact a `workflow_run` delivery would carry). */
  workflowRun(installation: number, repo: RepositoryRef, runId: number): Promise<Extract<GitHubFact, { kind: "run" }>>;
  rerunFailedJobs(installation: number, repo: RepositoryRef, runId: number): Promise<void>;
  /** Reruns one job of a run and the jobs that need it, as the run's next attempt (a successful run too). */
  rerunJob(installation: number, repo: RepositoryRef, jobId: number): Promise<void>;
  cancelRun(installation: number, repo: RepositoryRef, runId: number): Promise<void>;
  /**
   * Answers a deployment's custom protection rule at its callback (`state`), or posts a status report on
   * it while it waits (no `state`).
   */
  reviewGate(
    installation: number,
    repo: RepositoryRef,
    runId: number,
    review: { environment: string; state?: "approved" | "rejected"; comment: string },
  ): Promise<void>;
  /** The app's webhook deliveries since `since`, newest first (GitHub keeps three days). */
  hookDeliveries(since: string): Promise<HookDeliveryAttempt[]>;
  /** Asks GitHub to deliver one again (the attempt's id, not its GUID). */
  redeliver(attemptId: number): Promise<void>;
}

/** One attempt of a webhook delivery, as GitHub's `/app/hook/deliveries` lists it. */
export interface HookDeliveryAttempt {
  id: number;
  guid: string;
  deliveredAt: string;
  /** 0 when GitHub got no answer (timeout, refused). */
  statusCode: number;
  redelivery: boolean;
  event: string;
}

/** A failed GitHub call: which call, GitHub's status and message. */
export class GitHubCallFailed extends Error {
  constructor(
    readonly call: string,
    readonly status: number,
    readonly githubMessage: string,
  ) {
    super(`GitHub answered ${status} to ${call}: ${githubMessage}`);
    this.name = "Plinth.GitHubCallFailed";
  }
}

/** actionlint (or any linter of GitHub workflows): findings for one file. */
export interface WorkflowLinter {
  readonly tool: string;
  lint(yaml: string, path: string): Promise<{ line: number; column: number; kind: string; message: string }[]>;
}

export interface PipelineStore {
  /** Fails with `conflict` when the id exists; answers the stored record and whether this call wrote it. */
  create(record: PipelineRecord): Promise<{ record: PipelineRecord; created: boolean }>;
  get(id: string): Promise<PipelineRecord | undefined>;
  /** Writes `next` only if the stored version is still `next.version - 1`. */
  update(next: PipelineRecord): Promise<PipelineRecord>;
  ofService(serviceId: string): Promise<PipelineRecord[]>;
  /** Pipelines made from a template (every version), for the upgrade offer. */
  ofTemplate(templateId: string): Promise<PipelineRecord[]>;
  /** What a repository's webhooks are matched by: its pipelines' ids, services, teams and workflow files. */
  ofRepository(owner: string, name: string): Promise<PipelineOfRepository[]>;
}

export interface PipelineOfRepository {
  pipelineId: string;
  serviceId: string;
  team: string;
  workflowPath: string;
}

/** Webhook deliveries, by GitHub's delivery id: recorded once, claimed by one processor, then done. */
export interface WebhookDeliveryStore {
  /** Records a new delivery, or answers the one recorded under its id (a redelivery). */
  record(delivery: WebhookDelivery): Promise<{ delivery: WebhookDelivery; created: boolean }>;
  get(id: string): Promise<WebhookDelivery | undefined>;
  /** Takes a RECEIVED delivery whose lease is free or past, until `until`; undefined when done or taken. */
  claim(id: string, now: string, until: string): Promise<WebhookDelivery | undefined>;
  /** The claimed delivery's outcome: done (PROCESSED, IGNORED) or released with its error for another try. */
  finish(delivery: WebhookDelivery): Promise<void>;
  /** Deliveries still RECEIVED since before `before` (the sweep re-emits them), oldest first. */
  unfinished(before: string, limit: number): Promise<WebhookDelivery[]>;
}

/** Runs by `(runId, attempt)` with their jobs; a pipeline's runs newest first. */
export interface RunStore {
  /** One attempt of a run with its jobs; without `attempt`, the latest recorded. */
  run(runId: number, attempt?: number): Promise<{ run?: PipelineRunRecord; jobs: RunJob[] }>;
  /** Writes `next` only if the stored version is still `next.version - 1` (version 1: only if absent). */
  putRun(next: PipelineRunRecord): Promise<void>;
  /** Writes the job only if the stored one is still the one it replaces. */
  putJob(runId: number, attempt: number, job: RunJob, replaces: RunJob | undefined): Promise<void>;
  ofPipeline(pipelineId: string, limit: number): Promise<PipelineRunRecord[]>;
  /** A dispatch's Idempotency-Key: the run it made, or pending while the first request is in flight. */
  dispatchKey(pipelineId: string, keyHash: string): Promise<{ runId: number } | { pending: true } | undefined>;
  /** Takes the key for a dispatch; false when another request holds it. */
  claimDispatchKey(pipelineId: string, keyHash: string, at: string): Promise<boolean>;
  /** The run the key made, or (undefined) the key released after a failed dispatch. */
  settleDispatchKey(pipelineId: string, keyHash: string, runId: number | undefined): Promise<void>;
}

export interface DeploymentStore {
  get(id: number): Promise<DeploymentRecord | undefined>;
  /** Conditional on the version it replaces, as `putRun`. */
  put(next: DeploymentRecord): Promise<void>;
  /** A service's deployments newest first, of one environment or all, created in `[from, to)`. */
  ofService(
    serviceId: string,
    filter: { environment?: string; from?: string; to?: string; limit: number },
  ): Promise<DeploymentRecord[]>;
}

/** Which GitHub organisations a team has connected (the app's installation there). */
export interface InstallationStore {
  put(team: string, owner: string, installation: number, by: string, at: string): Promise<void>;
  ofTeam(team: string): Promise<{ owner: string; installation: number; by: string; at: string }[]>;
}

/** Production gates, by id (`gt-<deployment id>`); the waiting ones per team, oldest first. */
export interface GateStore {
  /** Writes a new gate, or answers the one stored under its id. */
  create(record: GateRecord): Promise<{ record: GateRecord; created: boolean }>;
  get(id: string): Promise<GateRecord | undefined>;
  /** Conditional on `next.version - 1`. */
  update(next: GateRecord): Promise<GateRecord>;
  /** Gates of the team (every team when undefined) in a status, newest first. */
  list(filter: { team?: string; status?: GateRecord["status"]; limit: number }): Promise<GateRecord[]>;
}

export interface FreezeStore {
  get(scope: string): Promise<DeployFreeze | undefined>;
  put(freeze: DeployFreeze): Promise<void>;
  delete(scope: string): Promise<void>;
  all(): Promise<DeployFreeze[]>;
}

/** Approved rollbacks waiting for their deployment to reach the gate, by run and environment. */
export interface RollbackStore {
  authorise(rollback: RollbackAuthorisation): Promise<void>;
  get(runId: number, environment: string): Promise<RollbackAuthorisation | undefined>;
  /** Removes it once a gate has used it (only the one for `sha`). */
  consume(runId: number, environment: string, sha: string): Promise<void>;
}

/** The deployments incidents were linked to (remediation's records), for DORA's change fail rate. */
export interface IncidentLinks {
  linkedDeployments(serviceId: string, from: string, to: string): Promise<Set<number>>;
}
