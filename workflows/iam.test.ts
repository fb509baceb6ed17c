import { describe, expect, it } from "vitest";
import type { StateMachine } from "./asl";
import { deriveStatements } from "./iam";
import { render } from "./render";
import { validateWorkflow } from "./validate";

const retry = [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 2 }];
const recordFailure = [{ ErrorEquals: ["States.ALL"], Next: "RecordFailure", ResultPath: "$.error" }];

/** A sample shaped like the product's workflows: SDK integrations, a callback, a Map and a Parallel. */
const sample: StateMachine = {
  Comment: "sample for IAM derivation",
  StartAt: "Record",
  States: {
    Record: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:putItem",
      Parameters: { TableName: "${Table}", Item: { pk: { "S.$": "$.id" } } },
      Retry: retry,
      Catch: recordFailure,
      Next: "Plan",
    },
    Plan: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke",
      Parameters: { FunctionName: "${PlanFunctionArn}", "Payload.$": "$" },
      Retry: retry,
      Catch: recordFailure,
      Next: "Approve",
    },
    Approve: {
      Type: "Task",
      Resource: "arn:aws:states:::events:putEvents.waitForTaskToken",
      Parameters: {
        Entries: [
          { EventBusName: "${Bus}", Source: "plinth.provisioning", DetailType: "Approval Requested", "Detail.$": "$" },
        ],
      },
      Retry: retry,
      Catch: recordFailure,
      Next: "Fan",
    },
    Fan: {
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: {
        StartAt: "Describe",
        States: {
          Describe: {
            Type: "Task",
            Resource: "arn:aws:states:::aws-sdk:cloudformation:describeStacks",
            Parameters: { "StackName.$": "$.stack" },
            Retry: retry,
            Catch: [{ ErrorEquals: ["States.ALL"], Next: "Skip" }],
            End: true,
          },
          Skip: { Type: "Pass", End: true },
        },
      },
      Next: "Both",
    },
    Both: {
      Type: "Parallel",
      Branches: [
        {
          StartAt: "Read",
          States: {
            Read: {
              Type: "Task",
              Resource: "arn:aws:states:::dynamodb:getItem",
              Parameters: { TableName: "${Table}", Key: { pk: { S: "x" } } },
              Retry: retry,
              Catch: [{ ErrorEquals: ["States.ALL"], Next: "ReadMissed" }],
              End: true,
            },
            ReadMissed: { Type: "Pass", End: true },
          },
        },
        {
          StartAt: "Alarms",
          States: {
            Alarms: {
              Type: "Task",
              Resource: "arn:aws:states:::aws-sdk:sfn:listExecutions",
              Parameters: { StateMachineArn: "${OtherMachineArn}" },
              Retry: retry,
              Catch: [{ ErrorEquals: ["States.ALL"], Next: "Quiet" }],
              End: true,
            },
            Quiet: { Type: "Pass", End: true },
          },
        },
      ],
      Next: "Done",
    },
    Done: { Type: "Succeed" },
    RecordFailure: {
      Type: "Task",
      Resource: "arn:aws:states:::dynamodb:updateItem",
      Parameters: { TableName: "${Table}", Key: { pk: { "S.$": "$.id" } }, UpdateExpression: "SET #s = :f" },
      Retry: retry,
      Catch: [{ ErrorEquals: ["States.ALL"], Next: "Failed" }],
      Next: "Failed",
    },
    Failed: { Type: "Fail", Error: "Failed" },
  },
};

describe("deriveStatements", () => {
  it("grants each integration its own action on the resource its parameters name", () => {
    expect(deriveStatements(sample)).toEqual([
      { Effect: "Allow", Action: ["cloudformation:DescribeStacks", "states:ListExecutions"], Resource: ["*"] },
      {
        Effect: "Allow",
        Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem"],
        Resource: ["${TableArn}"],
      },
      { Effect: "Allow", Action: ["events:PutEvents"], Resource: ["${BusArn}"] },
      { Effect: "Allow", Action: ["lambda:InvokeFunction"], Resource: ["${PlanFunctionArn}", "${PlanFunctionArn}:*"] },
    ]);
  });

  it("binds the derived statements with the same render as the definition", () => {
    const bound = render(deriveStatements(sample), {
      TableArn: "arn:aws:dynamodb:eu-west-1:123456789012:table/plinth-alice-table",
      BusArn: "arn:aws:events:eu-west-1:123456789012:event-bus/plinth-alice",
      PlanFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:plinth-alice-plan",
    });
    expect(bound.flatMap((statement) => statement.Resource)).toContain(
      "arn:aws:dynamodb:eu-west-1:123456789012:table/plinth-alice-table",
    );
    expect(JSON.stringify(bound)).not.toContain("${");
  });

  it("adds the managed-rule permissions a .sync child execution needs", () => {
    const statements = deriveStatements({
      StartAt: "Child",
      States: {
        Child: {
          Type: "Task",
          Resource: "arn:aws:states:::states:startExecution.sync:2",
          Parameters: { StateMachineArn: "${ChildMachineArn}", "Input.$": "$" },
          End: true,
        },
      },
    });
    expect(statements.flatMap((statement) => statement.Action)).toEqual(
      expect.arrayContaining(["states:StartExecution", "states:DescribeExecution", "events:PutRule"]),
    );
  });

  it("refuses a resource it cannot scope instead of granting everything", () => {
    const dynamic: StateMachine = {
      StartAt: "Put",
      States: {
        Put: {
          Type: "Task",
          Resource: "arn:aws:states:::dynamodb:putItem",
          Parameters: { "TableName.$": "$.table", Item: {} },
          End: true,
        },
      },
    };
    expect(() => deriveStatements(dynamic)).toThrow(/TableName must be a static placeholder/);
  });

  it("refuses an integration it does not know", () => {
    const unknown: StateMachine = {
      StartAt: "Glue",
      States: { Glue: { Type: "Task", Resource: "arn:aws:states:::glue:startJobRun.sync", End: true } },
    };
    expect(() => deriveStatements(unknown)).toThrow(/no IAM mapping for integration/);
  });
});

describe("validateWorkflow", () => {
  it("accepts the sample: valid ASL, every Task retried and caught", () => {
    expect(validateWorkflow(sample)).toEqual({ valid: true, errors: [] });
  });

  it("names a Task without Retry or Catch, and a transition to nowhere", () => {
    const report = validateWorkflow({
      StartAt: "A",
      States: { A: { Type: "Task", Resource: "arn:aws:states:::dynamodb:getItem", Next: "Nowhere" } },
    });
    expect(report.valid).toBe(false);
    expect(report.errors.join("\n")).toMatch(/Nowhere/);
    expect(report.errors).toContain('state "A": a Task needs Retry for transient errors');
  });
});
