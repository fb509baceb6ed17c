import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  type GetCostAndUsageCommandOutput,
  InvalidNextTokenException,
} from "@aws-sdk/client-cost-explorer";
import { Cost } from "@plinth/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAwsGateway } from "../aws-gateway";
import { DevIdentity } from "../dev-identity";
import { type Served, serveOnLoopback } from "../http";
import { manualClock } from "../stepfunctions/clock";
import type { ResourceLifetime } from "./cloudformation";
import { CostExplorerStandIn } from "./cost-explorer";
import { TrafficModel } from "./traffic";

// The real @aws-sdk/client-cost-explorer against the stand-in on the gateway: every answer parses,
// pages follow NextPageToken, restated amounts change, and the bill is what lived × the price table.
const HOUR = 3_600_000;
const start = Date.parse("2026-11-20T00:00:00Z");
const clock = manualClock(start);
const queue = (request: string, stage = "alice"): ResourceLifetime => ({
  stack: `plinth-${stage}-payments-dev-${request}`,
  logicalId: "Key",
  physicalId: `key-${request}`,
  type: "AWS::KMS::Key",
  properties: {},
  tags: { "plinth:stage": stage, "plinth:request": request, "plinth:team": "payments" },
  from: start,
});
const lifetimes: ResourceLifetime[] = [
  queue("pr-1"),
  queue("pr-2"),
  { ...queue("pr-3"), to: start + 36 * HOUR },
  queue("pr-9", "bob"),
];
const traffic = new TrafficModel(clock, () => lifetimes);
const standIn = new CostExplorerStandIn({
  clock,
  lifetimes: () => lifetimes,
  traffic,
  pageSize: 4,
  lagHours: 8,
  untaggedDailyUsd: 0.24,
});
let served: Served;
let client: CostExplorerClient;

