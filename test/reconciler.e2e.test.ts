import { randomUUID } from "node:crypto";
import { DescribeExecutionCommand, SFNClient, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { describe, expect, it } from "vitest";
import { productionBucket, useProvisioningCloud } from "./support/provisioning";

// Issue 16, item 2: an execution stopped from outside (an operator, a crash) is announced by AWS's
// status change event; the execution-ended rule starts the Reconciler, which fails the record.
const { cloud, call, until, status, eventsThrough } = useProvisioningCloud();

describe("the reconciler, end to end", () => {
  it("fails a request whose execution an operator stopped, with the cause; approve is refused, retry works", async () => {
    const created = await call(
      "POST",
      "/v1/provisioning-requests",
      "ALICE",
      productionBucket(`stop-${randomUUID().slice(0, 6)}`),
    );
    const waiting = await until(created.body.id, status("AWAITING_APPROVAL"));
    const sfn = new SFNClient({});
    await sfn.send(
      new StopExecutionCommand({
        executionArn: waiting.execution,
        error: "Operator",
        cause: "stopped from the console",
      }),
    );
    const failed = await until(waiting.id, status("FAILED"));
    expect(failed.failure).toMatchObject({ step: "workflow", error: "Operator", reason: "stopped from the console" });
    expect(failed.timeline.at(-1)).toMatchObject({
      step: "workflow",
      status: "FAILED",
      error: "stopped from the console",
    });
    expect(await eventsThrough(waiting.id, "Provisioning Failed")).toContain("Provisioning Failed");

    const reconciliations = cloud()
      .eventBridge.archive.filter(({ matchedRules }) => matchedRules.some((rule) => rule.endsWith("-execution-ended")))
      .map(({ event }) => (event.detail as { executionArn: string }).executionArn);
    expect(reconciliations).toContain(waiting.execution);

    const approve = await call("POST", `/v1/provisioning-requests/${waiting.id}/approve`, "BOB", {
      planHash: waiting.plan.hash,
    });
    expect(approve.status).toBe(409);
    const retried = await call("POST", `/v1/provisioning-requests/${waiting.id}/retry`, "ALICE");
    expect(retried.status).toBe(202);
    const again = await until(waiting.id, status("AWAITING_APPROVAL"));
    const { status: running } = await sfn.send(new DescribeExecutionCommand({ executionArn: again.execution }));
    expect(running).toBe("RUNNING");
    sfn.destroy();
  });
});
