import type { PipelineRecord } from "./pipeline";

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
}

/** Which GitHub organisations a team has connected (the app's installation there). */
export interface InstallationStore {
  put(team: string, owner: string, installation: number, by: string, at: string): Promise<void>;
  ofTeam(team: string): Promise<{ owner: string; installation: number; by: string; at: string }[]>;
}
