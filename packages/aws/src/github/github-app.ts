import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { Delivery as DeliveryDomain } from "@plinth/core";

type RepositoryRef = DeliveryDomain.RepositoryRef;
type PullRequestState = DeliveryDomain.PullRequestState;

export interface GitHubAppConfig {
  appId: string;
  /** The app's private key (PEM, PKCS#1 as GitHub hands it out, or PKCS#8). */
  privateKey: string;
  /** https://api.github.com, or a GitHub Enterprise Server's (and the local stand-in's) `<host>/api/v3`. */
  baseUrl: string;
}

interface OctokitError {
  status: number;
  message: string;
  response?: { data?: { message?: string } };
}
const isOctokitError = (error: unknown): error is OctokitError =>
  typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";

/** Pages of 100 the redelivery sweep reads at most per run. */
const HOOK_DELIVERY_PAGES = 10;

/**
 * The Plinth GitHub App through Octokit: `@octokit/auth-app` signs the app's JWT for the `/app…` and
 * installation-lookup routes and mints (and caches, per installation, until shortly before expiry)
 * installation tokens for everything else. Every failure becomes a `GitHubCallFailed` naming the
 * call; "already exists" and "already gone" answers are successes, so each step may run twice.
 */
export class OctokitGitHubApp implements DeliveryDomain.GitHubApp {
  private readonly app: Octokit;
  private readonly installations = new Map<number, Octokit>();

  constructor(private readonly config: GitHubAppConfig) {
    this.app = new Octokit({
      authStrategy: createAppAuth,
      auth: { appId: config.appId, privateKey: config.privateKey },
      baseUrl: config.baseUrl,
    });
  }

  private as(installation: number): Octokit {
    let client = this.installations.get(installation);
    if (!client) {
      client = new Octokit({
        authStrategy: createAppAuth,
        auth: { appId: this.config.appId, privateKey: this.config.privateKey, installationId: installation },
        baseUrl: this.config.baseUrl,
      });
      this.installations.set(installation, client);
    }
    return client;
  }

