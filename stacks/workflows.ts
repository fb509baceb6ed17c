import { deriveStatements, render, workflows } from "../workflows";

interface Linked {
  name: $util.Output<string>;
  arn: $util.Output<string>;
}

/**
 * One state machine per declaration in workflows/, deployed from the same ASL object the tests and
 * the local cloud run. Each has its own role, whose policy is derived from the Task resources of
 * its definition, and is exposed to `link` through `sst.Linkable` (name, ARN, and the permissions
 * a caller needs to start, inspect, stop, redrive and answer its callbacks).
 */
export function stateMachines(resources: { table: Linked; bus: Linked }) {
  const region = aws.getRegionOutput().region;
  const account = aws.getCallerIdentityOutput().accountId;
  const machines: Record<
    string,
    { arn: $util.Output<string>; link: sst.Linkable<{ name: $util.Output<string>; arn: $util.Output<string> }> }
  > = {};

  for (const workflow of workflows) {
    const tasks = Object.fromEntries(
      Object.entries(workflow.tasks ?? {}).map(([binding, handler]) => [
        binding,
        new sst.aws.Function(`${workflow.name}${binding}`, { handler, link: [resources.table, resources.bus] }),
      ]),
    );
    const bindings = $util
      .all([
        resources.table.name,
        resources.table.arn,
        resources.bus.name,
        resources.bus.arn,
        region,
        account,
        $util.all(Object.entries(tasks).map(([binding, fn]) => fn.arn.apply((arn) => [`${binding}Arn`, arn] as const))),
      ])
      .apply(([table, tableArn, busName, busArn, regionName, accountId, taskArns]) => ({
        Table: table,
        TableArn: tableArn,
        Bus: busName,
        BusArn: busArn,
        DefaultBusArn: `arn:aws:events:${regionName}:${accountId}:event-bus/default`,
        Region: regionName,
        Account: accountId,
        ...Object.fromEntries(taskArns),
      }));

    const logs = new aws.cloudwatch.LogGroup(`${workflow.name}Logs`, {
      name: $interpolate`/aws/states/${$app.name}-${$app.stage}-${workflow.name}`,
      retentionInDays: $app.stage === "production" ? 90 : 14,
    });
    const role = new aws.iam.Role(`${workflow.name}Role`, {
      assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "states.amazonaws.com" }),
      inlinePolicies: [
        {
          name: "tasks",
          policy: bindings.apply((bound) =>
            JSON.stringify({ Version: "2012-10-17", Statement: render(deriveStatements(workflow.definition), bound) }),
          ),
        },
        {
          name: "logs",
          policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                // CloudWatch Logs delivery for Step Functions is authorised on "*" (AWS requirement).
                Action: [
                  "logs:CreateLogDelivery",
                  "logs:GetLogDelivery",
                  "logs:UpdateLogDelivery",
                  "logs:DeleteLogDelivery",
                  "logs:ListLogDeliveries",
                  "logs:PutResourcePolicy",
                  "logs:DescribeResourcePolicies",
                  "logs:DescribeLogGroups",
                ],
                Resource: ["*"],
              },
            ],
          }),
        },
      ],
    });
    const machine = new aws.sfn.StateMachine(`${workflow.name}StateMachine`, {
      name: `${$app.name}-${$app.stage}-${workflow.name}`,
      type: workflow.type,
      roleArn: role.arn,
      definition: bindings.apply((bound) => JSON.stringify(render(workflow.definition, bound))),
      loggingConfiguration: { level: "ERROR", includeExecutionData: true, logDestination: $interpolate`${logs.arn}:*` },
    });
    const executions = $interpolate`arn:aws:states:${region}:${account}:execution:${machine.name}:*`;
    const link = new sst.Linkable(workflow.name, {
      properties: { name: machine.name, arn: machine.arn },
      include: [
        sst.aws.permission({
          actions: ["states:StartExecution", "states:DescribeStateMachine", "states:ListExecutions"],
          resources: [machine.arn],
        }),
        sst.aws.permission({
          actions: [
            "states:DescribeExecution",
            "states:StopExecution",
            "states:RedriveExecution",
            "states:GetExecutionHistory",
          ],
          resources: [executions],
        }),
        sst.aws.permission({
          // Task tokens are not resources; AWS authorises these calls on "*".
          actions: ["states:SendTaskSuccess", "states:SendTaskFailure", "states:SendTaskHeartbeat"],
          resources: ["*"],
        }),
      ],
    });
    machines[workflow.name] = { arn: machine.arn, link };
  }
  return machines;
}
