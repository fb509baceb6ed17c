import { parse } from "yaml";
import { z } from "zod";
import type { GitHubStandIn, Repo } from "./github";
import { deploymentPayload, deploymentStatusPayload, gatePayload, jobPayload, runPayload } from "./webhook-payloads";

/**
 * GitHub Actions, stand-in runner: a push to a branch, a dispatch or a rerun makes a **workflow run
 * of the real YAML** at that commit (jobs, `needs`, `if: github.event_name …`, `environment:`, steps
 * by their names), moved through GitHub's states on the cloud's scaled clock, with GitHub's webhooks
 * for every change (`workflow_run`, `workflow_job`, `deployment`, `deployment_status`). A job with an
 * `environment:` makes a deployment; an environment with the app's custom protection rule waits for
 * the app's answer (`deployment_protection_rule` to the app, the answer at `deployment_callback_url`).
 *
 * Nothing is executed: each step takes a modelled time and succeeds, unless a control says otherwise
 * (`fail-job`: the next run(s) of a job fail at a step; `slow-step`: a step takes longer). Runs in
 * flight are resumed when a durable cloud restarts.
 */
export type JobStatus = "pending" | "waiting" | "queued" | "in_progress" | "completed";
export type Conclusion = "success" | "failure" | "cancelled" | "skipped" | null;

export interface RunStep {
  number: number;
  name: string;
  seconds: number;
  status: "queued" | "in_progress" | "completed";
  conclusion: Conclusion;
  startedAt: string | null;
  completedAt: string | null;
}

export interface RunJob {
  id: number;
  key: string;
  name: string;
  needs: string[];
  condition?: string;
  environment?: string;
  environmentUrl?: string;
  status: JobStatus;
  conclusion: Conclusion;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  steps: RunStep[];
  deploymentId?: number;
  gate?: "pending" | "approved" | "rejected";
  gateComment?: string;
}

export interface WorkflowRun {
  id: number;
  runNumber: number;
  attempt: number;
  path: string;
  name: string;
  headBranch: string;
  headSha: string;
  event: string;
  title: string;
  actor: string;
  status: "queued" | "in_progress" | "waiting" | "completed";
  conclusion: "success" | "failure" | "cancelled" | null;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
  commitAt: string;
  jobs: RunJob[];
  cancelRequested?: boolean;
}

/** A commit a deployment put into an environment of a repository (`owner/name`). */
export interface DeployedCommit {
  repository: string;
  environment: string;
  sha: string;
}

export interface StandInDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  updatedAt: string;
  creator: string;
  runId: number;
  runAttempt: number;
  statuses: {
    id: number;
    state: string;
    createdAt: string;
    description: string;
    environmentUrl: string;
    logUrl: string;
  }[];
}

export const RunnerControl = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("fail-job"),
    repository: z.string(),
    job: z.string().describe("the job's id in the YAML (deploy-production) or its name"),
    step: z.string().optional().describe("a regular expression on the step's name (the last step when absent)"),
    times: z.number().int().min(1).default(1),
  }),
  z.strictObject({
    action: z.literal("slow-step"),
    repository: z.string(),
    step: z.string().describe("a regular expression on the step's name"),
    seconds: z.number().min(0),
    times: z.number().int().min(1).default(1),
  }),
  z.strictObject({
    action: z.literal("push"),
    repository: z.string(),
    branch: z.string().optional(),
    files: z.record(z.string(), z.string()),
    message: z.string().default("A change"),
    author: z.string().default("developer"),
  }),
]);

const JobYaml = z.object({
  name: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  if: z.union([z.string(), z.boolean()]).optional(),
  environment: z.union([z.string(), z.object({ name: z.string(), url: z.string().optional() })]).optional(),
  steps: z
    .array(z.object({ name: z.string().optional(), uses: z.string().optional(), run: z.string().optional() }))
    .default([]),
});
const WorkflowYaml = z.object({
  name: z.string().optional(),
  on: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.unknown())]),
  jobs: z.record(z.string(), JobYaml),
});
export type WorkflowYaml = z.infer<typeof WorkflowYaml>;

/** Modelled step times (seconds of workflow time): what a small service's pipeline takes. */
function stepSeconds(name: string): number {
  if (/deploy|roll the service|sync to s3/i.test(name)) return 60;
  if (/test/i.test(name)) return 30;
  if (/install|build/i.test(name)) return 20;
  if (/set up node/i.test(name)) return 5;
  return 3;
}

export function triggersOf(workflow: WorkflowYaml): Record<string, unknown> {
  const on = workflow.on;
  if (typeof on === "string") return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [event, {}]));
  return on;
}

