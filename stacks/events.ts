import { patternOf, rules } from "@plinth/core";

/** The `plinth` bus; its physical name is prefixed by app and stage like every resource. */
export function bus() {
  return new sst.aws.Bus("Bus");
}

/**
 * The rules declared in packages/core, each targeting a state machine through a role that may only
 * start that machine (`Bus.subscribe` cannot target Step Functions).
 */
export function eventRules(
  plinthBus: sst.aws.Bus,
  lake: sst.aws.Bucket,
  machines: Record<string, { arn: $util.Output<string> }>,
) {
  const deployed: Record<string, aws.cloudwatch.EventRule> = {};
  for (const rule of rules) {
    const machine = machines[rule.target.workflow];
    if (!machine) throw new Error(`rule ${rule.name} targets unknown workflow ${rule.target.workflow}`);
    const eventRule = new aws.cloudwatch.EventRule(`Rule${rule.name}`, {
      description: rule.description,
      eventBusName: rule.bus === "plinth" ? plinthBus.name : "default",
      ...(rule.schedule
        ? { scheduleExpression: rule.schedule }
        : {
            eventPattern: lake.name.apply((lakeBucket) =>
              JSON.stringify(patternOf(rule, { lakeBucket, stage: $app.stage })),
            ),
          }),
    });
    const role = new aws.iam.Role(`Rule${rule.name}Role`, {
      assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "events.amazonaws.com" }),
      inlinePolicies: [
        {
          name: "start-execution",
          policy: $jsonStringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["states:StartExecution"], Resource: [machine.arn] }],
          }),
        },
      ],
    });
    new aws.cloudwatch.EventTarget(`Rule${rule.name}Target`, {
      rule: eventRule.name,
      eventBusName: rule.bus === "plinth" ? plinthBus.name : "default",
      arn: machine.arn,
      roleArn: role.arn,
      ...(rule.target.inputPath ? { inputPath: rule.target.inputPath } : {}),
    });
    deployed[rule.name] = eventRule;
  }
  return deployed;
}
