import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  InvalidNextToken,
  InvalidParameterValueException,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAwsGateway } from "../aws-gateway";
import { DevIdentity } from "../dev-identity";
import { type Served, serveOnLoopback } from "../http";
import { manualClock } from "../stepfunctions/clock";
import { AwsMetrics } from "./aws-metrics";
import type { ResourceLifetime } from "./cloudformation";
import { CloudWatchStandIn } from "./cloudwatch";
import { TrafficModel } from "./traffic";

// The real @aws-sdk/client-cloudwatch (AWS JSON 1.0) against GetMetricData on the gateway: answers
// parse, datapoints follow the shared traffic model, quiet queues stop publishing, pages follow NextToken.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const start = Date.parse("2026-11-01T00:00:00Z");
const clock = manualClock(start);
const resource = (stack: string, type: string, properties: Record<string, unknown>): ResourceLifetime => ({
  stack,
  logicalId: type.split("::")[2] ?? "Resource",
  physicalId: stack,
  type,
  properties,
  tags: {},
  from: start,
});
const lifetimes: ResourceLifetime[] = [
  resource("busy", "AWS::SQS::Queue", { QueueName: "busy-dlq" }),
  resource("busy", "AWS::SQS::Queue", { QueueName: "busy" }),
  resource("quiet", "AWS::SQS::Queue", { QueueName: "quiet" }),
  resource("fn", "AWS::Lambda::Function", { FunctionName: "fn", MemorySize: 128 }),
  resource("files", "AWS::S3::Bucket", { BucketName: "files" }),
];
const traffic = new TrafficModel(clock, () => lifetimes);
const metrics = new AwsMetrics({ clock, lifetimes: () => lifetimes, traffic });
const cloudWatch = new CloudWatchStandIn({
  clock,
  metric: () => undefined,
  publish: async () => {},
  awsMetrics: metrics,
});
let served: Served;
let client: CloudWatchClient;

beforeAll(async () => {
  const identity = await DevIdentity.create("http://127.0.0.1");
  served = await serveOnLoopback(createAwsGateway(identity, [cloudWatch.service]), 0, "the gateway", "PORT");
  client = new CloudWatchClient({
    endpoint: served.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  traffic.set({ stack: "busy", requestsPerHour: 300 });
  traffic.set({ stack: "quiet", requestsPerHour: 30 });
  traffic.set({ stack: "fn", requestsPerHour: 60 });
  traffic.set({ stack: "files", requestsPerHour: 2 });
  clock.advance(2 * DAY);
  traffic.set({ stack: "quiet", requestsPerHour: 0 });
  traffic.set({ stack: "fn", requestsPerHour: 0 });
  traffic.set({ stack: "files", requestsPerHour: 0 });
  clock.advance(3 * DAY);
});
afterAll(async () => {
  client?.destroy();
  await served?.close();
});

const query = (id: string, namespace: string, name: string, dimensions: Record<string, string>, stat = "Sum") => ({
  Id: id,
  MetricStat: {
    Metric: {
      Namespace: namespace,
      MetricName: name,
      Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })),
    },
    Period: 86_400,
    Stat: stat,
  },
});
const fiveDays: Omit<GetMetricDataCommandInput, "MetricDataQueries"> = {
  StartTime: new Date(start),
  EndTime: new Date(start + 5 * DAY),
};

describe("GetMetricData through the real CloudWatch client", () => {
  it("answers each day's sum from the traffic, newest first, and nothing for a quiet queue's quiet days", async () => {
    const answer = await client.send(
      new GetMetricDataCommand({
        ...fiveDays,
        MetricDataQueries: [
          query("busy", "AWS/SQS", "NumberOfMessagesSent", { QueueName: "busy" }),
          query("dlq", "AWS/SQS", "NumberOfMessagesSent", { QueueName: "busy-dlq" }),
          query("quiet", "AWS/SQS", "NumberOfMessagesReceived", { QueueName: "quiet" }),
          query("fn", "AWS/Lambda", "Invocations", { FunctionName: "fn" }),
          query("size", "AWS/S3", "BucketSizeBytes", { BucketName: "files", StorageType: "StandardStorage" }),
          query("unknown", "AWS/SQS", "NumberOfMessagesSent", { QueueName: "nothing" }),
        ],
      }),
    );
    const byId = Object.fromEntries((answer.MetricDataResults ?? []).map((r) => [r.Id, r]));
    expect(byId.busy?.StatusCode).toBe("Complete");
    expect(byId.busy?.Values).toEqual([2400, 2400, 2400, 2400, 2400]);
    expect(byId.busy?.Timestamps?.[0]).toEqual(new Date(start + 4 * DAY));
    // The dead-letter queue serves none of the traffic: zeros only while it is new, then silence.
    expect(byId.dlq?.Values).toEqual([0]);
    // Two busy days, then six hours of zeros (a datapoint of 0 on day 3), then no datapoints at all.
    expect(byId.quiet?.Values).toEqual([0, 240, 240]);
    expect(byId.fn?.Values).toEqual([1440, 1440]);
    // S3's size stays where the writes left it: 48 objects of 1 KiB, every day.
    expect(byId.size?.Values).toEqual([49_152, 49_152, 49_152, 49_152, 24_576]);
    expect(byId.unknown?.Values).toEqual([]);
  });

  it("pages by MaxDatapoints with a NextToken bound to the request", async () => {
    const request = {
      ...fiveDays,
      ScanBy: "TimestampAscending" as const,
      MaxDatapoints: 3,
      MetricDataQueries: [
        query("busy", "AWS/SQS", "NumberOfMessagesSent", { QueueName: "busy" }),
        query("size", "AWS/S3", "BucketSizeBytes", { BucketName: "files", StorageType: "StandardStorage" }),
      ],
    };
    const values: Record<string, number[]> = {};
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new GetMetricDataCommand({ ...request, ...(token ? { NextToken: token } : {}) }));
      for (const result of page.MetricDataResults ?? [])
        values[result.Id ?? ""] = [...(values[result.Id ?? ""] ?? []), ...(result.Values ?? [])];
      token = page.NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(4);
    expect(values.busy).toEqual([2400, 2400, 2400, 2400, 2400]);
    expect(values.size).toEqual([24_576, 49_152, 49_152, 49_152, 49_152]);
    await expect(
      client.send(
        new GetMetricDataCommand({ ...fiveDays, ...request, MaxDatapoints: 2, NextToken: "bm90IGEgdG9rZW4" }),
      ),
    ).rejects.toBeInstanceOf(InvalidNextToken);
  });

  it("refuses metric math and a bad id by name", async () => {
    await expect(
      client.send(new GetMetricDataCommand({ ...fiveDays, MetricDataQueries: [{ Id: "m", Expression: "SUM(x)" }] })),
    ).rejects.toThrow(/metric math/);
    const bad = client.send(
      new GetMetricDataCommand({
        ...fiveDays,
        MetricDataQueries: [query("Upper", "AWS/SQS", "NumberOfMessagesSent", { QueueName: "busy" })],
      }),
    );
    await expect(bad).rejects.toBeInstanceOf(InvalidParameterValueException);
    await expect(bad).rejects.toThrow(/lower-case/);
  });
});