  /** Runs one call; `tolerate` lists statuses that mean "already so" (answered as undefined). */
  private async call<T>(name: string, run: () => Promise<T>, tolerate: number[] = []): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      if (isOctokitError(error)) {
        if (tolerate.includes(error.status)) return undefined;
        throw new DeliveryDomain.GitHubCallFailed(name, error.status, error.response?.data?.message ?? error.message);
      }
      throw error;
    }
  }

  async installationFor(owner: string): Promise<number | undefined> {
    const found = await this.call(
      `GET /orgs/${owner}/installation`,
      () => this.app.request("GET /orgs/{org}/installation", { org: owner }),
      [404],
    );
    return found?.data.id;
  }

  async repository(installation: number, repo: RepositoryRef) {
    const { data } = (await this.call(`GET /repos/${repo.owner}/${repo.name}`, () =>
      this.as(installation).request("GET /repos/{owner}/{repo}", { owner: repo.owner, repo: repo.name }),
    )) as { data: { default_branch: string; clone_url: string; html_url: string } };
    return { defaultBranch: data.default_branch, cloneUrl: data.clone_url, htmlUrl: data.html_url };
  }

  async branchHead(installation: number, repo: RepositoryRef, branch: string) {
    const found = await this.call(
      `GET /repos/${repo.owner}/${repo.name}/git/ref/heads/${branch}`,
      () =>
        this.as(installation).request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
          owner: repo.owner,
          repo: repo.name,
          ref: `heads/${branch}`,
        }),
      [404],
    );
    return found?.data.object.sha;
  }

  async createBranch(installation: number, repo: RepositoryRef, branch: string, sha: string) {
    if (await this.branchHead(installation, repo, branch)) return;
    await this.call(`POST /repos/${repo.owner}/${repo.name}/git/refs`, () =>
      this.as(installation).request("POST /repos/{owner}/{repo}/git/refs", {
        owner: repo.owner,
        repo: repo.name,
        ref: `refs/heads/${branch}`,
        sha,
      }),
    );
  }

  async deleteBranch(installation: number, repo: RepositoryRef, branch: string) {
    await this.call(
      `DELETE /repos/${repo.owner}/${repo.name}/git/refs/heads/${branch}`,
      () =>
        this.as(installation).request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", {
          owner: repo.owner,
          repo: repo.name,
          ref: `heads/${branch}`,
        }),
      [404, 422],
    );
  }

  async readFile(installation: number, repo: RepositoryRef, path: string, ref: string) {
    const data = (await this.contents(installation, repo, path, ref)) as
      | { type?: string; content?: string; sha?: string }
      | undefined;
    if (data?.type !== "file" || data.content === undefined || !data.sha) return undefined;
    return { content: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
  }

  async listFiles(installation: number, repo: RepositoryRef, path: string, ref: string) {
    const entries = await this.contents(installation, repo, path, ref);
    if (!Array.isArray(entries)) return [];
    return entries.filter((entry) => entry.type === "file").map((entry) => entry.path);
  }

  /** GitHub's contents API at `ref`: a file (with its content), a folder's entries, or undefined (404). */
  private async contents(installation: number, repo: RepositoryRef, path: string, ref: string) {
    const found = await this.call(
      `GET /repos/${repo.owner}/${repo.name}/contents/${path}`,
      () =>
        this.as(installation).request("GET /repos/{owner}/{repo}/contents/{path}", {
          owner: repo.owner,
          repo: repo.name,
          path,
          ref,
        }),
      [404],
    );
    return found?.data;
  }

  async writeFile(
    installation: number,
    repo: RepositoryRef,
    file: { branch: string; path: string; content: string; message: string; sha?: string },
  ) {
    const written = await this.call(`PUT /repos/${repo.owner}/${repo.name}/contents/${file.path}`, () =>
      this.as(installation).request("PUT /repos/{owner}/{repo}/contents/{path}", {
        owner: repo.owner,
        repo: repo.name,
        path: file.path,
        branch: file.branch,
        message: file.message,
        content: Buffer.from(file.content).toString("base64"),
        ...(file.sha ? { sha: file.sha } : {}),
      }),
    );
    return written?.data.commit.sha ?? "";
  }

  private pullState(data: {
    number: number;
    html_url: string;
    state: string;
    merged_at: string | null;
    merge_commit_sha: string | null;
  }): PullRequestState {
    return {
      number: data.number,
      url: data.html_url,
      state: data.merged_at ? "merged" : data.state === "open" ? "open" : "closed",
      ...(data.merged_at && data.merge_commit_sha ? { mergeCommitSha: data.merge_commit_sha } : {}),
    };
  }

  async openPullFrom(installation: number, repo: RepositoryRef, branch: string) {
    const found = await this.call(`GET /repos/${repo.owner}/${repo.name}/pulls`, () =>
      this.as(installation).request("GET /repos/{owner}/{repo}/pulls", {
        owner: repo.owner,
        repo: repo.name,
        state: "open",
        head: `${repo.owner}:${branch}`,
      }),
    );
    const first = found?.data[0];
    return first ? this.pullState(first) : undefined;
  }

  async openPull(
    installation: number,
    repo: RepositoryRef,
    pull: { title: string; body: string; head: string; base: string },
  ) {
    const created = await this.call(`POST /repos/${repo.owner}/${repo.name}/pulls`, () =>
      this.as(installation).request("POST /repos/{owner}/{repo}/pulls", {
        owner: repo.owner,
        repo: repo.name,
        ...pull,
      }),
    );
    return this.pullState(created?.data as Parameters<OctokitGitHubApp["pullState"]>[0]);
  }

  async pull(installation: number, repo: RepositoryRef, number: number) {
    const found = await this.call(`GET /repos/${repo.owner}/${repo.name}/pulls/${number}`, () =>
      this.as(installation).request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
        owner: repo.owner,
        repo: repo.name,
        pull_number: number,
      }),
    );
    return this.pullState(found?.data as Parameters<OctokitGitHubApp["pullState"]>[0]);
  }

  async closePull(installation: number, repo: RepositoryRef, number: number) {
    await this.call(`PATCH /repos/${repo.owner}/${repo.name}/pulls/${number}`, () =>
      this.as(installation).request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
        owner: repo.owner,
        repo: repo.name,
        pull_number: number,
        state: "closed",
      }),
    );
  }

  async putEnvironment(
    installation: number,
    repo: RepositoryRef,
    name: string,
    settings: { protectedBranchesOnly: boolean; variables: Record<string, string> },
  ) {
    const client = this.as(installation);
    await this.call(`PUT /repos/${repo.owner}/${repo.name}/environments/${name}`, () =>
      client.request("PUT /repos/{owner}/{repo}/environments/{environment_name}", {
        owner: repo.owner,
        repo: repo.name,
        environment_name: name,
        deployment_branch_policy: settings.protectedBranchesOnly
          ? { protected_branches: true, custom_branch_policies: false }
          : null,
      }),
    );
    for (const [variable, value] of Object.entries(settings.variables)) {
      const path = `/repos/${repo.owner}/${repo.name}/environments/${name}/variables`;
      const exists = await this.call(
        `GET ${path}/${variable}`,
        () =>
          client.request("GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", {
            owner: repo.owner,
            repo: repo.name,
            environment_name: name,
            name: variable,
          }),
        [404],
      );
      if (exists)
        await this.call(`PATCH ${path}/${variable}`, () =>
          client.request("PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", {
            owner: repo.owner,
            repo: repo.name,
            environment_name: name,
            name: variable,
            value,
          }),
        );
      else
        await this.call(`POST ${path}`, () =>
          client.request("POST /repos/{owner}/{repo}/environments/{environment_name}/variables", {
            owner: repo.owner,
            repo: repo.name,
            environment_name: name,
            name: variable,
            value,
          }),
        );
    }
  }

  async deleteEnvironment(installation: number, repo: RepositoryRef, name: string) {
    await this.call(
      `DELETE /repos/${repo.owner}/${repo.name}/environments/${name}`,
      () =>
        this.as(installation).request("DELETE /repos/{owner}/{repo}/environments/{environment_name}", {
          owner: repo.owner,
          repo: repo.name,
          environment_name: name,
        }),
      [404],
    );
  }

  async enableGate(installation: number, repo: RepositoryRef, environment: string) {
    const path = `/repos/${repo.owner}/${repo.name}/environments/${environment}/deployment_protection_rules`;
    const client = this.as(installation);
    const { data } = (await this.call(`GET ${path}`, () =>
      client.request("GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", {
        owner: repo.owner,
        repo: repo.name,
        environment_name: environment,
      }),
    )) as { data: { custom_deployment_protection_rules?: { app: { id: number } }[] } };
    if ((data.custom_deployment_protection_rules ?? []).some((rule) => String(rule.app.id) === this.config.appId))
      return;
    await this.call(`POST ${path}`, () =>
      client.request("POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", {
        owner: repo.owner,
        repo: repo.name,
        environment_name: environment,
        integration_id: Number(this.config.appId),
      }),
    );
  }

  async dispatch(installation: number, repo: RepositoryRef, workflowFile: string, ref: string) {
    const answer = await this.call(
      `POST /repos/${repo.owner}/${repo.name}/actions/workflows/${workflowFile}/dispatches`,
      () =>
        this.as(installation).request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", {
          owner: repo.owner,
          repo: repo.name,
          workflow_id: workflowFile,
          ref,
          // GitHub answers the run it made (200) instead of 204 — the only way to follow *this* run.
          return_run_details: true,
        } as never),
    );
    const runId = (answer?.data as { workflow_run_id?: unknown } | undefined)?.workflow_run_id;
    if (typeof runId !== "number")
      throw new DeliveryDomain.GitHubCallFailed(
        `POST /repos/${repo.owner}/${repo.name}/actions/workflows/${workflowFile}/dispatches`,
        204,
        "no run details in the answer (this GitHub does not support return_run_details)",
      );
    return { runId };
  }

  async workflowRun(installation: number, repo: RepositoryRef, runId: number) {
    const answer = await this.call(`GET /repos/${repo.owner}/${repo.name}/actions/runs/${runId}`, () =>
      this.as(installation).request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
        owner: repo.owner,
        repo: repo.name,
        run_id: runId,
      }),
    );
    return DeliveryDomain.runFactFromRest(answer?.data as unknown as Record<string, unknown>);
  }

  async rerunFailedJobs(installation: number, repo: RepositoryRef, runId: number) {
    await this.call(`POST /repos/${repo.owner}/${repo.name}/actions/runs/${runId}/rerun-failed-jobs`, () =>
      this.as(installation).request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", {
        owner: repo.owner,
        repo: repo.name,
        run_id: runId,
      }),
    );
  }

  async rerunJob(installation: number, repo: RepositoryRef, jobId: number) {
    await this.call(`POST /repos/${repo.owner}/${repo.name}/actions/jobs/${jobId}/rerun`, () =>
      this.as(installation).request("POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun", {
        owner: repo.owner,
        repo: repo.name,
        job_id: jobId,
      }),
    );
  }

  async cancelRun(installation: number, repo: RepositoryRef, runId: number) {
    await this.call(
      `POST /repos/${repo.owner}/${repo.name}/actions/runs/${runId}/cancel`,
      () =>
        this.as(installation).request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel", {
          owner: repo.owner,
          repo: repo.name,
          run_id: runId,
        }),
      // 409: it completed meanwhile — nothing left to cancel.
      [409],
    );
  }

  async reviewGate(
    installation: number,
    repo: RepositoryRef,
    runId: number,
    review: { environment: string; state?: "approved" | "rejected"; comment: string },
  ) {
    await this.call(`POST /repos/${repo.owner}/${repo.name}/actions/runs/${runId}/deployment_protection_rule`, () =>
      this.as(installation).request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", {
        owner: repo.owner,
        repo: repo.name,
        run_id: runId,
        environment_name: review.environment,
        comment: review.comment,
        ...(review.state ? { state: review.state } : {}),
      } as never),
    );
  }

  async hookDeliveries(since: string) {
    const attempts: DeliveryDomain.HookDeliveryAttempt[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < HOOK_DELIVERY_PAGES; page++) {
      const answer = await this.call("GET /app/hook/deliveries", () =>
        this.app.request("GET /app/hook/deliveries", { per_page: 100, ...(cursor ? { cursor } : {}) }),
      );
      const items = (answer?.data ?? []) as {
        id: number;
        guid: string;
        delivered_at: string;
        status_code: number;
        redelivery: boolean;
        event: string;
      }[];
      for (const item of items) {
        if (item.delivered_at < since) return attempts;
        attempts.push({
          id: item.id,
          guid: item.guid,
          deliveredAt: item.delivered_at,
          statusCode: item.status_code,
          redelivery: item.redelivery,
          event: item.event,
        });
      }
      // GitHub pages this list by cursor, in the Link header's `next`.
      cursor = /[?&]cursor=([^&>]+)[^>]*>;\s*rel="next"/.exec(String(answer?.headers.link ?? ""))?.[1];
      if (!cursor) break;
    }
    return attempts;
  }

  async redeliver(attemptId: number) {
    await this.call(`POST /app/hook/deliveries/${attemptId}/attempts`, () =>
      this.app.request("POST /app/hook/deliveries/{delivery_id}/attempts", { delivery_id: attemptId }),
    );
  }
}
