import { describe, expect, it } from "vitest";
import { scratchCleanup } from "./data/athena";
import { DataVersion } from "./data/dataset";
import { versionPrefix } from "./data/lake-layout";
import { LandingSeeds, landingRunId, type PartitionResult, type PromotionRecord } from "./data/promotion";
import type { EventPublisher } from "./events";
import { MemoryRequestStore, MemoryWorkflowRunner } from "./provisioning/memory-ports";
import { defaultPolicyConfig } from "./provisioning/policies";
import { ProvisioningService } from "./provisioning/service";
import { ProvisioningSteps } from "./provisioning/steps";
import { Reconciler, workflowOf } from "./reconciler";
import type { IncidentRecord } from "./remediation/incident";
import type { StoredIncident } from "./remediation/ports";
import { newIncident } from "./remediation/steps/shared";
import { isScheduledEvent, Sweeper } from "./sweep";
import type { WorkingIndex, WorkingRecord } from "./working";

const clock = { now: () => new Date("2026-11-01T10:00:00Z") };
const alice = { sub: "alice", teams: ["payments"], roles: ["developer" as const] };
const machine = (workflow: string) => `arn:aws:states:us-east-1:000000000000:stateMachine:plinth-dev-${workflow}`;
const ended = (workflow: string, executionArn: string, status: string, input: unknown) => ({
  source: "aws.states",
  "detail-type": "Step Functions Execution Status Change",
  detail: {
    executionArn,
    stateMachineArn: machine(workflow),
    name: executionArn.slice(executionArn.lastIndexOf(":") + 1),
    status,
    input: JSON.stringify(input),
    error: status === "FAILED" ? "States.Runtime" : null,
    cause: status === "FAILED" ? "An error occurred while executing the state" : null,
  },
});

/** A stored incident in `status`, acted on by its Remediation execution (the domain's own constructor). */
const storedIncident = (status: IncidentRecord["status"]): StoredIncident => ({
  record: {
    ...newIncident({
      id: "inc-1",
      now: clock.now(),
      source: "alarm",
      team: "payments",
      summary: "memory",
      alarm: { name: "a", dimensions: {}, state: "ALARM", reason: "" },
      resource: { type: "ecs-service", id: "prod/x", account: "000000000000", region: "us-east-1" },
      slot: "ecs-service/prod/x#a",
      correlationId: "c",
    }),
    status,
    executionArn: "arn:x:execution:plinth-dev-Remediation:inc-1",
  },
  occurrences: 1,
  lastOccurrenceAt: clock.now().toISOString(),
  timeline: [],
});

/** A promotion run of orders, bronze → silver. */
const runOf = (
  id: string,
  status: PromotionRecord["status"],
  partitions: string[],
  results: PromotionRecord["results"] = {},
): PromotionRecord => ({
  id,
  dataset: "orders",
  team: "payments",
  from: "bronze",
  to: "silver",
  partitions,
  status,
  results,
  requestedBy: "alice",
  trigger: "api",
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-11-01T09:00:00.000Z",
});

function world() {
  const requests = new MemoryRequestStore();
  const workflows = new MemoryWorkflowRunner();
  const published: string[] = [];
  const events: EventPublisher = {
    publish: async (list) => {
      published.push(...list.map((e) => e.detailType));
    },
  };
  const provisioning = new ProvisioningService({
    store: requests,
    workflows,
    clock,
    policy: defaultPolicyConfig,
    stage: "test",
  });
  const escalated: unknown[] = [];
  const incidents = new Map<string, StoredIncident>();
  const runs = new Map<string, PromotionRecord>();
  // The lake: versions recorded ("<stage>/<partition>/<version>") and the prefixes removed.
  const recorded = new Set<string>();
  const removed: string[] = [];
  const reconciler = new Reconciler({
    requests,
    incidents: { get: async (id) => incidents.get(id) },
    pipelines: { get: async () => undefined },
    delivery: { markFailed: async () => ({ changed: false }) },
    runs: {
      get: async (id) => runs.get(id),
      setResult: async (id, result: PartitionResult, _at, whileRunning) => {
        const run = runs.get(id) as PromotionRecord;
        if (whileRunning && run.status !== "RUNNING") return false;
        run.results[result.partition] = result;
        return true;
      },
      setStatus: async (id, status, _at, expected) => {
        const run = runs.get(id) as PromotionRecord;
        if (expected && run.status !== expected) return false;
        run.status = status;
        return true;
      },
    },
    discard: {
      versions: {
        get: async (dataset, stage, partition, version) =>
          recorded.has(`${stage}/${partition}/${version}`)
            ? DataVersion.parse({
                dataset,
                stage,
                partition,
                version,
                prefix: versionPrefix(stage, dataset, partition, version),
                files: [],
                contentHash: "h",
                inputs: [],
                contractVersion: 1,
                rows: 0,
                promotionId: "run-1",
                durationMs: 0,
                createdAt: "2026-11-01T09:00:00.000Z",
              })
            : undefined,
      },
      lake: {
        removePrefix: async (prefix) => {
          removed.push(prefix);
          return 1;
        },
      },
    },
    provisioning: new ProvisioningSteps({ store: requests, events, clock, policy: defaultPolicyConfig, stage: "test" }),
    remediation: {
      escalate: async (incidentId, reason) => {
        escalated.push({ incidentId, reason });
        return { escalated: true, status: "ESCALATED" as const };
      },
    },
    clock,
  });
  return { requests, workflows, provisioning, reconciler, published, escalated, incidents, runs, recorded, removed };
}

