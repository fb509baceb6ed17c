import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoWebhookDeliveryStore } from "@plinth/aws";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startLocalCloud } from "../packages/local/src/cloud";
import { deliveryHarness } from "./support/delivery";
import type { Body } from "./support/http";
import { useLocalCloud, waitFor } from "./support/local-cloud";

// What GitHub's delivery does to Plinth, on purpose: the same delivery twice (or ten times), deliveries
// out of order, deliveries lost (the receiver was down: found in the app's delivery log and redelivered
// by the sweep), forged ones; GitHub down when the gate answers; the cloud killed while a production
// deploy waits for its approver. The records always end as GitHub's own state says.
const harness = useLocalCloud("whf", { timeScale: 0.001 });
const { cloud, call, poll } = harness;
const { activePipeline, deliver } = deliveryHarness(harness);

/** Plinth's run and deployments for the repository, against the stand-in's own state of them. */
async function agreesWithGitHub(service: string, runs: string) {
  const github = () =>
    cloud()
      .github.inspect()
      .repositories.find((repo) => repo.fullName === `acme/${service}`);
  // GitHub first: its runs have all finished (Plinth's records are compared with the end state).
  await waitFor(
    async () => github()?.runs ?? [],
    (theirs) => theirs.length > 0 && theirs.every((run) => run.status === "completed"),
    "GitHub's runs to finish",
    30_000,
  );
  await cloud().github.hooks.settled();
  await waitFor(
    async () => (await call("GET", runs, "ALICE")).body.items as Body[],
    (items) => {
      const theirs = github()?.runs ?? [];
      return (
        items.length === theirs.length &&
        theirs.every((run) =>
          items.some(
            (mine) => mine.runId === run.id && mine.status === run.status && mine.conclusion === run.conclusion,
          ),
        )
      );
    },
    "the runs to agree with GitHub's",
    30_000,
  );
  await waitFor(
    async () => (await call("GET", `/v1/services/${service}/deployments`, "ALICE")).body.items as Body[],
    (items) => {
      const theirs = github()?.deployments ?? [];
      return (
        items.length === theirs.length &&
        theirs.every((d) => items.some((mine) => mine.id === d.id && mine.state === d.state))
      );
    },
    "the deployments to agree with GitHub's",
    30_000,
  );
  // Jobs GitHub has reported (a job still pending was never announced), each as GitHub has it.
  for (const run of github()?.runs ?? []) {
    const reported = run.jobs.filter((job) => job.status !== "pending");
    await waitFor(
      async () => (await call("GET", `${runs}/${run.id}`, "ALICE")).body.jobs as Body[],
      (jobs) =>
        jobs.length === reported.length &&
        reported.every((job) => jobs.some((mine) => mine.status === job.status && mine.conclusion === job.conclusion)),
      `the jobs of run ${run.id} to agree with GitHub's`,
      30_000,
    );
  }
}

const deliveries = () => new DynamoWebhookDeliveryStore(cloud().apiClients.dynamodb, cloud().tableName);

