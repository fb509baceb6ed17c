import { deriveStatements, render, type StageBindings, workflows } from "@plinth/workflows";
import { catalogNamePatterns } from "./catalog-scope";

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
export function stateMachines(resources: {
  table: Linked;
  bus: Linked;
  lake: sst.aws.Bucket;
  github: { secrets: sst.Secret[]; environment: Record<string, string> };
}) {
  const region = aws.getRegionOutput().region;
  const account = aws.getCallerIdentityOutput().accountId;
  const deployRole = cloudFormationRole();
  const machines: Record<
    string,
    { arn: $util.Output<string>; link: sst.Linkable<{ name: $util.Output<string>; arn: $util.Output<string> }> }
  > = {};

  for (const workflow of workflows) {
    const tasks = Object.fromEntries(
      Object.entries(workflow.tasks ?? {}).map(([binding, handler]) => [
        binding,
        new sst.aws.Function(`${workflow.name}${binding}`, {
          handler,
          link: [
            resources.table,
            resources.bus,
            ...(workflow.taskRuntime?.lake ? [resources.lake] : []),
            ...(workflow.github ? resources.github.secrets : []),
            // Declared after the workflows they start (workflows/index.ts), so those machines exist here.
            ...(workflow.startsWorkflows ?? []).map((started) => {
              const machine = machines[started];
              if (!machine) throw new Error(`${workflow.name} starts ${started}, which is declared after it`);
              return machine.link;
            }),
          ],
          environment: {
            ...(workflow.github ? resources.github.environment : {}),
            ...Object.fromEntries(
              (workflow.passEnvironment ?? []).flatMap((name) => {
                const value = process.env[name];
                return value ? [[name, value]] : [];
              }),
            ),
          },
          ...(workflow.describesStageExecutions
            ? {
                permissions: [
                  {
                    actions: ["states:DescribeExecution"],
                    resources: [
                      $interpolate`arn:aws:states:${region}:${account}:execution:${$app.name}-${$app.stage}-*:*`,
                    ],
                  },
                ],
              }
            : {}),
          ...(workflow.taskRuntime
            ? {
                memory: `${workflow.taskRuntime.memoryMb} MB` as const,
                timeout: `${workflow.taskRuntime.timeoutMinutes} minutes` as const,
                storage: `${workflow.taskRuntime.storageGb} GB` as const,
                nodejs: { install: workflow.taskRuntime.install },
              }
            : {}),
        }),
      ]),
    );
    const bindings = $util
      .all([
        resources.table.name,
        resources.table.arn,
        $util.all([resources.bus.name, resources.bus.arn, resources.lake.name, resources.lake.arn]),
        region,
        account,
        deployRole.arn,
        $util.all(Object.entries(tasks).map(([binding, fn]) => fn.arn.apply((arn) => [`${binding}Arn`, arn] as const))),
      ])
      .apply(
        ([table, tableArn, [busName, busArn, lakeName, lakeArn], regionName, accountId, deployRoleArn, taskArns]) => ({
          ...({
            Table: table,
            TableArn: tableArn,
            Bus: busName,
            BusArn: busArn,
            Lake: lakeName,
            LakeArn: lakeArn,
            DefaultBusArn: `arn:aws:events:${regionName}:${accountId}:event-bus/default`,
            Region: regionName,
            Account: accountId,
            Stage: $app.stage,
            CloudFormationRoleArn: deployRoleArn,
          } satisfies StageBindings),
          ...Object.fromEntries(taskArns),
        }),
      );

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
          // CreateChangeSet hands CloudFormation its own role; Step Functions may pass only that one.
          name: "pass-cloudformation-role",
          policy: deployRole.arn.apply((arn) =>
            JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Action: ["iam:PassRole"],
                  Resource: [arn],
                  Condition: { StringEquals: { "iam:PassedToService": "cloudformation.amazonaws.com" } },
                },
              ],
            }),
          ),
        },
        {
          name: "xray",
          policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                // X-Ray's segment APIs take no resource (AWS requirement).
                Action: [
                  "xray:PutTraceSegments",
                  "xray:PutTelemetryRecords",
                  "xray:GetSamplingRules",
                  "xray:GetSamplingTargets",
                ],
                Resource: ["*"],
              },
            ],
          }),
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
      // Every state transition (per-state durations: where a workflow's time goes) but no execution
      // data: records, contracts and parameters stay out of the logs; errors keep their error and cause.
      loggingConfiguration: { level: "ALL", includeExecutionData: false, logDestination: $interpolate`${logs.arn}:*` },
      // One trace from the API's StartExecution through each state and task function (X-Ray).
      tracingConfiguration: { enabled: true },
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

/**
 * The role CloudFormation assumes to build catalog stacks: it may manage only the resource types the
 * catalog renders, and only resources named for this stage's catalog stacks
 * (`plinth-<stage>-<team>-<environment>-<name>…`, stacks/catalog-scope.ts) — not the platform's own
 * resources, nor another stage's. IAM roles it creates are those of lambda-service, limited by name too.
 */
function cloudFormationRole() {
  const account = aws.getCallerIdentityOutput().accountId;
  const patterns = catalogNamePatterns($app.stage);
  const named = (service: string, prefix: string) =>
    $util.all(patterns.map((pattern) => $interpolate`arn:aws:${service}:*:${account}:${prefix}${pattern}`));
  return new aws.iam.Role("CatalogDeployRole", {
    name: `${$app.name}-${$app.stage}-cloudformation`,
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "cloudformation.amazonaws.com" }),
    inlinePolicies: [
      {
        name: "catalog",
        policy: $util
          .all([
            named("sqs", ""),
            named("dynamodb", "table/"),
            named("lambda", "function:"),
            named("logs", "log-group:/aws/lambda/"),
            named("cloudwatch", "alarm:"),
            $util.all(patterns.map((pattern) => $interpolate`arn:aws:iam::${account}:role/${pattern}`)),
          ])
          .apply(([sqs, dynamodb, lambda, logs, alarms, roles]) =>
            JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                { Effect: "Allow", Action: ["s3:*"], Resource: patterns.map((pattern) => `arn:aws:s3:::${pattern}`) },
                { Effect: "Allow", Action: ["sqs:*"], Resource: sqs },
                { Effect: "Allow", Action: ["dynamodb:*"], Resource: dynamodb },
                { Effect: "Allow", Action: ["lambda:*"], Resource: lambda },
                { Effect: "Allow", Action: ["logs:*"], Resource: [...logs, ...logs.map((arn) => `${arn}:*`)] },
                { Effect: "Allow", Action: ["cloudwatch:*"], Resource: alarms },
                { Effect: "Allow", Action: ["iam:*Role*", "iam:*RolePolicy", "iam:PassRole"], Resource: roles },
                // KMS keys get random ids: creation cannot be scoped by name, use is scoped by tag.
                { Effect: "Allow", Action: ["kms:CreateKey", "kms:TagResource"], Resource: ["*"] },
                {
                  Effect: "Allow",
                  Action: ["kms:*"],
                  Resource: ["*"],
                  Condition: { StringLike: { "aws:ResourceTag/plinth:template": "s3-bucket@*" } },
                },
              ],
            }),
          ),
      },
    ],
  });
}
