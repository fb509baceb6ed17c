/**
 * GitHub's REST objects, built in GitHub's own shapes (the fields its OpenAPI description requires;
 * the stand-in's tests validate every answer against that description). `base` is the stand-in's
 * origin: the API lives under `<base>/api/v3` and the web and git under `<base>/<owner>/<repo>`, as
 * on GitHub Enterprise Server.
 */
type Json = Record<string, unknown>;

export interface Account {
  login: string;
  id: number;
  type: "Organization" | "User" | "Bot";
}

const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}${id}`).toString("base64");

export function user(base: string, account: Account): Json {
  const login = encodeURIComponent(account.login);
  const api = `${base}/api/v3/users/${login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId("U_", account.id),
    avatar_url: `${base}/avatars/${login}`,
    gravatar_id: "",
    url: api,
    html_url: `${base}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

export interface RepositoryFacts {
  id: number;
  owner: Account;
  name: string;
  description: string;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  openPulls: number;
}

const repositoryUrlTemplates: Record<string, string> = {
  archive_url: "/{archive_format}{/ref}",
  assignees_url: "/assignees{/user}",
  blobs_url: "/git/blobs{/sha}",
  branches_url: "/branches{/branch}",
  collaborators_url: "/collaborators{/collaborator}",
  comments_url: "/comments{/number}",
  commits_url: "/commits{/sha}",
  compare_url: "/compare/{base}...{head}",
  contents_url: "/contents/{+path}",
  contributors_url: "/contributors",
  deployments_url: "/deployments",
  downloads_url: "/downloads",
  events_url: "/events",
  forks_url: "/forks",
  git_commits_url: "/git/commits{/sha}",
  git_refs_url: "/git/refs{/sha}",
  git_tags_url: "/git/tags{/sha}",
  hooks_url: "/hooks",
  issue_comment_url: "/issues/comments{/number}",
  issue_events_url: "/issues/events{/number}",
  issues_url: "/issues{/number}",
  keys_url: "/keys{/key_id}",
  labels_url: "/labels{/name}",
  languages_url: "/languages",
  merges_url: "/merges",
  milestones_url: "/milestones{/number}",
  notifications_url: "/notifications{?since,all,participating}",
  pulls_url: "/pulls{/number}",
  releases_url: "/releases{/id}",
  stargazers_url: "/stargazers",
  statuses_url: "/statuses/{sha}",
  subscribers_url: "/subscribers",
  subscription_url: "/subscription",
  tags_url: "/tags",
  teams_url: "/teams",
  trees_url: "/git/trees{/sha}",
};

/** `repository` (and, with `full`, `full-repository`). */
export function repository(base: string, facts: RepositoryFacts, full = false): Json {
  const fullName = `${facts.owner.login}/${facts.name}`;
  const api = `${base}/api/v3/repos/${fullName}`;
  const urls = Object.fromEntries(Object.entries(repositoryUrlTemplates).map(([key, tail]) => [key, `${api}${tail}`]));
  const host = new URL(base).host;
  return {
    id: facts.id,
    node_id: nodeId("R_", facts.id),
    name: facts.name,
    full_name: fullName,
    owner: user(base, facts.owner),
    private: facts.private,
    visibility: facts.private ? "private" : "public",
    html_url: `${base}/${fullName}`,
    description: facts.description,
    fork: false,
    url: api,
    ...urls,
    clone_url: `${base}/${fullName}.git`,
    git_url: `git://${host}/${fullName}.git`,
    ssh_url: `git@${host}:${fullName}.git`,
    svn_url: `${base}/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: "TypeScript",
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 1,
    default_branch: facts.defaultBranch,
    open_issues: facts.openPulls,
    open_issues_count: facts.openPulls,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: facts.updatedAt,
    created_at: facts.createdAt,
    updated_at: facts.updatedAt,
    allow_merge_commit: true,
    allow_squash_merge: true,
    allow_rebase_merge: true,
    ...(full ? { network_count: 0, subscribers_count: 0 } : {}),
  };
}

export interface PullFacts {
  id: number;
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  author: Account;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: Account | null;
  changedFiles: number;
  mergeable: boolean | null;
}

/** `pull-request-simple`, or with `full` the `pull-request` GitHub answers for one pull request. */
export function pullRequest(base: string, repo: RepositoryFacts, pull: PullFacts, full = true): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const api = `${base}/api/v3/repos/${fullName}`;
  const html = `${base}/${fullName}/pull/${pull.number}`;
  const end = (side: { ref: string; sha: string }) => ({
    label: `${repo.owner.login}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: user(base, repo.owner),
    repo: repository(base, repo),
  });
  const simple: Json = {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId("PR_", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: user(base, pull.author),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: end(pull.head),
    base: end(pull.base),
    _links: {
      self: { href: `${api}/pulls/${pull.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/pulls/${pull.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pull.number}/commits` },
      statuses: { href: `${api}/statuses/${pull.head.sha}` },
    },
    author_association: "NONE",
    auto_merge: null,
    draft: false,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: pull.mergedAt !== null,
    mergeable: pull.mergeable,
    rebaseable: pull.mergeable,
    mergeable_state: pull.state === "closed" ? "unknown" : pull.mergeable ? "clean" : "dirty",
    merged_by: pull.mergedBy ? user(base, pull.mergedBy) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: pull.changedFiles,
  };
}

export interface EnvironmentFacts {
  id: number;
  name: string;
  waitTimer: number;
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  createdAt: string;
  updatedAt: string;
}

export function environment(base: string, repo: RepositoryFacts, env: EnvironmentFacts): Json {
  const fullName = `${repo.owner.login}/${repo.name}`;
  const rules: Json[] = [];
  if (env.waitTimer > 0)
    rules.push({
      id: env.id * 10 + 1,
      node_id: nodeId("GA_", env.id * 10 + 1),
      type: "wait_timer",
      wait_timer: env.waitTimer,
    });
  if (env.branchPolicy)
    rules.push({ id: env.id * 10 + 2, node_id: nodeId("GA_", env.id * 10 + 2), type: "branch_policy" });
  return {
    id: env.id,
    node_id: nodeId("EN_", env.id),
    name: env.name,
    url: `${base}/api/v3/repos/${fullName}/environments/${encodeURIComponent(env.name)}`,
    html_url: `${base}/${fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
    created_at: env.createdAt,
    updated_at: env.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: env.branchPolicy,
  };
}

export const documentation = "https://docs.github.com/rest";

export function error(status: number, message: string, more: Json = {}): Response {
  return Response.json({ message, documentation_url: documentation, status: String(status), ...more }, { status });
}
