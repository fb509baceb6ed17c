import type { Hono } from "hono";
import { z } from "zod";
import type { GitHubStandIn, Permissions, Repo } from "./github";
import { environment, error, pullRequest } from "./shapes";

const API = "/api/v3";

/** Pull requests, environments and their variables: the GitHub stand-in's REST routes for them. */
export function pullRequestRoutes(
  gh: GitHubStandIn,
  app: Hono,
  repoOf: (c: { req: { param(name: "owner" | "repo"): string } }) => Repo,
  grantOf: (c: { req: { raw: Request; param(name: "owner"): string } }) => { permissions: Permissions },
): void {
  app.get(`${API}/repos/:owner/:repo/pulls`, async (c) => {
    const repo = repoOf(c);
    const state = c.req.query("state") ?? "open";
    const head = c.req.query("head");
    const pulls = repo.pulls.filter(
      (pull) =>
        (state === "all" || pull.state === state) &&
        (!head || `${repo.facts.owner.login}:${pull.head}`.toLowerCase() === head.toLowerCase()),
    );
    const facts = await Promise.all(pulls.map((pull) => gh.pullFacts(repo, pull)));
    return c.json(facts.map((pull) => pullRequest(gh.base, gh.repositoryFacts(repo), pull, false)));
  });

  app.post(`${API}/repos/:owner/:repo/pulls`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "pull_requests", "write")) return error(403, "Resource not accessible by integration");
    const parsed = z
      .object({ title: z.string().min(1), head: z.string(), base: z.string(), body: z.string().optional() })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return error(422, "Validation Failed", {
        errors: [{ resource: "PullRequest", field: "title", code: "missing_field" }],
      });
    const head = parsed.data.head.includes(":") ? (parsed.data.head.split(":")[1] ?? "") : parsed.data.head;
    const headSha = await repo.git.resolve(`refs/heads/${head}`);
    const baseSha = await repo.git.resolve(`refs/heads/${parsed.data.base}`);
    if (!headSha || !baseSha)
      return error(422, "Validation Failed", {
        errors: [{ resource: "PullRequest", field: headSha ? "base" : "head", code: "invalid" }],
      });
    if (repo.pulls.some((pull) => pull.state === "open" && pull.head === head && pull.base === parsed.data.base))
      return error(422, "Validation Failed", {
        errors: [
          {
            resource: "PullRequest",
            code: "custom",
            message: `A pull request already exists for ${repo.facts.owner.login}:${head}.`,
          },
        ],
      });
    if ((await repo.git.changedFiles(baseSha, headSha)).length === 0)
      return error(422, "Validation Failed", {
        errors: [
          { resource: "PullRequest", code: "custom", message: `No commits between ${parsed.data.base} and ${head}` },
        ],
      });
    const now = gh.now();
    const pull: Repo["pulls"][number] = {
      id: gh.id(),
      number: repo.pulls.length + 1,
      title: parsed.data.title,
      body: parsed.data.body ?? "",
      state: "open",
      head,
      base: parsed.data.base,
      author: gh.bot,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
    };
    repo.pulls.push(pull);
    return c.json(pullRequest(gh.base, gh.repositoryFacts(repo), await gh.pullFacts(repo, pull)), 201);
  });

  const pullOf = (repo: Repo, number: string) => repo.pulls.find((pull) => String(pull.number) === number);
  app.get(`${API}/repos/:owner/:repo/pulls/:number`, async (c) => {
    const repo = repoOf(c);
    const pull = pullOf(repo, c.req.param("number"));
    if (!pull) return error(404, "Not Found");
    return c.json(pullRequest(gh.base, gh.repositoryFacts(repo), await gh.pullFacts(repo, pull)));
  });

  app.patch(`${API}/repos/:owner/:repo/pulls/:number`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "pull_requests", "write")) return error(403, "Resource not accessible by integration");
    const pull = pullOf(repo, c.req.param("number"));
    if (!pull) return error(404, "Not Found");
    const body = z
      .object({
        state: z.enum(["open", "closed"]).optional(),
        title: z.string().optional(),
        body: z.string().optional(),
      })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return error(422, "Validation Failed");
    if (body.data.state === "closed") gh.closePull(repo, pull);
    if (body.data.title) pull.title = body.data.title;
    if (body.data.body !== undefined) pull.body = body.data.body;
    pull.updatedAt = gh.now();
    return c.json(pullRequest(gh.base, gh.repositoryFacts(repo), await gh.pullFacts(repo, pull)));
  });

  app.put(`${API}/repos/:owner/:repo/pulls/:number/merge`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "contents", "write")) return error(403, "Resource not accessible by integration");
    const pull = pullOf(repo, c.req.param("number"));
    if (!pull) return error(404, "Not Found");
    const body = (await c.req.json().catch(() => ({}))) as { sha?: string };
    const result = await gh.mergePull(repo, pull, gh.bot, body.sha);
    if (typeof result === "string")
      return result.startsWith("conflict:") ? error(409, result.slice("conflict:".length)) : error(405, result);
    return c.json(result);
  });

  app.get(`${API}/repos/:owner/:repo/environments`, (c) => {
    const repo = repoOf(c);
    return c.json({
      total_count: repo.environments.length,
      environments: repo.environments.map((env) => environment(gh.base, gh.repositoryFacts(repo), env)),
    });
  });
  app.get(`${API}/repos/:owner/:repo/environments/:name`, (c) => {
    const repo = repoOf(c);
    const env = repo.environments.find(
      (candidate) => candidate.name.toLowerCase() === c.req.param("name").toLowerCase(),
    );
    if (!env) return error(404, "Not Found");
    return c.json(environment(gh.base, gh.repositoryFacts(repo), env));
  });
  app.put(`${API}/repos/:owner/:repo/environments/:name`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "environments", "write")) return error(403, "Resource not accessible by integration");
    const parsed = z
      .object({
        wait_timer: z.number().int().min(0).max(43_200).optional(),
        deployment_branch_policy: z
          .object({ protected_branches: z.boolean(), custom_branch_policies: z.boolean() })
          .nullable()
          .optional(),
      })
      .safeParse((await c.req.json().catch(() => ({}))) ?? {});
    if (!parsed.success)
      return error(422, "Invalid request.", { errors: [{ resource: "Environment", code: "invalid" }] });
    const policy = parsed.data.deployment_branch_policy;
    if (policy && policy.protected_branches === policy.custom_branch_policies)
      return error(422, "Only one of `protected_branches` or `custom_branch_policies` may be true.");
    const name = decodeURIComponent(c.req.param("name"));
    const now = gh.now();
    let env = repo.environments.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!env) {
      env = { id: gh.id(), name, waitTimer: 0, branchPolicy: null, createdAt: now, updatedAt: now, variables: {} };
      repo.environments.push(env);
    }
    env.waitTimer = parsed.data.wait_timer ?? env.waitTimer;
    if (policy !== undefined) env.branchPolicy = policy;
    env.updatedAt = now;
    return c.json(environment(gh.base, gh.repositoryFacts(repo), env));
  });
  app.delete(`${API}/repos/:owner/:repo/environments/:name`, (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "environments", "write")) return error(403, "Resource not accessible by integration");
    const name = decodeURIComponent(c.req.param("name")).toLowerCase();
    repo.environments = repo.environments.filter((env) => env.name.toLowerCase() !== name);
    return c.body(null, 204);
  });

  const envOf = (repo: Repo, name: string) =>
    repo.environments.find((candidate) => candidate.name.toLowerCase() === decodeURIComponent(name).toLowerCase());
  const Variable = z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), value: z.string() });
  app.post(`${API}/repos/:owner/:repo/environments/:name/variables`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "environments", "write")) return error(403, "Resource not accessible by integration");
    const env = envOf(repo, c.req.param("name"));
    if (!env) return error(404, "Not Found");
    const parsed = Variable.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return error(422, "Invalid request.", { errors: [{ resource: "Variable", field: "name", code: "invalid" }] });
    const key = parsed.data.name.toUpperCase();
    if (env.variables[key]) return error(409, "Already exists - Variable already exists");
    const now = gh.now();
    env.variables[key] = { value: parsed.data.value, createdAt: now, updatedAt: now };
    return c.json({}, 201);
  });
  app.get(`${API}/repos/:owner/:repo/environments/:name/variables/:variable`, (c) => {
    const env = envOf(repoOf(c), c.req.param("name"));
    const key = c.req.param("variable").toUpperCase();
    const variable = env?.variables[key];
    if (!variable) return error(404, "Not Found");
    return c.json({
      name: key,
      value: variable.value,
      created_at: variable.createdAt,
      updated_at: variable.updatedAt,
    });
  });
  app.patch(`${API}/repos/:owner/:repo/environments/:name/variables/:variable`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "environments", "write")) return error(403, "Resource not accessible by integration");
    const env = envOf(repo, c.req.param("name"));
    const key = c.req.param("variable").toUpperCase();
    const variable = env?.variables[key];
    if (!variable) return error(404, "Not Found");
    const parsed = z.object({ value: z.string() }).safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return error(422, "Invalid request.");
    variable.value = parsed.data.value;
    variable.updatedAt = gh.now();
    return c.body(null, 204);
  });
}
