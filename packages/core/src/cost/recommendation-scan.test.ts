import { describe, expect, it } from "vitest";
import type { Caller } from "../caller";
import type { PlinthEvent } from "../events";
import { MemoryRequestStore, MemoryWorkflowRunner } from "../provisioning/memory-ports";
import { defaultPolicyConfig } from "../provisioning/policies";
import type { RequestRecord } from "../provisioning/request";
import { ProvisioningService } from "../provisioning/service";
import { IDLE_RULES, isIdle } from "./idle-rules";
import type { Recommendation, RecommendationStore } from "./recommendation";
import { batchSize, RecommendationScan } from "./recommendation-scan";

const DAY = 86_400_000;
const alice: Caller = { sub: "alice", teams: ["payments"], roles: ["developer"] };

class MemoryRecommendations implements RecommendationStore {
  readonly items = new Map<string, Recommendation>();
  async get(id: string) {
    return this.items.get(id);
  }
  async list(team: string) {
    return [...this.items.values()].filter((r) => r.team === team);
  }
  async put(next: Recommendation) {
    if ((this.items.get(next.id)?.version ?? 0) !== next.version - 1) throw new Error("version_conflict");
    this.items.set(next.id, next);
  }
}

/** Two queues made on the 1st, succeeded, with their ARN output; the clock then stands on `today`. */
async function setup(today: string) {
  let now = new Date("2026-11-01T10:00:00Z");
  const clock = { now: () => now };
  const requests = new MemoryRequestStore();
  const provisioning = new ProvisioningService({
    store: requests,
    workflows: new MemoryWorkflowRunner(),
    clock,
    policy: defaultPolicyConfig,
    stage: "test",
  });
  const ids: string[] = [];
  for (const name of ["orders", "refunds"]) {
    const { request } = await provisioning.create(
      {
        template: "sqs-queue",
        name,
        environment: "dev",
        ttlHours: 720,
        tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
      },
      alice,
      { correlationId: "c" },
    );
    const record = requests.records.get(request.id) as RequestRecord;
    requests.records.set(request.id, {
      ...record,
      status: "SUCCEEDED",
      outputs: { QueueArn: `arn:aws:sqs:us-east-1:000000000000:plinth-test-payments-dev-${name}` },
    });
    ids.push(request.id);
  }
  now = new Date(today);
  const store = new MemoryRecommendations();
  const published: PlinthEvent[] = [];
  const scan = new RecommendationScan({
    requests: {
      teams: () => requests.teams(),
      get: (id) => requests.get(id),
      live: async (team) => (await requests.list({ team, status: "SUCCEEDED", limit: 100 })).items,
    },
    store,
    costs: { lines: async () => [] },
    events: { publish: async (events) => void published.push(...events) },
    clock,
  });
  return { scan, store, published, ids, requests };
}

/** GetMetricData's answer as Step Functions hands it on: ISO timestamps, only the days with data. */
function answer(queries: { Id: string }[], days: Record<string, { day: string; value: number }[]>) {
  return {
    MetricDataResults: queries.map((q) => ({
      Id: q.Id,
      Timestamps: (days[q.Id] ?? []).map((p) => `${p.day}T00:00:00.000Z`),
      Values: (days[q.Id] ?? []).map((p) => p.value),
      StatusCode: "Complete",
    })),
    Messages: [],
  };
}

describe("the idle rules", () => {
  it("counts missing days as zero; an S3 bucket is idle while nothing changes", () => {
    const sqs = IDLE_RULES["sqs-queue"];
    const s3 = IDLE_RULES["s3-bucket"];
    if (!sqs || !s3) throw new Error("rules missing");
    expect(isIdle(sqs, [[], [0, 0]])).toBe(true);
    expect(isIdle(sqs, [[0, 1], []])).toBe(false);
    expect(
      isIdle(s3, [
        [2048, 2048, 2048],
        [2, 2, 2],
      ]),
    ).toBe(true);
    expect(
      isIdle(s3, [
        [2048, 3072],
        [2, 3],
      ]),
    ).toBe(false);
  });

  it("batches within a state's size: 178 queues (2 metrics × 14 days), 41 buckets (2 × 60)", () => {
    expect(batchSize(IDLE_RULES["sqs-queue"] as never)).toBe(178);
    expect(batchSize(IDLE_RULES["s3-bucket"] as never)).toBe(41);
    expect(batchSize(IDLE_RULES["lambda-service"] as never)).toBe(166);
  });
});

describe("RecommendationScan", () => {
  it("judges nothing younger than its window", async () => {
    const { scan } = await setup("2026-11-14T08:00:00Z");
    expect(await scan.plan()).toEqual({ batches: [] });
  });

  it("opens one recommendation per idle queue with the window as evidence, and none for a busy one", async () => {
    const { scan, store, published, ids } = await setup("2026-11-20T08:00:00Z");
    const { batches } = await scan.plan();
    expect(batches).toEqual([{ template: "sqs-queue", requests: [...ids].sort() }]);
    const q = await scan.queries(batches[0]);
    expect(q.startTime).toBe("2026-11-06T00:00:00.000Z");
    expect(q.endTime).toBe("2026-11-20T00:00:00.000Z");
    expect(q.queries).toHaveLength(4);
    expect(q.queries[0]?.MetricStat.Metric.Dimensions).toEqual([
      { Name: "QueueName", Value: expect.stringMatching(/^plinth-test-payments-dev-/) },
    ]);
    const [orders] = ids as [string, string];
    const busyId = q.queries.find((query) => query.Id.includes(orders.replace("-", "_")))?.Id as string;
    const metrics = answer(q.queries, {
      // The busy one: messages on two days. The idle one: one zero (SQS's last six hours), then nothing.
      [busyId]: [
        { day: "2026-11-10", value: 40 },
        { day: "2026-11-11", value: 3 },
      ],
    });
    expect(await scan.findings({ batch: batches[0], metrics })).toEqual({ opened: 1, updated: 0, resolved: 0 });
    const [opened] = [...store.items.values()];
    expect(opened).toMatchObject({
      status: "OPEN",
      name: "refunds",
      reason: expect.stringMatching(/for 14 days \(2026-11-06 to 2026-11-19\)/),
    });
    expect(published.map((e) => e.detailType)).toEqual(["Recommendation Opened"]);

    // The same answer again: updated, nothing published twice.
    expect(await scan.findings({ batch: batches[0], metrics })).toEqual({ opened: 0, updated: 1, resolved: 0 });
    expect(published).toHaveLength(1);
    // Traffic on the idle one: resolved, "in use again".
    const idleId = q.queries.find((query) => !query.Id.includes(orders.replace("-", "_")))?.Id as string;
    const busyAgain = answer(q.queries, { [idleId]: [{ day: "2026-11-19", value: 5 }] });
    expect(await scan.findings({ batch: batches[0], metrics: busyAgain })).toMatchObject({ resolved: 1 });
    expect([...store.items.values()][0]).toMatchObject({
      status: "RESOLVED",
      resolution: expect.stringMatching(/in use again/),
    });
  });

  it("refuses an answer that did not fit one page rather than judging on part of it", async () => {
    const { scan } = await setup("2026-11-20T08:00:00Z");
    const { batches } = await scan.plan();
    const q = await scan.queries(batches[0]);
    await expect(
      scan.findings({ batch: batches[0], metrics: { ...answer(q.queries, {}), NextToken: "more" } }),
    ).rejects.toThrow(/did not fit one GetMetricData page/);
  });
});
