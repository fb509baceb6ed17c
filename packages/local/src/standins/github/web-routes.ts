import { join } from "node:path";
import type { Hono } from "hono";
import type { GitHubStandIn, Repo } from "./github";
import { gitHttpBackend } from "./http-backend";

/** What a browser and git see: repositories over smart HTTP, and a pull request's page with its buttons. */
export function webRoutes(gh: GitHubStandIn, app: Hono): void {
  const pullOf = (repo: Repo, number: string) => repo.pulls.find((pull) => String(pull.number) === number);

  // Git's smart HTTP: public repositories clone anonymously; a push needs an installation token
  // (`x-access-token:<token>` as Basic credentials, as on GitHub).
  app.on(["GET", "POST"], "/:owner/:repo{.+\\.git}/*", async (c) => {
    const owner = c.req.param("owner");
    const name = c.req.param("repo").replace(/\.git$/, "");
    if (!gh.repos.has(`${owner}/${name}`.toLowerCase())) return c.text("Repository not found.", 404);
    const pushing = c.req.query("service") === "git-receive-pack" || c.req.path.endsWith("/git-receive-pack");
    let remoteUser: string | undefined;
    if (pushing) {
      const basic = /^Basic (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
      const password = basic ? Buffer.from(basic, "base64").toString().split(":").slice(1).join(":") : "";
      const grant = gh.tokens.get(password);
      if (!grant || grant.installation.org.login.toLowerCase() !== owner.toLowerCase())
        return new Response("Authentication required", {
          status: 401,
          headers: { "WWW-Authenticate": 'Basic realm="GitHub"' },
        });
      remoteUser = "x-access-token";
    }
    return gitHttpBackend(c.req.raw, join(gh.options.directory, "repos"), c.req.path, remoteUser);
  });

  // A file at a commit, as github.com serves it: raw bytes (`/raw/`), or the file as text (`/blob/`, the page's stand-in).
  app.get("/:owner/:repo/:kind{raw|blob}/:ref/*", async (c) => {
    const repo = gh.repos.get(`${c.req.param("owner")}/${c.req.param("repo")}`.toLowerCase());
    const [, path = ""] = c.req.path.split(`/${c.req.param("kind")}/${c.req.param("ref")}/`);
    const file = repo ? await repo.git.file(c.req.param("ref"), decodeURIComponent(path)) : undefined;
    if (!file) return c.text("Not Found", 404);
    const type =
      c.req.param("kind") === "raw"
        ? (RAW_TYPES[path.split(".").at(-1)?.toLowerCase() ?? ""] ?? "text/plain")
        : "text/plain";
    return c.body(new Uint8Array(file.content), 200, {
      "content-type": type.startsWith("text/") ? `${type}; charset=utf-8` : type,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
  });

  // A pull request's page: what a reviewer sees (title, body, the diff) and the merge and close buttons.
  app.get("/:owner/:repo/pull/:number", async (c) => {
    const repo = gh.repos.get(`${c.req.param("owner")}/${c.req.param("repo")}`.toLowerCase());
    const pull = repo ? pullOf(repo, c.req.param("number")) : undefined;
    if (!repo || !pull) return c.text("Not Found", 404);
    const facts = await gh.pullFacts(repo, pull);
    const diff =
      facts.head.sha && facts.base.sha ? await repo.git.diff(facts.base.sha, facts.head.sha).catch(() => "") : "";
    const state = pull.mergedAt ? "merged" : pull.state;
    const html = (value: string) => value.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const action = `/${repo.facts.owner.login}/${repo.facts.name}/pull/${pull.number}`;
    return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(pull.title)} · Pull Request #${pull.number}</title></head>
<body style="font-family:system-ui;max-width:960px;margin:2rem auto"><p>GitHub stand-in · ${html(repo.facts.owner.login)}/${html(repo.facts.name)}</p>
<h1>${html(pull.title)} <span>#${pull.number}</span></h1><p><strong data-state="${state}">${state}</strong> · ${html(pull.head)} → ${html(pull.base)}</p>
<pre style="white-space:pre-wrap">${html(pull.body)}</pre>
${state === "open" ? `<form method="post" action="${action}/merge"><button>Merge pull request</button></form><form method="post" action="${action}/close"><button>Close pull request</button></form>` : ""}
<h2>Files changed</h2><pre>${html(diff)}</pre></body></html>`);
  });
  app.post("/:owner/:repo/pull/:number/:action{merge|close}", async (c) => {
    const fullName = `${c.req.param("owner")}/${c.req.param("repo")}`;
    await gh.control({
      action: c.req.param("action"),
      repository: fullName,
      number: Number(c.req.param("number")),
    });
    return c.redirect(`/${fullName}/pull/${c.req.param("number")}`, 303);
  });
}

/** What a raw file is served as (GitHub serves raw files as text, images as images). */
const RAW_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
};
