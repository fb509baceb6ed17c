import { createHash } from "node:crypto";
import type { GitHubStandIn, Repo } from "./github";
import type { RunJob, StandInDeployment, WorkflowRun } from "./runner";
import { repository, user } from "./shapes";

/**
 * The webhook payloads the stand-in sends, in GitHub's shapes (the tests validate each against
 * `@octokit/openapi-webhooks`, GitHub's own description): the envelope every event carries
 * (`repository`, `organization`, `installation`, `sender`) around the event's objects.
 */
type Json = Record<string, unknown>;
const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}${id}`).toString("base64");
export const workflowId = (path: string) =>
  Number.parseInt(createHash("sha256").update(path).digest("hex").slice(0, 8), 16);

function envelope(gh: GitHubStandIn, repo: Repo, sender = gh.bot): Json {
  const base = gh.base;
  const facts = gh.repositoryFacts(repo);
  const org = repo.facts.owner;
  const installation = gh.installations.get(org.login.toLowerCase());
  return {
    repository: repository(base, facts),
    organization: {
      login: org.login,
      id: org.id,
      node_id: nodeId("O_", org.id),
      url: `${gh.apiUrl}/orgs/${org.login}`,
      repos_url: `${gh.apiUrl}/orgs/${org.login}/repos`,
      events_url: `${gh.apiUrl}/orgs/${org.login}/events`,
      hooks_url: `${gh.apiUrl}/orgs/${org.login}/hooks`,
      issues_url: `${gh.apiUrl}/orgs/${org.login}/issues`,
      members_url: `${gh.apiUrl}/orgs/${org.login}/members{/member}`,
      public_members_url: `${gh.apiUrl}/orgs/${org.login}/public_members{/member}`,
      avatar_url: `${base}/avatars/${org.login}`,
      description: null,
    },
    ...(installation ? { installation: { id: installation.id, node_id: nodeId("I_", installation.id) } } : {}),
    sender: user(base, sender),
  };
}

const noreply = (login: string) => `${login.replace(/[^A-Za-z0-9-]/g, "")}@users.noreply.github.com`;
const actorOf = (login: string) => ({ login, id: 9_100_000 + (login.length % 1000), type: "User" as const });

function runObject(gh: GitHubStandIn, repo: Repo, run: WorkflowRun): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const api = `${gh.apiUrl}/repos/${fullName}`;
  const minimal = repository(gh.base, gh.repositoryFacts(repo));
  const actor = user(gh.base, actorOf(run.actor));
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("WFR_", run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.title,
    run_number: run.runNumber,
    run_attempt: run.attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: workflowId(run.path),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId("CS_", run.id + 1),
    url: `${api}/actions/runs/${run.id}`,
    html_url: `${gh.base}/${fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.runStartedAt,
    actor,
    triggering_actor: actor,
    jobs_url: `${api}/actions/runs/${run.id}/jobs`,
    logs_url: `${api}/actions/runs/${run.id}/logs`,
    check_suite_url: `${api}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
    cancel_url: `${api}/actions/runs/${run.id}/cancel`,
    rerun_url: `${api}/actions/runs/${run.id}/rerun`,
    previous_attempt_url: run.attempt > 1 ? `${api}/actions/runs/${run.id}/attempts/${run.attempt - 1}` : null,
    workflow_url: `${api}/actions/workflows/${workflowId(run.path)}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: run.title,
      timestamp: run.commitAt,
      author: { name: run.actor, email: noreply(run.actor) },
      committer: { name: run.actor, email: noreply(run.actor) },
    },
    repository: minimal,
    head_repository: minimal,
    referenced_workflows: [],
  };
}

/** The REST answer for a run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`). */
export const runJson = runObject;

function workflowObject(gh: GitHubStandIn, repo: Repo, run: WorkflowRun): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const id = workflowId(run.path);
  return {
    id,
    node_id: nodeId("W_", id),
    name: run.name,
    path: run.path,
    state: "active",
    created_at: run.createdAt,
    updated_at: run.createdAt,
    url: `${gh.apiUrl}/repos/${fullName}/actions/workflows/${id}`,
    html_url: `${gh.base}/${fullName}/blob/${run.headBranch}/${run.path}`,
    badge_url: `${gh.base}/${fullName}/workflows/${encodeURIComponent(run.name)}/badge.svg`,
  };
}

export function runPayload(gh: GitHubStandIn, repo: Repo, run: WorkflowRun, action: string): Json {
  return {
    action,
    workflow_run: runObject(gh, repo, run),
    workflow: workflowObject(gh, repo, run),
    ...envelope(gh, repo, actorOf(run.actor)),
  };
}

