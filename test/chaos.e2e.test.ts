import { randomUUID } from "node:crypto";
import { ListExecutionsCommand, ListStateMachinesCommand, SFNClient, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { breaches, expectNothingStuck } from "./support/invariants";
import { usePromotionCloud } from "./support/promotion";
import { devQueue, productionBucket } from "./support/provisioning";
import { fleetResource } from "./support/remediation";

// Issue 16: executions stopped from outside while work is in flight, across every workflow; the
// reconciler (execution-ended rule) must leave no record saying it works without a running execution.
const { cloud, call, poll, setup, lake } = usePromotionCloud("chaos", { timeScale: 0.001 });

/** A fixed-seed generator: the same choice of victims on every run, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("chaos: executions stopped while work is in flight", () => {
  it("every record ends normally or is reconciled; nothing is left working without a running execution", {
    timeout: 120_000,
  }, async () => {
    const sfn = new SFNClient({});
    const { id: dataset } = await setup();
    const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;
    // Work of every kind: requests waiting for approval and applying, incidents waiting for an
    // approver, promotions running from landed files.
    for (let i = 0; i < 3; i++) {
      expect((await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(unique("wait")))).status).toBe(
        202,
      );
      expect((await call("POST", "/v1/provisioning-requests", "ALICE", devQueue(unique("run")))).status).toBe(202);
    }
    for (let i = 0; i < 2; i++) {
      const { key } = fleetResource(
        cloud(),
        { type: "ec2-instance", id: `i-0${randomUUID().replaceAll("-", "").slice(0, 16)}`, tags: { team: "payments" } },
        ["StatusCheckFailed_Instance"],
      );
      cloud().fleet.break(key, "status-check-failed");
    }
    const { orderRows, toCsv } = await import("../packages/local/src/lake/sample");
    for (const day of ["2026-11-10", "2026-11-11", "2026-11-12"])
      await lake().put(`lake/landing/${dataset}/${day}/orders.csv`, toCsv(orderRows(day, 3000, 200)));

    // Stop a fixed-seed choice of whatever runs now, in every state machine (bounded: up to 8).
    const random = seeded(16);
    const { stateMachines = [] } = await sfn.send(new ListStateMachinesCommand({}));
    const running: string[] = [];
    for (const machine of stateMachines) {
      const { executions = [] } = await sfn.send(
        new ListExecutionsCommand({ stateMachineArn: machine.stateMachineArn, statusFilter: "RUNNING" }),
      );
      running.push(...executions.map((execution) => execution.executionArn as string));
    }
    running.sort();
    const victims = running.filter(() => random() < 0.5).slice(0, 8);
    expect(victims.length).toBeGreaterThan(0);
    for (const executionArn of victims)
      await sfn
        .send(new StopExecutionCommand({ executionArn, error: "Chaos", cause: "stopped by the chaos test" }))
        .catch(() => undefined); // it may have ended meanwhile

    await expectNothingStuck(() => breaches(cloud().apiClients.dynamodb, cloud().tableName, sfn, lake()), {
      withinMs: 30_000,
    });
    // The API still answers every stopped request's next step with 2xx or a documented 4xx.
    const requests = await poll("/v1/provisioning-requests?team=payments&limit=100", () => true, "ALICE");
    for (const request of requests.items as { id: string; status: string }[]) {
      const next = request.status === "FAILED" ? "retry" : request.status === "SUCCEEDED" ? "destroy" : undefined;
      if (!next) continue;
      const answer = await call("POST", `/v1/provisioning-requests/${request.id}/${next}`, "ALICE");
      expect([202, 409], `${next} ${request.id}`).toContain(answer.status);
    }
    sfn.destroy();
  });
});
