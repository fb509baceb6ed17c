import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { devQueue, productionBucket, useProvisioningCloud } from "./support/provisioning";

// Time-driven ends, with the engine's clock 100,000× fast: the 24 h approval window lasts 0.86 s,
// a 48 h TTL 1.7 s (its warning 24 h before the end). Nothing here sleeps for a duration; the
// workflows' own Wait states do. (A 1 h TTL, 36 ms, was ended before the timer's first look on a
// loaded machine: then it tears down without a warning, as it should past the end.)
const { call, until, status, eventsThrough, cloud } = useProvisioningCloud(0.00001);
const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;

describe("provisioning over time", () => {
  it("expires a request nobody approved and deletes its empty stack", async () => {
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(unique("late")));
    const expired = await until(created.body.id, status("EXPIRED"));
    expect(expired.timeline.at(-1)).toMatchObject({ step: "approval", status: "EXPIRED" });
    expect(await eventsThrough(expired.id, "Provisioning Approval Expired")).toContain("Provisioning Approval Expired");
    expect(
      cloud()
        .cloudFormation.liveStacks()
        .some((s) => s.name === expired.plan.stackName),
    ).toBe(false);
    const late = await call("POST", `/v1/provisioning-requests/${expired.id}/approve`, "BOB", {
      planHash: expired.plan.hash,
    });
    expect(late.status).toBe(409);
  });

  it("warns before the TTL ends, then tears the stack down", async () => {
    const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
      ...devQueue(unique("brief")),
      ttlHours: 48,
    });
    const destroyed = await until(created.body.id, status("DESTROYED", "FAILED"));
    expect(destroyed.status).toBe("DESTROYED");
    expect(await eventsThrough(destroyed.id, "Provisioning Destroyed")).toEqual([
      "Provisioning Requested",
      "Provisioning Planned",
      "Provisioning Succeeded",
      "Provisioning Expiry Warned",
      "Provisioning Destroyed",
    ]);
    const destroyedEvent = cloud().eventBridge.archive.find(
      ({ event }) =>
        event["detail-type"] === "Provisioning Destroyed" &&
        (event.detail as { requestId: string }).requestId === destroyed.id,
    );
    expect(destroyedEvent?.event.detail).toMatchObject({ reason: "expired" });
    expect(destroyed.timeline.map((e: { step: string }) => e.step)).toContain("expiry");
    // Item 11 (issue 14): the record names the teardown execution that acted on it, not the finished provisioning.
    expect(destroyed.execution).toMatch(
      new RegExp(
        `^arn:aws:states:us-east-1:000000000000:execution:plinth-[a-z0-9]+-ProvisioningTeardown:${destroyed.id}-expired$`,
      ),
    );
  });
});
