import { randomUUID } from "node:crypto";
import { z } from "zod";
import { belongsTo, type Caller, hasRole, isAdmin, type Role, TeamId } from "../caller";
import type { Clock } from "../clock";
import { fail } from "../errors";
import { buildEvent, type EventDefinition, type EventPublisher } from "../events";
import { parseInput } from "../schema";
import { readBackstage, toBackstage } from "./backstage";
import { CreateService, type Service, ServicePatch, ServiceQuery } from "./entity";
import { CatalogEvents } from "./events";
import type { ServiceFacts, ServiceStore } from "./ports";
import { type Scorecard, scorecardOf } from "./scorecard";
import { type ServicePage, servicePage } from "./service-page";

export interface CatalogDeps {
  store: ServiceStore;
  facts: ServiceFacts;
  events: EventPublisher;
  clock: Clock;
}

export const ImportRequest = z.strictObject({
  yaml: z.string().min(1).max(200_000),
  dryRun: z.boolean().default(false),
});
export const ImportResult = z
  .object({
    applied: z.boolean(),
    documents: z.array(
      z.object({
        document: z.number().int(),
        kind: z.string(),
        name: z.string(),
        outcome: z.enum(["create", "change", "unchanged", "skipped", "refused"]),
        changes: z.array(z.string()).optional().describe("The fields a change sets"),
        reason: z.string().optional(),
        problems: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: "ServiceImportResult" });
export type ImportResult = z.infer<typeof ImportResult>;

/** How many of each kind of linked record a page, a scorecard or the retire check reads. */
export const FACTS_PER_KIND = 25;
/** Request statuses that mean something exists (or is being made or removed) in AWS. */
const LIVE_REQUEST = new Set(["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "SUCCEEDED", "DESTROYING"]);

/**
 * The service catalog: who may register, read, change and retire a service, and what its page and
 * scorecard say. Members of the owning team read (others get 404), developers write, a change is
 * conditional on the version read (If-Match), and a service is not retired while it owns anything live.
 */
export class CatalogService {
  constructor(private readonly deps: CatalogDeps) {}

  async register(body: unknown, caller: Caller, correlationId: string): Promise<Service> {
    const input = parseInput(CreateService, body, "body");
    const team = this.teamFor(input.team, caller);
    requireRole(caller, "developer", "register a service");
    const now = this.deps.clock.now().toISOString();
    const { team: _team, ...fields } = input;
    const service: Service = {
      ...fields,
      name: input.name ?? input.id,
      team,
      version: 1,
      createdAt: now,
      updatedAt: now,
      createdBy: caller.sub,
      updatedBy: caller.sub,
    };
    const created = await this.deps.store.create(service);
    await this.publish(CatalogEvents.registered, created, correlationId, {
      by: caller.sub,
      lifecycle: created.lifecycle,
      tier: created.tier,
    });
    return created;
  }

  async get(id: string, caller: Caller): Promise<Service> {
    return await this.visible(id, caller);
  }

  async list(query: unknown, caller: Caller) {
    const q = parseInput(ServiceQuery, query, "query");
    const team =
      q.team ??
      (caller.teams.length === 1
        ? caller.teams[0]
        : fail("invalid_parameter", "say which team to list", [
            { field: "query.team", message: `required: you belong to ${caller.teams.join(", ") || "no team"}` },
          ]));
    if (!belongsTo(caller, team as string)) return { items: [], reads: 0 };
    return await this.deps.store.list({ ...q, team: team as string });
  }

  async change(
    id: string,
    body: unknown,
    caller: Caller,
    expectedVersion: number | undefined,
    correlationId: string,
  ): Promise<Service> {
    const patch = parseInput(ServicePatch, body, "body");
    const current = await this.visible(id, caller);
    requireRole(caller, "developer", "change a service");
    if (expectedVersion === undefined)
      fail("precondition_required", `send If-Match: "${current.version}" (the version you read) to change ${id}`);
    if (expectedVersion !== current.version)
      fail("version_conflict", `service ${id} is at version ${current.version}, not ${expectedVersion}; reload it`);
    const { repository, system, ...rest } = patch;
    const next: Service = { ...current, ...rest, version: current.version + 1 };
    if (repository === null) delete next.repository;
    else if (repository) next.repository = { ...repository, provider: "github" };
    if (system === null) delete next.system;
    else if (system) next.system = system;
    next.updatedAt = this.deps.clock.now().toISOString();
    next.updatedBy = caller.sub;
    const stored = await this.deps.store.update(next);
    await this.publish(CatalogEvents.changed, stored, correlationId, {
      by: caller.sub,
      version: stored.version,
      fields: Object.keys(patch).sort(),
    });
    return stored;
  }

  /** Retires (deletes) a service that owns nothing live; a 409 names what it still owns. */
  async retire(id: string, caller: Caller, expectedVersion: number | undefined, correlationId: string): Promise<void> {
    const service = await this.visible(id, caller);
    requireRole(caller, "developer", "retire a service");
    if (expectedVersion !== undefined && expectedVersion !== service.version)
      fail("version_conflict", `service ${id} is at version ${service.version}, not ${expectedVersion}; reload it`);
    const facts = await this.deps.facts.of(id, FACTS_PER_KIND);
    const live = facts.requests.filter((r) => LIVE_REQUEST.has(r.status));
    const owned = [
      ...live.map((r) => `request ${r.id} (${r.name}, ${r.status})`),
      ...facts.datasets.map((d) => `dataset ${d.dataset.id}`),
    ];
    if (owned.length > 0)
      fail(
        "conflict",
        `${id} still owns ${owned.length === 1 ? "" : `${owned.length} things: `}${owned.join(", ")}; destroy or move them first`,
        owned.map((what) => ({ field: "service", message: `owns ${what}` })),
      );
    await this.deps.store.remove(service);
    await this.publish(CatalogEvents.retired, service, correlationId, { by: caller.sub });
  }

  /** The service with what Plinth knows about it: resources, datasets, incidents and the scorecard. */
  async page(id: string, caller: Caller): Promise<ServicePage> {
    const service = await this.visible(id, caller);
    const facts = await this.deps.facts.of(id, FACTS_PER_KIND);
    return servicePage(service, facts, this.deps.clock.now(), 1 + facts.reads);
  }

  async scorecard(id: string, caller: Caller): Promise<Scorecard> {
    return (await this.page(id, caller)).scorecard;
  }

  /** A team's services ranked by scorecard (most rules passed first), a page at a time. */
  async scorecards(query: unknown, caller: Caller) {
    const listed = await this.list(query, caller);
    const now = this.deps.clock.now();
    const cards = await Promise.all(
      listed.items.map(async (service) => {
        const facts = await this.deps.facts.of(service.id, FACTS_PER_KIND);
        return { facts: facts.reads, card: scorecardOf({ service, ...facts, now }) };
      }),
    );
    const items = cards
      .map(({ card }) => card)
      .sort((a, b) => b.passed / b.total - a.passed / a.total || a.service.localeCompare(b.service));
    return {
      items,
      ...("cursor" in listed && listed.cursor ? { cursor: listed.cursor } : {}),
      reads: listed.reads + cards.reduce((sum, { facts }) => sum + facts, 0),
    };
  }

  /**
   * Backstage descriptors in: each Component becomes a create or a change of a service the caller's
   * team owns. All or nothing — one refused document (or a service of another team under that id)
   * and nothing is written (422 naming every document and field); `dryRun` writes nothing anyway.
   */
  async importBackstage(body: unknown, caller: Caller, correlationId: string): Promise<ImportResult> {
    const input = parseInput(ImportRequest, body, "body");
    requireRole(caller, "developer", "import services");
    const documents = readBackstage(input.yaml, (team) => belongsTo(caller, team) && TeamId.safeParse(team).success);
    const planned: ImportResult["documents"] = [];
    const writes: (() => Promise<unknown>)[] = [];
    for (const doc of documents) {
      const base = { document: doc.document, kind: doc.kind, name: doc.name, problems: doc.problems };
      if (doc.outcome !== "service" || !doc.service) {
        planned.push({
          ...base,
          outcome: doc.outcome === "skipped" ? "skipped" : "refused",
          ...(doc.reason ? { reason: doc.reason } : {}),
        });
        continue;
      }
      const wanted = doc.service;
      const existing = await this.deps.store.get(wanted.id);
      if (existing && existing.team !== wanted.team) {
        // Another team's id: refused without saying whose (the same answer as an unknown team's).
        planned.push({
          ...base,
          outcome: "refused",
          problems: [
            { field: `document[${doc.document}].metadata.name`, message: `${wanted.id} is taken by another team` },
          ],
        });
        continue;
      }
      if (!existing) {
        planned.push({ ...base, outcome: "create", ...(doc.reason ? { reason: doc.reason } : {}) });
        writes.push(() => this.register(wanted, caller, correlationId));
        continue;
      }
      const { id: _id, team: _team, ...fields } = wanted;
      const changes = (Object.keys(fields) as (keyof typeof fields)[]).filter(
        (field) => JSON.stringify(fields[field] ?? null) !== JSON.stringify(existing[field] ?? null),
      );
      if (changes.length === 0) {
        planned.push({ ...base, outcome: "unchanged" });
        continue;
      }
      planned.push({ ...base, outcome: "change", changes });
      const patch = Object.fromEntries(changes.map((field) => [field, fields[field] ?? null]));
      writes.push(() => this.change(existing.id, patch, caller, existing.version, correlationId));
    }
    const refused = planned.filter((doc) => doc.outcome === "refused");
    if (refused.length > 0 && !input.dryRun)
      fail(
        "validation_failed",
        `${refused.length} document(s) cannot be imported; nothing was written`,
        refused.flatMap((doc) => doc.problems),
      );
    if (!input.dryRun) for (const write of writes) await write();
    return { applied: !input.dryRun, documents: planned };
  }

  async exportBackstage(id: string, caller: Caller) {
    return { fileName: "catalog-info.yaml" as const, yaml: toBackstage(await this.visible(id, caller)) };
  }

  private async visible(id: string, caller: Caller): Promise<Service> {
    const service = await this.deps.store.get(id);
    if (!service || !belongsTo(caller, service.team)) fail("not_found", `no service ${id}`);
    return service;
  }

  private teamFor(named: string | undefined, caller: Caller): string {
    const team =
      named ??
      (caller.teams.length === 1
        ? (caller.teams[0] as string)
        : fail("validation_failed", "say which team owns it", [
            { field: "body.team", message: `required: you belong to ${caller.teams.join(", ") || "no team"}` },
          ]));
    if (!belongsTo(caller, team))
      fail("forbidden", `you are not a member of team ${team}`, [
        { field: "body.team", message: isAdmin(caller) ? "unknown team" : `one of ${caller.teams.join(", ")}` },
      ]);
    return team;
  }

  private async publish(
    definition: EventDefinition,
    service: Service,
    correlationId: string,
    extra: Record<string, unknown>,
  ): Promise<void> {
    await this.deps.events.publish([
      buildEvent(definition, {
        id: randomUUID(),
        occurredAt: this.deps.clock.now().toISOString(),
        correlationId,
        serviceId: service.id,
        team: service.team,
        ...extra,
      }),
    ]);
  }
}

function requireRole(caller: Caller, role: Role, action: string): void {
  if (!hasRole(caller, role))
    fail("forbidden", `to ${action} you need the ${role} role; you have ${caller.roles.join(", ") || "none"}`);
}
