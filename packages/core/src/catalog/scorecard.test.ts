import { describe, expect, it } from "vitest";
import type { Recommendation } from "../cost/recommendation";
import type { DeploymentRecord } from "../delivery/deployments";
import type { PipelineRecord } from "../delivery/pipeline";
import type { Service } from "./entity";
import type { ProductionDeployment } from "./ports";
import { scorecardOf } from "./scorecard";

const at = "2026-11-02T12:00:00.000Z";
const service: Service = {
  id: "checkout",
  team: "payments",
  name: "Checkout",
  description: "",
  type: "service",
  lifecycle: "production",
  tier: 2,
  repository: { provider: "github", owner: "acme", name: "checkout" },
  links: [],
  tags: [],
  version: 1,
  createdAt: at,
  updatedAt: at,
  createdBy: "alice",
  updatedBy: "alice",
};

function pipeline(status: PipelineRecord["status"], live: boolean): PipelineRecord {
  const template = { id: "node-lambda-sst", version: "1.0.0", contentHash: "h" };
  return {
    id: "pl-0123456789abcdef0123",
    serviceId: "checkout",
    team: "payments",
    createdBy: "alice",
    actor: { sub: "alice", teams: ["payments"], roles: ["developer"] },
    repository: { owner: "acme", name: "checkout", defaultBranch: "main" },
    installationId: 1,
    parameters: {},
    tags: {},
    environments: ["staging", "production"],
    region: "eu-west-1",
    workflowPath: ".github/workflows/plinth.yml",
    status,
    change: { kind: "setup", template, branch: "plinth/pipeline" },
    ...(live ? { live: { ...template, mergedAt: at, pullRequest: { number: 1, url: "u" } } } : {}),
    roles: [],
    attempt: 1,
    timeline: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
    correlationId: "c",
    bodyHash: "b",
  };
}

function production(id: number, outcome: "success" | "failure", gate?: ProductionDeployment["gate"]) {
  const deployment: DeploymentRecord = {
    id,
    pipelineId: "pl-0123456789abcdef0123",
    serviceId: "checkout",
    team: "payments",
    repository: { owner: "acme", name: "checkout" },
    environment: "production",
    sha: `${id}`.padEnd(40, "0"),
    ref: "main",
    state: outcome,
    outcome,
    statusId: 1,
    createdAt: at,
    finishedAt: at,
    version: 1,
    recordedAt: at,
  };
  return { deployment, ...(gate ? { gate } : {}) };
}

const card = (
  pipelines: PipelineRecord[],
  deployments: ProductionDeployment[],
  recommendations: Recommendation[] = [],
) =>
  scorecardOf({
    service,
    requests: [],
    datasets: [],
    incidents: [],
    pipelines,
    production: deployments,
    recommendations,
    now: new Date(at),
  });
const rule = (id: string, pipelines: PipelineRecord[], deployments: ProductionDeployment[] = []) =>
  card(pipelines, deployments).rules.find((r) => r.rule === id);

describe("the delivery rules of the scorecard", () => {
  it("has-pipeline: passes with a live pipeline, fails with none or one still being set up", () => {
    expect(rule("has-pipeline", [pipeline("ACTIVE", true)])).toMatchObject({ status: "pass", level: "silver" });
    expect(rule("has-pipeline", [pipeline("AWAITING_MERGE", false)])).toMatchObject({
      status: "fail",
      reason: "no pipeline is live: pl-0123456789abcdef0123 AWAITING_MERGE",
    });
    expect(rule("has-pipeline", [])).toMatchObject({
      status: "fail",
      fix: "plinth pipeline create checkout --template <template>",
    });
  });

  it("production-gated: every successful production deployment was approved in the gate", () => {
    const live = [pipeline("ACTIVE", true)];
    expect(rule("production-gated", [])).toMatchObject({ status: "not-applicable" });
    expect(rule("production-gated", live)).toMatchObject({ status: "pass", level: "gold" });
    expect(
      rule("production-gated", live, [production(3, "success", "APPROVED"), production(2, "failure", "REFUSED")]),
    ).toMatchObject({ status: "pass", reason: "the last 1 production deployment(s) were each approved in the gate" });
    const bypassed = rule("production-gated", live, [production(3, "success", "APPROVED"), production(2, "success")]);
    expect(bypassed).toMatchObject({
      status: "fail",
      reason: `1 production deployment(s) without an approval in Plinth's gate: 2 (2000000)`,
    });
    expect(card(live, [production(2, "success")]).level).toBe("silver");
  });
});

function recommendation(status: Recommendation["status"], request: string): Recommendation {
  return {
    id: `rec-${request}`,
    team: "payments",
    service: "checkout",
    request,
    name: request,
    template: "sqs-queue",
    environment: "production",
    kind: "idle",
    title: `${request} is idle`,
    reason: "no messages sent or received for 14 days",
    evidence: { from: at, to: at, periodSeconds: 86_400, metrics: [] },
    action: { kind: "destroy", summary: "destroy" },
    saving: { monthlyUsd: 1, estimateMonthlyUsd: 1, measuredMonthlyUsd: 0 },
    status,
    history: [],
    openedAt: at,
    updatedAt: at,
    version: 1,
  };
}

describe("the cost rule of the scorecard", () => {
  it("no-idle-resources: an open idle recommendation fails it; snoozed or dismissed ones pass, said so", () => {
    const idle = card(
      [pipeline("ACTIVE", true)],
      [],
      [recommendation("OPEN", "pr-1"), recommendation("DISMISSED", "pr-2")],
    );
    expect(idle.rules.find((r) => r.rule === "no-idle-resources")).toMatchObject({
      status: "fail",
      level: "silver",
      reason: "1 resource(s) idle for their whole window: pr-1 (pr-1)",
      fix: expect.stringContaining("plinth recommendation list"),
    });
    expect(idle.level).toBe("bronze");
    const settled = card([], [], [recommendation("SNOOZED", "pr-1"), recommendation("RESOLVED", "pr-3")]);
    expect(settled.rules.find((r) => r.rule === "no-idle-resources")).toMatchObject({
      status: "pass",
      reason: "no open idle-resource recommendation (1 snoozed or dismissed with a reason)",
    });
  });
});
