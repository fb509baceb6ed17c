import { randomUUID } from "node:crypto";
import {
  CreateEventBusCommand,
  DeleteEventBusCommand,
  DeleteRuleCommand,
  DescribeEventBusCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  EnableRuleCommand,
  EventBridgeClient,
  ListEventBusesCommand,
  ListRulesCommand,
  ListTargetsByRuleCommand,
  PutEventsCommand,
  type PutEventsRequestEntry,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  TestEventPatternCommand,
} from "@aws-sdk/client-eventbridge";
import { ListExecutionsCommand } from "@aws-sdk/client-sfn";
import { beforeAll, describe, expect, it } from "vitest";
import { bodyOf } from "../../../../test/support/http";
import { useStepFunctions } from "../../../../test/support/sfn";

// The EventBridge service through the real @aws-sdk/client-eventbridge; targets on the local
// Step Functions service. Time runs 1000× fast, so retries and schedules take milliseconds.
const sf = useStepFunctions();
let events: EventBridgeClient;
beforeAll(() => {
  events = new EventBridgeClient({});
});

const bus = () => `bus-${randomUUID().slice(0, 8)}`;
const entry = (
  busName: string,
  detail: unknown = { id: 1 },
  extra: Partial<PutEventsRequestEntry> = {},
): PutEventsRequestEntry => ({
  EventBusName: busName,
  Source: "plinth.provisioning",
  DetailType: "Provisioning Requested",
  Detail: JSON.stringify(detail),
  ...extra,
});

describe("event buses", () => {
  it("has the default bus, creates, describes, lists and deletes others", async () => {
    const name = bus();
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: name }));
    expect(EventBusArn).toBe(`arn:aws:events:us-east-1:000000000000:event-bus/${name}`);
    expect((await events.send(new DescribeEventBusCommand({ Name: name }))).Name).toBe(name);
    expect((await events.send(new DescribeEventBusCommand({}))).Name).toBe("default");
    const listed = await events.send(new ListEventBusesCommand({ NamePrefix: name }));
    expect(listed.EventBuses?.map((b) => b.Name)).toEqual([name]);
    await expect(events.send(new CreateEventBusCommand({ Name: name }))).rejects.toMatchObject({
      name: "ResourceAlreadyExistsException",
    });
    await events.send(new DeleteEventBusCommand({ Name: name }));
    await expect(events.send(new DescribeEventBusCommand({ Name: name }))).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
    await expect(events.send(new DeleteEventBusCommand({ Name: "default" }))).rejects.toMatchObject({
      name: "ValidationException",
    });
  });
});

describe("rules and targets", () => {
  it("puts, describes, lists, disables, enables and deletes a rule", async () => {
    const name = bus();
    await events.send(new CreateEventBusCommand({ Name: name }));
    const pattern = JSON.stringify({ source: [{ prefix: "plinth." }] });
    const { RuleArn } = await events.send(
      new PutRuleCommand({ Name: "r1", EventBusName: name, EventPattern: pattern, Description: "all ours" }),
    );
    expect(RuleArn).toBe(`arn:aws:events:us-east-1:000000000000:rule/${name}/r1`);
    expect(await events.send(new DescribeRuleCommand({ Name: "r1", EventBusName: name }))).toMatchObject({
      State: "ENABLED",
      EventPattern: pattern,
      EventBusName: name,
    });
    await events.send(new DisableRuleCommand({ Name: "r1", EventBusName: name }));
    expect((await events.send(new ListRulesCommand({ EventBusName: name }))).Rules?.[0]?.State).toBe("DISABLED");
    await events.send(new EnableRuleCommand({ Name: "r1", EventBusName: name }));

    await events.send(
      new PutTargetsCommand({
        Rule: "r1",
        EventBusName: name,
        Targets: [{ Id: "t1", Arn: "arn:aws:lambda:us-east-1:000000000000:function:x" }],
      }),
    );
    expect(
      (await events.send(new ListTargetsByRuleCommand({ Rule: "r1", EventBusName: name }))).Targets?.map((t) => t.Id),
    ).toEqual(["t1"]);
    await expect(events.send(new DeleteRuleCommand({ Name: "r1", EventBusName: name }))).rejects.toMatchObject({
      name: "ValidationException",
    });
    await events.send(new RemoveTargetsCommand({ Rule: "r1", EventBusName: name, Ids: ["t1"] }));
    await events.send(new DeleteRuleCommand({ Name: "r1", EventBusName: name }));
    await expect(events.send(new DescribeRuleCommand({ Name: "r1", EventBusName: name }))).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });

  it("refuses an invalid pattern with InvalidEventPatternException naming the problem", async () => {
    await expect(
      events.send(
        new PutRuleCommand({ Name: "bad", EventPattern: JSON.stringify({ source: [{ numeric: [">", "x"] }] }) }),
      ),
    ).rejects.toMatchObject({
      name: "InvalidEventPatternException",
      message: expect.stringContaining("numeric bound"),
    });
  });

  it("limits a rule to five targets", async () => {
    await events.send(new PutRuleCommand({ Name: "many", EventPattern: JSON.stringify({ source: ["x"] }) }));
    const targets = Array.from({ length: 6 }, (_, i) => ({
      Id: `t${i}`,
      Arn: "arn:aws:lambda:us-east-1:000000000000:function:x",
    }));
    await expect(events.send(new PutTargetsCommand({ Rule: "many", Targets: targets }))).rejects.toMatchObject({
      name: "LimitExceededException",
    });
  });
});

