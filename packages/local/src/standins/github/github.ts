import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Clock } from "@plinth/core";
import { Hono } from "hono";
import { decodeJwt, importSPKI, jwtVerify } from "jose";
import { z } from "zod";
import { BareRepository, type GitAuthor } from "./git";
import { HookControl, hookRoutes, WebhookSender } from "./hooks";
import { repositoryRoutes } from "./repository-routes";
import { ActionsRunner, RunnerControl, type StandInDeployment, type WorkflowRun } from "./runner";
import {
  type Account,
  type EnvironmentFacts,
  error,
  type PullFacts,
  pullRequest,
  type RepositoryFacts,
  user,
} from "./shapes";
import { webRoutes } from "./web-routes";
import { pullClosedPayload } from "./webhook-payloads";

/**
 * GitHub, stand-in: one GitHub App, the organisations it is (or is not) installed on, and their
 * repositories as **real bare git repositories** served over git's smart HTTP (`git clone` works).
 *
 * Modelled, in GitHub's own REST shapes (validated against GitHub's OpenAPI description in tests):
 * the app JWT (RS256, `iss` = app id, at most 10 minutes long) for `/app…` routes; installation
 * tokens (`ghs_…`, one hour, scoped to the installation's organisation and permissions) everywhere
 * else; refs, file contents (a commit per write, the blob sha checked like GitHub's `sha`), pull
 * requests (open, close, merge with git's three-way merge), environments with wait timers and branch
 * policies. GitHub's refusal to let an app write `.github/workflows/*` without the `workflows`
 * permission is modelled. 401 / 403 / 404 / 409 / 422 answer with GitHub's bodies; a repository in
 * an organisation the token's installation does not cover is 404, as GitHub hides it.
 *
 * GitHub Actions runs the repositories' real workflow files (runner.ts: runs, jobs, deployments, the
 * app's custom deployment protection rules) and the app's webhook sends GitHub's signed deliveries
 * (hooks.ts), each payload in GitHub's published shape.
 *
 * Not modelled: checks, reviews, branch protection, users and teams, rate limits, pagination past one
 * page (the delivery log pages). Controls (`POST /_plinth/github`): merge or close a pull request as a
 * reviewer would, push a commit, install the app on an organisation, add a repository, fail the next
 * calls of a route with a status, fail or slow a job's step, drop, duplicate or reorder deliveries.
 */
const API = "/api/v3";
const APP_SLUG = "plinth";
const TOKEN_SECONDS = 3600;
const CLIENT_ID = "Iv1.plinthlocal";

export const Permissions = z.record(z.string(), z.enum(["read", "write", "admin"]));
export type Permissions = z.infer<typeof Permissions>;

/** What the Plinth GitHub App asks for (the README lists the same). */
export const appPermissions: Permissions = {
  contents: "write",
  workflows: "write",
  actions: "write",
  deployments: "write",
  environments: "write",
  administration: "read",
  pull_requests: "write",
  metadata: "read",
};

interface Installation {
  id: number;
  org: Account;
  permissions: Permissions;
  createdAt: string;
}

export interface Repo {
  facts: Omit<RepositoryFacts, "openPulls">;
  git: BareRepository;
  pulls: (Omit<PullFacts, "head" | "base" | "changedFiles" | "mergeable"> & { head: string; base: string })[];
  environments: (EnvironmentFacts & {
    variables: Record<string, { value: string; createdAt: string; updatedAt: string }>;
    /** Custom deployment protection rules: the apps that approve deployments to it. */
    customRules?: { id: number; appId: number }[];
  })[];
  runs: WorkflowRun[];
  deployments: StandInDeployment[];
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  remaining: number;
}