beforeAll(async () => {
  const identity = await DevIdentity.create("http://127.0.0.1");
  served = await serveOnLoopback(createAwsGateway(identity, [standIn.service]), 0, "the gateway", "PORT");
  client = new CostExplorerClient({
    endpoint: served.url,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  clock.advance(4 * 24 * HOUR);
});
afterAll(async () => {
  client?.destroy();
  await served?.close();
});

const query = { TimePeriod: { Start: "2026-11-20", End: "2026-11-25" }, ...Cost.costQuery };

async function allPages() {
  const pages: GetCostAndUsageCommandOutput[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(
      new GetCostAndUsageCommand({ ...query, ...(token ? { NextPageToken: token } : {}) }),
    );
    pages.push(page);
    token = page.NextPageToken;
  } while (token);
  return pages;
}

describe("the Cost Explorer stand-in, through the real SDK", () => {
  it("bills each resource by the hours it lived, in small pages keyed by tag, estimated while the month is open", async () => {
    const calls = standIn.calls;
    const pages = await allPages();
    expect(pages.length).toBeGreaterThan(3);
    expect(standIn.calls - calls).toBe(pages.length);
    const first = pages[0];
    expect(first?.GroupDefinitions).toEqual(Cost.costQuery.GroupBy);
    expect(first?.ResultsByTime?.map((r) => r.TimePeriod?.Start)).toEqual([
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
    ]);
    const groups = pages.flatMap((page) =>
      (page.ResultsByTime ?? []).flatMap((r) =>
        (r.Groups ?? []).map((g) => ({ day: r.TimePeriod?.Start, keys: g.Keys, amount: g.Metrics?.UnblendedCost })),
      ),
    );
    const day = (d: string, request: string, stage = "alice") =>
      groups.find((g) => g.day === d && g.keys?.join() === `plinth:stage$${stage},plinth:request$${request}`);
    // A KMS key is $1 a month: 24/730 of it a day, as a decimal string in USD.
    expect(day("2026-11-20", "pr-1")?.amount).toEqual({ Amount: (24 / 730).toFixed(10), Unit: "USD" });
    // pr-3 was deleted after 36 hours: a full day, then half of one, then nothing.
    expect(Number(day("2026-11-21", "pr-3")?.amount?.Amount)).toBeCloseTo(12 / 730, 8);
    expect(day("2026-11-22", "pr-3")).toBeUndefined();
    // Another stage's spend is there too (each stage keeps its own); untagged spend is keyed `tag$`.
    expect(day("2026-11-20", "pr-9", "bob")).toBeDefined();
    expect(day("2026-11-20", "", "")?.amount?.Amount).toBe((0.24).toFixed(10));
    // It is midnight of the 24th and the data lags 8 hours: 16 of the 23rd's hours are billed, none of today's.
    expect(Number(day("2026-11-23", "pr-1")?.amount?.Amount)).toBeCloseTo(16 / 730, 8);
    expect(day("2026-11-24", "pr-1")).toBeUndefined();
    expect(first?.ResultsByTime?.every((r) => r.Estimated === true)).toBe(true);
    // Core reads the same pages: every line of this stage, none of the other's.
    const lines = pages.flatMap((page) => Cost.linesOf(Cost.CostAndUsagePage.parse(page), "alice").lines);
    expect(lines.some((l) => l.request === "pr-9")).toBe(false);
    expect(lines.filter((l) => l.request === "pr-1")).toHaveLength(4);
  });

  it("restates a day already reported, as AWS's credits do", async () => {
    const before = await allPages();
    standIn.control({ restate: { day: "2026-11-21", factor: 0.5 } });
    const after = await allPages();
    const amountOn = (pages: GetCostAndUsageCommandOutput[], d: string) =>
      pages
        .flatMap((p) => p.ResultsByTime ?? [])
        .filter((r) => r.TimePeriod?.Start === d)
        .flatMap((r) => r.Groups ?? [])
        .reduce((sum, g) => sum + Number(g.Metrics?.UnblendedCost?.Amount), 0);
    expect(amountOn(after, "2026-11-21")).toBeCloseTo(amountOn(before, "2026-11-21") / 2, 8);
    expect(amountOn(after, "2026-11-20")).toBeCloseTo(amountOn(before, "2026-11-20"), 8);
  });

  it("refuses a token of another query, and what it does not model, by name", async () => {
    const first = await client.send(new GetCostAndUsageCommand(query));
    const other = { ...query, TimePeriod: { Start: "2026-11-21", End: "2026-11-25" } };
    await expect(
      client.send(new GetCostAndUsageCommand({ ...other, NextPageToken: first.NextPageToken })),
    ).rejects.toBeInstanceOf(InvalidNextTokenException);
    await expect(client.send(new GetCostAndUsageCommand({ ...query, Granularity: "MONTHLY" }))).rejects.toThrow(
      /DAILY granularity, not MONTHLY/,
    );
    await expect(
      client.send(new GetCostAndUsageCommand({ ...query, TimePeriod: { Start: "2026-11-25", End: "2026-11-20" } })),
    ).rejects.toThrow(/Start date must be before End date/);
  });

  it("adds a resource's traffic at its unit price from when it is set", async () => {
    lifetimes.push({ ...queue("pr-4"), type: "AWS::SQS::Queue", from: clock.now() });
    traffic.set({ request: "pr-4", requestsPerHour: 1_000_000 });
    clock.advance(10 * HOUR);
    const bill = standIn.bill(
      "2026-11-24",
      "2026-11-26",
      Cost.costQuery.GroupBy.map((g) => g.Key),
    );
    const spent = [...bill.values()].reduce(
      (sum, groups) => sum + (groups.get("plinth:stage$alice\nplinth:request$pr-4") ?? 0),
      0,
    );
    // Two hours billed (10 passed, 8 still lagging) at a million SQS requests an hour, $0.40 a million.
    expect(spent).toBeCloseTo(0.8, 6);
  });
});