describe("TestEventPattern", () => {
  const event = JSON.stringify({
    id: "1",
    account: "000000000000",
    source: "aws.cloudwatch",
    time: "2026-11-22T10:00:00Z",
    region: "us-east-1",
    "detail-type": "CloudWatch Alarm State Change",
    resources: ["arn:aws:cloudwatch:us-east-1:000000000000:alarm:api-5xx"],
    detail: {
      alarmName: "api-5xx",
      state: { value: "ALARM", reason: "Threshold Crossed" },
      configuration: { metrics: [{ id: "m1" }] },
    },
  });
  it.each([
    [{ source: ["aws.cloudwatch"], detail: { state: { value: ["ALARM"] } } }, true],
    [{ detail: { state: { value: [{ "anything-but": "OK" }] } } }, true],
    [{ detail: { alarmName: [{ wildcard: "api-*" }] } }, true],
    [{ detail: { state: { reason: [{ prefix: { "equals-ignore-case": "THRESHOLD" } }] } } }, true],
    [{ $or: [{ source: ["aws.s3"] }, { "detail-type": [{ suffix: "Change" }] }] }, true],
    [{ detail: { state: { value: ["OK"] } } }, false],
  ])("%j → %s", async (pattern, expected) => {
    const { Result } = await events.send(
      new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: event }),
    );
    expect(Result).toBe(expected);
  });

  it("refuses an event without the envelope's required fields", async () => {
    await expect(
      events.send(new TestEventPatternCommand({ EventPattern: '{"source":["x"]}', Event: '{"source":"x"}' })),
    ).rejects.toMatchObject({
      name: "ValidationException",
    });
  });
});

describe("PutEvents", () => {
  it("accepts at most 10 entries and 256 KB per request", async () => {
    const entries = Array.from({ length: 11 }, () => entry("default"));
    await expect(events.send(new PutEventsCommand({ Entries: entries }))).rejects.toMatchObject({
      name: "ValidationException",
    });
    const big = entry("default", { blob: "x".repeat(260 * 1024) });
    await expect(events.send(new PutEventsCommand({ Entries: [big] }))).rejects.toMatchObject({
      name: "ValidationException",
    });
  });

  it("reports per-entry errors and still accepts the good entries", async () => {
    const result = await events.send(
      new PutEventsCommand({
        Entries: [
          entry("default"),
          { ...entry("default"), DetailType: undefined },
          { ...entry("default"), Detail: "{not json" },
          entry("no-such-bus"),
        ],
      }),
    );
    expect(result.FailedEntryCount).toBe(3);
    expect(result.Entries?.[0]?.EventId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.Entries?.slice(1).map((e) => e.ErrorCode)).toEqual([
      "InvalidArgument",
      "MalformedDetail",
      "ResourceNotFoundException",
    ]);
  });
});

