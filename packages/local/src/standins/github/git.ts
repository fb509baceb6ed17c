import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Real bare git repositories, written with git's own plumbing (the machine's `git`): every file the
 * GitHub stand-in commits is a real blob in a real commit on a real branch, so `git clone` shows it.
 * Branch moves are compare-and-swap (`update-ref <ref> <new> <old>`), as GitHub's ref updates are.
 */
export interface GitAuthor {
  name: string;
  email: string;
  /** Seconds since the epoch (the stand-in's clock, not the machine's). */
  at: number;
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message);
  }
}

function git(
  gitDir: string,
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; binary?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      {
        encoding: "buffer",
        maxBuffer: 64 * 1024 * 1024,
        env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), GIT_DIR: gitDir, LC_ALL: "C", ...options.env },
      },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new GitError(
              `git ${args[0]}: ${stderr.toString().trim() || error.message}`,
              typeof error.code === "number" ? error.code : null,
            ),
          );
        else resolve(stdout);
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

const text = async (result: Promise<Buffer>) => (await result).toString("utf8").trim();

function authorEnv(author: GitAuthor): Record<string, string> {
  const date = `${author.at} +0000`;
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date,
  };
}

export class BareRepository {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly gitDir: string) {}

  /** A new bare repository whose default branch holds `files` in one commit. */
  static async create(
    gitDir: string,
    defaultBranch: string,
    files: Record<string, string | Buffer>,
    author: GitAuthor,
  ): Promise<BareRepository> {
    await new Promise<void>((resolve, reject) =>
      execFile("git", ["init", "--quiet", "--bare", "-b", defaultBranch, gitDir], (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    const repository = new BareRepository(gitDir);
    await git(gitDir, ["config", "http.receivepack", "true"]);
    const tree = await repository.treeWith(undefined, files);
    const commit = await text(git(gitDir, ["commit-tree", tree, "-m", "Initial commit"], { env: authorEnv(author) }));
    await git(gitDir, ["update-ref", `refs/heads/${defaultBranch}`, commit, ""]);
    return repository;
  }

  /** One operation at a time per repository: the temporary index and the ref checks assume it. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The commit a branch (or any ref) points at, or undefined when it does not exist. */
  async resolve(ref: string): Promise<string | undefined> {
    try {
      return await text(git(this.gitDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]));
    } catch {
      return undefined;
    }
  }

  async branches(): Promise<{ name: string; sha: string }[]> {
    const out = await text(
      git(this.gitDir, ["for-each-ref", "--format=%(refname:strip=2) %(objectname)", "refs/heads"]),
    );
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [name = "", sha = ""] = line.split(" ");
        return { name, sha };
      });
  }

  /** Creates a ref that must not exist yet; false when it does. */
  createRef(ref: string, sha: string): Promise<boolean> {
    return this.serial(async () => {
      try {
        await git(this.gitDir, ["update-ref", ref, sha, ""]);
        return true;
      } catch {
        return false;
      }
    });
  }

  deleteRef(ref: string): Promise<boolean> {
    return this.serial(async () => {
      if (!(await this.resolve(ref))) return false;
      await git(this.gitDir, ["update-ref", "-d", ref]);
      return true;
    });
  }

  /** The paths of the files directly in `directory` at a ref (none when it does not exist). */
  async files(ref: string, directory: string): Promise<string[]> {
    try {
      const out = await text(git(this.gitDir, ["ls-tree", "--name-only", `${ref}:${directory}`]));
      return out
        .split("\n")
        .filter(Boolean)
        .map((name) => `${directory}/${name}`);
    } catch {
      return [];
    }
  }

  /** The entries directly in `directory` ("" for the root) at a ref, as GitHub's contents API lists them. */
  async entries(
    ref: string,
    directory: string,
  ): Promise<{ path: string; type: "file" | "dir"; sha: string; size: number }[] | undefined> {
    try {
      const out = await text(git(this.gitDir, ["ls-tree", "-l", `${ref}:${directory}`]));
      return out
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [meta = "", name = ""] = line.split("\t");
          const [, type = "", sha = "", size = "0"] = meta.split(/\s+/);
          return {
            path: directory ? `${directory}/${name}` : name,
            type: type === "tree" ? ("dir" as const) : ("file" as const),
            sha,
            size: size === "-" ? 0 : Number(size),
          };
        });
    } catch {
      return undefined;
    }
  }

  /** A file's content and blob sha at a ref, or undefined. */
  async file(ref: string, path: string): Promise<{ content: Buffer; sha: string } | undefined> {
    try {
      const sha = await text(git(this.gitDir, ["rev-parse", "--verify", "--quiet", `${ref}:${path}`]));
      const type = await text(git(this.gitDir, ["cat-file", "-t", sha]));
      if (type !== "blob") return undefined;
      return { content: await git(this.gitDir, ["cat-file", "blob", sha]), sha };
    } catch {
      return undefined;
    }
  }

  async commit(sha: string): Promise<{ sha: string; tree: string; parents: string[]; message: string; at: number }> {
    const raw = await text(git(this.gitDir, ["show", "-s", "--format=%H%n%T%n%P%n%ct%n%B", sha]));
    const [hash = "", tree = "", parents = "", at = "0", ...message] = raw.split("\n");
    return {
      sha: hash,
      tree,
      parents: parents.split(" ").filter(Boolean),
      message: message.join("\n"),
      at: Number(at),
    };
  }

  /**
   * Commits `files` on top of the branch's head as one new commit (`expectedHead`, when given, must
   * still be the head: a concurrent change is refused as GitHub refuses a stale sha). Answers the
   * new commit's sha and the blob shas written.
   */
  commitFiles(
    branch: string,
    files: Record<string, string>,
    message: string,
    author: GitAuthor,
    expectedHead?: string,
  ): Promise<{ commit: string; blobs: Record<string, string> } | "conflict" | "no-branch"> {
    return this.serial(async () => {
      const head = await this.resolve(`refs/heads/${branch}`);
      if (!head) return "no-branch";
      if (expectedHead && expectedHead !== head) return "conflict";
      const tree = await this.treeWith(head, files);
      const commit = await text(
        git(this.gitDir, ["commit-tree", tree, "-p", head, "-m", message], { env: authorEnv(author) }),
      );
      await git(this.gitDir, ["update-ref", `refs/heads/${branch}`, commit, head]);
      const blobs: Record<string, string> = {};
      for (const path of Object.keys(files)) blobs[path] = (await this.file(commit, path))?.sha ?? "";
      return { commit, blobs };
    });
  }

  /**
   * Merges `head` into `base` as GitHub's merge button does (a merge commit with both parents), with
   * git's own three-way merge (`merge-tree --write-tree`). "conflict" when git cannot merge them.
   */
  merge(base: string, head: string, message: string, author: GitAuthor): Promise<string | "conflict"> {
    return this.serial(async () => {
      const baseSha = await this.resolve(`refs/heads/${base}`);
      const headSha = await this.resolve(head);
      if (!baseSha || !headSha) return "conflict";
      let tree: string;
      try {
        tree = (await text(git(this.gitDir, ["merge-tree", "--write-tree", baseSha, headSha]))).split("\n")[0] ?? "";
      } catch {
        return "conflict";
      }
      const commit = await text(
        git(this.gitDir, ["commit-tree", tree, "-p", baseSha, "-p", headSha, "-m", message], {
          env: authorEnv(author),
        }),
      );
      await git(this.gitDir, ["update-ref", `refs/heads/${base}`, commit, baseSha]);
      return commit;
    });
  }

  /** Files that differ between the merge base of `base` and `head`, and `head` (GitHub's PR diff). */
  async changedFiles(base: string, head: string): Promise<string[]> {
    const out = await text(git(this.gitDir, ["diff", "--name-only", `${base}...${head}`]));
    return out.split("\n").filter(Boolean);
  }

  async diff(base: string, head: string): Promise<string> {
    return text(git(this.gitDir, ["diff", `${base}...${head}`]));
  }

  /** The tree of `parent` (empty when undefined) with `files` written into it, through a throwaway index. */
  private async treeWith(parent: string | undefined, files: Record<string, string | Buffer>): Promise<string> {
    const scratch = mkdtempSync(join(tmpdir(), "plinth-git-index-"));
    const env = { GIT_INDEX_FILE: join(scratch, "index") };
    try {
      if (parent) await git(this.gitDir, ["read-tree", parent], { env });
      for (const [path, content] of Object.entries(files)) {
        const blob = await text(git(this.gitDir, ["hash-object", "-w", "--stdin"], { input: content }));
        await git(this.gitDir, ["update-index", "--add", "--cacheinfo", `100644,${blob},${path}`], { env });
      }
      return await text(git(this.gitDir, ["write-tree"], { env }));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
