import { readFileSync, writeFileSync } from "node:fs";
import { githubOperations, githubWebhooks } from "../../packages/local/src/standins/github/operations";

/**
 * Extracts the operations the GitHub stand-in serves, with every component they reference, from
 * GitHub's published OpenAPI description (`@octokit/openapi`, `generated/api.github.com.json`).
 * The whole package installs at 385 MB (every GHES version, dereferenced copies), so it is not a
 * dependency: the subset is committed and this script regenerates it.
 *
 * The webhooks it sends come the same way from GitHub's webhook description (`@octokit/openapi-webhooks`,
 * 36 MB installed), into github-webhooks.subset.json.
 *
 *   npm pack @octokit/openapi@23.0.2 && tar xzf octokit-openapi-23.0.2.tgz
 *   npm pack @octokit/openapi-webhooks@12.1.0 && mkdir hooks && tar xzf octokit-openapi-webhooks-12.1.0.tgz -C hooks
 *   npx tsx test/validators/github-openapi-subset.ts package/generated/api.github.com.json \
 *     hooks/package/generated/api.github.com.json
 *   npx biome format --write packages/local/src/standins/github/*.subset.json
 */
type Json = Record<string, unknown>;
const source = process.argv[2];
const webhookSource = process.argv[3];
if (!source || !webhookSource)
  throw new Error(
    "usage: github-openapi-subset.ts <openapi api.github.com.json> <openapi-webhooks api.github.com.json>",
  );
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

/** Every component `root` references, transitively, from `from`'s components. */
function referenced(root: unknown, from: { components: Record<string, Record<string, unknown>> }) {
  const components: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "$ref" && typeof inner === "string" && !seen.has(inner)) {
          seen.add(inner);
          const [, , kind = "", name = ""] = inner.split("/");
          const target = from.components[kind]?.[name];
          components[kind] = { ...components[kind], [name]: target };
          visit(target);
        } else visit(inner);
      }
    }
  };
  visit(root);
  return { components, count: seen.size };
}
const { components, count } = referenced(paths, document);

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
console.log(`${githubOperations.length} operations, ${count} components → ${target.pathname}`);

const hooks = JSON.parse(readFileSync(webhookSource, "utf8")) as Json & {
  info: Json;
  components: Record<string, Record<string, unknown>>;
};
const roots = Object.fromEntries(
  githubWebhooks.map((name) => {
    const schema = hooks.components.schemas?.[`webhook-${name}`];
    if (!schema) throw new Error(`GitHub's webhook description has no webhook-${name}`);
    return [`webhook-${name}`, schema];
  }),
);
const hookRefs = referenced(roots, hooks);
const hookSubset = withoutExamples({
  openapi: hooks.openapi,
  info: {
    ...hooks.info,
    description: `The webhooks Plinth's GitHub stand-in sends, extracted from @octokit/openapi-webhooks ${hooks.info.version}.`,
  },
  components: { ...hookRefs.components, schemas: { ...hookRefs.components.schemas, ...roots } },
});
const hookTarget = new URL("../../packages/local/src/standins/github/github-webhooks.subset.json", import.meta.url);
writeFileSync(hookTarget, `${JSON.stringify(hookSubset)}\n`);
console.log(`${githubWebhooks.length} webhooks, ${hookRefs.count} components → ${hookTarget.pathname}`);
