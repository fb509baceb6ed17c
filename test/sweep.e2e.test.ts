import { randomUUID } from "node:crypto";
import { DisableRuleCommand, EnableRuleCommand, EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { DescribeExecutionCommand, SFNClient, StopExecutionCommand } from "@aws-sdk/client-sfn";
import { physicalName } from "@plinth/core";
import { afterAll, describe, expect, it } from "vitest";
import { breaches, expectNothingStuck } from "./support/invariants";
import { productionBucket, useProvisioningCloud } from "./support/provisioning";

// Issue 16, item 3: a status change that never arrives (here: the execution-ended rule disabled, as
// a lost event or a failed reconciler would leave it) is caught by the scheduled sweep, which reads
// only the working index. Time runs 1000× fast: the sweep's 5 minutes are 0.3 s, its grace 0.6 s.
const { cloud, call, until, status } = useProvisioningCloud(0.001, { sweepGraceSeconds: 600 });
const sfn = new SFNClient({});
const events = new EventBridgeClient({});
afterAll(() => {
  sfn.destroy();
  events.destroy();
});

describe("the sweep, end to end", () => {
  it("reconciles a request whose execution ended without a word to it, then leaves running ones alone", async () => {
    const executionEnded = physicalName(cloud().stage, "execution-ended");
    await events.send(new DisableRuleCommand({ Name: executionEnded }));
    try {
      const stopped = await until(
        (await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(`sw-${randomUUID().slice(0, 6)}`)))
          .body.id,
        status("AWAITING_APPROVAL"),
      );
      const waiting = await until(
        (await call("POST", "/v1/provisioning-requests", "ALICE", productionBucket(`sw-${randomUUID().slice(0, 6)}`)))
          .body.id,
        status("AWAITING_APPROVAL"),
      );
      await sfn.send(
        new StopExecutionCommand({ executionArn: stopped.execution, error: "Operator", cause: "stopped by hand" }),
      );
      const failed = await until(stopped.id, status("FAILED"));
      expect(failed.failure).toMatchObject({ step: "workflow", error: "Operator", reason: "stopped by hand" });

      // Nothing reached the reconciler through the rule: the sweep's scheduled runs did it.
      const sweeps = cloud().eventBridge.archive.filter(({ matchedRules }) =>
        matchedRules.some((rule) => rule.endsWith("-sweep")),
      );
      expect(sweeps.length).toBeGreaterThan(0);
      expect(
        cloud().eventBridge.archive.some(
          ({ event, matchedRules }) =>
            matchedRules.some((rule) => rule === executionEnded) &&
            (event.detail as { executionArn?: string }).executionArn === stopped.execution,
        ),
      ).toBe(false);

      // Counted: one reconciliation of a provisioning record, by the sweep.
      await expect
        .poll(() => cloud().metrics.select("Reconciliations", 0, { Workflow: "Provisioning", Trigger: "sweep" }).length)
        .toBe(1);

      // The request still waiting for approval has a RUNNING execution: the sweeps left it as it was.
      const still = (await call("GET", `/v1/provisioning-requests/${waiting.id}`, "ALICE")).body;
      expect(still).toMatchObject({ status: "AWAITING_APPROVAL", version: waiting.version });
      const { status: running } = await sfn.send(new DescribeExecutionCommand({ executionArn: waiting.execution }));
      expect(running).toBe("RUNNING");
      await expectNothingStuck(() => breaches(cloud().apiClients.dynamodb, cloud().tableName, sfn));
    } finally {
      await events.send(new EnableRuleCommand({ Name: executionEnded }));
    }
  });
});
