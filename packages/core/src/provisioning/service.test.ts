import { describe, expect, it } from "vitest";
import type { Caller } from "../caller";
import { isPlinthError } from "../errors";
import { MemoryRequestStore, MemoryWorkflowRunner } from "./memory-ports";
import { defaultPolicyConfig } from "./policies";
import { ProvisioningService } from "./service";

const alice: Caller = { sub: "alice", teams: ["payments"], roles: ["developer"] };
const bob: Caller = { sub: "bob", teams: ["payments"], roles: ["approver"] };
const carol: Caller = { sub: "carol", teams: ["payments"], roles: ["viewer"] };
const body = (name: string, over: Record<string, unknown> = {}) => ({
  template: "sqs-queue",
  name,
  environment: "dev",
  ttlHours: 72,
  tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  ...over,
});

function service(policy = defaultPolicyConfig) {
  const store = new MemoryRequestStore();
  const workflows = new MemoryWorkflowRunner();
  const clock = { now: () => new Date("2026-11-01T10:00:00Z") };
  return { store, workflows, provisioning: new ProvisioningService({ store, workflows, clock, policy }) };
}
const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error: unknown) => (isPlinthError(error) ? error.code : String(error)),
  );

describe("ProvisioningService over in-memory ports", () => {
  it("records a create, reserves its cost and starts one execution named for it", async () => {
    const { store, workflows, provisioning } = service();
    const { request } = await provisioning.create(body("orders"), alice, { correlationId: "c1" });
    expect(request).toMatchObject({ status: "VALIDATING", team: "payments", requestedBy: "alice", version: 1 });
    expect([...workflows.started.keys()]).toEqual([`${request.id}-1`]);
    expect(request.execution).toBe(workflows.arnOf("Provisioning", `${request.id}-1`));
    expect(await store.committedCents("payments")).toBe(Math.round(request.plan.cost.monthlyUsd * 100));
  });

  it("answers a replay with one Idempotency-Key with the first request, and refuses the key for another body", async () => {
    const { store, workflows, provisioning } = service();
    const first = await provisioning.create(body("orders"), alice, {
      idempotencyKey: "key-12345678",
      correlationId: "a",
    });
    const again = await provisioning.create(body("orders"), alice, {
      idempotencyKey: "key-12345678",
      correlationId: "b",
    });
    expect(again).toEqual({ request: first.request, replayed: true });
    expect(store.records.size).toBe(1);
    expect(workflows.started.size).toBe(1);
    expect(
      await codeOf(provisioning.create(body("other"), alice, { idempotencyKey: "key-12345678", correlationId: "c" })),
    ).toBe("idempotency_key_reused");
  });

  it("refuses by role and team before anything is written", async () => {
    const { store, provisioning } = service();
    expect(await codeOf(provisioning.create(body("orders"), carol, { correlationId: "c" }))).toBe("forbidden");
    expect(await codeOf(provisioning.create(body("orders", { team: "search" }), alice, { correlationId: "c" }))).toBe(
      "forbidden",
    );
    expect(store.records.size).toBe(0);
  });

  it("keeps a team inside its budget across requests", async () => {
    const cost = (await service().provisioning.preview(body("big"), alice)).cost.monthlyUsd;
    const { provisioning } = service({ ...defaultPolicyConfig, monthlyBudgetUsd: { payments: cost * 1.5 } });
    expect(await codeOf(provisioning.create(body("big"), alice, { correlationId: "1" }))).toBe("ok");
    expect(await codeOf(provisioning.create(body("bigger"), alice, { correlationId: "2" }))).toBe("policy_violation");
  });

  it("cancels: the record names its clean-up, the running execution is stopped", async () => {
    const { workflows, provisioning } = service();
    const { request } = await provisioning.create(body("orders"), alice, { correlationId: "c" });
    expect(await codeOf(provisioning.cancel(request.id, carol))).toBe("forbidden");
    const cancelled = await provisioning.cancel(request.id, alice);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.execution).toBe(workflows.arnOf("ProvisioningTeardown", `${request.id}-cancel`));
    expect(workflows.stopped).toEqual([workflows.arnOf("Provisioning", `${request.id}-1`)]);
    expect(await codeOf(provisioning.cancel(request.id, alice))).toBe("conflict");
    expect(await codeOf(provisioning.approve(request.id, bob, { planHash: request.plan.hash }))).toBe("conflict");
  });
});
