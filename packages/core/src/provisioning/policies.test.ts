import { describe, expect, it } from "vitest";
import { approvalRequired, defaultPolicyConfig, denials, evaluatePolicies, type PolicySubject } from "./policies";

const subject = (over: Partial<PolicySubject> = {}): PolicySubject => ({
  name: "orders",
  team: "payments",
  stackName: "plinth-payments-dev-orders",
  environment: "dev",
  region: "us-east-1",
  tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  ttlHours: 72,
  template: { id: "sqs-queue", risk: "low" },
  monthlyUsd: 10,
  ...over,
});
const outcome = (s: PolicySubject, committedUsd?: number) =>
  Object.fromEntries(
    evaluatePolicies(s, committedUsd === undefined ? {} : { committedUsd }, defaultPolicyConfig).map((r) => [
      r.rule,
      r.outcome,
    ]),
  );

describe("platform policies", () => {
  it("pass a well-formed dev request with no approval", () => {
    const results = evaluatePolicies(subject(), { committedUsd: 0 }, defaultPolicyConfig);
    expect(denials(results)).toEqual([]);
    expect(approvalRequired(results)).toBe(false);
  });

  it.each([
    ["naming", subject({ name: "Orders_1" })],
    ["naming", subject({ stackName: `plinth-payments-dev-${"x".repeat(50)}` })],
    ["allowed-regions", subject({ region: "ap-south-1" })],
    ["required-tags", subject({ tags: { owner: "alice", "cost-center": "1234" } })],
    ["ttl-limit", subject({ ttlHours: undefined })],
    ["ttl-limit", subject({ ttlHours: 721 })],
    ["team-budget", subject({ monthlyUsd: 1_000.01 })],
  ])("deny by %s, naming the rule and why", (rule, s) => {
    const denied = denials(evaluatePolicies(s, {}, defaultPolicyConfig));
    expect(denied.map((d) => d.rule)).toEqual([rule]);
    expect(denied[0]?.reason.length).toBeGreaterThan(10);
  });

  it("count what the team already committed against its budget", () => {
    expect(outcome(subject({ monthlyUsd: 100 }), 900)["team-budget"]).toBe("pass");
    expect(outcome(subject({ monthlyUsd: 100.01 }), 900)["team-budget"]).toBe("deny");
  });

  it("ask for an approval in production, and for high-risk templates outside dev", () => {
    expect(outcome(subject({ environment: "production", ttlHours: undefined }))).toMatchObject({
      "production-approval": "approval",
      "ttl-limit": "pass",
    });
    expect(
      outcome(subject({ environment: "staging", template: { id: "lambda-service", risk: "high" } })),
    ).toMatchObject({
      "high-risk-approval": "approval",
    });
    expect(outcome(subject({ template: { id: "lambda-service", risk: "high" } }))["high-risk-approval"]).toBe("pass");
  });

  it("hold the measured run rate when it is above the estimates: a team over budget in reality is refused", () => {
    const onPaper = evaluatePolicies(subject(), { committedUsd: 100, measuredUsd: 50 }, defaultPolicyConfig);
    expect(onPaper.find((r) => r.rule === "team-budget")).toMatchObject({ outcome: "pass" });
    const measured = evaluatePolicies(subject(), { committedUsd: 100, measuredUsd: 995 }, defaultPolicyConfig);
    expect(measured.find((r) => r.rule === "team-budget")).toMatchObject({
      outcome: "deny",
      reason: expect.stringContaining("measurably cost $995.00/month, more than the $100.00 estimated"),
    });
  });
});
