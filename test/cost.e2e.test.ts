import { Cost } from "@plinth/core";
import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import type { Body } from "./support/http";
import { useLocalCloud } from "./support/local-cloud";

/**
 * Measured cost through the local cloud: two SQS queues live for weeks of workflow time (a day
 * passes in 1.7 s), one busy and one idle; the CostIngestion workflow reads the Cost
 * Explorer stand-in (which bills what the CloudFormation stand-in created, by the hour, from the
 * plans' price table, plus the traffic set with /_plinth/usage) and stores a line per request and
 * day; GET /v1/costs shows them beside the estimates. Scheduled rules are off: the test runs the
 * workflow itself, so every reading happens at a moment it chose.
 */
const DAY = 86_400_000;
const TIME_SCALE = 2e-5;
const started = new Date("2026-11-12T06:00:00Z");
const { cloud, call, poll } = useLocalCloud("cost", {
  timeScale: TIME_SCALE,
  startTime: started,
  schedulesDisabled: true,
  costExplorer: { pageSize: 7 },
});

const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };
// Production queues: they never expire, however many weeks the test lets pass.
const queue = async (name: string, expectedMessagesPerMonth: number) => {
  const created = await call("POST", "/v1/provisioning-requests", "ALICE", {
    template: "sqs-queue",
    name,
    environment: "production",
    tags,
    parameters: { expectedMessagesPerMonth },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(202);
  const id = String(created.body.id);
  const waiting = await poll(`/v1/provisioning-requests/${id}`, (body) => body?.status === "AWAITING_APPROVAL");
  const approved = await call("POST", `/v1/provisioning-requests/${id}/approve`, "BOB", {
    planHash: waiting.plan.hash,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await poll(`/v1/provisioning-requests/${id}`, (body) => body?.status === "SUCCEEDED");
  return id;
};
const engineNow = () => cloud().clock.now().getTime();
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const events = async (detailType: string) =>
  (
    (await (
      await fetch(`${cloud().cloudUrl}/_plinth/events?detail-type=${encodeURIComponent(detailType)}&limit=100`)
    ).json()) as { items: { event: { detail: Body } }[] }
  ).items.map((item) => item.event.detail);

let busy: string;
let idle: string;

describe("measured cost (issue 30)", () => {
  it("weeks of two queues' life become daily lines per request that add up to the stand-in's bill", {
    timeout: 120_000,
  }, async () => {
    busy = await queue("orders", 1_000_000);
    idle = await queue("refunds", 100_000);
    // Five million requests an hour at $0.40 a million: $2 an hour, far above the plan's $1.20 a month.
    const usage = await fetch(`${cloud().cloudUrl}/_plinth/usage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: busy, requestsPerHour: 5_000_000 }),
    });
    expect(usage.status).toBe(200);
    // Three weeks of workflow time pass (about 36 s here).
    const until = engineNow() + 21 * DAY;
    await poll("/v1/me", () => engineNow() > until, "ALICE", 90_000);

    const run = await cloud().runWorkflow("CostIngestion", {});
    expect(run.status, `${run.error}: ${run.cause}`).toBe("SUCCEEDED");
    expect(cloud().costExplorer.calls).toBeGreaterThan(3);

    const today = dayOf(engineNow());
    const from = dayOf(started.getTime());
    const report = (await call("GET", `/v1/costs?team=payments&from=${from}&to=${today}`, "CAROL")).body;
    const byRequest = new Map<string, Body>(report.groups.map((g: Body) => [g.key, g]));
    expect([...byRequest.keys()].sort()).toEqual([busy, idle].sort());

    // Complete days (before yesterday) no longer change: each request's sum is the stand-in's bill.
    const settled = dayOf(engineNow() - 2 * DAY);
    const bill = cloud().costExplorer.bill(
      from,
      settled,
      Cost.costQuery.GroupBy.map((g) => g.Key),
    );
    const billed = (request: string) =>
      [...bill.values()].reduce(
        (sum, groups) => sum + (groups.get(`plinth:stage$${cloud().stage}\nplinth:request$${request}`) ?? 0),
        0,
      );
    const byDay = (
      await call(
        "GET",
        `/v1/costs?team=payments&request=${busy}&from=${from}&to=${dayOf(Date.parse(settled) - DAY)}&groupBy=day`,
        "ALICE",
      )
    ).body;
    expect(byDay.groups.length).toBeGreaterThanOrEqual(18);
    expect(byDay.actualUsd).toBeCloseTo(billed(busy), 1);
    expect(byDay.groups.every((g: Body) => g.estimateMonthlyUsd === null)).toBe(true);

    // Estimate vs actual: the busy queue runs at ~$48 a day against a $1.20 estimate; the idle one
    // costs nothing beyond its alarm, within a dollar of its $0.12.
    const hot = byRequest.get(busy) as Body;
    expect(hot.estimateMonthlyUsd).toBe(1.2);
    expect(hot.measuredMonthlyUsd).toBeGreaterThan(1400);
    expect(hot.drift.flagged).toBe(true);
    const cold = byRequest.get(idle) as Body;
    expect(cold.estimateMonthlyUsd).toBe(0.12);
    expect(cold.measuredMonthlyUsd).toBeLessThan(0.2);
    expect(cold.drift.flagged).toBe(false);
    expect(report.daily.length).toBeGreaterThanOrEqual(20);
    expect(report.dataThrough).not.toBeNull();
  });

  it("a team over budget on forecast gets the event once, and the budget policy holds what it measurably spends", async () => {
    const report = (await call("GET", "/v1/costs?team=payments", "ALICE")).body;
    expect(report.budget.monthlyBudgetUsd).toBe(1000);
    expect(report.budget.forecastUsd).toBeGreaterThan(report.budget.monthToDateUsd);
    expect(report.budget.crossed).toEqual(expect.arrayContaining([{ basis: "forecast", percent: 80 }]));

    const crossed = (await events("Budget Threshold Crossed")).filter((d) => d.team === "payments");
    expect(crossed.map((d) => `${d.basis}-${d.percent}`)).toEqual(expect.arrayContaining(["forecast-80"]));
    const drifted = (await events("Cost Drift Detected")).filter((d) => d.requestId === busy);
    expect(drifted).toHaveLength(1);
    expect(drifted[0]).toMatchObject({ team: "payments", template: "sqs-queue", estimateMonthlyUsd: 1.2 });

    // Read again: nothing is announced twice.
    const again = await cloud().runWorkflow("CostIngestion", {});
    expect(again.status).toBe("SUCCEEDED");
    expect((await events("Budget Threshold Crossed")).filter((d) => d.team === "payments")).toHaveLength(
      crossed.length,
    );
    expect((await events("Cost Drift Detected")).filter((d) => d.requestId === busy)).toHaveLength(1);

    // $1.20 a month on paper, ~$1,460 measured: the plan of one more queue is refused by its budget.
    const another = { template: "sqs-queue", name: "another", ttlHours: 24, tags };
    const plan = await call("POST", "/v1/provisioning-requests?dryRun=true", "ALICE", another);
    expect(plan.status).toBe(200);
    const budget = plan.body.policies.find((p: Body) => p.rule === "team-budget");
    expect(budget, JSON.stringify(budget)).toMatchObject({
      outcome: "deny",
      reason: expect.stringMatching(/measurably cost \$1,?4\d\d/),
    });
    const refused = await call("POST", "/v1/provisioning-requests", "ALICE", another);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body.errors)).toMatch(/measured/);
  });

  it("re-reads the previous month: an amount AWS restates replaces the one stored", async () => {
    // A whole day of the busy queue's life, in the previous month.
    const created = (await call("GET", `/v1/provisioning-requests/${busy}`, "ALICE")).body.createdAt as string;
    const day = dayOf(Date.parse(created) + 2 * DAY);
    expect(day < dayOf(engineNow()).slice(0, 7)).toBe(true);
    const read = async () =>
      (await call("GET", `/v1/costs?team=payments&request=${busy}&from=${day}&to=${day}&groupBy=day`, "ALICE")).body
        .actualUsd as number;
    const before = await read();
    expect(before).toBeGreaterThan(40);
    await fetch(`${cloud().cloudUrl}/_plinth/costexplorer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ restate: { day, factor: 0.5 } }),
    });
    expect((await cloud().runWorkflow("CostIngestion", {})).status).toBe("SUCCEEDED");
    expect(await read()).toBeCloseTo(before / 2, 1);
  });

  it("viewers read their team's cost, other teams get 404, untagged spend is the admins'", async () => {
    expect((await call("GET", "/v1/costs?team=payments", "CAROL")).status).toBe(200);
    const other = await call("GET", "/v1/costs?team=payments", "DAN");
    expect(other.status).toBe(404);
    expect((await call("GET", "/v1/costs?team=unallocated", "ALICE")).status).toBe(404);
    const untagged = (await call("GET", "/v1/costs?team=unallocated", "ROOT")).body;
    expect(untagged.groups[0]).toMatchObject({ key: "(untagged)", estimateMonthlyUsd: null });
    expect(untagged.actualUsd).toBeGreaterThan(4);
    const bad = await call("GET", "/v1/costs?team=payments&groupBy=colour", "ALICE");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain("query.groupBy");
  });

  it("plinth cost shows the same numbers, and --json the API's answer", async () => {
    const user = cliUser();
    const login = await user.plinth(["auth", "login", "--with-token", "--api-url", cloud().apiUrl], {
      stdin: cloud().tokens.ALICE,
    });
    expect(login.code, login.stderr).toBe(0);
    const text = await user.plinth(["cost", "--team", "payments"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(busy);
    expect(text.stdout).toMatch(/DRIFT/);
    expect(text.stdout).toMatch(/crossed: .*80 % on forecast/);
    const json = await user.plinth(["cost", "--team", "payments", "--by", "service", "--json"]);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as Body;
    expect(parsed.team).toBe("payments");
    expect(parsed.groups[0].key).toBe("(none)");
  });
});
