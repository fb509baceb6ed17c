import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { SendTaskFailureCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand } from "@aws-sdk/client-sfn";
import type { StateMachine } from "@plinth/workflows";
import { describe, expect, it } from "vitest";
import { useStepFunctions } from "../../../../test/support/sfn";

// State semantics, each through CreateStateMachine/StartExecution/DescribeExecution on the real SDK.
// Examples follow the AWS Step Functions developer guide's.
const sf = useStepFunctions();

describe("Pass, InputPath, Parameters, ResultPath, OutputPath", () => {
  it("filters input and output as the guide's InputPath/ResultPath/OutputPath example", async () => {
    const { status, result } = await sf.run(
      {
        StartAt: "Compute",
        States: {
          Compute: {
            Type: "Pass",
            InputPath: "$.library",
            Parameters: { "title.$": "$.book.title", "year.$": "$.book.year", static: "yes" },
            ResultPath: "$.library.summary",
            OutputPath: "$.library",
            End: true,
          },
        },
      },
      { library: { book: { title: "Dune", year: 1965 } }, other: 1 },
    );
    expect(status).toBe("SUCCEEDED");
    expect(result).toEqual({
      book: { title: "Dune", year: 1965 },
      summary: { title: "Dune", year: 1965, static: "yes" },
    });
  });

  it("reads the context object and evaluates intrinsic functions in Parameters", async () => {
    const { result, executionArn } = await sf.run(
      {
        StartAt: "P",
        States: {
          P: {
            Type: "Pass",
            Parameters: {
              "execution.$": "$$.Execution.Id",
              "state.$": "$$.State.Name",
              "greeting.$": "States.Format('Hello, {}! You are {}.', $.name, $.age)",
              "parts.$": "States.StringSplit($.csv, ',')",
              "sum.$": "States.MathAdd($.age, 1)",
              "hash.$": "States.Hash($.name, 'SHA-256')",
            },
            End: true,
          },
        },
      },
      { name: "Ada", age: 36, csv: "a,b,c" },
    );
    expect(result).toMatchObject({
      execution: executionArn,
      state: "P",
      greeting: "Hello, Ada! You are 36.",
      parts: ["a", "b", "c"],
      sum: 37,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("fails with States.Runtime when a path does not exist", async () => {
    const { status, error, cause } = await sf.run(
      { StartAt: "P", States: { P: { Type: "Pass", InputPath: "$.missing", End: true } } },
      {},
    );
    expect(status).toBe("FAILED");
    expect(error).toBe("States.Runtime");
    expect(cause).toContain("$.missing");
  });
});

describe("Choice", () => {
  const machine: StateMachine = {
    StartAt: "Route",
    States: {
      Route: {
        Type: "Choice",
        Choices: [
          {
            And: [
              { Variable: "$.type", StringEquals: "Private" },
              { Variable: "$.value", NumericLessThan: 20 },
            ],
            Next: "Small",
          },
          { Variable: "$.tag", StringMatches: "log-*.txt", Next: "Log" },
          { Variable: "$.when", TimestampGreaterThan: "2026-01-01T00:00:00Z", Next: "Recent" },
          { Not: { Variable: "$.flag", IsPresent: true }, Next: "NoFlag" },
        ],
        Default: "Other",
      },
      Small: { Type: "Pass", Result: "small", End: true },
      Log: { Type: "Pass", Result: "log", End: true },
      Recent: { Type: "Pass", Result: "recent", End: true },
      NoFlag: { Type: "Pass", Result: "no-flag", End: true },
      Other: { Type: "Pass", Result: "other", End: true },
    },
  };

  const base = { type: "Public", value: 99, tag: "readme.md", when: "2025-01-01T00:00:00Z" };
  it.each([
    [{ ...base, type: "Private", value: 10, flag: 1 }, "small"],
    [{ ...base, type: "Private", value: 30, tag: "log-2026.txt", flag: 1 }, "log"],
    [{ ...base, when: "2026-05-01T00:00:00Z", flag: 1 }, "recent"],
    [base, "no-flag"],
    [{ ...base, flag: true }, "other"],
  ])("routes %j to %s", async (input, expected) => {
    expect((await sf.run(machine, input)).result).toBe(expected);
  });

  it("fails with States.NoChoiceMatched without a Default", async () => {
    const { error } = await sf.run(
      {
        StartAt: "C",
        States: {
          C: { Type: "Choice", Choices: [{ Variable: "$.x", BooleanEquals: true, Next: "D" }] },
          D: { Type: "Succeed" },
        },
      },
      { x: false },
    );
    expect(error).toBe("States.NoChoiceMatched");
  });

  it("fails with States.Runtime when a compared Variable is missing (guard it with IsPresent)", async () => {
    const { error } = await sf.run(
      {
        StartAt: "C",
        States: {
          C: { Type: "Choice", Choices: [{ Variable: "$.x", BooleanEquals: true, Next: "D" }], Default: "D" },
          D: { Type: "Succeed" },
        },
      },
      {},
    );
    expect(error).toBe("States.Runtime");
  });
});

describe("Wait, on the engine clock", () => {
  it("waits Seconds, SecondsPath, Timestamp and TimestampPath in virtual time", async () => {
    const future = new Date(Date.now() + 600_000).toISOString();
    const { status, startDate, stopDate } = await sf.run(
      {
        StartAt: "A",
        States: {
          A: { Type: "Wait", Seconds: 120, Next: "B" },
          B: { Type: "Wait", SecondsPath: "$.delay", Next: "C" },
          C: { Type: "Wait", TimestampPath: "$.until", Next: "D" },
          D: { Type: "Wait", Timestamp: "2020-01-01T00:00:00Z", End: true },
        },
      },
      { delay: 60, until: future },
    );
    expect(status).toBe("SUCCEEDED");
    const virtualSeconds = ((stopDate as Date).getTime() - (startDate as Date).getTime()) / 1000;
    expect(virtualSeconds).toBeGreaterThanOrEqual(180);
  });
});

describe("Assign in JSONPath", () => {
  it("assigns variables in a Wait and reads them in a later state with $name", async () => {
    const { result } = await sf.run(
      {
        StartAt: "Hold",
        States: {
          Hold: { Type: "Wait", Seconds: 1, Assign: { "owner.$": "$.owner", limit: 3 }, Next: "Read" },
          Read: { Type: "Pass", Parameters: { "owner.$": "$owner", "limit.$": "$limit" }, End: true },
        },
      },
      { owner: "payments" },
    );
    expect(result).toEqual({ owner: "payments", limit: 3 });
  });
});

describe("Task: Retry, Catch, timeouts and errors", () => {
  it("retries with backoff until MaxAttempts, then Catch puts the error at ResultPath", async () => {
    let calls = 0;
    sf.cloud().stepFunctions.lambdas.set("flaky", async () => {
      calls++;
      throw Object.assign(new Error("database is busy"), { name: "BusyError" });
    });
    const { status, result, executionArn } = await sf.run({
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: "flaky", Payload: {} },
          Retry: [{ ErrorEquals: ["BusyError"], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2 }],
          Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Recover" }],
          End: true,
        },
        Recover: { Type: "Pass", End: true },
      },
    });
    expect(calls).toBe(3);
    expect(status).toBe("SUCCEEDED");
    expect(result.error.Error).toBe("BusyError");
    expect(JSON.parse(result.error.Cause)).toMatchObject({ errorMessage: "database is busy", errorType: "BusyError" });
    const types = (await sf.history(executionArn)).map((event) => event.type);
    expect(types.filter((type) => type === "TaskFailed")).toHaveLength(3);
  });

  it("returns a Lambda's Payload through lambda:invoke and a plain Lambda ARN", async () => {
    sf.cloud().stepFunctions.lambdas.set("double", async (event) => ({ doubled: (event as { n: number }).n * 2 }));
    const { result } = await sf.run(
      {
        StartAt: "Invoke",
        States: {
          Invoke: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Parameters: { FunctionName: "arn:aws:lambda:us-east-1:000000000000:function:double", "Payload.$": "$" },
            ResultSelector: { "value.$": "$.Payload.doubled" },
            ResultPath: "$.first",
            Next: "Plain",
          },
          Plain: {
            Type: "Task",
            Resource: "arn:aws:lambda:us-east-1:000000000000:function:double",
            Parameters: { "n.$": "$.first.value" },
            End: true,
          },
        },
      },
      { n: 5 },
    );
    expect(result).toEqual({ doubled: 20 });
  });

  it("times out a task with States.Timeout", async () => {
    sf.cloud().stepFunctions.lambdas.set("slow", () => new Promise(() => undefined));
    const { status, error } = await sf.run({
      StartAt: "Slow",
      States: {
        Slow: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:000000000000:function:slow",
          TimeoutSeconds: 30,
          End: true,
        },
      },
    });
    expect(status).toBe("FAILED");
    expect(error).toBe("States.Timeout");
  });

  it("fails, with a clear cause, a resource the local cloud cannot run", async () => {
    const { status, error, cause } = await sf.run({
      StartAt: "T",
      States: { T: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:glue:startJobRun", End: true } },
    });
    expect(status).toBe("FAILED");
    expect(error).toBe("States.TaskFailed");
    expect(cause).toContain("no stand-in for aws-sdk:glue:startJobRun");
  });

  it("catches a DynamoDB condition failure as DynamoDB.ConditionalCheckFailedException", async () => {
    const table = sf.cloud().tableName;
    await new DynamoDBClient({}).send(
      new PutItemCommand({ TableName: table, Item: { pk: { S: "LOCK#1" }, sk: { S: "META" } } }),
    );
    const { result } = await sf.run({
      StartAt: "Lock",
      States: {
        Lock: {
          Type: "Task",
          Resource: "arn:aws:states:::dynamodb:putItem",
          Parameters: {
            TableName: table,
            Item: { pk: { S: "LOCK#1" }, sk: { S: "META" } },
            ConditionExpression: "attribute_not_exists(pk)",
          },
          Catch: [{ ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], Next: "Taken" }],
          End: true,
        },
        Taken: { Type: "Pass", Parameters: { "error.$": "$.Error" }, End: true },
      },
    });
    expect(result).toEqual({ error: "DynamoDB.ConditionalCheckFailedException" });
  });

  it("runs a 5-step chain of DynamoDB integrations against the local table", async () => {
    const table = sf.cloud().tableName;
    const { result } = await sf.run(
      {
        StartAt: "Put",
        States: {
          Put: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:putItem",
            Parameters: { TableName: table, Item: { pk: { "S.$": "$.id" }, sk: { S: "META" }, n: { N: "1" } } },
            ResultPath: null,
            Next: "Update",
          },
          Update: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:updateItem",
            Parameters: {
              TableName: table,
              Key: { pk: { "S.$": "$.id" }, sk: { S: "META" } },
              UpdateExpression: "SET n = n + :one",
              ExpressionAttributeValues: { ":one": { N: "1" } },
              ReturnValues: "ALL_NEW",
            },
            ResultSelector: { "n.$": "$.Attributes.n.N" },
            ResultPath: "$.updated",
            Next: "Get",
          },
          Get: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:getItem",
            Parameters: { TableName: table, Key: { pk: { "S.$": "$.id" }, sk: { S: "META" } } },
            ResultSelector: { "n.$": "$.Item.n.N" },
            ResultPath: "$.read",
            Next: "Query",
          },
          Query: {
            Type: "Task",
            Resource: "arn:aws:states:::aws-sdk:dynamodb:query",
            Parameters: {
              TableName: table,
              KeyConditionExpression: "pk = :pk",
              ExpressionAttributeValues: { ":pk": { "S.$": "$.id" } },
            },
            ResultSelector: { "count.$": "$.Count" },
            ResultPath: "$.query",
            Next: "Delete",
          },
          Delete: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:deleteItem",
            Parameters: { TableName: table, Key: { pk: { "S.$": "$.id" }, sk: { S: "META" } } },
            ResultPath: null,
            End: true,
          },
        },
      },
      { id: "CHAIN#1" },
    );
    expect(result).toEqual({ id: "CHAIN#1", updated: { n: "2" }, read: { n: "2" }, query: { count: 1 } });
  });
});

