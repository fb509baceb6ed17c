import { z } from "zod";
import { isPlinthError, StepError } from "../errors";
import { type StepHandlers, StepRunner } from "../step-dispatch";
import { GATED_ENVIRONMENTS } from "./gate";
import type { PipelineStatus } from "./pipeline";
import { PipelineFailures, PipelineStepContext, type PipelineStepDeps } from "./pipeline-step-context";
import { roleRequestInput } from "./roles";
import { pullRequestText } from "./setup-plan";

/**
 * The `PipelineSetup` workflow's steps. Each is safe to run twice (Lambda retries, a retry of the
 * pipeline): it reads what exists first — the role requests by their idempotency keys, the branch,
 * the file's content, the open pull request — and only makes what is missing.
 */
const subject = { pipelineId: z.string() };
const Failure = z.object({ Error: z.string(), Cause: z.string().optional() });
export const PipelineStepInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("render"), ...subject }),
  z.object({ action: z.literal("requestRoles"), ...subject }),
  z.object({ action: z.literal("checkRoles"), ...subject }),
  z.object({ action: z.literal("environments"), ...subject }),
  z.object({ action: z.literal("propose"), ...subject }),
  z.object({ action: z.literal("awaitMerge"), ...subject, taskToken: z.string() }),
  z.object({ action: z.literal("checkMerge"), ...subject }),
  z.object({ action: z.literal("failed"), ...subject, step: z.string(), error: Failure }),
  z.object({ action: z.literal("cleanup"), ...subject, outcome: z.enum(["CANCELLED", "CLOSED", "UPGRADE_CLOSED"]) }),
]);
type StepInput = z.output<typeof PipelineStepInput>;

const ENDED_BADLY = new Set(["FAILED", "ROLLED_BACK", "CANCELLED", "REJECTED", "EXPIRED", "DESTROYING", "DESTROYED"]);