export function parseWorkflow(text: string): WorkflowYaml | string {
  try {
    const parsed = WorkflowYaml.safeParse(parse(text));
    return parsed.success ? parsed.data : `Invalid workflow file: ${parsed.error.issues[0]?.message ?? "invalid"}`;
  } catch {
    return "Workflow is not valid YAML";
  }
}

/** GitHub's `if:` for the expressions Plinth's templates use (`github.event_name ==/!= '…'`); others hold. */
function conditionHolds(condition: string | boolean | undefined, event: string): boolean {
  if (condition === undefined || condition === true) return true;
  if (condition === false) return false;
  const match = /^\s*(?:\$\{\{\s*)?github\.event_name\s*(==|!=)\s*'([^']*)'\s*(?:\}\})?\s*$/.exec(condition);
  if (!match) return true;
  return match[1] === "==" ? event === match[2] : event !== match[2];
}

interface Fault {
  kind: "fail-job" | "slow-step";
  repository: string;
  job?: string;
  step?: RegExp;
  seconds?: number;
  remaining: number;
}

export class ActionsRunner {
  private readonly faults: Fault[] = [];
  private readonly driving = new Set<string>();
  private readonly wakers = new Map<string, () => void>();

  private readonly deployed = new Set<(deployment: DeployedCommit) => void>();

  constructor(private readonly gh: GitHubStandIn) {}

  /** Called when a deployment succeeds: what the environment now runs (the fleet stand-in follows it). */
  onDeployed(listener: (deployment: DeployedCommit) => void): void {
    this.deployed.add(listener);
  }

  /** Runs in flight when the stand-in was saved: driven on from where they were. */
  resume(): void {
    for (const repo of this.gh.repos.values())
      for (const run of repo.runs) if (run.status !== "completed") this.drive(repo, run);
  }

  async control(command: z.output<typeof RunnerControl>) {
    const repository = command.repository.toLowerCase();
    switch (command.action) {
      case "fail-job":
        this.faults.push({
          kind: "fail-job",
          repository,
          job: command.job,
          ...(command.step ? { step: new RegExp(command.step, "i") } : {}),
          remaining: command.times,
        });
        return { armed: this.faults.length };
      case "slow-step":
        this.faults.push({
          kind: "slow-step",
          repository,
          step: new RegExp(command.step, "i"),
          seconds: command.seconds,
          remaining: command.times,
        });
        return { armed: this.faults.length };
      case "push": {
        const repo = this.gh.repos.get(repository);
        if (!repo) throw new Error(`no repository ${command.repository}`);
        const branch = command.branch ?? repo.facts.defaultBranch;
        const author = {
          ...this.gh.author(),
          name: command.author,
          email: `${command.author}@users.noreply.github.com`,
        };
        const result = await repo.git.commitFiles(branch, command.files, command.message, author);
        if (typeof result === "string") throw new Error(`cannot commit to ${branch}: ${result}`);
        const runs = await this.pushed(repo, branch, result.commit, command.author);
        return { sha: result.commit, runs: runs.map((run) => run.id) };
      }
    }
  }

  /** A push to `branch`: a run of every workflow at that commit whose `on.push` takes the branch. */
  async pushed(repo: Repo, branch: string, sha: string, actor: string): Promise<WorkflowRun[]> {
    const started: WorkflowRun[] = [];
    for (const path of await repo.git.files(sha, ".github/workflows")) {
      const file = await repo.git.file(sha, path);
      const workflow = file ? parseWorkflow(file.content.toString("utf8")) : "missing";
      if (typeof workflow === "string") continue;
      const push = triggersOf(workflow).push as { branches?: string[] } | null | undefined;
      if (push === undefined) continue;
      if (push?.branches && !push.branches.includes(branch)) continue;
      started.push(await this.start(repo, { path, workflow, branch, sha, event: "push", actor }));
    }
    return started;
  }

