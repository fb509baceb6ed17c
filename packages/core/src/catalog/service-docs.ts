import { z } from "zod";
import { belongsTo, type Caller } from "../caller";
import type { Clock } from "../clock";
import type { GitHubApp, InstallationStore } from "../delivery/ports";
import { fail } from "../errors";
import { requireRole } from "../provisioning/access";
import { parseInput } from "../schema";
import type { ServiceStore } from "./ports";

/**
 * A service's own documentation, from its repository's default branch: `README.md` and the Markdown
 * pages under `docs/`, read through the Plinth GitHub App of the team's connected organisation.
 * Contents are cached **by commit sha** (a commit never changes), so a view costs GitHub two small
 * reads (the repository and its branch head) until the branch moves. The Markdown is answered as it
 * is: clients render it safely (the portal sanitises it; the CLI prints text).
 */
export const DOCS_PATH = /^(README\.md|docs\/[\w./-]+\.md)$/;
const MAX_MARKDOWN = 512 * 1024;

export const ServiceDocsQuery = z.object({
  path: z
    .string()
    .regex(DOCS_PATH, "README.md or a Markdown page under docs/")
    .refine((path) => !path.split("/").includes(".."), "no .. in the path")
    .default("README.md")
    .describe("The page to read: README.md (default) or docs/<page>.md"),
});

export const ServiceDocs = z
  .object({
    service: z.string(),
    repository: z.object({ owner: z.string(), name: z.string() }),
    branch: z.string().describe("The default branch it was read from"),
    sha: z.string().describe("The commit read: relative links and images resolve against it"),
    htmlUrl: z.string().describe("The repository's web page (`<htmlUrl>/blob/<sha>/<path>` for a file)"),
    path: z.string(),
    markdown: z.string(),
    truncated: z.boolean().describe("The page is larger than 512 KiB and was cut there"),
    pages: z.array(z.string()).describe("Every page there is to read: README.md, then docs/*.md"),
    cached: z.boolean().describe("Answered from the cache of that commit (GitHub was asked only for the branch head)"),
  })
  .meta({ id: "ServiceDocs" });
export type ServiceDocs = z.infer<typeof ServiceDocs>;

/** A commit's docs, once read: files by path, and the list of pages (`""`). */
export interface DocsCache {
  get(repository: string, sha: string, path: string): Promise<string | undefined>;
  put(repository: string, sha: string, path: string, content: string): Promise<void>;
}

export interface ServiceDocsDeps {
  services: Pick<ServiceStore, "get">;
  installations: Pick<InstallationStore, "ofTeam">;
  github: Pick<GitHubApp, "repository" | "branchHead" | "readFile" | "listFiles">;
  cache: DocsCache;
  clock: Clock;
}

const INDEX = "";

export class ServiceDocsReader {
  constructor(private readonly deps: ServiceDocsDeps) {}

  async read(serviceId: string, query: unknown, caller: Caller): Promise<ServiceDocs> {
    requireRole(caller, "viewer", "read a service's docs");
    const { path } = parseInput(ServiceDocsQuery, query, "query");
    const service = await this.deps.services.get(serviceId);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${serviceId}`);
    const repository = service.repository;
    if (!repository)
      fail(
        "conflict",
        `${serviceId} names no repository: set one (plinth service edit ${serviceId} --repo owner/name)`,
      );
    const connected = (await this.deps.installations.ofTeam(service.team)).find(
      (entry) => entry.owner.toLowerCase() === repository.owner.toLowerCase(),
    );
    if (!connected)
      fail(
        "integration_required",
        `team ${service.team} has not connected the GitHub organisation ${repository.owner}, so Plinth cannot read ${repository.owner}/${repository.name}`,
      );
    const repo = { owner: repository.owner, name: repository.name };
    const { defaultBranch, htmlUrl } = await this.deps.github.repository(connected.installation, repo);
    const sha = await this.deps.github.branchHead(connected.installation, repo, defaultBranch);
    if (!sha) fail("not_found", `${repo.owner}/${repo.name} has no commit on ${defaultBranch} yet`);
    const key = `${repo.owner}/${repo.name}`.toLowerCase();

    const cachedIndex = await this.deps.cache.get(key, sha, INDEX);
    const cachedPage = await this.deps.cache.get(key, sha, path);
    const pages = cachedIndex
      ? (JSON.parse(cachedIndex) as string[])
      : await this.pagesAt(connected.installation, repo, sha);
    if (!cachedIndex) await this.deps.cache.put(key, sha, INDEX, JSON.stringify(pages));
    let markdown = cachedPage;
    if (markdown === undefined) {
      if (!pages.includes(path))
        fail("not_found", `${repo.owner}/${repo.name} has no ${path} at ${sha.slice(0, 7)} (${defaultBranch})`);
      const file = await this.deps.github.readFile(connected.installation, repo, path, sha);
      if (!file) fail("not_found", `${repo.owner}/${repo.name} has no ${path} at ${sha.slice(0, 7)}`);
      markdown = file.content;
      await this.deps.cache.put(key, sha, path, markdown);
    }
    const truncated = markdown.length > MAX_MARKDOWN;
    return {
      service: serviceId,
      repository: repo,
      branch: defaultBranch,
      sha,
      htmlUrl,
      path,
      markdown: truncated ? markdown.slice(0, MAX_MARKDOWN) : markdown,
      truncated,
      pages,
      cached: cachedPage !== undefined,
    };
  }

  /** README.md when there is one, then the Markdown pages directly under docs/, by name. */
  private async pagesAt(installation: number, repo: { owner: string; name: string }, sha: string) {
    const [root, docs] = await Promise.all([
      this.deps.github.listFiles(installation, repo, "", sha),
      this.deps.github.listFiles(installation, repo, "docs", sha),
    ]);
    return [...root.filter((file) => file === "README.md"), ...docs.filter((file) => DOCS_PATH.test(file)).sort()];
  }
}
