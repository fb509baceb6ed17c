import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Data } from "@plinth/core";

/** Scratch folders under the OS temp dir (Lambda: `/tmp`, 512 MB–10 GB as configured). */
export class TempWorkspace implements Data.Workspace {
  constructor(private readonly root = tmpdir()) {}

  create(label: string): Promise<string> {
    return mkdtemp(join(this.root, `plinth-${label.replace(/[^A-Za-z0-9_-]/g, "_")}-`));
  }

  async hash(paths: readonly string[]): Promise<string> {
    const hash = createHash("sha256");
    for (const path of paths) for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest("hex");
  }

  remove(dir: string): Promise<void> {
    return rm(dir, { recursive: true, force: true });
  }
}
