import type { Hono } from "hono";
import { z } from "zod";
import { actionsRoutes } from "./actions-routes";
import type { GitHubStandIn, Permissions, Repo } from "./github";
import { pullRequestRoutes } from "./pull-routes";
import { error, repository } from "./shapes";

const API = "/api/v3";

/** A repository, its refs and its contents: the GitHub stand-in's REST routes (then pull requests and environments). */
export function repositoryRoutes(gh: GitHubStandIn, app: Hono): void {
  // Every repository route: the token must cover the owner, and the repository must exist.
  app.use(`${API}/repos/:owner/:repo/*`, async (c, next) => {
    const { denied } = gh.tokenFor(c.req.raw, c.req.param("owner"));
    if (denied) return denied;
    if (!gh.repos.has(`${c.req.param("owner")}/${c.req.param("repo")}`.toLowerCase())) return error(404, "Not Found");
    await next();
  });
  const repoOf = (c: { req: { param(name: "owner" | "repo"): string } }) =>
    gh.repos.get(`${c.req.param("owner")}/${c.req.param("repo")}`.toLowerCase()) as Repo;
  const grantOf = (c: { req: { raw: Request; param(name: "owner"): string } }) =>
    gh.tokenFor(c.req.raw, c.req.param("owner")).grant as { permissions: Permissions };

  app.get(`${API}/repos/:owner/:repo`, async (c) => {
    const { denied } = gh.tokenFor(c.req.raw, c.req.param("owner"));
    if (denied) return denied;
    const repo = gh.repos.get(`${c.req.param("owner")}/${c.req.param("repo")}`.toLowerCase());
    if (!repo) return error(404, "Not Found");
    return c.json(repository(gh.base, gh.repositoryFacts(repo), true));
  });

  app.get(`${API}/repos/:owner/:repo/git/ref/*`, async (c) => {
    const repo = repoOf(c);
    const ref = decodeURIComponent(c.req.path.split("/git/ref/")[1] ?? "");
    const sha = ref.startsWith("heads/") ? await repo.git.resolve(`refs/${ref}`) : undefined;
    if (!sha) return error(404, "Not Found");
    return c.json(gh.refJson(repo, `refs/${ref}`, sha));
  });

  app.post(`${API}/repos/:owner/:repo/git/refs`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "contents", "write")) return error(403, "Resource not accessible by integration");
    const body = z.object({ ref: z.string(), sha: z.string() }).safeParse(await c.req.json().catch(() => undefined));
    if (!body.success || !/^refs\/heads\/[\w./-]+$/.test(body.data.ref) || body.data.ref.includes(".."))
      return error(422, "Invalid request.", { errors: [{ resource: "Reference", field: "ref", code: "invalid" }] });
    if (!(await repo.git.resolve(body.data.sha))) return error(422, "Object does not exist");
    if (!(await repo.git.createRef(body.data.ref, body.data.sha))) return error(422, "Reference already exists");
    return c.json(gh.refJson(repo, body.data.ref, body.data.sha), 201);
  });

  app.delete(`${API}/repos/:owner/:repo/git/refs/*`, async (c) => {
    const repo = repoOf(c);
    if (!gh.can(grantOf(c), "contents", "write")) return error(403, "Resource not accessible by integration");
    const ref = decodeURIComponent(c.req.path.split("/git/refs/")[1] ?? "");
    if (!(await repo.git.deleteRef(`refs/${ref}`))) return error(422, "Reference does not exist");
    return c.body(null, 204);
  });

  app.get(`${API}/repos/:owner/:repo/contents/*`, async (c) => {
    const repo = repoOf(c);
    const path = decodeURIComponent(c.req.path.split("/contents/")[1] ?? "");
    const ref = c.req.query("ref") ?? repo.facts.defaultBranch;
    const file = await repo.git.file(
      ref.startsWith("refs/") ? ref : ((await repo.git.resolve(`refs/heads/${ref}`)) ?? ref),
      path,
    );
    if (!file) {
      // A directory: GitHub lists its entries (files and folders), without their content.
      const entries = await repo.git.entries(
        ref.startsWith("refs/") ? ref : ((await repo.git.resolve(`refs/heads/${ref}`)) ?? ref),
        path.replace(/\/$/, ""),
      );
      if (!entries) return error(404, "Not Found");
      return c.json(
        entries.map((entry) => ({
          ...gh.contentJson(repo, entry.path, entry.sha, entry.size, ref),
          type: entry.type,
          ...(entry.type === "dir" ? { download_url: null } : {}),
        })),
      );
    }
    return c.json({
      encoding: "base64",
      content: file.content.toString("base64"),
      ...gh.contentJson(repo, path, file.sha, file.content.length, ref),
    });
  });

  app.put(`${API}/repos/:owner/:repo/contents/*`, async (c) => {
    const repo = repoOf(c);
    const path = decodeURIComponent(c.req.path.split("/contents/")[1] ?? "");
    const grant = grantOf(c);
    if (!gh.can(grant, "contents", "write")) return error(403, "Resource not accessible by integration");
    if (path.startsWith(".github/workflows/") && !gh.can(grant, "workflows", "write"))
      return error(
        403,
        `refusing to allow a GitHub App to create or update workflow \`${path}\` without \`workflows\` permission`,
      );
    const parsed = z
      .object({
        message: z.string().min(1),
        content: z.string(),
        branch: z.string().optional(),
        sha: z.string().optional(),
      })
      .safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return error(422, 'Invalid request.\n\n"message" and "content" weren\'t supplied.');
    const branch = parsed.data.branch ?? repo.facts.defaultBranch;
    const existing = await repo.git.file(`refs/heads/${branch}`, path);
    if (existing && parsed.data.sha !== existing.sha)
      return error(409, `${path} does not match ${parsed.data.sha ?? "(no sha given)"}`);
    const content = Buffer.from(parsed.data.content, "base64").toString("utf8");
    const result = await repo.git.commitFiles(branch, { [path]: content }, parsed.data.message, gh.author());
    if (result === "no-branch") return error(404, `Branch ${branch} not found`);
    if (result === "conflict") return error(409, "Conflict");
    const commit = await repo.git.commit(result.commit);
    repo.facts.updatedAt = gh.now();
    await gh.runner.pushed(repo, branch, result.commit, gh.bot.login);
    const fullName = `${repo.facts.owner.login}/${repo.facts.name}`;
    const person = {
      name: gh.author().name,
      email: gh.author().email,
      date: new Date(commit.at * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    };
    return c.json(
      {
        content: gh.contentJson(repo, path, result.blobs[path] ?? "", Buffer.byteLength(content), branch),
        commit: {
          sha: commit.sha,
          node_id: Buffer.from(`C_${commit.sha}`).toString("base64"),
          url: `${gh.apiUrl}/repos/${fullName}/git/commits/${commit.sha}`,
          html_url: `${gh.base}/${fullName}/commit/${commit.sha}`,
          author: person,
          committer: person,
          message: commit.message,
          tree: { sha: commit.tree, url: `${gh.apiUrl}/repos/${fullName}/git/trees/${commit.tree}` },
          parents: commit.parents.map((sha) => ({
            sha,
            url: `${gh.apiUrl}/repos/${fullName}/git/commits/${sha}`,
            html_url: `${gh.base}/${fullName}/commit/${sha}`,
          })),
          verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
        },
      },
      existing ? 200 : 201,
    );
  });

  pullRequestRoutes(gh, app, repoOf, grantOf);
  actionsRoutes(gh, app, repoOf, grantOf);
}
