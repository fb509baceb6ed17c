import { CreateStateMachineCommand, type SFNClient, UpdateStateMachineCommand } from "@aws-sdk/client-sfn";
import { physicalName } from "@plinth/core";
import {
  type Bindings,
  workflows as declared,
  render,
  type StageBindings,
  type WorkflowDeclaration,
} from "@plinth/workflows";

/**
 * Deploys the workflows of `workflows/` to the local Step Functions service exactly as
 * stacks/workflows.ts deploys them to AWS: same ASL object, placeholders bound by the same
 * `render()`, one state machine per declaration, named `plinth-<stage>-<name>`.
 */
export const LOCAL_ACCOUNT = "000000000000";
export const LOCAL_REGION = "us-east-1";

export function localBindings(
  stage: string,
  resources: { tableName: string; busName: string; lakeBucket?: string },
): StageBindings {
  const arn = (service: string, resource: string) => `arn:aws:${service}:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${resource}`;
  const lake = resources.lakeBucket ?? physicalName(stage, "lake");
  return {
    Table: resources.tableName,
    TableArn: arn("dynamodb", `table/${resources.tableName}`),
    Bus: resources.busName,
    BusArn: arn("events", `event-bus/${resources.busName}`),
    DefaultBusArn: arn("events", "event-bus/default"),
    Region: LOCAL_REGION,
    Account: LOCAL_ACCOUNT,
    Stage: stage,
    Lake: lake,
    LakeArn: `arn:aws:s3:::${lake}`,
    // The role CloudFormation deploys catalog stacks with (the stack creates it in AWS).
    CloudFormationRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${physicalName(stage, "cloudformation")}`,
  };
}

/** The local function name of a workflow's task binding (what the stack names `${workflow}${binding}`). */
export function taskFunctionName(stage: string, workflow: string, binding: string): string {
  return physicalName(stage, `${workflow}${binding}`);
}

export async function deployWorkflows(
  sfn: SFNClient,
  stage: string,
  bindings: Bindings,
  list: readonly WorkflowDeclaration[] = declared,
): Promise<Record<string, { name: string; arn: string }>> {
  const deployed: Record<string, { name: string; arn: string }> = {};
  for (const workflow of list) {
    const taskArns = Object.fromEntries(
      Object.keys(workflow.tasks ?? {}).map((binding) => [
        `${binding}Arn`,
        `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${taskFunctionName(stage, workflow.name, binding)}`,
      ]),
    );
    const definition = JSON.stringify(render(workflow.definition, { ...bindings, ...taskArns }));
    const name = physicalName(stage, workflow.name);
    const roleArn = `arn:aws:iam::${LOCAL_ACCOUNT}:role/${name}`;
    let arn: string;
    try {
      arn = (await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn, type: workflow.type })))
        .stateMachineArn as string;
    } catch (error) {
      if ((error as Error).name !== "StateMachineAlreadyExists") throw error;
      arn = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${name}`;
      await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition }));
    }
    deployed[workflow.name] = { name, arn };
  }
  return deployed;
}