const handlers: StepHandlers<StepInput, PipelineStepContext> = {
  /** The actionlint gate, again at run time, and the repository as GitHub describes it. */
  async render(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    const rendered = ctx.rendered(record);
    const findings = await ctx.deps.linter.lint(rendered.yaml, rendered.path);
    if (findings.length > 0)
      throw new StepError(
        "Plinth.LintFailed",
        `${ctx.deps.linter.tool}: ${findings.map((finding) => `line ${finding.line}: ${finding.message}`).join("; ")}`,
      );
    const repo = await ctx.deps.github.repository(record.installationId, record.repository);
    await ctx.save(
      record,
      {
        repository: { ...record.repository, cloneUrl: repo.cloneUrl, htmlUrl: repo.htmlUrl },
        change: { ...record.change, template: { ...record.change.template, contentHash: rendered.contentHash } },
      },
      "render",
      `rendered ${rendered.template.id} ${rendered.template.version}; ${ctx.deps.linter.tool}: no findings`,
    );
    return {};
  },

  /** One `github-deploy-role` request per environment, through the normal provisioning flow. */
  async requestRoles(ctx, step) {
    let record = await ctx.load(step.pipelineId);
    const service = await ctx.service(record);
    const roles = [...record.roles];
    for (const environment of record.environments) {
      const existing = roles.find((role) => role.environment === environment);
      if (existing) {
        const request = await ctx.deps.provisioning.get(existing.requestId, ctx.actor(record));
        if (request.status === "FAILED") {
          await ctx.deps.provisioning.retry(existing.requestId, ctx.actor(record));
          continue;
        }
        if (!ENDED_BADLY.has(request.status)) continue;
      }
      const { request } = await ctx.deps.provisioning.create(
        roleRequestInput(service, record.repository, environment, record.region, record.tags),
        ctx.actor(record),
        {
          idempotencyKey: `pipeline-${record.id}-${environment}-${record.attempt}`,
          correlationId: record.correlationId,
        },
      );
      const entry = { environment, requestId: request.id, status: request.status };
      const at = roles.findIndex((role) => role.environment === environment);
      if (at === -1) roles.push(entry);
      else roles[at] = entry;
    }
    record = await ctx.save(
      record,
      { roles },
      "roles",
      `deploy roles requested: ${roles.map((role) => `${role.environment} ${role.requestId}`).join(", ")}`,
    );
    return {};
  },

  /** Whether every role exists; a role request that ended without one fails the setup, naming it. */
  async checkRoles(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    const roles = await Promise.all(
      record.roles.map(async (role) => {
        const request = await ctx.deps.provisioning.get(role.requestId, ctx.actor(record));
        if (ENDED_BADLY.has(request.status))
          throw new StepError(
            "Plinth.RoleFailed",
            `the ${role.environment} deploy role (${role.requestId}) ended ${request.status}${request.failure ? `: ${request.failure.reason}` : ""}`,
          );
        return {
          ...role,
          status: request.status,
          ...(request.outputs.RoleArn ? { roleArn: request.outputs.RoleArn } : {}),
        };
      }),
    );
    const changed = roles.some((role, i) => role.status !== record.roles[i]?.status);
    if (changed) {
      const waiting = roles.filter((role) => role.status !== "SUCCEEDED");
      await ctx.save(
        record,
        { roles },
        "roles",
        waiting.length === 0
          ? "every deploy role exists"
          : `waiting for ${waiting.map((role) => `${role.environment} (${role.status === "AWAITING_APPROVAL" ? "awaits an approver" : role.status})`).join(", ")}`,
      );
    }
    return { ready: roles.every((role) => role.status === "SUCCEEDED") };
  },

  /** Each GitHub environment with its branch rule and its `AWS_ROLE_ARN` variable. */
  async environments(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    for (const role of record.roles) {
      await ctx.deps.github.putEnvironment(record.installationId, record.repository, role.environment, {
        protectedBranchesOnly: role.environment !== "dev",
        variables: { AWS_ROLE_ARN: role.roleArn ?? "" },
      });
      if (GATED_ENVIRONMENTS.has(role.environment))
        await ctx.deps.github.enableGate(record.installationId, record.repository, role.environment);
    }
    const gated = record.environments.filter((environment) => GATED_ENVIRONMENTS.has(environment));
    await ctx.save(
      record,
      {},
      "environments",
      `GitHub environments ${record.environments.join(", ")} set, each with its AWS_ROLE_ARN${gated.length > 0 ? `; ${gated.join(", ")} deploys wait for an approval in Plinth (the app's protection rule)` : ""}`,
    );
    return {};
  },

  /** The branch, one commit with the workflow file, and the pull request (each found before it is made). */
  async propose(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    const service = await ctx.service(record);
    const rendered = ctx.rendered(record);
    const { github } = ctx.deps;
    const repo = record.repository;
    const text = pullRequestText(service, rendered, record.change.kind, record.live);
    const base = await github.branchHead(record.installationId, repo, repo.defaultBranch);
    if (!base)
      throw new StepError("Plinth.NoDefaultBranch", `${repo.owner}/${repo.name} has no branch ${repo.defaultBranch}`);
    await github.createBranch(record.installationId, repo, text.branch, base);
    const existing = await github.readFile(record.installationId, repo, rendered.path, text.branch);
    let commit = record.change.commit;
    if (existing?.content !== rendered.yaml)
      commit = await github.writeFile(record.installationId, repo, {
        branch: text.branch,
        path: rendered.path,
        content: rendered.yaml,
        message: text.title,
        ...(existing ? { sha: existing.sha } : {}),
      });
    const pull =
      (await github.openPullFrom(record.installationId, repo, text.branch)) ??
      (await github.openPull(record.installationId, repo, {
        title: text.title,
        body: text.body,
        head: text.branch,
        base: repo.defaultBranch,
      }));
    const saved = await ctx.save(
      record,
      {
        status: record.change.kind === "setup" ? "AWAITING_MERGE" : "UPGRADING",
        change: {
          ...record.change,
          pullRequest: { number: pull.number, url: pull.url },
          ...(commit ? { commit } : {}),
        },
      },
      "pull-request",
      `pull request #${pull.number} opened: ${pull.url}`,
    );
    await ctx.publish(saved, "proposed", { kind: record.change.kind, pullRequest: pull.url });
    return {};
  },

  /** Keeps the wait's task token on the record: the `pull_request.closed` delivery answers it. */
  async awaitMerge(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    await ctx.save(record, { mergeToken: step.taskToken });
    return {};
  },

  /** open, merged (the pipeline is live) or closed (the caller cleans up). */
  async checkMerge(ctx, step) {
    const record = await ctx.withoutMergeToken(await ctx.load(step.pipelineId));
    const number = record.change.pullRequest?.number;
    if (number === undefined)
      throw new StepError("Plinth.NoPullRequest", `${record.id} has no pull request to wait for`);
    const pull = await ctx.deps.github.pull(record.installationId, record.repository, number);
    if (pull.state !== "merged") return { state: pull.state };
    const at = ctx.deps.clock.now().toISOString();
    const saved = await ctx.save(
      record,
      { status: "ACTIVE", live: { ...record.change.template, mergedAt: at, pullRequest: { number, url: pull.url } } },
      "merged",
      `#${number} merged: ${record.change.template.id} ${record.change.template.version} is live on ${record.repository.defaultBranch}`,
    );
    await ctx.deps.github.deleteBranch(record.installationId, record.repository, record.change.branch);
    await ctx.publish(saved, "activated", {
      template: record.change.template.id,
      version: record.change.template.version,
      commit: pull.mergeCommitSha ?? "",
    });
    return { state: "merged" };
  },

  failed: (ctx, step) => new PipelineFailures(ctx.deps).markFailed(step.pipelineId, step.step, step.error),

  /** Removes what the setup (or the upgrade) made: the pull request, the branch, the roles and environments. */
  async cleanup(ctx, step) {
    const record = await ctx.load(step.pipelineId);
    const { github } = ctx.deps;
    const removed: string[] = [];
    const pull = record.change.pullRequest;
    if (pull && (await github.pull(record.installationId, record.repository, pull.number)).state === "open") {
      await github.closePull(record.installationId, record.repository, pull.number);
      removed.push(`closed #${pull.number}`);
    }
    await github.deleteBranch(record.installationId, record.repository, record.change.branch);
    removed.push(`deleted ${record.change.branch}`);
    if (step.outcome !== "UPGRADE_CLOSED" && record.change.kind === "setup") {
      for (const role of record.roles) {
        const request = await ctx.deps.provisioning.get(role.requestId, ctx.actor(record));
        try {
          if (["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING"].includes(request.status))
            await ctx.deps.provisioning.cancel(role.requestId, ctx.actor(record));
          else if (["SUCCEEDED", "FAILED", "ROLLED_BACK"].includes(request.status))
            await ctx.deps.provisioning.destroy(role.requestId, ctx.actor(record));
          else continue;
        } catch (error) {
          // Moved on its own meanwhile (a concurrent cancel): nothing of ours to remove.
          if (!(isPlinthError(error) && error.code === "conflict")) throw error;
        }
        removed.push(`removing the ${role.environment} role (${role.requestId})`);
      }
      for (const environment of record.environments)
        await github.deleteEnvironment(record.installationId, record.repository, environment);
      removed.push(`deleted environments ${record.environments.join(", ")}`);
    }
    const status: PipelineStatus =
      record.change.kind === "upgrade"
        ? record.live
          ? "ACTIVE"
          : "FAILED"
        : step.outcome === "CLOSED"
          ? "CLOSED"
          : "CANCELLED";
    const why = step.outcome === "CANCELLED" ? "cancelled" : `#${pull?.number} was closed without merging`;
    const stay = record.change.kind === "upgrade" && record.live ? `; staying on ${record.live.version}` : "";
    await ctx.save(record, { status }, "cleanup", `${why}: ${removed.join(", ")}${stay}`);
    return {};
  },
};

export class PipelineSteps extends StepRunner<StepInput, PipelineStepContext> {
  constructor(deps: PipelineStepDeps) {
    super(PipelineStepInput, handlers, new PipelineStepContext(deps));
  }
}
