import { type Json, type StateMachine, type TaskState, tasks } from "./asl";

/**
 * Derives the IAM policy a state machine's role needs from the Task resources its definition uses,
 * so a role grants exactly what the workflow calls. Statements keep placeholders (`${TableArn}`)
 * and are bound by the same `render()` as the definition.
 *
 * Convention: a parameter bound to `${X}` (a name) is authorised on `${XArn}`; one already bound to
 * an ARN placeholder (`${XArn}`) is used as is. A resource that cannot be known before the run
 * (a `.$` path or a JSONata expression) is refused: widen the definition, not the role.
 */
export interface PolicyStatement {
  Effect: "Allow";
  Action: string[];
  Resource: string[];
}

const SDK_SERVICE_PREFIX: Record<string, string> = {
  sfn: "states",
  eventbridge: "events",
  cloudwatchlogs: "logs",
  applicationautoscaling: "application-autoscaling",
  elasticloadbalancingv2: "elasticloadbalancing",
  costexplorer: "ce",
};

export function deriveStatements(definition: StateMachine): PolicyStatement[] {
  const grants = new Map<string, Set<string>>();
  const grant = (actions: string[], resources: string[]) => {
    for (const action of actions) {
      const set = grants.get(action) ?? new Set<string>();
      for (const resource of resources) set.add(resource);
      grants.set(action, set);
    }
  };
  for (const [name, task] of tasks(definition)) {
    for (const [actions, resources] of grantsFor(name, task)) grant(actions, resources);
  }
  return merge(grants);
}

type Grant = [actions: string[], resources: string[]];

function grantsFor(stateName: string, task: TaskState): Grant[] {
  const resource = task.Resource;
  const args = (task.Parameters ?? task.Arguments ?? {}) as Record<string, Json>;
  const integration =
    /^arn:aws:states:::([a-z0-9-]+):([A-Za-z0-9]+)(?::([A-Za-z0-9]+))?(\.(?:sync(?::2)?|waitForTaskToken))?$/.exec(
      resource,
    );
  if (!integration) {
    if (/^(\$\{[A-Za-z0-9]*FunctionArn\}|arn:aws:lambda:)/.test(resource)) {
      return [[["lambda:InvokeFunction"], [resource, `${resource}:*`]]];
    }
    throw new Error(`state "${stateName}": cannot derive IAM for resource "${resource}"`);
  }
  const [, service, operation, sdkAction, suffix] = integration as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const target = (parameter: string) => arnOf(stateName, parameter, args[parameter]);

  switch (service) {
    case "dynamodb": {
      const table = target("TableName");
      return [[[`dynamodb:${pascal(operation)}`], [table]]];
    }
    case "events": {
      if (operation !== "putEvents") break;
      const entries = Array.isArray(args.Entries) ? args.Entries : [];
      const buses = entries.map((entry) => {
        const bus = (entry as Record<string, Json>).EventBusName;
        return bus === undefined ? "${DefaultBusArn}" : arnOf(stateName, "Entries[].EventBusName", bus);
      });
      return [[["events:PutEvents"], buses.length > 0 ? [...new Set(buses)] : ["${DefaultBusArn}"]]];
    }
    case "lambda": {
      if (operation !== "invoke") break;
      const fn = target("FunctionName");
      return [[["lambda:InvokeFunction"], [fn, `${fn}:*`]]];
    }
    case "states": {
      if (operation !== "startExecution") break;
      const machine = target("StateMachineArn");
      const grants: Grant[] = [[["states:StartExecution"], [machine]]];
      if (suffix?.startsWith(".sync")) {
        grants.push([["states:DescribeExecution", "states:StopExecution"], [executionsOf(machine)]]);
        grants.push([
          ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
          ["arn:aws:events:${Region}:${Account}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule"],
        ]);
      }
      return grants;
    }
    case "athena": {
      const actions = [
        "athena:StartQueryExecution",
        "athena:GetQueryExecution",
        "athena:StopQueryExecution",
        "athena:GetQueryResults",
      ];
      const workGroup =
        args.WorkGroup === undefined ? "arn:aws:athena:${Region}:${Account}:workgroup/primary" : target("WorkGroup");
      if (operation !== "startQueryExecution") return [[actions, [workGroup]]];
      // A query reads and writes S3 and the Glue catalog as the state machine's role: the bucket of
      // its result location (`s3://${Lake}/…`, by convention the data's bucket too) and Plinth's
      // scratch databases (created, filled and dropped per run) in the account's catalog.
      const output = (args.ResultConfiguration as Record<string, Json> | undefined)?.OutputLocation;
      const bucket =
        typeof output === "string" ? /^s3:\/\/\$\{([A-Za-z][A-Za-z0-9]*)\}\//.exec(output)?.[1] : undefined;
      if (!bucket)
        throw new Error(
          `state "${stateName}": ResultConfiguration.OutputLocation must be s3://\${Bucket}/… to derive IAM`,
        );
      const glue = "arn:aws:glue:${Region}:${Account}";
      return [
        [
          [...actions, "athena:GetDataCatalog", "athena:GetWorkGroup"],
          [workGroup, "arn:aws:athena:${Region}:${Account}:datacatalog/AwsDataCatalog"],
        ],
        [["s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"], [`\${${bucket}Arn}`]],
        [
          ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
          [`\${${bucket}Arn}/*`],
        ],
        [
          [
            "glue:GetDatabase",
            "glue:CreateDatabase",
            "glue:DeleteDatabase",
            "glue:GetTable",
            "glue:GetTables",
            "glue:CreateTable",
            "glue:DeleteTable",
            "glue:BatchCreatePartition",
            "glue:CreatePartition",
            "glue:GetPartition",
            "glue:GetPartitions",
            "glue:BatchGetPartition",
          ],
          [
            `${glue}:catalog`,
            `${glue}:database/default`,
            `${glue}:database/plinth_scratch_*`,
            `${glue}:table/plinth_scratch_*/*`,
          ],
        ],
      ];
    }
    case "aws-sdk": {
      if (sdkAction === undefined) break;
      const prefix = SDK_SERVICE_PREFIX[operation] ?? operation;
      // The SDK integrations address resources in service-specific ways; scope them by action only.
      return [[[`${prefix}:${pascal(sdkAction)}`], ["*"]]];
    }
  }
  throw new Error(`state "${stateName}": no IAM mapping for integration "${resource}"`);
}