export const GitHubControl = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("merge"), repository: z.string(), number: z.number().int() }),
  z.strictObject({ action: z.literal("close"), repository: z.string(), number: z.number().int() }),
  z.strictObject({
    action: z.literal("install"),
    org: z.string(),
    permissions: Permissions.optional(),
  }),
  z.strictObject({ action: z.literal("uninstall"), org: z.string() }),
  ...RunnerControl.options,
  HookControl,
  z.strictObject({ action: z.literal("webhook"), url: z.url(), secret: z.string().min(1) }),
  z.strictObject({
    action: z.literal("create-repository"),
    repository: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/),
    files: z.record(z.string(), z.string()).optional(),
  }),
  z.strictObject({
    action: z.literal("fail"),
    method: z.string().default("*"),
    path: z.string().describe("a regular expression matched against the REST path, e.g. /environments/"),
    status: z.number().int().min(400).max(599),
    message: z.string().optional(),
    times: z.number().int().min(1).default(1),
  }),
]);
export type GitHubControl = z.input<typeof GitHubControl>;

export interface GitHubStandInOptions {
  /** Where the bare repositories live (a temporary directory, or the cloud's data directory). */
  directory: string;
  clock: Clock;
  /** Waits `ms` of the cloud's (scaled) time: how long the runner's steps take. Real time when absent. */
  sleep?: (ms: number) => Promise<void>;
}

export class GitHubStandIn {
  readonly appId = 1_000_001;
  readonly privateKey: string;
  private readonly publicKey: string;
  base = "http://127.0.0.1";
  private nextId = 10_000;
  readonly installations = new Map<string, Installation>();
  readonly repos = new Map<string, Repo>();
  readonly tokens = new Map<string, { installation: Installation; expiresAt: number; permissions: Permissions }>();
  private readonly faults: Fault[] = [];
  /** REST calls answered, by installation token or app JWT alike (what counts against GitHub's rate limits). */
  restCalls = 0;
  readonly bot: Account = { login: `${APP_SLUG}[bot]`, id: 9_000_001, type: "Bot" };
  readonly app = new Hono();
  /** The app's webhook (its URL and secret are set by the cloud, or the `webhook` control). */
  readonly hooks = new WebhookSender(this);
  readonly hookId = 1_000_101;
  readonly runner = new ActionsRunner(this);
  private closed = false;
  /** Status reports the app posted on a pending protection rule (a comment without a state). */
  readonly gateReports: { runId: number; environment: string; comment: string }[] = [];