describe("webhook faults", { timeout: 90_000 }, () => {
  it("duplicated and reordered deliveries: each processed once, records end as GitHub's", async () => {
    await cloud().github.control({ action: "deliveries", mode: "duplicate", count: 10_000 });
    try {
      const { service, runs } = await activePipeline(["dev", "staging"]);
      await agreesWithGitHub(service, runs);
    } finally {
      await cloud().github.control({ action: "deliveries", mode: "normal" });
    }
    await cloud().github.control({ action: "deliveries", mode: "reorder", count: 10_000 });
    try {
      const { service, runs } = await activePipeline(["dev", "staging"]);
      await agreesWithGitHub(service, runs);
    } finally {
      await cloud().github.control({ action: "deliveries", mode: "normal" });
    }
    // Every delivery GitHub sent twice was recorded once and claimed once.
    const attempts = cloud().github.hooks.attempts.filter((attempt) => attempt.redelivery && attempt.status === "OK");
    expect(attempts.length).toBeGreaterThan(10);
    for (const attempt of attempts.slice(0, 20)) {
      const stored = await deliveries().get(attempt.guid);
      expect(stored).toMatchObject({ received: 2, claims: 1 });
      expect(["PROCESSED", "IGNORED"]).toContain(stored?.status);
    }
  });

  it("lost deliveries are found in the app's delivery log and redelivered by the sweep", async () => {
    const { service, pipeline, runs } = await activePipeline(["dev"]);
    await agreesWithGitHub(service, runs);
    await cloud().github.control({ action: "deliveries", mode: "drop", count: 6 });
    const dispatched = await call("POST", runs, "ALICE", {});
    expect(dispatched.status).toBe(202);
    // The run finishes on GitHub; its first six deliveries never reached Plinth, until the sweep asked for them again.
    await agreesWithGitHub(service, runs);
    const dropped = cloud().github.hooks.attempts.filter((attempt) => attempt.statusCode === 0);
    expect(dropped.length).toBeGreaterThanOrEqual(6);
    for (const attempt of dropped.slice(0, 6))
      expect(
        cloud().github.hooks.attempts.some(
          (again) => again.guid === attempt.guid && again.redelivery && again.statusCode === 202,
        ),
      ).toBe(true);
    expect(pipeline.status).toBe("ACTIVE");
  });

  it("forged deliveries change nothing", async () => {
    const forged = await deliver(
      "workflow_run",
      { action: "completed", workflow_run: { id: 1 } },
      { secret: "guessed", delivery: randomUUID() },
    );
    expect(forged.status).toBe(401);
    expect(await deliveries().get(forged.delivery)).toBeUndefined();
  });

  it("GitHub down when the gate answers: retried until it takes the answer; never answered: recorded, never a silent approval", async () => {
    const { service, runs } = await activePipeline(["dev", "production"]);
    const gateOf = () =>
      poll(
        "/v1/deployment-approvals",
        (list) => list.items?.some((a: Body) => a.serviceId === service && a.decidable),
        "BOB",
        30_000,
      ).then((list) => list.items.find((a: Body) => a.serviceId === service));
    const gate = await gateOf();
    await cloud().github.control({
      action: "fail",
      method: "POST",
      path: "/deployment_protection_rule$",
      status: 503,
      times: 3,
    });
    const approved = await call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
      sha: gate.sha,
      environment: "production",
    });
    expect(approved.status).toBe(200);
    const told = await poll(`/v1/deployment-approvals/${gate.id}`, (a) => a.answeredAt !== undefined, "BOB", 30_000);
    expect(told.answerFailed).toBeUndefined();
    await poll(`${runs}/${gate.runId}`, (run) => run.conclusion === "success", "ALICE", 30_000);

    // Down for good: the answer is recorded as not delivered and GitHub still holds the deployment.
    const second = await call("POST", runs, "ALICE", {});
    const next = await poll(
      "/v1/deployment-approvals",
      (list) => list.items?.some((a: Body) => a.runId === second.body.runId && a.decidable),
      "BOB",
      30_000,
    ).then((list) => list.items.find((a: Body) => a.runId === second.body.runId));
    await cloud().github.control({
      action: "fail",
      method: "POST",
      path: "/deployment_protection_rule$",
      status: 503,
      times: 50,
    });
    await call("POST", `/v1/deployment-approvals/${next.id}/approve`, "BOB", {
      sha: next.sha,
      environment: "production",
    });
    const failed = await poll(
      `/v1/deployment-approvals/${next.id}`,
      (a) => a.answerFailed !== undefined,
      "BOB",
      60_000,
    );
    expect(failed).toMatchObject({ status: "APPROVED" });
    expect(failed.answeredAt).toBeUndefined();
    expect(failed.answerFailed).toMatch(/503/);
    const held = cloud()
      .github.inspect()
      .repositories.find((repo) => repo.fullName === `acme/${service}`)
      ?.runs.find((run) => run.id === second.body.runId);
    expect(held?.jobs.find((job) => job.environment === "production")).toMatchObject({ gate: "pending" });
  });
});

describe("a crash while production waits for its approver", { timeout: 90_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), "plinth-gate-crash-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("the approval survives a restart on the same PLINTH_DATA_DIR and the deploy goes on", async () => {
    const stage = `gc${randomUUID().slice(0, 6)}`;
    const options = { stage, dataDir, timeScale: 0.001, dynamodbEndpoint: inject("dynamodbEndpoint") };
    const first = await startLocalCloud(options);
    const firstHarness = harnessOf(first);
    const { service, runs } = await firstHarness.pipeline.activePipeline(["dev", "production"]);
    const gate = await waitFor(
      async () => (await firstHarness.call("GET", "/v1/deployment-approvals", "BOB")).body.items as Body[],
      (items) => items.some((a) => a.serviceId === service && a.decidable),
      "the gate",
      30_000,
    ).then((items) => items.find((a) => a.serviceId === service) as Body);
    await first.stop();

    const second = await startLocalCloud(options);
    try {
      const secondHarness = harnessOf(second);
      const approved = await secondHarness.call("POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
        sha: gate.sha,
        environment: "production",
      });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      const run = await waitFor(
        async () => (await secondHarness.call("GET", `${runs}/${gate.runId}`, "ALICE")).body as Body,
        (current) => current.status === "completed",
        "the run after the restart",
        30_000,
      );
      expect(run.conclusion).toBe("success");
    } finally {
      await second.stop();
    }
  });
});

/** A second cloud in the same file (the restart): the same helpers over it. */
function harnessOf(running: Awaited<ReturnType<typeof startLocalCloud>>) {
  const call = async (method: string, path: string, user: string, body?: unknown) => {
    const response = await fetch(`${running.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${running.tokens[user]}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const poll = (path: string, done: (body: Body) => boolean, user = "ROOT", timeoutMs = 20_000) =>
    waitFor(async () => (await call("GET", path, user)).body, done, path, timeoutMs);
  const pipeline = deliveryHarness({ cloud: () => running, call, poll, client: harness.client });
  return { call, poll, pipeline };
}
