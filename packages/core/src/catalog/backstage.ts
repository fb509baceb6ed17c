import { isMap, parseAllDocuments, stringify } from "yaml";
import { z } from "zod";
import { TeamId } from "../caller";
import type { InvalidField } from "../errors";
import { fieldsOf } from "../schema";
import { CreateService, Lifecycle, type Service, ServiceType } from "./entity";

/**
 * Backstage descriptors (`catalog-info.yaml`) in and out, so a team coming from Backstage keeps its
 * files. A `kind: Component` maps onto a service:
 *
 *   metadata.name                         → id (Backstage names are case-insensitive: lower-cased)
 *   metadata.title | name                 → name
 *   metadata.description, tags, links     → description, tags, links (a link without a title gets its host)
 *   metadata.annotations
 *     github.com/project-slug "owner/repo" → repository
 *     plinth.dev/tier "1".."3"            → tier (Backstage has no tier; 3 when absent)
 *   spec.type                             → type (one Plinth knows, else `other`)
 *   spec.lifecycle                        → lifecycle (experimental | production | deprecated)
 *   spec.owner  "team" | "group:[ns/]team" → team, which must be a Plinth team (a user is refused)
 *   spec.system "[system:][ns/]name"      → system
 *
 * Other kinds (API, System, Group, Resource, Location…) are skipped with the reason. A document that
 * cannot be mapped is refused naming the document and the field; the caller applies nothing then.
 */
export const SLUG_ANNOTATION = "github.com/project-slug";
export const TIER_ANNOTATION = "plinth.dev/tier";

export interface ImportedDocument {
  /** 1-based position in the file. */
  document: number;
  kind: string;
  name: string;
  outcome: "service" | "skipped" | "refused";
  /** The service it describes (outcome `service`). */
  service?: CreateService & { team: string };
  reason?: string;
  problems: InvalidField[];
}

const Descriptor = z.looseObject({
  apiVersion: z.string().regex(/^backstage\.io\//, "a backstage.io/… apiVersion"),
  kind: z.string(),
  metadata: z.looseObject({
    name: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    tags: z.array(z.string()).optional(),
    links: z.array(z.looseObject({ url: z.string(), title: z.string().optional() })).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }),
  spec: z.looseObject({}).optional(),
});

const ComponentSpec = z.looseObject({
  type: z.string(),
  lifecycle: z.string(),
  owner: z.string(),
  system: z.string().optional(),
});

/**
 * Reads every document of a Backstage YAML file. `isTeam` says whether an owner names a Plinth team
 * the importer may register services for.
 */
export function readBackstage(text: string, isTeam: (team: string) => boolean): ImportedDocument[] {
  const documents = parseAllDocuments(text);
  const results: ImportedDocument[] = [];
  documents.forEach((doc, index) => {
    const number = index + 1;
    const prefix = `document[${number}]`;
    if (doc.errors.length > 0) {
      results.push(refused(number, "?", "?", [{ field: prefix, message: `not YAML: ${doc.errors[0]?.message}` }]));
      return;
    }
    if (doc.contents === null) return; // an empty document between `---` separators
    if (!isMap(doc.contents)) {
      results.push(refused(number, "?", "?", [{ field: prefix, message: "not a mapping (a Backstage entity)" }]));
      return;
    }
    const parsed = Descriptor.safeParse(doc.toJS());
    if (!parsed.success) {
      results.push(refused(number, "?", "?", fieldsOf(parsed.error, prefix)));
      return;
    }
    const entity = parsed.data;
    const name = entity.metadata.name;
    if (entity.kind !== "Component") {
      results.push({
        document: number,
        kind: entity.kind,
        name,
        outcome: "skipped",
        reason: `a ${entity.kind} is not a service (only kind: Component is imported)`,
        problems: [],
      });
      return;
    }
    results.push(component(number, entity, isTeam));
  });
  return results;
}

function component(
  number: number,
  entity: z.infer<typeof Descriptor>,
  isTeam: (team: string) => boolean,
): ImportedDocument {
  const prefix = `document[${number}]`;
  const name = entity.metadata.name;
  const problems: InvalidField[] = [];
  const spec = ComponentSpec.safeParse(entity.spec ?? {});
  if (!spec.success) return refused(number, "Component", name, fieldsOf(spec.error, `${prefix}.spec`));
  const owner = ownerTeam(spec.data.owner);
  if ("problem" in owner) problems.push({ field: `${prefix}.spec.owner`, message: owner.problem });
  else if (!isTeam(owner.team))
    problems.push({
      field: `${prefix}.spec.owner`,
      message: `${spec.data.owner} is not a Plinth team you may register services for`,
    });
  const lifecycle = Lifecycle.safeParse(spec.data.lifecycle);
  if (!lifecycle.success)
    problems.push({
      field: `${prefix}.spec.lifecycle`,
      message: `${spec.data.lifecycle} is not one of ${Lifecycle.options.join(", ")}`,
    });
  const annotations = entity.metadata.annotations ?? {};
  const slug = annotations[SLUG_ANNOTATION];
  const [repoOwner, repoName, ...extra] = slug?.split("/") ?? [];
  if (slug !== undefined && (!repoOwner || !repoName || extra.length > 0))
    problems.push({
      field: `${prefix}.metadata.annotations.${SLUG_ANNOTATION}`,
      message: `"${slug}" is not owner/repo`,
    });
  const tier = annotations[TIER_ANNOTATION];
  const type = ServiceType.safeParse(spec.data.type);
  const candidate = {
    id: name.toLowerCase(),
    team: "team" in owner ? owner.team : undefined,
    name: entity.metadata.title ?? name,
    description: entity.metadata.description ?? "",
    type: type.success ? type.data : "other",
    lifecycle: spec.data.lifecycle,
    ...(tier === undefined ? {} : { tier: Number(tier) }),
    ...(slug && repoOwner && repoName ? { repository: { provider: "github", owner: repoOwner, name: repoName } } : {}),
    ...(spec.data.system ? { system: entityName(spec.data.system) } : {}),
    links: (entity.metadata.links ?? []).map((link) => ({ title: link.title ?? hostOf(link.url), url: link.url })),
    tags: entity.metadata.tags ?? [],
  };
  const checked = CreateService.safeParse(candidate);
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const [key = "", ...rest] = issue.path.map(String);
      const field = [prefix, ORIGIN[key] ?? key, ...rest].join(".");
      if (!problems.some((problem) => problem.field === field)) problems.push({ field, message: issue.message });
    }
  if (problems.length > 0 || !checked.success) return refused(number, "Component", name, problems);
  return {
    document: number,
    kind: "Component",
    name,
    outcome: "service",
    service: { ...checked.data, team: checked.data.team as string },
    ...(type.success ? {} : { reason: `spec.type ${spec.data.type} is not one Plinth knows: imported as other` }),
    problems: [],
  };
}