describe("delivery", () => {
  const echo = { StartAt: "Echo", States: { Echo: { Type: "Pass" as const, End: true as const } } };

  async function ruleToMachine(target: Record<string, unknown> = {}) {
    const name = bus();
    await events.send(new CreateEventBusCommand({ Name: name }));
    const machine = await sf.deploy(echo);
    await events.send(
      new PutRuleCommand({
        Name: "to-machine",
        EventBusName: name,
        EventPattern: JSON.stringify({ "detail-type": ["Provisioning Requested"] }),
      }),
    );
    await events.send(
      new PutTargetsCommand({
        Rule: "to-machine",
        EventBusName: name,
        Targets: [{ Id: "m", Arn: machine, ...target }],
      }),
    );
    return { name, machine };
  }

  async function inputsOf(machine: string) {
    const { executions } = await sf.sfn().send(new ListExecutionsCommand({ stateMachineArn: machine }));
    return Promise.all(
      (executions ?? []).map(async (e) => JSON.parse((await sf.finished(e.executionArn as string)).input ?? "null")),
    );
  }

  it("starts a state machine with the event in AWS's envelope", async () => {
    const { name, machine } = await ruleToMachine();
    const { Entries } = await events.send(
      new PutEventsCommand({
        Entries: [entry(name, { requestId: "r-1" }), entry(name, {}, { DetailType: "Other Thing Happened" })],
      }),
    );
    await sf.cloud().eventBridge.drain();
    const inputs = await inputsOf(machine);
    expect(inputs).toEqual([
      {
        version: "0",
        id: Entries?.[0]?.EventId,
        "detail-type": "Provisioning Requested",
        source: "plinth.provisioning",
        account: "000000000000",
        time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        region: "us-east-1",
        resources: [],
        detail: { requestId: "r-1" },
      },
    ]);
  });

  it("shapes the input with an InputTransformer, and with InputPath", async () => {
    const transformed = await ruleToMachine({
      InputTransformer: {
        InputPathsMap: { request: "$.detail.requestId", source: "$.source" },
        InputTemplate: '{"request": <request>, "from": "<source>", "rule": "<aws.events.rule-name>"}',
      },
    });
    await events.send(new PutEventsCommand({ Entries: [entry(transformed.name, { requestId: "r-2" })] }));
    const pathed = await ruleToMachine({ InputPath: "$.detail" });
    await events.send(new PutEventsCommand({ Entries: [entry(pathed.name, { requestId: "r-3" })] }));
    await sf.cloud().eventBridge.drain();
    expect(await inputsOf(transformed.machine)).toEqual([
      { request: "r-2", from: "plinth.provisioning", rule: "to-machine" },
    ]);
    expect(await inputsOf(pathed.machine)).toEqual([{ requestId: "r-3" }]);
  });

  it("does not fire a disabled rule", async () => {
    const { name, machine } = await ruleToMachine();
    await events.send(new DisableRuleCommand({ Name: "to-machine", EventBusName: name }));
    await events.send(new PutEventsCommand({ Entries: [entry(name)] }));
    await sf.cloud().eventBridge.drain();
    expect(await inputsOf(machine)).toEqual([]);
  });

  it("retries a failing target, then keeps a dead-letter record with the reason", async () => {
    let calls = 0;
    sf.cloud().eventBridge.lambdas.set("flaky-consumer", async () => {
      calls++;
      throw new Error("downstream unavailable");
    });
    const name = bus();
    await events.send(new CreateEventBusCommand({ Name: name }));
    await events.send(
      new PutRuleCommand({
        Name: "to-lambda",
        EventBusName: name,
        EventPattern: JSON.stringify({ source: ["plinth.provisioning"] }),
      }),
    );
    await events.send(
      new PutTargetsCommand({
        Rule: "to-lambda",
        EventBusName: name,
        Targets: [
          {
            Id: "l",
            Arn: "arn:aws:lambda:us-east-1:000000000000:function:flaky-consumer",
            RetryPolicy: { MaximumRetryAttempts: 2 },
          },
        ],
      }),
    );
    const { Entries } = await events.send(new PutEventsCommand({ Entries: [entry(name)] }));
    await sf.cloud().eventBridge.drain();
    expect(calls).toBe(3);
    const dead = sf.cloud().eventBridge.deadLetters.find((letter) => letter.event.id === Entries?.[0]?.EventId);
    expect(dead).toMatchObject({
      rule: "to-lambda",
      targetId: "l",
      attempts: 3,
      error: "Error: downstream unavailable",
    });
    const viaHttp = await bodyOf(await fetch(`${sf.cloud().cloudUrl}/_plinth/dead-letters`));
    expect(viaHttp.some((letter: { event: { id: string } }) => letter.event.id === Entries?.[0]?.EventId)).toBe(true);
  });

  it("archives every accepted event with the rules it matched, readable over HTTP", async () => {
    const { name } = await ruleToMachine();
    const { Entries } = await events.send(new PutEventsCommand({ Entries: [entry(name, { archived: true })] }));
    const archive = await bodyOf(await fetch(`${sf.cloud().cloudUrl}/_plinth/events`));
    expect(
      archive.items.find((item: { event: { id: string } }) => item.event.id === Entries?.[0]?.EventId),
    ).toMatchObject({
      bus: name,
      matchedRules: ["to-machine"],
      event: { detail: { archived: true } },
    });
    await sf.cloud().eventBridge.drain();
  });

  it("fires a scheduled rule on the local clock", async () => {
    const fired: unknown[] = [];
    const twice = new Promise<void>((resolve) => {
      sf.cloud().eventBridge.lambdas.set("tick", async (event) => {
        fired.push(event);
        if (fired.length === 2) resolve();
      });
    });
    await events.send(new PutRuleCommand({ Name: "every-minute", ScheduleExpression: "rate(1 minute)" }));
    await events.send(
      new PutTargetsCommand({
        Rule: "every-minute",
        Targets: [{ Id: "tick", Arn: "arn:aws:lambda:us-east-1:000000000000:function:tick" }],
      }),
    );
    await twice;
    await events.send(new DisableRuleCommand({ Name: "every-minute" }));
    expect(fired[0]).toMatchObject({
      source: "aws.events",
      "detail-type": "Scheduled Event",
      resources: ["arn:aws:events:us-east-1:000000000000:rule/every-minute"],
    });
    await expect(
      events.send(new PutRuleCommand({ Name: "bad-schedule", ScheduleExpression: "rate(0 minutes)" })),
    ).rejects.toMatchObject({ name: "ValidationException" });
  });
});