function arnOf(stateName: string, parameter: string, value: Json | undefined): string {
  if (typeof value !== "string") {
    throw new Error(`state "${stateName}": ${parameter} must be a static placeholder such as \${Table} to derive IAM`);
  }
  const placeholder = /^\$\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(value);
  if (placeholder) {
    const name = placeholder[1] as string;
    return name.endsWith("Arn") ? value : `\${${name}Arn}`;
  }
  if (value.startsWith("arn:")) return value;
  throw new Error(`state "${stateName}": ${parameter} "${value}" is neither an ARN nor a placeholder`);
}

function executionsOf(machineArn: string): string {
  return machineArn.includes(":stateMachine:")
    ? `${machineArn.replace(":stateMachine:", ":execution:")}:*`
    : `arn:aws:states:\${Region}:\${Account}:execution:*`;
}

function pascal(operation: string): string {
  return operation.charAt(0).toUpperCase() + operation.slice(1);
}

/** One statement per distinct resource set, actions and resources sorted, so diffs stay quiet. */
function merge(grants: Map<string, Set<string>>): PolicyStatement[] {
  const byResources = new Map<string, { actions: string[]; resources: string[] }>();
  for (const [action, resources] of grants) {
    const sorted = [...resources].sort();
    const key = sorted.join("\n");
    const entry = byResources.get(key) ?? { actions: [], resources: sorted };
    entry.actions.push(action);
    byResources.set(key, entry);
  }
  return [...byResources.values()]
    .map(({ actions, resources }) => ({ Effect: "Allow" as const, Action: actions.sort(), Resource: resources }))
    .sort((a, b) => (a.Action[0] as string).localeCompare(b.Action[0] as string));
}
