import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "./generated";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("the committed client", () => {
  it("matches the API it was generated from (else run: npm run generate -w @plinth/client)", async () => {
    for (const [path, text] of Object.entries(await generatedFiles())) {
      expect(readFileSync(join(root, path), "utf8"), `packages/client/${path} is stale`).toBe(text);
    }
  });

  it("gives every operation a stable operationId", async () => {
    const document = JSON.parse((await generatedFiles())["openapi.json"] ?? "{}") as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ at: `${method} ${path}`, id: operation.operationId })),
    );
    expect(operations.filter((operation) => !operation.id)).toEqual([]);
    const ids = operations.map((operation) => operation.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