describe("callbacks (.waitForTaskToken)", () => {
  const callbackMachine = (heartbeat?: number): StateMachine => ({
    StartAt: "Approve",
    States: {
      Approve: {
        Type: "Task",
        Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
        Parameters: { FunctionName: "notify", Payload: { "token.$": "$$.Task.Token", "who.$": "$.who" } },
        ...(heartbeat ? { HeartbeatSeconds: heartbeat } : {}),
        End: true,
      },
    },
  });
  const tokenFrom = (event: { taskScheduledEventDetails?: { parameters?: string } }) =>
    JSON.parse(event.taskScheduledEventDetails?.parameters ?? "{}").Payload.token as string;

  it("resumes on SendTaskSuccess with the token read from GetExecutionHistory", async () => {
    sf.cloud().stepFunctions.lambdas.set("notify", async () => ({ sent: true }));
    const executionArn = await sf.start(await sf.deploy(callbackMachine()), { who: "bob" });
    await sf.waitForEvent(executionArn, (event) => event.type === "TaskSubmitted");
    const scheduled = await sf.waitForEvent(executionArn, (event) => event.type === "TaskScheduled");
    await sf
      .sfn()
      .send(
        new SendTaskSuccessCommand({ taskToken: tokenFrom(scheduled), output: JSON.stringify({ approved: true }) }),
      );
    const done = await sf.finished(executionArn);
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output ?? "")).toEqual({ approved: true });
    await expect(
      sf.sfn().send(new SendTaskSuccessCommand({ taskToken: tokenFrom(scheduled), output: "{}" })),
    ).rejects.toMatchObject({ name: "TaskTimedOut" });
  });

  it("fails on SendTaskFailure with the caller's error and cause", async () => {
    sf.cloud().stepFunctions.lambdas.set("notify", async () => ({}));
    const executionArn = await sf.start(await sf.deploy(callbackMachine()), { who: "bob" });
    const scheduled = await sf.waitForEvent(executionArn, (event) => event.type === "TaskScheduled");
    await sf.waitForEvent(executionArn, (event) => event.type === "TaskSubmitted");
    await sf
      .sfn()
      .send(new SendTaskFailureCommand({ taskToken: tokenFrom(scheduled), error: "Rejected", cause: "plan changed" }));
    const done = await sf.finished(executionArn);
    expect(done).toMatchObject({ status: "FAILED", error: "Rejected", cause: "plan changed" });
  });

  it("times out with States.HeartbeatTimeout when heartbeats stop", async () => {
    sf.cloud().stepFunctions.lambdas.set("notify", async () => ({}));
    const executionArn = await sf.start(await sf.deploy(callbackMachine(60)), { who: "bob" });
    const scheduled = await sf
      .waitForEvent(executionArn, (event) => event.type === "TaskSubmitted")
      .then(() => sf.waitForEvent(executionArn, (event) => event.type === "TaskScheduled"));
    await sf.sfn().send(new SendTaskHeartbeatCommand({ taskToken: tokenFrom(scheduled) }));
    const done = await sf.finished(executionArn);
    expect(done).toMatchObject({ status: "FAILED", error: "States.HeartbeatTimeout" });
    const types = (await sf.history(executionArn)).map((event) => event.type);
    expect(types).toContain("TaskTimedOut");
  });

  it("answers an unknown token with TaskDoesNotExist", async () => {
    await expect(
      sf.sfn().send(new SendTaskSuccessCommand({ taskToken: "AQnot-a-token", output: "{}" })),
    ).rejects.toMatchObject({
      name: "TaskDoesNotExist",
    });
  });
});

