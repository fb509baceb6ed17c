import { z } from "zod";
import { TeamId } from "../caller";
import { strictObject } from "../schema";

/**
 * A service: what a team owns and ships, the spine requests, datasets, incidents (and later
 * pipelines, deployments and costs) hang on. Its shape follows Backstage's `kind: Component`, so a
 * team's `catalog-info.yaml` maps onto it (backstage.ts) and back.
 */

/** Backstage's entity-name rule: `[a-z0-9]+([-_.][a-z0-9]+)*`, at most 63 characters (lower case only here). */
export const ServiceId = z
  .string()
  .max(63, "at most 63 characters")
  .regex(
    /^[a-z0-9]+([-_.][a-z0-9]+)*$/,
    "lower-case letters and digits, parts joined by single - _ or . (Backstage's entity name), e.g. checkout-api",
  );
export type ServiceId = z.infer<typeof ServiceId>;

export const ServiceType = z.enum(["service", "website", "library", "data-pipeline", "api", "worker", "other"]);
export type ServiceType = z.infer<typeof ServiceType>;
export const Lifecycle = z.enum(["experimental", "production", "deprecated"]);
export type Lifecycle = z.infer<typeof Lifecycle>;
export const Tier = z.number().int().min(1).max(3).describe("1 = most critical, 3 = least");

/** GitHub's own rules: an owner of 1–39 letters, digits and single hyphens; a repository name of 1–100 of [A-Za-z0-9._-], not . or .. */
const repositoryShape = {
  provider: z.literal("github"),
  owner: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, "a GitHub user or organisation, e.g. acme"),
  name: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, "a GitHub repository name, e.g. checkout-api")
    .refine((name) => name !== "." && name !== ".." && !name.endsWith(".git"), "a repository name, without .git"),
};
export const Repository = strictObject(repositoryShape).meta({ id: "ServiceRepository" });
export type Repository = z.infer<typeof Repository>;

export const ServiceLink = strictObject({
  title: z.string().trim().min(1).max(100),
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL" }).max(2000),
});
/** Backstage's tag rule: lower-case words of [a-z0-9:+#] joined by single hyphens, at most 63. */
export const ServiceTag = z
  .string()
  .max(63)
  .regex(/^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$/, "lower-case letters, digits, : + #, joined by single hyphens");

const editable = {
  name: z.string().trim().min(1).max(100).describe("How people call it; the id when left out"),
  description: z.string().max(2000),
  type: ServiceType,
  lifecycle: Lifecycle,
  tier: Tier,
  repository: Repository,
  system: ServiceId.describe("A larger system it belongs to (Backstage's spec.system)"),
  links: z.array(ServiceLink).max(50),
  tags: z.array(ServiceTag).max(50),
};

export const CreateService = strictObject({
  id: ServiceId,
  team: TeamId.optional().describe("The owner team; required when you belong to several"),
  name: editable.name.optional(),
  description: editable.description.default(""),
  type: editable.type.default("service"),
  lifecycle: editable.lifecycle.default("experimental"),
  tier: editable.tier.default(3),
  repository: editable.repository.optional(),
  system: editable.system.optional(),
  links: editable.links.default([]),
  tags: editable.tags.default([]),
}).meta({ id: "CreateService" });
export type CreateService = z.infer<typeof CreateService>;

/** A change: the fields given replace the stored ones; `null` clears repository or system. */
export const ServicePatch = strictObject({
  name: editable.name.optional(),
  description: editable.description.optional(),
  type: editable.type.optional(),
  lifecycle: editable.lifecycle.optional(),
  tier: editable.tier.optional(),
  // Inline, not the component: a nullable $ref renders as allOf [ref, null], which admits no null (and
  // the generated client cannot list enum values under a nullable object, hence the pattern).
  repository: strictObject({ ...repositoryShape, provider: z.string().regex(/^github$/, "github") })
    .nullable()
    .optional(),
  system: editable.system.nullable().optional(),
  links: editable.links.optional(),
  tags: editable.tags.optional(),
})
  .refine((patch) => Object.keys(patch).length > 0, { message: "nothing to change" })
  .meta({ id: "ServicePatch" });
export type ServicePatch = z.infer<typeof ServicePatch>;

export const Service = z
  .object({
    id: z.string(),
    team: TeamId,
    name: z.string(),
    description: z.string(),
    type: ServiceType,
    lifecycle: Lifecycle,
    tier: z.number().int(),
    repository: Repository.optional(),
    system: z.string().optional(),
    links: z.array(z.object({ title: z.string(), url: z.string() })),
    tags: z.array(z.string()),
    version: z.number().int().describe("Bumped by every change; send it back as If-Match"),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    createdBy: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: "Service" });
export type Service = z.infer<typeof Service>;

export const ServiceQuery = z.object({
  team: TeamId.optional().describe("Whose services; yours when you belong to one team"),
  q: z
    .string()
    .trim()
    .toLowerCase()
    .max(100)
    .optional()
    .describe("Matches the start of the id or of the name (case-insensitive)"),
  lifecycle: Lifecycle.optional(),
  tier: z.coerce.number().int().min(1).max(3).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;

/** The tag every catalog resource carries when its request names a service (and the alarm path reads). */
export const SERVICE_TAG = "plinth:service";