  /** A new run (attempt 1) of `workflow` at `sha`, driven from now on. */
  async start(
    repo: Repo,
    spec: { path: string; workflow: WorkflowYaml; branch: string; sha: string; event: string; actor: string },
  ): Promise<WorkflowRun> {
    const now = this.gh.now();
    const commit = await repo.git.commit(spec.sha);
    const run: WorkflowRun = {
      id: this.gh.id(),
      runNumber: repo.runs.filter((candidate) => candidate.path === spec.path).length + 1,
      attempt: 1,
      path: spec.path,
      name: spec.workflow.name ?? spec.path,
      headBranch: spec.branch,
      headSha: spec.sha,
      event: spec.event,
      title: commit.message.split("\n")[0] ?? spec.path,
      actor: spec.actor,
      status: "queued",
      conclusion: null,
      createdAt: now,
      updatedAt: now,
      runStartedAt: now,
      commitAt: new Date(commit.at * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      jobs: Object.entries(spec.workflow.jobs).map(([key, job]) => this.newJob(key, job, now)),
    };
    repo.runs.push(run);
    this.gh.save();
    this.drive(repo, run);
    return run;
  }

  /** GitHub's "re-run failed jobs": the next attempt, with the failed (and skipped after them) jobs again. */
  rerunFailed(repo: Repo, run: WorkflowRun): void {
    this.rerun(repo, run, (job) => job.conclusion !== "success");
  }

  /** GitHub's "re-run a job": the next attempt, with that job and every job that needs it (directly or not). */
  rerunJob(repo: Repo, run: WorkflowRun, jobId: number): boolean {
    const job = run.jobs.find((candidate) => candidate.id === jobId);
    if (!job) return false;
    const again = new Set([job.key]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const candidate of run.jobs)
        if (!again.has(candidate.key) && candidate.needs.some((need) => again.has(need))) {
          again.add(candidate.key);
          grew = true;
        }
    }
    this.rerun(repo, run, (candidate) => again.has(candidate.key));
    return true;
  }

  private rerun(repo: Repo, run: WorkflowRun, again: (job: RunJob) => boolean): void {
    const now = this.gh.now();
    run.attempt += 1;
    run.status = "queued";
    run.conclusion = null;
    run.cancelRequested = false;
    run.updatedAt = now;
    run.runStartedAt = now;
    run.jobs = run.jobs.map((job) =>
      !again(job)
        ? job
        : {
            ...job,
            id: this.gh.id(),
            status: "pending",
            conclusion: null,
            createdAt: now,
            startedAt: null,
            completedAt: null,
            steps: job.steps.map((step) => ({
              ...step,
              status: "queued",
              conclusion: null,
              startedAt: null,
              completedAt: null,
            })),
            gate: undefined,
            deploymentId: undefined,
          },
    ) as RunJob[];
    this.gh.save();
    this.drive(repo, run);
  }

  cancel(run: WorkflowRun): void {
    run.cancelRequested = true;
    for (const job of run.jobs)
      if (job.gate === "pending") this.answerGate(run, job, "rejected", "the run was cancelled");
  }

  /** The app's answer to a protection rule (the deployment callback); false when nothing waits there. */
  review(run: WorkflowRun, environment: string, state: "approved" | "rejected", comment: string): boolean {
    const job = run.jobs.find((candidate) => candidate.environment === environment && candidate.gate === "pending");
    if (!job) return false;
    this.answerGate(run, job, state, comment);
    return true;
  }

  private answerGate(run: WorkflowRun, job: RunJob, state: "approved" | "rejected", comment: string) {
    job.gate = state;
    job.gateComment = comment;
    this.gh.save();
    this.wakers.get(`${run.id}:${job.key}`)?.();
  }