export function jobObject(gh: GitHubStandIn, repo: Repo, run: WorkflowRun, job: RunJob): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const api = `${gh.apiUrl}/repos/${fullName}`;
  const running = job.status === "in_progress" || job.status === "completed";
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: run.attempt,
    node_id: nodeId("CR_", job.id),
    head_sha: run.headSha,
    head_branch: run.headBranch,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${gh.base}/${fullName}/actions/runs/${run.id}/job/${job.id}`,
    check_run_url: `${api}/check-runs/${job.id}`,
    status: job.status === "pending" ? "queued" : job.status,
    conclusion: job.status === "completed" ? job.conclusion : null,
    created_at: job.createdAt,
    started_at: job.startedAt ?? job.createdAt,
    completed_at: job.completedAt,
    name: job.name,
    workflow_name: run.name,
    labels: ["ubuntu-24.04"],
    runner_id: running ? 1 : null,
    runner_name: running ? "GitHub Actions 1" : null,
    runner_group_id: running ? 2 : null,
    runner_group_name: running ? "GitHub Actions" : null,
    steps: job.steps.map((step) => ({
      name: step.name,
      number: step.number,
      status: step.status,
      conclusion: step.conclusion,
      started_at: step.startedAt,
      completed_at: step.completedAt,
    })),
  };
}

export function jobPayload(gh: GitHubStandIn, repo: Repo, run: WorkflowRun, job: RunJob, action: string): Json {
  return { action, workflow_job: jobObject(gh, repo, run, job), ...envelope(gh, repo, actorOf(run.actor)) };
}

function deploymentObject(gh: GitHubStandIn, repo: Repo, deployment: StandInDeployment): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const api = `${gh.apiUrl}/repos/${fullName}`;
  return {
    url: `${api}/deployments/${deployment.id}`,
    id: deployment.id,
    node_id: nodeId("DE_", deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: "deploy",
    payload: {},
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: null,
    creator: user(gh.base, actorOf(deployment.creator)),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${api}/deployments/${deployment.id}/statuses`,
    repository_url: api,
    transient_environment: false,
    production_environment: deployment.environment === "production",
    performed_via_github_app: null,
  };
}

/** The REST answer for a deployment. */
export const deploymentJson = deploymentObject;

/** The run a deployment event names: GitHub's shorter run object (no head commit, repositories without descriptions). */
function deploymentRun(gh: GitHubStandIn, repo: Repo, deployment: StandInDeployment): Json | null {
  const run = repo.runs.find((candidate) => candidate.id === deployment.runId);
  if (!run) return null;
  const full = runObject(gh, repo, run);
  const bare = { ...(full.repository as Json), description: null };
  return {
    ...full,
    run_attempt: deployment.runAttempt,
    head_commit: null,
    repository: bare,
    head_repository: bare,
  };
}

export function deploymentPayload(
  gh: GitHubStandIn,
  repo: Repo,
  run: WorkflowRun,
  deployment: StandInDeployment,
): Json {
  return {
    action: "created",
    deployment: deploymentObject(gh, repo, deployment),
    workflow: workflowObject(gh, repo, run),
    workflow_run: deploymentRun(gh, repo, deployment),
    ...envelope(gh, repo, actorOf(run.actor)),
  };
}

export function statusObject(
  gh: GitHubStandIn,
  repo: Repo,
  deployment: StandInDeployment,
  status: StandInDeployment["statuses"][number],
): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const api = `${gh.apiUrl}/repos/${fullName}`;
  return {
    url: `${api}/deployments/${deployment.id}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId("DES_", status.id),
    state: status.state,
    creator: user(gh.base, gh.bot),
    description: status.description,
    environment: deployment.environment,
    ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
    log_url: status.logUrl,
    target_url: status.logUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: `${api}/deployments/${deployment.id}`,
    repository_url: api,
    performed_via_github_app: null,
  };
}

export function deploymentStatusPayload(
  gh: GitHubStandIn,
  repo: Repo,
  deployment: StandInDeployment,
  status: StandInDeployment["statuses"][number],
): Json {
  return {
    action: "created",
    deployment_status: statusObject(gh, repo, deployment, status),
    deployment: deploymentObject(gh, repo, deployment),
    workflow_run: deploymentRun(gh, repo, deployment),
    ...envelope(gh, repo, actorOf(deployment.creator)),
  };
}

/** `deployment_protection_rule.requested`: the app is asked to approve or reject a deployment. */
export function gatePayload(gh: GitHubStandIn, repo: Repo, run: WorkflowRun, job: RunJob): Json {
  const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
  const deployment = repo.deployments.find((candidate) => candidate.id === job.deploymentId);
  return {
    action: "requested",
    environment: job.environment,
    event: run.event,
    deployment_callback_url: `${gh.apiUrl}/repos/${fullName}/actions/runs/${run.id}/deployment_protection_rule`,
    ...(deployment ? { deployment: deploymentObject(gh, repo, deployment) } : {}),
    pull_requests: [],
    ...envelope(gh, repo, actorOf(run.actor)),
  };
}

/** `pull_request.closed` (merged or not). */
export function pullClosedPayload(gh: GitHubStandIn, repo: Repo, pull: Json, sender = gh.bot): Json {
  return { action: "closed", number: pull.number, pull_request: pull, ...envelope(gh, repo, sender) };
}
