import { readFileSync, writeFileSync } from "node:fs";
import { githubOperations } from "../../packages/local/src/standins/github/operations";

/**
 * Extracts the operations the GitHub stand-in serves, with every component they reference, from
 * GitHub's published OpenAPI description (`@octokit/openapi`, `generated/api.github.com.json`).
 * The whole package installs at 385 MB (every GHES version, dereferenced copies), so it is not a
 * dependency: the subset is committed and this script regenerates it.
 *
 *   npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-23.0.2.tgz
 *   npx tsx test/validators/github-openapi-subset.ts package/generated/api.github.com.json
 *   npx biome format --write packages/local/src/standins/github/github-openapi.subset.json
 */
type Json = Record<string, unknown>;
const source = process.argv[2];
if (!source) throw new Error("usage: github-openapi-subset.ts <api.github.com.json>");
const document = JSON.parse(readFileSync(source, "utf8")) as Json & {
  info: Json;
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, unknown>>;
};

const paths: Record<string, Record<string, Json>> = {};
for (const { method, path } of githubOperations) {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`GitHub's description has no ${method.toUpperCase()} ${path}`);
  paths[path] = { ...paths[path], [method]: { operationId: operation.operationId, responses: operation.responses } };
}

const components: Record<string, Record<string, unknown>> = {};
const seen = new Set<string>();
function visit(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) visit(item);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string" && !seen.has(inner)) {
        seen.add(inner);
        const [, , kind = "", name = ""] = inner.split("/");
        const target = document.components[kind]?.[name];
        components[kind] = { ...components[kind], [name]: target };
        visit(target);
      } else visit(inner);
    }
  }
}
visit(paths);

/** Examples are GitHub's documentation (sample tokens among them), not part of any schema: left out. */
function withoutExamples(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "example" && key !== "examples")
      .map(([key, inner]) => [key, withoutExamples(inner)]),
  );
}

const subset = withoutExamples({
  openapi: document.openapi,
  info: {
    ...document.info,
    description: `The operations Plinth's GitHub stand-in serves, extracted from @octokit/openapi ${document.info.version}.`,
  },
  paths,
  components,
});
const target = new URL("../../packages/local/src/standins/github/github-openapi.subset.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(subset)}\n`);
console.log(`${githubOperations.length} operations, ${seen.size} components → ${target.pathname}`);