  private newJob(key: string, job: z.infer<typeof JobYaml>, now: string): RunJob {
    const environment = typeof job.environment === "string" ? { name: job.environment } : job.environment;
    const names = job.steps.map(
      (step) => step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${(step.run ?? "").split("\n")[0]}`),
    );
    return {
      id: this.gh.id(),
      key,
      name: job.name ?? key,
      needs: typeof job.needs === "string" ? [job.needs] : (job.needs ?? []),
      ...(job.if !== undefined ? { condition: String(job.if) } : {}),
      ...(environment ? { environment: environment.name } : {}),
      ...(environment?.url ? { environmentUrl: environment.url } : {}),
      status: "pending",
      conclusion: null,
      createdAt: now,
      startedAt: null,
      completedAt: null,
      steps: ["Set up job", ...names, "Complete job"].map((name, i) => ({
        number: i + 1,
        name,
        seconds: i === 0 ? 2 : name === "Complete job" ? 1 : stepSeconds(name),
        status: "queued",
        conclusion: null,
        startedAt: null,
        completedAt: null,
      })),
    };
  }

  private drive(repo: Repo, run: WorkflowRun): void {
    const key = `${run.id}:${run.attempt}`;
    if (this.driving.has(key)) return;
    this.driving.add(key);
    void this.driveRun(repo, run)
      .catch((error: unknown) => console.error(`GitHub stand-in: run ${run.id} stopped:`, error))
      .finally(() => this.driving.delete(key));
  }

  private async driveRun(repo: Repo, run: WorkflowRun): Promise<void> {
    if (run.status === "queued" && run.jobs.every((job) => job.status === "pending"))
      await this.emitRun(repo, run, "requested");
    const finished = new Map<string, Promise<Conclusion>>();
    const conclusionOf = (key: string) => finished.get(key) ?? Promise.resolve<Conclusion>("skipped");
    for (const job of run.jobs)
      finished.set(
        job.key,
        (async () => {
          const needs = await Promise.all(job.needs.map(conclusionOf));
          return await this.driveJob(repo, run, job, needs);
        })(),
      );
    const conclusions = await Promise.all([...finished.values()]);
    run.status = "completed";
    run.conclusion = run.cancelRequested
      ? "cancelled"
      : conclusions.some((conclusion) => conclusion === "failure")
        ? "failure"
        : conclusions.some((conclusion) => conclusion === "cancelled")
          ? "cancelled"
          : "success";
    run.updatedAt = this.gh.now();
    this.gh.save();
    await this.emitRun(repo, run, "completed");
  }

  private async driveJob(repo: Repo, run: WorkflowRun, job: RunJob, needs: Conclusion[]): Promise<Conclusion> {
    if (job.status === "completed") return job.conclusion;
    if (job.status === "pending") {
      const skip = run.cancelRequested
        ? "cancelled"
        : needs.some((conclusion) => conclusion !== "success") || !conditionHolds(job.condition, run.event)
          ? "skipped"
          : undefined;
      if (skip) return await this.finishJob(repo, run, job, skip);
      if (job.environment) {
        await this.deploy(repo, run, job);
        if (this.gh.hasGate(repo, job.environment)) {
          job.gate = "pending";
          job.status = "waiting";
          await this.setRunStatus(repo, run, "waiting");
          await this.emitJob(repo, run, job, "waiting");
          await this.deploymentStatus(repo, job, "waiting", "Waiting for the deployment protection rule");
          await this.gh.hooks.send({
            event: "deployment_protection_rule",
            payload: gatePayload(this.gh, repo, run, job),
          });
        }
      }
      if (job.status === "pending") {
        job.status = "queued";
        await this.emitJob(repo, run, job, "queued");
      }
    }
    if (job.status === "waiting") {
      await this.until(run, job, () => job.gate !== "pending");
      if (job.gate === "rejected") {
        await this.deploymentStatus(repo, job, "failure", `Rejected: ${job.gateComment ?? ""}`);
        return await this.finishJob(repo, run, job, "failure");
      }
      job.status = "queued";
      await this.emitJob(repo, run, job, "queued");
    }
    await this.gh.sleep(2000);
    if (run.cancelRequested) return await this.finishJob(repo, run, job, "cancelled");
    if (job.status === "queued") {
      job.status = "in_progress";
      job.startedAt = this.gh.now();
      await this.setRunStatus(repo, run, "in_progress");
      await this.emitJob(repo, run, job, "in_progress");
      if (job.deploymentId) await this.deploymentStatus(repo, job, "in_progress", "Deploying");
    }
    const failAt = this.takeFault(repo, "fail-job", job);
    let conclusion: Conclusion = "success";
    for (const step of job.steps) {
      if (step.status === "completed") continue;
      if (conclusion !== "success" || run.cancelRequested) {
        Object.assign(step, { status: "completed", conclusion: run.cancelRequested ? "cancelled" : "skipped" });
        continue;
      }
      step.status = "in_progress";
      step.startedAt = this.gh.now();
      const slow = this.takeFault(repo, "slow-step", job, step.name);
      await this.gh.sleep((step.seconds + (slow?.seconds ?? 0)) * 1000);
      const failed = failAt && (failAt.step ? failAt.step.test(step.name) : step.name === job.steps.at(-2)?.name);
      step.status = "completed";
      step.completedAt = this.gh.now();
      step.conclusion = failed ? "failure" : run.cancelRequested ? "cancelled" : "success";
      if (failed) conclusion = "failure";
      this.gh.save();
    }
    if (run.cancelRequested && conclusion === "success") conclusion = "cancelled";
    if (job.deploymentId)
      await this.deploymentStatus(
        repo,
        job,
        conclusion === "success" ? "success" : "failure",
        conclusion === "success" ? "Deployed" : `The deploy ${conclusion}`,
      );
    return await this.finishJob(repo, run, job, conclusion);
  }

  private async finishJob(repo: Repo, run: WorkflowRun, job: RunJob, conclusion: Conclusion): Promise<Conclusion> {
    const now = this.gh.now();
    job.status = "completed";
    job.conclusion = conclusion;
    job.startedAt ??= now;
    job.completedAt = now;
    for (const step of job.steps)
      if (step.status !== "completed")
        Object.assign(step, { status: "completed", conclusion: conclusion === "success" ? "success" : "skipped" });
    this.gh.save();
    await this.emitJob(repo, run, job, "completed");
    return conclusion;
  }

  private async deploy(repo: Repo, run: WorkflowRun, job: RunJob) {
    if (job.deploymentId) return;
    const now = this.gh.now();
    const deployment: StandInDeployment = {
      id: this.gh.id(),
      sha: run.headSha,
      ref: run.headBranch,
      environment: job.environment ?? "",
      createdAt: now,
      updatedAt: now,
      creator: run.actor,
      runId: run.id,
      runAttempt: run.attempt,
      statuses: [],
    };
    repo.deployments.push(deployment);
    job.deploymentId = deployment.id;
    this.gh.save();
    await this.gh.hooks.send({ event: "deployment", payload: deploymentPayload(this.gh, repo, run, deployment) });
  }

  private async deploymentStatus(repo: Repo, job: RunJob, state: string, description: string) {
    const deployment = repo.deployments.find((candidate) => candidate.id === job.deploymentId);
    if (!deployment) return;
    const now = this.gh.now();
    const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
    const status = {
      id: this.gh.id(),
      state,
      createdAt: now,
      description,
      environmentUrl: job.environmentUrl ?? "",
      logUrl: `${this.gh.base}/${fullName}/actions/runs/${deployment.runId}/job/${job.id}`,
    };
    deployment.statuses.push(status);
    deployment.updatedAt = now;
    this.gh.save();
    await this.gh.hooks.send({
      event: "deployment_status",
      payload: deploymentStatusPayload(this.gh, repo, deployment, status),
    });
    // A success makes the environment's earlier successful deployment inactive, as GitHub does (and says so).
    if (state !== "success") return;
    for (const listener of this.deployed)
      listener({ repository: fullName, environment: deployment.environment, sha: deployment.sha });
    for (const earlier of repo.deployments) {
      if (
        earlier.id === deployment.id ||
        earlier.environment !== deployment.environment ||
        earlier.statuses.at(-1)?.state !== "success"
      )
        continue;
      const inactive = { ...status, id: this.gh.id(), state: "inactive", description: "Replaced" };
      earlier.statuses.push(inactive);
      this.gh.save();
      await this.gh.hooks.send({
        event: "deployment_status",
        payload: deploymentStatusPayload(this.gh, repo, earlier, inactive),
      });
    }
  }

  private async setRunStatus(repo: Repo, run: WorkflowRun, status: "in_progress" | "waiting") {
    const next = status === "waiting" && run.jobs.some((job) => job.status === "in_progress") ? "in_progress" : status;
    if (run.status === next) return;
    const wasWaiting = run.status === "waiting";
    run.status = next;
    run.updatedAt = this.gh.now();
    this.gh.save();
    // GitHub's REST answer shows `waiting`; its webhooks never carry it (`workflow_run.in_progress` is
    // in_progress), so the run's delivery comes when it goes on — once.
    if (next === "in_progress" && !wasWaiting) await this.emitRun(repo, run, "in_progress");
  }

  private async emitRun(repo: Repo, run: WorkflowRun, action: "requested" | "in_progress" | "completed") {
    await this.gh.hooks.send({ event: "workflow_run", payload: runPayload(this.gh, repo, run, action) });
  }

  private async emitJob(repo: Repo, run: WorkflowRun, job: RunJob, action: string) {
    await this.gh.hooks.send({ event: "workflow_job", payload: jobPayload(this.gh, repo, run, job, action) });
  }

  private until(run: WorkflowRun, job: RunJob, done: () => boolean): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve) => {
      this.wakers.set(`${run.id}:${job.key}`, () => {
        if (!done()) return;
        this.wakers.delete(`${run.id}:${job.key}`);
        resolve();
      });
    });
  }

  private takeFault(repo: Repo, kind: Fault["kind"], job: RunJob, step?: string): Fault | undefined {
    const repository = `${repo.facts.owner.login}/${repo.facts.name}`.toLowerCase();
    const fault = this.faults.find(
      (candidate) =>
        candidate.kind === kind &&
        candidate.remaining > 0 &&
        candidate.repository === repository &&
        (candidate.job === undefined || candidate.job === job.key || candidate.job === job.name) &&
        (step === undefined || candidate.step?.test(step) === true),
    );
    if (fault) fault.remaining -= 1;
    return fault;
  }
}
