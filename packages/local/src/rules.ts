import {
  CreateEventBusCommand,
  type EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from "@aws-sdk/client-eventbridge";
import { rules as declared, patternOf, physicalName, type RuleDeclaration, type RuleResources } from "@plinth/core";

/**
 * Creates the `plinth` bus and loads the rules declared in packages/core into the local EventBridge
 * service through the real SDK — the same declarations stacks/events.ts deploys, each targeting its
 * workflow's state machine.
 */
export async function createBus(events: EventBridgeClient, name: string): Promise<{ name: string; arn: string }> {
  try {
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: name }));
    return { name, arn: EventBusArn as string };
  } catch (error) {
    if ((error as Error).name !== "ResourceAlreadyExistsException") throw error;
    return { name, arn: `arn:aws:events:us-east-1:000000000000:event-bus/${name}` };
  }
}

export async function deployRules(
  events: EventBridgeClient,
  stage: string,
  busName: string,
  machines: Record<string, { arn: string }>,
  resources: RuleResources,
  list: readonly RuleDeclaration[] = declared,
  /** Scheduled rules created DISABLED: a test at a fast time scale starts those workflows itself. */
  schedulesDisabled = false,
): Promise<string[]> {
  const deployed: string[] = [];
  for (const rule of list) {
    const machine = machines[rule.target.workflow];
    if (!machine) throw new Error(`rule ${rule.name} targets unknown workflow ${rule.target.workflow}`);
    const name = physicalName(stage, rule.name);
    const eventBusName = rule.bus === "plinth" ? busName : "default";
    await events.send(
      new PutRuleCommand({
        Name: name,
        EventBusName: eventBusName,
        ...(rule.schedule
          ? { ScheduleExpression: rule.schedule, ...(schedulesDisabled ? { State: "DISABLED" as const } : {}) }
          : { EventPattern: JSON.stringify(patternOf(rule, resources)) }),
        Description: rule.description,
      }),
    );
    await events.send(
      new PutTargetsCommand({
        Rule: name,
        EventBusName: eventBusName,
        Targets: [
          {
            Id: rule.target.workflow,
            Arn: machine.arn,
            ...(rule.target.inputPath ? { InputPath: rule.target.inputPath } : {}),
          },
        ],
      }),
    );
    deployed.push(name);
  }
  return deployed;
}
