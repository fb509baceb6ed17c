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
  return {
    store,
    workflows,
    provisioning: new ProvisioningService({ store, workflows, clock, policy, stage: "test" }),
  };
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

  describe("when the execution waiting for an answer is gone (issue 16, item 5)", () => {
    async function waiting() {
      const w = service();
      const { request } = await w.provisioning.create(
        body("vault", { environment: "production", ttlHours: undefined }),
        alice,
        { correlationId: "c" },
      );
      const stored = w.store.records.get(request.id) as NonNullable<ReturnType<typeof w.store.records.get>>;
      w.store.records.set(request.id, { ...stored, status: "AWAITING_APPROVAL", taskToken: "token-1" });
      w.workflows.lost.add("token-1");
      return { ...w, request };
    }

    it("approve answers 409 and leaves no decision behind", async () => {
      const { provisioning, store, request } = await waiting();
      expect(await codeOf(provisioning.approve(request.id, bob, { planHash: request.plan.hash }))).toBe("conflict");
      const after = await store.get(request.id);
      expect(after?.approval).toBeUndefined();
      expect(after?.status).toBe("AWAITING_APPROVAL");
      expect(after?.timeline.at(-1)?.message).toBe("approval not delivered: the workflow is no longer waiting");
    });

    it("reject still ends the request REJECTED and gives its budget back: nothing was built", async () => {
      const { provisioning, store, request } = await waiting();
      const rejected = await provisioning.reject(request.id, bob, { comment: "not now" });
      expect(rejected.status).toBe("REJECTED");
      expect(await store.committedCents("payments")).toBe(0);
    });

    it("cancel still moves to CANCELLED and starts the clean-up", async () => {
      const { provisioning, workflows, request } = await waiting();
      const cancelled = await provisioning.cancel(request.id, alice);
      expect(cancelled.status).toBe("CANCELLED");
      expect(workflows.started.has(`${request.id}-cancel`)).toBe(true);
    });
  });
});