describe("Parallel and Map", () => {
  it("runs Parallel branches on the same input and collects their outputs in order", async () => {
    const { result } = await sf.run(
      {
        StartAt: "Both",
        States: {
          Both: {
            Type: "Parallel",
            Branches: [
              {
                StartAt: "Add",
                States: { Add: { Type: "Pass", Parameters: { "v.$": "States.MathAdd($.n, 1)" }, End: true } },
              },
              {
                StartAt: "Wait",
                States: { Wait: { Type: "Wait", Seconds: 5, Next: "Echo" }, Echo: { Type: "Pass", End: true } },
              },
            ],
            End: true,
          },
        },
      },
      { n: 1 },
    );
    expect(result).toEqual([{ v: 2 }, { n: 1 }]);
  });

  it("fails the Parallel state when a branch fails, and Catch takes it", async () => {
    const { result } = await sf.run({
      StartAt: "Both",
      States: {
        Both: {
          Type: "Parallel",
          Branches: [
            { StartAt: "Boom", States: { Boom: { Type: "Fail", Error: "Boom", Cause: "branch 1" } } },
            { StartAt: "Slow", States: { Slow: { Type: "Wait", Seconds: 3600, End: true } } },
          ],
          Catch: [{ ErrorEquals: ["Boom"], Next: "Handled" }],
          End: true,
        },
        Handled: { Type: "Pass", End: true },
      },
    });
    expect(result).toEqual({ Error: "Boom", Cause: "branch 1" });
  });

  it("maps with ItemSelector and the Map context, at most MaxConcurrency at a time", async () => {
    let running = 0;
    let peak = 0;
    sf.cloud().stepFunctions.lambdas.set("work", async (event) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return event;
    });
    const { result } = await sf.run(
      {
        StartAt: "Each",
        States: {
          Each: {
            Type: "Map",
            ItemsPath: "$.orders",
            MaxConcurrency: 2,
            ItemSelector: { "index.$": "$$.Map.Item.Index", "order.$": "$$.Map.Item.Value", "region.$": "$.region" },
            ItemProcessor: {
              ProcessorConfig: { Mode: "INLINE" },
              StartAt: "Work",
              States: {
                Work: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:000000000000:function:work", End: true },
              },
            },
            End: true,
          },
        },
      },
      { region: "eu", orders: ["a", "b", "c", "d", "e"] },
    );
    expect(result).toEqual(["a", "b", "c", "d", "e"].map((order, index) => ({ index, order, region: "eu" })));
    expect(peak).toBe(2);
  });

  it("batches items with ItemBatcher", async () => {
    const { result } = await sf.run(
      {
        StartAt: "Each",
        States: {
          Each: {
            Type: "Map",
            ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { "source.$": "$.source" } },
            ItemsPath: "$.items",
            ItemProcessor: {
              StartAt: "Count",
              States: {
                Count: {
                  Type: "Pass",
                  Parameters: { "n.$": "States.ArrayLength($.Items)", "source.$": "$.BatchInput.source" },
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      },
      { source: "s3", items: [1, 2, 3, 4, 5] },
    );
    expect(result).toEqual([
      { n: 2, source: "s3" },
      { n: 2, source: "s3" },
      { n: 1, source: "s3" },
    ]);
  });

  it("tolerates failures up to ToleratedFailureCount, then fails with States.ExceedToleratedFailureThreshold", async () => {
    const mapOf = (tolerated: number): StateMachine => ({
      StartAt: "Each",
      States: {
        Each: {
          Type: "Map",
          ToleratedFailureCount: tolerated,
          ItemProcessor: {
            StartAt: "Check",
            States: {
              Check: {
                Type: "Choice",
                Choices: [{ Variable: "$", NumericGreaterThan: 2, Next: "Bad" }],
                Default: "Good",
              },
              Bad: { Type: "Fail", Error: "TooBig" },
              Good: { Type: "Pass", End: true },
            },
          },
          End: true,
        },
      },
    });
    const ok = await sf.run(mapOf(2), [1, 2, 3, 4]);
    expect(ok.status).toBe("SUCCEEDED");
    expect(ok.result).toEqual([1, 2]);
    const failed = await sf.run(mapOf(1), [1, 2, 3, 4]);
    expect(failed).toMatchObject({ status: "FAILED", error: "States.ExceedToleratedFailureThreshold" });
  });
});

describe("JSONata", () => {
  it("evaluates Arguments, Output, Condition and Assign, with variables visible to later states", async () => {
    sf.cloud().stepFunctions.lambdas.set("price", async (event) => ({ total: (event as { qty: number }).qty * 3 }));
    const { result, status } = await sf.run(
      {
        QueryLanguage: "JSONata",
        StartAt: "Init",
        States: {
          Init: { Type: "Pass", Assign: { customer: "{% $states.input.customer %}", limit: 10 }, Next: "Price" },
          Price: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Arguments: { FunctionName: "price", Payload: { qty: "{% $states.input.qty %}" } },
            Assign: { total: "{% $states.result.Payload.total %}" },
            Output: "{% $states.result.Payload %}",
            Next: "Decide",
          },
          Decide: {
            Type: "Choice",
            Choices: [
              {
                Condition: "{% $total > $limit %}",
                Next: "Big",
                Output: { tier: "big", who: "{% $customer %}", total: "{% $total %}" },
              },
            ],
            Default: "Small",
          },
          Big: { Type: "Succeed" },
          Small: { Type: "Pass", Output: { tier: "small" }, End: true },
        },
      },
      { customer: "acme", qty: 4 },
    );
    expect(status).toBe("SUCCEEDED");
    expect(result).toEqual({ tier: "big", who: "acme", total: 12 });
  });

  it("catches with $states.errorOutput and Assign in the Catcher", async () => {
    const { result } = await sf.run({
      QueryLanguage: "JSONata",
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:lambda:us-east-1:000000000000:function:missing",
          Catch: [
            {
              ErrorEquals: ["States.ALL"],
              Assign: { failed: "{% $states.errorOutput.Error %}" },
              Output: "{% $states.errorOutput %}",
              Next: "Report",
            },
          ],
          End: true,
        },
        Report: { Type: "Pass", Output: { error: "{% $failed %}" }, End: true },
      },
    });
    expect(result).toEqual({ error: "Lambda.ResourceNotFoundException" });
  });
});