const create = async (w: ReturnType<typeof world>) =>
  (
    await w.provisioning.create(
      {
        template: "sqs-queue",
        name: "orders",
        environment: "dev",
        ttlHours: 72,
        tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
      },
      alice,
      { correlationId: "c" },
    )
  ).request;

describe("the reconciler", () => {
  it("knows Plinth's workflows by their state machine names, longest name first", () => {
    expect(workflowOf(machine("ProvisioningTeardown"))).toBe("ProvisioningTeardown");
    expect(workflowOf(machine("Provisioning"))).toBe("Provisioning");
    expect(workflowOf("arn:aws:states:us-east-1:1:stateMachine:someone-elses")).toBeUndefined();
  });

  it.each(["FAILED", "TIMED_OUT", "ABORTED"])(
    "fails a provisioning request whose execution ended %s, with the reason, once",
    async (status) => {
      const w = world();
      const request = await create(w);
      const event = ended("Provisioning", request.execution as string, status, { requestId: request.id });
      expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "reconciled", next: "retry" });
      const after = await w.requests.get(request.id);
      expect(after).toMatchObject({ status: "FAILED", failure: { step: "workflow", cleanup: "not-needed" } });
      expect(after?.timeline.at(-1)?.error).toMatch(status === "FAILED" ? /An error occurred/ : new RegExp(status));
      expect(w.published).toEqual(["Provisioning Failed"]);
      // A second delivery, or the same event again later: nothing changes.
      expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "ignored" });
      expect((await w.requests.get(request.id))?.version).toBe(after?.version);
      expect(w.published).toEqual(["Provisioning Failed"]);
    },
  );

  it.each(["RUNNING", "SUCCEEDED", "PENDING_REDRIVE"])(
    "leaves records alone when an execution is %s",
    async (status) => {
      const w = world();
      const request = await create(w);
      const result = await w.reconciler.reconcile(
        ended("Provisioning", request.execution as string, status, { requestId: request.id }),
      );
      expect(result).toEqual({ outcome: "ignored", reason: `${status}: nothing to reconcile` });
      expect((await w.requests.get(request.id))?.status).toBe("VALIDATING");
    },
  );

  it("ignores the end of an execution the record no longer names (a cancelled attempt, an old retry)", async () => {
    const w = world();
    const request = await create(w);
    const old = `${request.execution}-old`;
    expect(
      await w.reconciler.reconcile(ended("Provisioning", old, "ABORTED", { requestId: request.id })),
    ).toMatchObject({
      outcome: "ignored",
      reason: expect.stringContaining("names another execution"),
    });
  });

  it("escalates a working incident whose Remediation execution ended badly; a settled one stays", async () => {
    const w = world();
    w.incidents.set("inc-1", storedIncident("VERIFYING"));
    const event = ended("Remediation", "arn:x:execution:plinth-dev-Remediation:inc-1", "TIMED_OUT", {
      incidentId: "inc-1",
    });
    expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "reconciled", workflow: "Remediation" });
    expect(w.escalated).toEqual([
      expect.objectContaining({
        incidentId: "inc-1",
        reason: "the remediation workflow ended TIMED_OUT",
      }),
    ]);
    w.incidents.set("inc-1", storedIncident("ESCALATED"));
    expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "ignored" });
    expect(w.escalated).toHaveLength(1);
  });

  it("fails the unfinished partitions of a RUNNING promotion run and settles it; finished ones keep their result", async () => {
    const w = world();
    w.runs.set(
      "run-1",
      runOf("run-1", "RUNNING", ["2026-11-01", "2026-11-02", "2026-11-03"], {
        "2026-11-01": { partition: "2026-11-01", status: "SUCCEEDED", version: 3 },
        // Checked and uploaded under version 4, never recorded: its files go.
        "2026-11-02": { partition: "2026-11-02", status: "RUNNING", version: 4 },
        // Recorded as version 5 just before the execution died: published data stays.
        "2026-11-03": { partition: "2026-11-03", status: "RUNNING", version: 5 },
      }),
    );
    w.recorded.add("silver/2026-11-03/5");
    const event = ended("Promotion", "arn:x:execution:plinth-dev-Promotion:run-1", "ABORTED", { promotionId: "run-1" });
    const drops = ["2026-11-01", "2026-11-02", "2026-11-03"].map((p) => scratchCleanup("run-1", p));
    expect(drops[1]?.sql).toMatch(/^DROP DATABASE IF EXISTS `plinth_scratch_[0-9a-f]{20}` CASCADE$/);
    expect(await w.reconciler.reconcile(event)).toMatchObject({
      outcome: "reconciled",
      workflow: "Promotion",
      cleanup: drops,
    });
    const run = w.runs.get("run-1") as PromotionRecord;
    expect(run.status).toBe("PARTIAL");
    expect(run.results["2026-11-02"]).toMatchObject({ status: "FAILED", error: expect.stringMatching(/ABORTED/) });
    expect(run.results["2026-11-01"]).toMatchObject({ status: "SUCCEEDED", version: 3 });
    expect(w.removed).toEqual(["lake/silver/orders/2026-11-02/v=4/", "lake/quarantine/orders/2026-11-02/v=4/"]);
    // Ended already (here by the reconciler, as by a cancel): nothing changes, the drops are asked again (idempotent).
    expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "ignored", cleanup: drops });
  });

  it("finds a landing execution's runs from the S3 event it was started with: the bronze run, then the silver run after it", async () => {
    const w = world();
    const bronze = landingRunId(LandingSeeds.bronze("s3-event-1"));
    const silver = landingRunId(LandingSeeds.silver(bronze));
    w.runs.set(bronze, runOf(bronze, "SUCCEEDED", ["d"]));
    w.runs.set(silver, runOf(silver, "RUNNING", ["d"]));
    const landing = { id: "s3-event-1", source: "aws.s3", "detail-type": "Object Created", detail: {} };
    const event = ended("Promotion", "arn:x:execution:plinth-dev-Promotion:s3-event-1", "ABORTED", landing);
    expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "reconciled", record: silver });
    expect((w.runs.get(silver) as PromotionRecord).status).toBe("FAILED");
    expect((w.runs.get(bronze) as PromotionRecord).status).toBe("SUCCEEDED");
    expect(await w.reconciler.reconcile(event)).toMatchObject({ outcome: "ignored" });
  });

  it("ignores what is not ours or not an execution status change", async () => {
    const w = world();
    expect((await w.reconciler.reconcile({ source: "aws.s3" })).outcome).toBe("ignored");
    expect((await w.reconciler.reconcile(ended("RemediationIntake", "arn:x", "FAILED", {}))).outcome).toBe("ignored");
  });
});