  constructor(readonly options: GitHubStandInOptions) {
    mkdirSync(options.directory, { recursive: true });
    const keyFile = join(options.directory, "app-key.json");
    // GitHub hands out PKCS#1 PEM private keys; a durable cloud keeps its app's key across restarts.
    const saved = existsSync(keyFile)
      ? (JSON.parse(readFileSync(keyFile, "utf8")) as { privateKey: string; publicKey: string })
      : undefined;
    const pair =
      saved ??
      generateKeyPairSync("rsa", {
        modulusLength: 2048,
        privateKeyEncoding: { type: "pkcs1", format: "pem" },
        publicKeyEncoding: { type: "spki", format: "pem" },
      });
    if (!saved) writeFileSync(keyFile, JSON.stringify(pair), { mode: 0o600 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
    this.load();
    this.routes();
  }

  private get stateFile(): string {
    return join(this.options.directory, "state.json");
  }

  /**
   * Organisations, repositories' pull requests and environments are kept beside the repositories, so a
   * cloud started with PLINTH_DATA_DIR finds its GitHub as it left it (tokens are not: clients mint new ones).
   */
  save(): void {
    const state = {
      nextId: this.nextId,
      installations: [...this.installations.values()],
      repos: [...this.repos.entries()].map(([key, repo]) => ({
        key,
        facts: repo.facts,
        pulls: repo.pulls,
        environments: repo.environments,
        runs: repo.runs,
        deployments: repo.deployments,
      })),
    };
    writeFileSync(this.stateFile, JSON.stringify(state));
  }

  private load(): void {
    if (!existsSync(this.stateFile)) return;
    const state = JSON.parse(readFileSync(this.stateFile, "utf8")) as {
      nextId: number;
      installations: Installation[];
      repos: ({ key: string } & Omit<Repo, "git">)[];
    };
    this.nextId = state.nextId;
    for (const installation of state.installations)
      this.installations.set(installation.org.login.toLowerCase(), installation);
    for (const { key, ...repo } of state.repos)
      this.repos.set(key, {
        ...repo,
        runs: repo.runs ?? [],
        deployments: repo.deployments ?? [],
        git: new BareRepository(
          join(this.options.directory, "repos", repo.facts.owner.login, `${repo.facts.name}.git`),
        ),
      });
  }

  /** The origin it is served at: the API is `<url>/api/v3`, repositories `<url>/<owner>/<repo>(.git)`. */
  listening(url: string): void {
    this.base = url;
  }

  get apiUrl(): string {
    return `${this.base}${API}`;
  }

  now(): string {
    return new Date(this.options.clock.now().getTime()).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  author(): GitAuthor {
    return {
      name: this.bot.login,
      email: `${this.bot.id}+${this.bot.login}@users.noreply.github.com`,
      at: Math.floor(this.options.clock.now().getTime() / 1000),
    };
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** The installation's id on an organisation (throws when the app is not installed there). */
  installationOf(org: string): number {
    const installation = this.installations.get(org.toLowerCase());
    if (!installation) throw new Error(`the app is not installed on ${org}`);
    return installation.id;
  }

  install(org: string, permissions: Permissions = appPermissions): Installation {
    const existing = this.installations.get(org.toLowerCase());
    if (existing) {
      existing.permissions = permissions;
      return existing;
    }
    const installation: Installation = {
      id: this.id(),
      org: { login: org, id: this.id(), type: "Organization" },
      permissions,
      createdAt: this.now(),
    };
    this.installations.set(org.toLowerCase(), installation);
    this.save();
    return installation;
  }

  async createRepository(fullName: string, files: Record<string, string | Buffer> = {}): Promise<void> {
    const key = fullName.toLowerCase();
    if (this.repos.has(key)) return;
    const [owner = "", name = ""] = fullName.split("/");
    const org = this.installations.get(owner.toLowerCase())?.org ?? {
      login: owner,
      id: this.id(),
      type: "Organization" as const,
    };
    const gitDir = join(this.options.directory, "repos", owner, `${name}.git`);
    // A durable cloud's repository outlives a lost state file: adopt it rather than fail on its refs.
    const git = existsSync(gitDir)
      ? new BareRepository(gitDir)
      : await BareRepository.create(gitDir, "main", { "README.md": `# ${name}\n`, ...files }, this.author());
    const now = this.now();
    this.repos.set(key, {
      facts: {
        id: this.id(),
        owner: org,
        name,
        description: `${name} (GitHub stand-in)`,
        private: false,
        defaultBranch: "main",
        createdAt: now,
        updatedAt: now,
      },
      git,
      pulls: [],
      environments: [],
      runs: [],
      deployments: [],
    });
    this.save();
  }

  async sleep(ms: number): Promise<void> {
    await (this.options.sleep ? this.options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms)));
    // A stopped cloud's runs stop where they are (a durable cloud resumes them on its next start).
    if (this.closed) await new Promise(() => undefined);
  }

  /** Stops sending webhooks and moving runs. */
  close(): void {
    this.closed = true;
    this.hooks.url = undefined;
  }

  /** Whether deployments to the environment wait for the app's answer (its custom protection rule). */
  hasGate(repo: Repo, environment: string): boolean {
    const env = repo.environments.find((candidate) => candidate.name === environment);
    return (env?.customRules ?? []).some((rule) => rule.appId === this.appId);
  }

  async control(body: unknown): Promise<unknown> {
    try {
      return await this.apply(GitHubControl.parse(body));
    } finally {
      this.save();
    }
  }

  private async apply(command: z.output<typeof GitHubControl>): Promise<unknown> {
    switch (command.action) {
      case "install":
        return { installation: this.install(command.org, command.permissions).id };
      case "fail-job":
      case "slow-step":
      case "push":
        return await this.runner.control(command);
      case "deliveries":
        return this.hooks.control(command);
      case "webhook":
        this.hooks.configure(command.url, command.secret);
        return { url: command.url };
      case "uninstall":
        return { removed: this.installations.delete(command.org.toLowerCase()) };
      case "create-repository":
        await this.createRepository(command.repository, command.files);
        return { repository: command.repository };
      case "fail":
        this.faults.push({
          method: command.method.toUpperCase(),
          path: new RegExp(command.path),
          status: command.status,
          message:
            command.message ??
            (command.status === 403 ? "Resource not accessible by integration" : "Validation Failed"),
          remaining: command.times,
        });
        return { armed: this.faults.length };
      case "merge":
      case "close": {
        const repo = this.repos.get(command.repository.toLowerCase());
        const pull = repo?.pulls.find((candidate) => candidate.number === command.number);
        if (!repo || !pull) throw new Error(`no pull request ${command.repository}#${command.number}`);
        if (command.action === "close") return this.closePull(repo, pull);
        const merged = await this.mergePull(repo, pull, { login: "reviewer", id: 9_000_002, type: "User" });
        if (typeof merged === "string") throw new Error(merged);
        return merged;
      }
    }
  }

  inspect() {
    return {
      app: { id: this.appId, slug: APP_SLUG, api: this.apiUrl },
      installations: [...this.installations.values()].map((installation) => ({
        id: installation.id,
        org: installation.org.login,
        permissions: installation.permissions,
      })),
      repositories: [...this.repos.values()].map((repo) => ({
        fullName: `${repo.facts.owner.login}/${repo.facts.name}`,
        cloneUrl: `${this.base}/${repo.facts.owner.login}/${repo.facts.name}.git`,
        pulls: repo.pulls.map((pull) => ({
          number: pull.number,
          title: pull.title,
          state: pull.state,
          merged: pull.mergedAt !== null,
          head: pull.head,
          base: pull.base,
        })),
        environments: repo.environments.map((env) => ({
          name: env.name,
          protectedBranchesOnly: env.branchPolicy?.protected_branches === true,
          variables: Object.fromEntries(
            Object.entries(env.variables).map(([name, variable]) => [name, variable.value]),
          ),
        })),
        runs: repo.runs.map(({ id, path, attempt, status, conclusion, headSha, event, jobs }) => ({
          id,
          path,
          attempt,
          status,
          conclusion,
          headSha,
          event,
          jobs: jobs.map(({ key, status: jobStatus, conclusion: jobConclusion, environment, gate }) => ({
            key,
            status: jobStatus,
            conclusion: jobConclusion,
            ...(environment ? { environment } : {}),
            ...(gate ? { gate } : {}),
          })),
        })),
        deployments: repo.deployments.map(({ id, environment, sha, statuses }) => ({
          id,
          environment,
          sha,
          state: statuses.at(-1)?.state ?? "pending",
        })),
      })),
      webhook: { url: this.hooks.url ?? null, ...this.hooks.counts, attempts: this.hooks.attempts.length },
      gateReports: this.gateReports,
      faults: this.faults
        .filter((fault) => fault.remaining > 0)
        .map((fault) => ({
          method: fault.method,
          path: fault.path.source,
          status: fault.status,
          remaining: fault.remaining,
        })),
    };
  }

  closePull(repo: Repo, pull: Repo["pulls"][number]) {
    if (pull.state === "open") {
      pull.state = "closed";
      pull.closedAt = this.now();
      pull.updatedAt = pull.closedAt;
      void this.pullClosed(repo, pull, this.bot);
    }
    return { number: pull.number, state: pull.state };
  }

  private async pullClosed(repo: Repo, pull: Repo["pulls"][number], by: Account) {
    const facts = await this.pullFacts(repo, pull);
    await this.hooks.send({
      event: "pull_request",
      payload: pullClosedPayload(this, repo, pullRequest(this.base, this.repositoryFacts(repo), facts), by),
    });
  }

  async mergePull(repo: Repo, pull: Repo["pulls"][number], by: Account, expectedSha?: string) {
    if (pull.state !== "open") return "Pull Request is not mergeable";
    const headSha = await repo.git.resolve(`refs/heads/${pull.head}`);
    if (!headSha) return "Pull Request is not mergeable";
    if (expectedSha && expectedSha !== headSha)
      return "conflict:Head branch was modified. Review and try the merge again.";
    const commit = await repo.git.merge(
      pull.base,
      `refs/heads/${pull.head}`,
      `Merge pull request #${pull.number} from ${repo.facts.owner.login}/${pull.head}\n\n${pull.title}`,
      this.author(),
    );
    if (commit === "conflict") return "Pull Request is not mergeable";
    const now = this.now();
    Object.assign(pull, {
      state: "closed",
      mergedAt: now,
      closedAt: now,
      updatedAt: now,
      mergeCommitSha: commit,
      mergedBy: by,
    });
    repo.facts.updatedAt = now;
    this.save();
    // What GitHub does next: the pull request's webhook, then the push to the base branch runs its workflows.
    await this.pullClosed(repo, pull, by);
    await this.runner.pushed(repo, pull.base, commit, by.login);
    return { sha: commit, merged: true, message: "Pull Request successfully merged" };
  }

  async pullFacts(repo: Repo, pull: Repo["pulls"][number]): Promise<PullFacts> {
    const headSha = (await repo.git.resolve(`refs/heads/${pull.head}`)) ?? pull.mergeCommitSha ?? "";
    const baseSha = (await repo.git.resolve(`refs/heads/${pull.base}`)) ?? "";
    const changed = headSha && baseSha ? await repo.git.changedFiles(baseSha, headSha).catch(() => []) : [];
    return {
      ...pull,
      head: { ref: pull.head, sha: headSha },
      base: { ref: pull.base, sha: baseSha },
      changedFiles: changed.length,
      mergeable: pull.state === "open" ? true : null,
    };
  }

  repositoryFacts(repo: Repo): RepositoryFacts {
    return { ...repo.facts, openPulls: repo.pulls.filter((pull) => pull.state === "open").length };
  }

  /** The app's JWT, as GitHub checks it: RS256 by the app's key, `iss` the app id, at most 10 minutes. */
  private async appAuthenticated(request: Request): Promise<Response | undefined> {
    const token = /^Bearer (.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!token) return error(401, "Requires authentication");
    try {
      const claims = decodeJwt(token);
      if (typeof claims.iat === "number" && typeof claims.exp === "number" && claims.exp - claims.iat > 600)
        return error(401, "'Expiration time' claim ('exp') is too far in the future");
      const key = await importSPKI(this.publicKey, "RS256");
      const { payload } = await jwtVerify(token, key, { algorithms: ["RS256"], clockTolerance: 60 });
      // GitHub takes the app id as a number or a string (or the app's client id) in `iss`.
      if (![String(this.appId), CLIENT_ID].includes(String(payload.iss))) return error(401, "Integration not found");
      return undefined;
    } catch {
      return error(401, "A JSON web token could not be decoded");
    }
  }

  /** An installation token for `owner`'s installation, or GitHub's answer when there is none. */
  tokenFor(request: Request, owner: string) {
    const header = request.headers.get("authorization") ?? "";
    const token = /^(?:token|Bearer) (ghs_\w+)$/i.exec(header)?.[1];
    const grant = token ? this.tokens.get(token) : undefined;
    if (!grant || grant.expiresAt <= Date.now()) return { denied: error(401, "Bad credentials") };
    if (
      grant.installation.org.login.toLowerCase() !== owner.toLowerCase() ||
      !this.installations.has(owner.toLowerCase())
    )
      return { denied: error(404, "Not Found") };
    return { grant };
  }

  can(grant: { permissions: Permissions }, permission: string, level: "read" | "write"): boolean {
    const held = grant.permissions[permission];
    return held === "write" || held === "admin" || (level === "read" && held === "read");
  }

  private routes(): void {
    const app = this.app;
    app.use(`${API}/*`, async (c, next) => {
      this.restCalls += 1;
      const path = c.req.path.slice(API.length);
      const fault = this.faults.find(
        (candidate) =>
          candidate.remaining > 0 &&
          (candidate.method === "*" || candidate.method === c.req.method) &&
          candidate.path.test(path),
      );
      if (fault) {
        fault.remaining -= 1;
        return error(fault.status, fault.message);
      }
      await next();
      if (c.req.method !== "GET") this.save();
    });

    app.get(`${API}/app`, async (c) => {
      const denied = await this.appAuthenticated(c.req.raw);
      if (denied) return denied;
      const owner = { login: "plinth-platform", id: 9_000_000, type: "Organization" as const };
      const now = this.now();
      return c.json({
        id: this.appId,
        slug: APP_SLUG,
        client_id: CLIENT_ID,
        node_id: "A_plinth",
        owner: user(this.base, owner),
        name: "Plinth",
        description: "Plinth's internal developer platform (local stand-in)",
        external_url: this.base,
        html_url: `${this.base}/apps/${APP_SLUG}`,
        created_at: now,
        updated_at: now,
        permissions: appPermissions,
        events: [
          "workflow_run",
          "workflow_job",
          "deployment",
          "deployment_status",
          "deployment_protection_rule",
          "pull_request",
        ],
        installations_count: this.installations.size,
      });
    });

    app.get(`${API}/orgs/:org/installation`, async (c) => {
      const denied = await this.appAuthenticated(c.req.raw);
      if (denied) return denied;
      const installation = this.installations.get(c.req.param("org").toLowerCase());
      if (!installation) return error(404, "Not Found");
      return c.json(this.installationJson(installation));
    });

    app.post(`${API}/app/installations/:id/access_tokens`, async (c) => {
      const denied = await this.appAuthenticated(c.req.raw);
      if (denied) return denied;
      const installation = [...this.installations.values()].find(
        (candidate) => String(candidate.id) === c.req.param("id"),
      );
      if (!installation) return error(404, "Not Found");
      const body = (await c.req.json().catch(() => ({}))) as { permissions?: Permissions };
      const requested = body.permissions ?? installation.permissions;
      for (const [name, level] of Object.entries(requested)) {
        const held = installation.permissions[name];
        if (!held || (level !== "read" && held === "read"))
          return error(422, `The permissions requested are not granted to this installation.`);
      }
      const token = `ghs_${randomBytes(27)
        .toString("base64url")
        .replace(/[^A-Za-z0-9]/g, "x")
        .slice(0, 36)}`;
      // Credentials live in wall-clock time (the SDK signs and caches them by it), even in a time-scaled cloud.
      const expiresAt = Date.now() + TOKEN_SECONDS * 1000;
      this.tokens.set(token, { installation, expiresAt, permissions: requested });
      return c.json(
        {
          token,
          expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
          permissions: requested,
          repository_selection: "all",
        },
        201,
      );
    });

    hookRoutes(this, app, (request) => this.appAuthenticated(request));
    repositoryRoutes(this, app);

    app.all(`${API}/*`, () => error(404, "Not Found"));

    webRoutes(this, app);
  }

  private installationJson(installation: Installation) {
    return {
      id: installation.id,
      account: user(this.base, installation.org),
      repository_selection: "all",
      access_tokens_url: `${this.apiUrl}/app/installations/${installation.id}/access_tokens`,
      repositories_url: `${this.apiUrl}/installation/repositories`,
      html_url: `${this.base}/organizations/${installation.org.login}/settings/installations/${installation.id}`,
      app_id: this.appId,
      app_slug: APP_SLUG,
      target_id: installation.org.id,
      target_type: "Organization",
      permissions: installation.permissions,
      events: ["workflow_run", "deployment_status", "pull_request"],
      created_at: installation.createdAt,
      updated_at: installation.createdAt,
      single_file_name: null,
      suspended_by: null,
      suspended_at: null,
    };
  }

  refJson(repo: Repo, ref: string, sha: string) {
    const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
    return {
      ref,
      node_id: Buffer.from(`REF_${fullName}:${ref}`).toString("base64"),
      url: `${this.apiUrl}/repos/${fullName}/git/${ref}`,
      object: { type: "commit", sha, url: `${this.apiUrl}/repos/${fullName}/git/commits/${sha}` },
    };
  }

  contentJson(repo: Repo, path: string, sha: string, size: number, ref: string) {
    const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
    const self = `${this.apiUrl}/repos/${fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const git = `${this.apiUrl}/repos/${fullName}/git/blobs/${sha}`;
    const html = `${this.base}/${fullName}/blob/${ref}/${path}`;
    return {
      name: path.split("/").at(-1) ?? path,
      path,
      sha,
      size,
      url: self,
      html_url: html,
      git_url: git,
      download_url: `${this.base}/${fullName}/raw/${ref}/${path}`,
      type: "file",
      _links: { self, git, html },
    };
  }
}
