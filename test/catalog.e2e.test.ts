import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { customersContract } from "../packages/local/src/lake/sample";
import { alarmFor } from "../packages/local/src/standins/alarms";
import { archivedEvents } from "./support/events";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";

// The service catalog through the real API and local cloud (issue 27): the service as the spine that
// requests, datasets and incidents name, its page, its scorecard, and who may do what.
const { cloud, call, poll } = useLocalCloud("cat", { timeScale: 0.001 });
const { eventsThrough } = archivedEvents(cloud, "serviceId");
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };

async function register(id: string, extra: Record<string, unknown> = {}, user = "ALICE") {
  return await call("POST", "/v1/services", user, { id, name: `The ${id}`, ...extra });
}

async function queueFor(service: string | undefined, name = unique("q")) {
  const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
    template: "sqs-queue",
    name,
    ...(service ? { service } : {}),
    ttlHours: 24,
    tags,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  return await poll(`/v1/provisioning-requests/${created.body.id}`, (r) => r.status === "SUCCEEDED", "ALICE");
}

describe("the service catalog", () => {
  it("links a request, a dataset and an incident to a service, shows them on its page, and retires it only when nothing is live", async () => {
    const id = unique("checkout");
    const created = await register(id, {
      lifecycle: "production",
      tier: 1,
      repository: { provider: "github", owner: "acme", name: id },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"1"');
    expect(created.headers.get("location")).toBe(`/v1/services/${id}`);

    // A request naming it: its stack carries the allocation tags.
    const request = await queueFor(id);
    expect(request.service).toBe(id);
    expect(request.tags).toMatchObject({
      "plinth:service": id,
      "plinth:team": "payments",
      "plinth:request": request.id,
      team: "payments",
    });
    // A dataset naming it.
    const dataset = `ds_${randomUUID().slice(0, 6)}`;
    const registered = await call("POST", "/v1/datasets", "ALICE", {
      id: dataset,
      team: "payments",
      service: id,
      contract: customersContract,
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body.service).toBe(id);

    // Break the provisioned queue: the alarm's incident names the service (read off the queue's tags).
    const queueName = String(request.outputs.QueueUrl).split("/").at(-1) as string;
    const alarm = alarmFor(`sqs-queue/${queueName}`, "ApproximateNumberOfMessagesVisible");
    cloud().cloudWatch.putMetricAlarm(alarm);
    cloud().fleet.break(`sqs-queue/${queueName}`, "dlq-backlog");
    const incidents = await poll(
      `/v1/incidents?team=payments&alarm=${encodeURIComponent(alarm.AlarmName)}`,
      (body) => body?.items?.[0]?.service === id,
      "ALICE",
    );
    const incident = incidents.items[0];

    const page = (await call("GET", `/v1/services/${id}/page`, "ALICE")).body;
    expect(page.service.id).toBe(id);
    expect(page.resources.items.map((r: Body) => r.requestId)).toEqual([request.id]);
    expect(page.resources.monthlyUsd).toBe(request.plan.cost.monthlyUsd);
    expect(page.datasets.items.map((d: Body) => d.id)).toEqual([dataset]);
    expect([...page.incidents.open, ...page.incidents.recent].map((i: Body) => i.id)).toContain(incident.id);
    expect(page.scorecard.rules.map((r: Body) => r.rule)).toContain("tier1-alarms");
    expect(page.scorecard.rules.find((r: Body) => r.rule === "has-repository")).toMatchObject({ status: "pass" });
    expect(page.reads).toBeGreaterThan(0);

    // Retiring is refused while it owns something live, naming each.
    const refused = await call("DELETE", `/v1/services/${id}`, "ALICE");
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(`request ${request.id}`);
    expect(refused.body.detail).toContain(`dataset ${dataset}`);

    // Teardown: the dataset moves to no service, the request is destroyed; then it retires.
    const moved = await call("PUT", `/v1/datasets/${dataset}/service`, "ALICE", { service: null });
    expect(moved.status).toBe(200);
    expect(moved.body.service).toBeUndefined();
    expect((await call("PUT", `/v1/datasets/${dataset}/service`, "DAN", { service: null })).status).toBe(404);
    expect((await call("POST", `/v1/provisioning-requests/${request.id}/destroy`, "ALICE")).status).toBe(202);
    await poll(`/v1/provisioning-requests/${request.id}`, (r) => r.status === "DESTROYED", "ALICE");
    expect((await call("GET", `/v1/services/${id}/page`, "ALICE")).body.datasets.items).toEqual([]);
    expect((await call("DELETE", `/v1/services/${id}`, "ALICE")).status).toBe(204);

    // A service whose only link is a request: retired once the request is torn down.
    const lone = unique("lone");
    expect((await register(lone)).status).toBe(201);
    const its = await queueFor(lone);
    expect((await call("DELETE", `/v1/services/${lone}`, "ALICE")).status).toBe(409);
    expect((await call("POST", `/v1/provisioning-requests/${its.id}/destroy`, "ALICE")).status).toBe(202);
    await poll(`/v1/provisioning-requests/${its.id}`, (r) => r.status === "DESTROYED", "ALICE");
    expect((await call("DELETE", `/v1/services/${lone}`, "ALICE")).status).toBe(204);
    expect((await call("GET", `/v1/services/${lone}`, "ALICE")).status).toBe(404);
    expect(await eventsThrough(lone, "Service Retired")).toEqual(["Service Registered", "Service Retired"]);
  });

  it("refuses a service that is not the team's on a request or a dataset, naming the field", async () => {
    const theirs = unique("search-ui");
    expect((await register(theirs, {}, "DAN")).status).toBe(201);
    for (const service of [theirs, "no-such-service"]) {
      const request = await call("POST", "/v1/provisioning-requests", "ALICE", {
        template: "sqs-queue",
        name: unique("x"),
        service,
        ttlHours: 24,
        tags,
      });
      expect(request.status).toBe(422);
      expect(request.body.errors.map((e: Body) => e.field)).toEqual(["body.service"]);
    }
    const dataset = await call("POST", "/v1/datasets", "ALICE", {
      id: `ds_${randomUUID().slice(0, 6)}`,
      team: "payments",
      service: theirs,
      contract: customersContract,
    });
    expect(dataset.status).toBe(422);
    expect(dataset.body.errors[0].field).toBe("body.service");
  });

  it("who may do what: members read, developers write, other teams get 404", async () => {
    const id = unique("ledger");
    expect((await register(id)).status).toBe(201);
    expect((await call("GET", `/v1/services/${id}`, "CAROL")).status).toBe(200);
    expect((await register(unique("viewer"), {}, "CAROL")).status).toBe(403);
    expect((await call("GET", `/v1/services/${id}`, "DAN")).status).toBe(404);
    expect((await call("GET", `/v1/services/${id}/page`, "DAN")).status).toBe(404);
    expect((await call("PATCH", `/v1/services/${id}`, "DAN", { tier: 1 }, { "if-match": '"1"' })).status).toBe(404);
    expect((await call("DELETE", `/v1/services/${id}`, "DAN")).status).toBe(404);
    const listed = await call("GET", `/v1/services?team=search&q=${id}`, "DAN");
    expect(listed.body.items).toEqual([]);
  });

  it("changes only with the version read: 428 without If-Match, 412 with a stale one", async () => {
    const id = unique("orders-api");
    await register(id);
    expect((await call("PATCH", `/v1/services/${id}`, "ALICE", { tier: 2 })).status).toBe(428);
    const changed = await call(
      "PATCH",
      `/v1/services/${id}`,
      "ALICE",
      { tier: 2, system: "shop" },
      { "if-match": '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).toBe('"2"');
    expect(changed.body).toMatchObject({ tier: 2, system: "shop", version: 2, updatedBy: "alice" });
    const stale = await call("PATCH", `/v1/services/${id}`, "ALICE", { tier: 1 }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const cleared = await call("PATCH", `/v1/services/${id}`, "ALICE", { system: null }, { "if-match": '"2"' });
    expect(cleared.body.system).toBeUndefined();
    // Registered, then one Service Changed per change that landed (not for the refused ones).
    expect(await eventsThrough(id, "Service Changed")).toEqual([
      "Service Registered",
      "Service Changed",
      "Service Changed",
    ]);
  });

  it("refuses bad slugs, unknown owners and bad repositories with 4xx naming the field", async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ id: "Checkout_API" }, 422, "body.id"],
      [{ id: "a--b" }, 422, "body.id"],
      [{ id: "x".repeat(64) }, 422, "body.id"],
      [{ id: unique("ok"), team: "no-such-team" }, 403, "body.team"],
      [
        { id: unique("ok"), repository: { provider: "github", owner: "-acme", name: "x" } },
        422,
        "body.repository.owner",
      ],
      [
        { id: unique("ok"), repository: { provider: "gitlab", owner: "acme", name: "x" } },
        422,
        "body.repository.provider",
      ],
      [
        { id: unique("ok"), repository: { provider: "github", owner: "acme", name: "x.git" } },
        422,
        "body.repository.name",
      ],
      [{ id: unique("ok"), links: [{ title: "x", url: "javascript:alert(1)" }] }, 422, "body.links.0.url"],
      [{ id: unique("ok"), colour: "red" }, 422, "body.colour"],
    ];
    for (const [body, status, field] of cases) {
      const answer = await call("POST", "/v1/services", "ALICE", body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(
        answer.body.errors.map((e: Body) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const id = unique("dup");
    await register(id);
    expect((await register(id)).status).toBe(409);
  });

  it("lists a team's services by id prefix or name prefix, filtered, in pages", async () => {
    const prefix = `p${randomUUID().slice(0, 4)}`;
    for (const [suffix, lifecycle, tier] of [
      ["alpha", "production", 1],
      ["beta", "experimental", 2],
      ["gamma", "production", 2],
    ] as const)
      await register(`${prefix}-${suffix}`, { lifecycle, tier, name: `${suffix.toUpperCase()} thing` });
    const ids = async (query: string) =>
      (await call("GET", `/v1/services?team=payments&${query}`, "ALICE")).body.items.map((s: Body) => s.id);
    expect(await ids(`q=${prefix}`)).toEqual([`${prefix}-alpha`, `${prefix}-beta`, `${prefix}-gamma`]);
    expect(await ids(`q=${prefix}&lifecycle=production`)).toEqual([`${prefix}-alpha`, `${prefix}-gamma`]);
    expect(await ids(`q=${prefix}&tier=2`)).toEqual([`${prefix}-beta`, `${prefix}-gamma`]);
    expect(await ids("q=gamma")).toContain(`${prefix}-gamma`);
    // A search answers its first `limit` matches; the full listing pages with cursors bound to it.
    expect(await ids(`q=${prefix}&limit=2`)).toEqual([`${prefix}-alpha`, `${prefix}-beta`]);
    const first = (await call("GET", "/v1/services?team=payments&limit=2", "ALICE")).body;
    expect(first.items).toHaveLength(2);
    const second = (await call("GET", `/v1/services?team=payments&limit=2&cursor=${first.cursor}`, "ALICE")).body;
    expect(second.items[0].id > first.items[1].id).toBe(true);
    const foreign = await call("GET", `/v1/services?team=payments&tier=2&limit=2&cursor=${first.cursor}`, "ALICE");
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe("query.cursor");
  });

  it("imports Backstage descriptors: a dry run says what it would do, a refused document writes nothing", async () => {
    const name = unique("imported");
    const yaml = [
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  title: Imported\n  annotations:\n    github.com/project-slug: acme/${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/payments\n`,
      "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: some-api\nspec:\n  type: openapi\n  lifecycle: production\n  owner: payments\n  definition: '{}'\n",
    ].join("---\n");
    const dry = await call("POST", "/v1/services/import", "ALICE", { yaml, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.applied).toBe(false);
    expect(dry.body.documents.map((d: Body) => [d.name, d.outcome])).toEqual([
      [name, "create"],
      ["some-api", "skipped"],
    ]);
    expect((await call("GET", `/v1/services/${name}`, "ALICE")).status).toBe(404);

    const withBad = `${yaml}---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: stranger\nspec:\n  type: service\n  lifecycle: production\n  owner: search\n`;
    const refused = await call("POST", "/v1/services/import", "ALICE", { yaml: withBad });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { field: "document[3].spec.owner", message: "search is not a Plinth team you may register services for" },
    ]);
    expect((await call("GET", `/v1/services/${name}`, "ALICE")).status).toBe(404);

    const applied = await call("POST", "/v1/services/import", "ALICE", { yaml });
    expect(applied.body.applied).toBe(true);
    const service = (await call("GET", `/v1/services/${name}`, "ALICE")).body;
    expect(service).toMatchObject({ name: "Imported", lifecycle: "production", repository: { owner: "acme", name } });
    const again = await call("POST", "/v1/services/import", "ALICE", { yaml, dryRun: true });
    expect(again.body.documents[0].outcome).toBe("unchanged");
    const exported = (await call("GET", `/v1/services/${name}/backstage`, "ALICE")).body;
    expect(exported.yaml).toContain(`github.com/project-slug: acme/${name}`);
  });

  it("ranks a team's services by scorecard, with reasons and fixes", async () => {
    const prefix = `sc${randomUUID().slice(0, 4)}`;
    await register(`${prefix}-good`, { repository: { provider: "github", owner: "acme", name: "good" } });
    await register(`${prefix}-bare`, { lifecycle: "production" });
    const cards = (await call("GET", `/v1/scorecards?team=payments&q=${prefix}`, "ALICE")).body;
    expect(cards.items.map((c: Body) => c.service)).toEqual([`${prefix}-good`, `${prefix}-bare`]);
    const bare = cards.items[1];
    expect(bare.level).toBeNull();
    const failed = bare.rules.filter((r: Body) => r.status === "fail");
    expect(failed.map((r: Body) => r.rule)).toEqual(["has-repository", "has-pipeline", "production-tier-set"]);
    expect(failed.map((r: Body) => r.fix)).toEqual([
      "set repository (plinth service edit --repo owner/name)",
      "set its repository, then create a pipeline (plinth pipeline create)",
      "set tier 1 or 2 (plinth service edit --tier 2)",
    ]);
    expect(bare.rules.find((r: Body) => r.rule === "production-gated")).toMatchObject({
      status: "not-applicable",
      reason: "no pipeline deploys it to production",
    });
  });
});