describe("the sweep", () => {
  const working = (records: WorkingRecord[]): WorkingIndex => ({
    working: async (kind, before, page) => {
      const matching = records.filter((r) => r.kind === kind && r.since < before);
      const start = page.cursor ? Number(page.cursor) : 0;
      const items = matching.slice(start, start + page.limit);
      return { items, ...(start + page.limit < matching.length ? { cursor: String(start + page.limit) } : {}) };
    },
  });
  const sweeper = (w: ReturnType<typeof world>, records: WorkingRecord[], executions: Record<string, string>) =>
    new Sweeper({
      index: working(records),
      executions: {
        describe: async (arn) =>
          executions[arn] === undefined
            ? undefined
            : {
                status: executions[arn] as string,
                ...(executions[arn] === "FAILED" ? { error: "Lambda.Unknown" } : {}),
              },
      },
      reconciler: w.reconciler,
      clock,
      graceMs: 120_000,
    });
  const ref = (request: { id: string; status: string; execution?: string }, since = "2026-11-01T09:00:00.000Z") => ({
    kind: "ProvisioningRequest" as const,
    id: request.id,
    status: request.status,
    since,
    ...(request.execution ? { execution: request.execution } : {}),
  });

  it("fails a working request whose execution does not exist, says why, and changes nothing the second time", async () => {
    const w = world();
    const request = await create(w);
    const sweep = sweeper(w, [ref(request)], {});
    expect(await sweep.sweep()).toEqual({
      checked: 1,
      running: 0,
      reconciled: [{ kind: "ProvisioningRequest", id: request.id, reason: "execution does not exist", next: "retry" }],
      deferred: false,
    });
    const after = await w.requests.get(request.id);
    expect(after).toMatchObject({ status: "FAILED", failure: { step: "workflow", error: "Plinth.ExecutionLost" } });
    expect(after?.failure?.reason).toMatch(/does not exist.*found by the sweep/);
    expect(w.published).toEqual(["Provisioning Failed"]);
    // The record has left the working statuses; a sweep that still lists it (a stale index page) does nothing.
    expect((await sweep.sweep()).reconciled).toEqual([]);
    expect(w.published).toEqual(["Provisioning Failed"]);
  });

  it("counts a record once when two sweeps reach it at the same time", async () => {
    const w = world();
    const request = await create(w);
    const sweep = sweeper(w, [ref(request)], {});
    const reports = await Promise.all([sweep.sweep(), sweep.sweep(), sweep.sweep()]);
    expect(reports.flatMap((report) => report.reconciled).map((r) => r.id)).toEqual([request.id]);
    expect((await w.requests.get(request.id))?.timeline.filter((entry) => entry.status === "FAILED")).toHaveLength(1);
  });

  it("leaves a record whose execution is RUNNING, and one changed within the grace period", async () => {
    const w = world();
    const running = await create(w);
    const fresh = await create(w);
    const report = await sweeper(w, [ref(running), ref(fresh, "2026-11-01T09:59:00.000Z")], {
      [running.execution as string]: "RUNNING",
    }).sweep();
    expect(report).toMatchObject({ checked: 1, running: 1, reconciled: [] });
    expect((await w.requests.get(fresh.id))?.status).toBe("VALIDATING");
  });

  it.each([
    ["FAILED", "Lambda.Unknown"],
    ["SUCCEEDED", "States.Runtime"],
    ["TIMED_OUT", "States.Timeout"],
  ])("reconciles a record whose execution ended %s without a word to it", async (status, error) => {
    const w = world();
    const request = await create(w);
    const report = await sweeper(w, [ref(request)], { [request.execution as string]: status }).sweep();
    expect(report.reconciled).toEqual([expect.objectContaining({ id: request.id, reason: `execution ${status}` })]);
    expect((await w.requests.get(request.id))?.failure).toMatchObject({ error });
  });

  it("escalates a working incident and fails a promotion run whose executions are gone", async () => {
    const w = world();
    w.incidents.set("inc-1", storedIncident("VERIFYING"));
    w.runs.set("run-1", runOf("run-1", "RUNNING", ["d"]));
    const report = await sweeper(
      w,
      [
        {
          kind: "Incident",
          id: "inc-1",
          status: "VERIFYING",
          since: "2026-11-01T09:00:00.000Z",
          execution: "arn:x:execution:plinth-dev-Remediation:inc-1",
        },
        {
          kind: "PromotionRun",
          id: "run-1",
          status: "RUNNING",
          since: "2026-11-01T09:00:00.000Z",
          execution: "arn:x:execution:plinth-dev-Promotion:run-1",
        },
      ],
      {},
    ).sweep();
    expect(report.reconciled.map((r) => [r.kind, r.id])).toEqual([
      ["PromotionRun", "run-1"],
      ["Incident", "inc-1"],
    ]);
    expect(w.escalated).toEqual([
      expect.objectContaining({
        incidentId: "inc-1",
        reason: "the remediation workflow ended lost",
      }),
    ]);
    expect((w.runs.get("run-1") as PromotionRecord).results.d).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/ExecutionLost/),
    });
  });

  it("pages through the index and stops at its bound, saying the rest waits", async () => {
    const w = world();
    const records = Array.from({ length: 250 }, (_, i) => ({
      ...ref({ id: `r${i}`, status: "APPLYING", execution: `e${i}` }),
    }));
    const running = Object.fromEntries(records.map((r) => [r.execution as string, "RUNNING"]));
    expect(await sweeper(w, records, running).sweep()).toMatchObject({ checked: 250, running: 250, deferred: false });
    const bounded = new Sweeper({
      index: working(records),
      executions: { describe: async () => ({ status: "RUNNING" }) },
      reconciler: w.reconciler,
      clock,
      maxRecords: 100,
    });
    expect(await bounded.sweep()).toMatchObject({ checked: 100, deferred: true });
  });

  it("sweeps when started by the scheduled rule, and only then", () => {
    expect(isScheduledEvent({ source: "aws.events", "detail-type": "Scheduled Event", detail: {} })).toBe(true);
    expect(isScheduledEvent({ source: "aws.states", "detail-type": "Step Functions Execution Status Change" })).toBe(
      false,
    );
    expect(isScheduledEvent(null)).toBe(false);
  });
});
