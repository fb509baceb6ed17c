import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { ListExecutionsCommand, SFNClient } from "@aws-sdk/client-sfn";
import type { RuleDeclaration } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { useStepFunctions } from "../../../test/support/sfn";
import { createBus, deployRules } from "./rules";

const sf = useStepFunctions();

describe("deployRules", () => {
  it("loads a core rule declaration onto the plinth bus, targeting its workflow's state machine", async () => {
    const events = new EventBridgeClient({});
    const bus = await createBus(events, "plinth-rules-bus");
    const machine = await sf.deploy({ StartAt: "Echo", States: { Echo: { Type: "Pass", End: true } } });
    const declaration: RuleDeclaration = {
      name: "ProvisioningRequested",
      description: "start provisioning",
      bus: "plinth",
      pattern: { source: ["plinth.provisioning"], "detail-type": ["Provisioning Requested"] },
      target: { workflow: "Provisioning", inputPath: "$.detail" },
    };
    expect(
      await deployRules(
        events,
        "rules",
        bus.name,
        { Provisioning: { arn: machine } },
        { lakeBucket: "lake", stage: "rules" },
        [declaration],
      ),
    ).toEqual(["plinth-rules-ProvisioningRequested"]);

    await events.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: bus.name,
            Source: "plinth.provisioning",
            DetailType: "Provisioning Requested",
            Detail: '{"requestId":"r1"}',
          },
        ],
      }),
    );
    await sf.cloud().eventBridge.drain();
    const { executions } = await new SFNClient({}).send(new ListExecutionsCommand({ stateMachineArn: machine }));
    const done = await sf.finished(executions?.[0]?.executionArn as string);
    expect(JSON.parse(done.input ?? "")).toEqual({ requestId: "r1" });
  });

  it("refuses a rule whose workflow is not deployed", async () => {
    const declaration: RuleDeclaration = {
      name: "X",
      description: "",
      bus: "default",
      pattern: { source: ["x"] },
      target: { workflow: "Missing" },
    };
    await expect(
      deployRules(new EventBridgeClient({}), "rules", "b", {}, { lakeBucket: "lake", stage: "rules" }, [declaration]),
    ).rejects.toThrow(/unknown workflow Missing/);
  });
});