/** Where each service field comes from in a descriptor, so a refusal names the Backstage field. */
const ORIGIN: Record<string, string> = {
  id: "metadata.name",
  name: "metadata.title",
  description: "metadata.description",
  tags: "metadata.tags",
  links: "metadata.links",
  repository: `metadata.annotations.${SLUG_ANNOTATION}`,
  tier: `metadata.annotations.${TIER_ANNOTATION}`,
  system: "spec.system",
  team: "spec.owner",
  type: "spec.type",
  lifecycle: "spec.lifecycle",
};

function refused(document: number, kind: string, name: string, problems: InvalidField[]): ImportedDocument {
  return { document, kind, name, outcome: "refused", problems };
}

/** `team`, `group:team`, `group:default/team` → team; a user is not a team. */
function ownerTeam(ref: string): { team: string } | { problem: string } {
  const match = /^(?:([a-zA-Z]+):)?(?:[a-z0-9-]+\/)?(.+)$/.exec(ref.trim());
  const kind = (match?.[1] ?? "group").toLowerCase();
  if (kind !== "group") return { problem: `${ref} is a ${kind}; a service is owned by a team (a Backstage group)` };
  const team = TeamId.safeParse(match?.[2] ?? "");
  return team.success ? { team: team.data } : { problem: `${ref} does not name a team` };
}

const entityName = (ref: string) => ref.replace(/^[a-zA-Z]+:/, "").replace(/^[a-z0-9-]+\//, "");

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** A service as a Backstage `catalog-info.yaml` (what `readBackstage` reads back to the same service). */
export function toBackstage(service: Service): string {
  const annotations: Record<string, string> = { [TIER_ANNOTATION]: String(service.tier) };
  if (service.repository) annotations[SLUG_ANNOTATION] = `${service.repository.owner}/${service.repository.name}`;
  const entity = {
    apiVersion: "backstage.io/v1alpha1",
    kind: "Component",
    metadata: {
      name: service.id,
      ...(service.name !== service.id ? { title: service.name } : {}),
      ...(service.description ? { description: service.description } : {}),
      annotations,
      ...(service.tags.length ? { tags: service.tags } : {}),
      ...(service.links.length ? { links: service.links.map((link) => ({ url: link.url, title: link.title })) } : {}),
    },
    spec: {
      type: service.type,
      lifecycle: service.lifecycle,
      owner: `group:default/${service.team}`,
      ...(service.system ? { system: service.system } : {}),
    },
  };
  return stringify(entity, { lineWidth: 0 });
}
