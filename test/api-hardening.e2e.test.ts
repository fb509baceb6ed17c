import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { customersContract } from "../packages/local/src/lake/sample";
import { useLocalCloud } from "./support/local-cloud";
import { devQueue, tags } from "./support/provisioning";

// Hostile and sloppy input (issue 14, items 1–6): each answer is a clear 4xx naming the field.
const { cloud, call } = useLocalCloud("hard", { timeScale: 0.001 });
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("API input, hardened", () => {
  it("item 1: a forged cursor is a 400 invalid_cursor on every list endpoint, never a 500", async () => {
    const orders = `orders_${randomUUID().slice(0, 6)}`;
    expect(
      (await call("POST", "/v1/datasets", "ALICE", { id: orders, team: "payments", contract: customersContract }))
        .status,
    ).toBe(201);
    const cursors = [
      forged({ pk: "x", gsi1pk: "y" }),
      forged({ pk: { S: "x" }, sk: { S: "y" }, gsi1pk: { S: "TEAM#payments#PR" }, gsi1sk: { S: "z" } }),
      "not-even-base64!",
      `${forged({ q: "x", k: { pk: "a", sk: "b", gsi1pk: "c", gsi1sk: "d" } })}.c2lnbmF0dXJl`,
    ];
    for (const path of [
      "/v1/provisioning-requests",
      "/v1/incidents",
      "/v1/datasets",
      `/v1/datasets/${orders}/promotions`,
    ]) {
      for (const cursor of cursors) {
        const response = await call("GET", `${path}?cursor=${encodeURIComponent(cursor)}`, "ALICE");
        expect(response.status, `${path} ${cursor}`).toBe(400);
        expect(response.body).toMatchObject({ code: "invalid_cursor", errors: [{ field: "query.cursor" }] });
      }
    }
  });

  it("item 1: a real cursor pages its own listing and is refused on another dataset's", async () => {
    const [orders, customers] = [`orders_${randomUUID().slice(0, 6)}`, `customers_${randomUUID().slice(0, 6)}`];
    for (const id of [orders, customers])
      expect(
        (await call("POST", "/v1/datasets", "ALICE", { id, team: "payments", contract: customersContract })).status,
      ).toBe(201);
    for (const partition of ["2026-01-01", "2026-01-02", "2026-01-03"])
      await call("POST", `/v1/datasets/${orders}/promotions`, "ALICE", { to: "bronze", partition });
    await call("POST", `/v1/datasets/${customers}/promotions`, "ALICE", { to: "bronze", partition: "2026-01-01" });

    const first = await call("GET", `/v1/datasets/${orders}/promotions?limit=2`, "ALICE");
    expect(first.body.items).toHaveLength(2);
    const second = await call("GET", `/v1/datasets/${orders}/promotions?limit=2&cursor=${first.body.cursor}`, "ALICE");
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.cursor).toBeUndefined();

    const replayed = await call("GET", `/v1/datasets/${customers}/promotions?cursor=${first.body.cursor}`, "ALICE");
    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatchObject({ code: "invalid_cursor", errors: [{ field: "query.cursor" }] });
    expect(replayed.body.detail).toContain("another listing");
  });

  it("item 2: parameters nested 10,000 levels deep are a 422 naming the field, not a stack overflow", async () => {
    // Written as text: JSON.stringify itself would overflow on such a value.
    const deep = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    const body = JSON.stringify({ ...devQueue(unique("deep")), parameters: { maxReceiveCount: 3, nested: "DEEP" } });
    const raw = await fetch(`${cloud().apiUrl}/v1/provisioning-requests`, {
      method: "POST",
      headers: { authorization: `Bearer ${cloud().tokens.ALICE}`, "content-type": "application/json" },
      body: body.replace('"DEEP"', deep),
    });
    const response = { status: raw.status, body: (await raw.json()) as { errors: unknown[] } };
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { field: "body.parameters", message: expect.stringContaining("nested deeper than 16 levels") },
    ]);
  });

  it("item 3: a 2 MB body is a 413 problem before parsing, and nothing is written", async () => {
    const name = unique("huge");
    const response = await call("POST", "/v1/provisioning-requests", "ALICE", {
      ...devQueue(name),
      padding: "x".repeat(2 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.body).toMatchObject({ code: "payload_too_large", errors: [{ field: "body" }] });
    const listed = await call("GET", "/v1/provisioning-requests?limit=100", "ALICE");
    expect(listed.body.items.map((r: { name: string }) => r.name)).not.toContain(name);
  });

  it("item 4: a misspelled template parameter or body field is a 422 naming it, with the likely meaning", async () => {
    const typo = await call("POST", "/v1/provisioning-requests", "ALICE", {
      ...devQueue(unique("typo")),
      parameters: { visibilityTimeout: 60 },
    });
    expect(typo.status).toBe(422);
    expect(typo.body.errors).toEqual([
      {
        field: "body.parameters.visibilityTimeout",
        message: "unknown parameter; did you mean visibilityTimeoutSeconds?",
      },
    ]);
    const stray = await call("POST", "/v1/provisioning-requests", "ALICE", {
      ...devQueue(unique("stray")),
      ttlHour: 3,
    });
    expect(stray.status).toBe(422);
    expect(stray.body.errors).toEqual([{ field: "body.ttlHour", message: "unknown field; did you mean ttlHours?" }]);

    const document = (await call("GET", "/openapi.json", "ALICE")).body;
    for (const name of ["CreateProvisioningRequest", "RegisterDataset", "PromotionRequest", "ApprovalDecision"])
      expect(document.components.schemas[name].additionalProperties, name).toBe(false);
    const template = (await call("GET", "/v1/templates/sqs-queue", "ALICE")).body;
    expect(template.parameters.additionalProperties).toBe(false);
  });

  it("item 5: the caller's role and team are checked before any state is revealed", async () => {
    const id = `quiet_${randomUUID().slice(0, 6)}`;
    expect(
      (await call("POST", "/v1/datasets", "ALICE", { id, team: "payments", contract: customersContract })).status,
    ).toBe(201);
    const viewer = await call("POST", `/v1/datasets/${id}/quarantine/reprocess`, "CAROL", {});
    expect(viewer.status).toBe(403);
    const developer = await call("POST", `/v1/datasets/${id}/quarantine/reprocess`, "ALICE", {});
    expect(developer.status).toBe(409);

    const dataset = await call("POST", "/v1/datasets", "DAN", {
      id: `foreign_${randomUUID().slice(0, 6)}`,
      team: "payments",
      contract: customersContract,
    });
    const request = await call("POST", "/v1/provisioning-requests", "DAN", {
      ...devQueue(unique("foreign")),
      team: "payments",
    });
    expect(dataset.status).toBe(403);
    expect(request.status).toBe(403);
    expect(dataset.body.errors).toEqual([{ field: "body.team", message: expect.any(String) }]);
  });

  it("item 6: a filtered list fills its page while matches exist further down", async () => {
    const marker = unique("fill");
    for (let i = 0; i < 3; i++) {
      const made = await call("POST", "/v1/provisioning-requests", "DAN", { ...devQueue(`${marker}-q${i}`, "dan") });
      expect(made.status).toBe(202);
    }
    for (let i = 0; i < 6; i++) {
      const made = await call("POST", "/v1/provisioning-requests", "DAN", {
        template: "s3-bucket",
        name: `${marker}-b${i}`,
        environment: "dev",
        ttlHours: 24,
        tags: tags("dan"),
      });
      expect(made.status).toBe(202);
    }
    const first = await call("GET", "/v1/provisioning-requests?template=sqs-queue&limit=2", "DAN");
    expect(first.body.items.map((r: { name: string }) => r.name)).toEqual([`${marker}-q2`, `${marker}-q1`]);
    expect(first.body.cursor).toEqual(expect.any(String));
    const second = await call(
      "GET",
      `/v1/provisioning-requests?template=sqs-queue&limit=2&cursor=${first.body.cursor}`,
      "DAN",
    );
    expect(second.body.items.map((r: { name: string }) => r.name)).toEqual([`${marker}-q0`]);
    expect(second.body.cursor).toBeUndefined();
    // The cursor is bound to its filters: reused without them, it is refused.
    const unfiltered = await call("GET", `/v1/provisioning-requests?limit=2&cursor=${first.body.cursor}`, "DAN");
    expect(unfiltered.status).toBe(400);
  });
});
