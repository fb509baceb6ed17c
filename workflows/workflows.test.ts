import { WorkflowNames } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { localBindings, taskFunctionName } from "../packages/local/src/workflows";
import { deriveStatements, render, type StateMachine, validateWorkflow, workflows } from ".";

describe("the declared workflows", () => {
  it.each(workflows.map((w) => [w.name, w] as const))(
    "%s is valid ASL and follows Plinth's Task rules",
    (_, workflow) => {
      expect(validateWorkflow(workflow.definition)).toEqual({ valid: true, errors: [] });
    },
  );

  it.each(workflows.map((w) => [w.name, w] as const))("%s binds every placeholder locally", (_, workflow) => {
    const taskArns = Object.fromEntries(
      Object.keys(workflow.tasks ?? {}).map((b) => [
        `${b}Arn`,
        `arn:aws:lambda:us-east-1:0:function:${taskFunctionName("t", workflow.name, b)}`,
      ]),
    );
    const rendered = JSON.stringify(
      render(workflow.definition, { ...localBindings("t", { tableName: "t", busName: "b" }), ...taskArns }),
    );
    expect(rendered).not.toMatch(/\$\{[A-Za-z]+\}/);
  });

  it("derives least-privilege IAM: the task function, CloudFormation actions, and the sibling state machines", () => {
    const byName = Object.fromEntries(workflows.map((w) => [w.name, deriveStatements(w.definition)]));
    const actions = (name: string) => (byName[name] ?? []).flatMap((s) => s.Action);
    expect(actions("Provisioning")).toEqual(
      expect.arrayContaining([
        "lambda:InvokeFunction",
        "cloudformation:CreateChangeSet",
        "cloudformation:ExecuteChangeSet",
        "cloudformation:DeleteStack",
        "states:StartExecution",
      ]),
    );
    expect(JSON.stringify(byName.Provisioning)).toContain("stateMachine:plinth-${Stage}-ProvisioningExpiry");
    expect(JSON.stringify(byName.ProvisioningExpiry)).toContain("stateMachine:plinth-${Stage}-ProvisioningTeardown");
    expect(actions("ProvisioningTeardown")).not.toContain("cloudformation:CreateChangeSet");
  });

  it("grants promotion's Athena states the queries, the lake bucket and Glue only on its scratch databases", () => {
    const promotion = deriveStatements(
      workflows.find((w) => w.name === "Promotion")?.definition ?? { StartAt: "", States: {} },
    );
    const on = (action: string) => promotion.find((s) => s.Action.includes(action))?.Resource;
    expect(on("athena:StartQueryExecution")).toContain("arn:aws:athena:${Region}:${Account}:workgroup/primary");
    expect(on("athena:GetQueryResults")).toContain("arn:aws:athena:${Region}:${Account}:workgroup/primary");
    expect(on("s3:ListBucket")).toEqual(["${LakeArn}"]);
    expect(on("s3:PutObject")).toEqual(["${LakeArn}/*"]);
    expect(on("glue:CreateTable")).toEqual([
      "arn:aws:glue:${Region}:${Account}:catalog",
      "arn:aws:glue:${Region}:${Account}:database/default",
      "arn:aws:glue:${Region}:${Account}:database/plinth_scratch_*",
      "arn:aws:glue:${Region}:${Account}:table/plinth_scratch_*/*",
    ]);
    expect(promotion.flatMap((s) => s.Resource)).not.toContain("*");
  });

  it("grants remediation exactly the AWS calls its runbooks and describes make, and intake only the Remediation machine", () => {
    const remediation = deriveStatements(
      workflows.find((w) => w.name === "Remediation")?.definition ?? { StartAt: "", States: {} },
    );
    const actions = remediation.flatMap((s) => s.Action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "lambda:InvokeFunction",
        "ecs:DescribeServices",
        "ecs:UpdateService",
        "ec2:RebootInstances",
        "ssm:SendCommand",
        "autoscaling:SetDesiredCapacity",
        "lambda:UpdateAlias",
        "sqs:StartMessageMoveTask",
        "cloudwatch:DescribeAlarms",
        "cloudwatch:DescribeAlarmHistory",
      ]),
    );
    expect(actions).not.toContain("ec2:TerminateInstances");
    const intake = deriveStatements(
      workflows.find((w) => w.name === "RemediationIntake")?.definition ?? { StartAt: "", States: {} },
    );
    expect(intake.flatMap((s) => s.Action).sort()).toEqual(["lambda:InvokeFunction", "states:StartExecution"]);
    expect(JSON.stringify(intake)).toContain("stateMachine:plinth-${Stage}-Remediation");
  });
});

describe("workflow names", () => {
  it("are core's WorkflowNames, each declared once: the API starts what the stack deploys", () => {
    expect(workflows.map((w) => w.name).sort()).toEqual([...WorkflowNames].sort());
  });
});

describe("loops", () => {
  const poll = {
    StartAt: "Wait",
    States: {
      Wait: { Type: "Wait", Seconds: 5, Next: "Describe" },
      Describe: {
        Type: "Task",
        Resource: "arn:aws:states:::aws-sdk:cloudformation:describeStacks",
        Parameters: { StackName: "s" },
        ResultPath: "$.stack",
        Retry: [{ ErrorEquals: ["States.Timeout"], MaxAttempts: 2 }],
        Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed" }],
        Next: "Ready",
      },
      Ready: {
        Type: "Choice",
        Choices: [{ Variable: "$.stack.StackStatus", StringEquals: "CREATE_COMPLETE", Next: "Done" }],
        Default: "Wait",
      },
      Done: { Type: "Succeed" },
      Failed: { Type: "Fail", Error: "Failed" },
    },
  } satisfies StateMachine;

  it("refuses a polling loop that nothing bounds, naming it", () => {
    expect(validateWorkflow(poll).errors).toEqual([
      "loop Wait → Describe → Ready has no bound: count its rounds (States.MathAdd and a numeric Choice) or give the workflow TimeoutSeconds",
    ]);
  });

  it("accepts it with a workflow timeout, or with a counter and a numeric check", () => {
    expect(validateWorkflow({ ...poll, TimeoutSeconds: 3600 }).valid).toBe(true);
    const counted = structuredClone(poll) as StateMachine;
    (counted.States.Wait as { Assign?: unknown }).Assign = { "polls.$": "States.MathAdd($polls, 1)" };
    (counted.States.Ready as { Choices: unknown[] }).Choices.unshift({
      Variable: "$polls",
      NumericGreaterThan: 100,
      Next: "Failed",
    });
    expect(validateWorkflow(counted).errors).toEqual([]);
  });
});
