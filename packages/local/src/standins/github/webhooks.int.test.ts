import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppAuth } from "@octokit/auth-app";
import { Octokit } from "@octokit/core";
import { verify } from "@octokit/webhooks-methods";
import { Delivery } from "@plinth/core";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveOnLoopback } from "../../http";
import { GitHubStandIn } from "./github";
import { GitHubContract, serveValidated } from "./github-contract";

/**
 * The stand-in's Actions runner and webhook, as an app receiving them sees them: every delivery
 * signed with the app's secret and shaped as GitHub's webhook description says (validated), a real
 * pipeline's workflow file run job by job, the production environment waiting for the app's answer at
 * its `deployment_callback_url`, and the delivery faults (dropped → redelivered from the app's
 * delivery log, duplicated, reordered) the receiver must survive. (Integration tier: real git.)
 */
const SECRET = "stand-in-webhook-secret";
const contract = new GitHubContract();
const received: { event: string; guid: string; payload: Record<string, unknown> }[] = [];
const unsigned: string[] = [];
let github: GitHubStandIn;
let directory: string;
const closers: (() => Promise<void>)[] = [];
let octokit: Octokit;
let appOctokit: Octokit;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "plinth-github-hooks-"));
  github = new GitHubStandIn({
    directory,
    clock: { now: () => new Date() },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 1000)),
  });
  const served = await serveValidated(github, contract);
  closers.push(served.close);
  github.listening(served.url);
  const receiver = new Hono().post("/hook", async (c) => {
    const body = await c.req.text();
    if (!(await verify(SECRET, body, c.req.header("x-hub-signature-256") ?? ""))) unsigned.push(body);
    const event = c.req.header("x-github-event") ?? "";
    const payload = JSON.parse(body) as Record<string, unknown>;
    contract.webhook(event, payload);
    received.push({ event, guid: c.req.header("x-github-delivery") ?? "", payload });
    return c.json({ ok: true }, 202);
  });
  const hook = await serveOnLoopback(receiver, 0, "a webhook receiver", "TEST_PORT");
  closers.push(hook.close);
  await github.control({ action: "webhook", url: `${hook.url}/hook`, secret: SECRET });
  const installation = github.install("acme").id;
  const rendered = Delivery.renderPipeline(Delivery.findTemplate("node-lambda-sst"), "shop", {
    environments: ["dev", "staging", "production"],
  });
  await github.createRepository("acme/shop", { [rendered.path]: rendered.yaml });
  const auth = { appId: github.appId, privateKey: github.privateKey };
  octokit = new Octokit({
    authStrategy: createAppAuth,
    auth: { ...auth, installationId: installation },
    baseUrl: github.apiUrl,
  });
  appOctokit = new Octokit({ authStrategy: createAppAuth, auth, baseUrl: github.apiUrl });
  for (const env of ["dev", "staging", "production"])
    await octokit.request("PUT /repos/{owner}/{repo}/environments/{environment_name}", {
      owner: "acme",
      repo: "shop",
      environment_name: env,
    });
  await octokit.request("POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", {
    owner: "acme",
    repo: "shop",
    environment_name: "production",
    integration_id: github.appId,
  });
});

afterAll(async () => {
  github?.close();
  for (const close of closers) await close();
  rmSync(directory, { recursive: true, force: true });
  expect(contract.violations).toEqual([]);
  expect(unsigned).toEqual([]);
  expect(contract.webhooksValidated).toBeGreaterThan(20);
});

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} never happened`);
}
const runOf = (id: number) => github.repos.get("acme/shop")?.runs.find((run) => run.id === id);
const deliveriesOf = (runId: number) =>
  received.filter((delivery) => {
    const payload = delivery.payload as { workflow_run?: { id?: number }; workflow_job?: { run_id?: number } };
    return payload.workflow_run?.id === runId || payload.workflow_job?.run_id === runId;
  });

describe("GitHub stand-in: Actions runs and the app's webhook", () => {
  it("a push runs the pipeline; production waits for the app's answer at the callback URL; every delivery is signed and GitHub-shaped", async () => {
    const pushed = (await github.control({
      action: "push",
      repository: "acme/shop",
      files: { "src/index.ts": "export {};\n" },
      message: "Ship it",
    })) as { sha: string; runs: number[] };
    expect(pushed.runs).toHaveLength(1);
    const runId = pushed.runs[0] as number;
    const gate = await until(
      () => received.find((delivery) => delivery.event === "deployment_protection_rule"),
      (found) => found !== undefined,
      "the protection rule request",
    );
    const request = gate?.payload as {
      environment: string;
      deployment_callback_url: string;
      deployment: { sha: string };
    };
    expect(request.environment).toBe("production");
    expect(request.deployment.sha).toBe(pushed.sha);
    expect(request.deployment_callback_url).toBe(
      `${github.apiUrl}/repos/acme/shop/actions/runs/${runId}/deployment_protection_rule`,
    );
    expect(runOf(runId)?.status).toBe("waiting");
    const callback = (body: Record<string, unknown>) =>
      octokit.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", {
        owner: "acme",
        repo: "shop",
        run_id: runId,
        environment_name: "production",
        ...body,
      } as never);
    expect((await callback({ comment: "Waiting for an approver in Plinth" })).status).toBe(204);
    expect(github.gateReports.at(-1)).toMatchObject({ runId, comment: "Waiting for an approver in Plinth" });
    expect((await callback({ state: "approved", comment: "Approved by bob in Plinth" })).status).toBe(204);
    await expect(callback({ state: "approved" })).rejects.toMatchObject({ status: 422 });
    // Completed, and its completion delivered (the run is marked completed just before that delivery goes out).
    const run = await until(
      () => runOf(runId),
      (current) =>
        current?.status === "completed" &&
        deliveriesOf(runId).some(
          (d) => d.event === "workflow_run" && (d.payload as { action: string }).action === "completed",
        ),
      "the run",
    );
    expect(run?.conclusion).toBe("success");

    const events = deliveriesOf(runId).map((d) => `${d.event}.${(d.payload as { action: string }).action}`);
    expect(events[0]).toBe("workflow_run.requested");
    expect(events.at(-1)).toBe("workflow_run.completed");
    expect(events).toContain("workflow_job.waiting");
    const statuses = received
      .filter((d) => d.event === "deployment_status")
      .map((d) => {
        const p = d.payload as { deployment: { environment: string }; deployment_status: { state: string } };
        return `${p.deployment.environment}:${p.deployment_status.state}`;
      });
    expect(statuses).toEqual([
      "dev:in_progress",
      "dev:success",
      "staging:in_progress",
      "staging:success",
      "production:waiting",
      "production:in_progress",
      "production:success",
    ]);
  });

  it("a dropped delivery is in the app's delivery log as failed and is redelivered with its GUID; duplicates and reordering happen as asked", async () => {
    const before = received.length;
    await github.control({ action: "deliveries", mode: "drop", count: 1 });
    await github.control({ action: "push", repository: "acme/shop", files: { "a.txt": "1\n" }, message: "Drop one" });
    await github.hooks.settled();
    const log = (await appOctokit.request("GET /app/hook/deliveries", { per_page: 100 })).data;
    const dropped = log.find((attempt) => attempt.status_code === 0);
    expect(dropped).toMatchObject({ event: "workflow_run", action: "requested", redelivery: false });
    expect(received.slice(before).some((d) => d.guid === dropped?.guid)).toBe(false);
    expect(
      (
        await appOctokit.request("POST /app/hook/deliveries/{delivery_id}/attempts", {
          delivery_id: Number(dropped?.id),
        })
      ).status,
    ).toBe(202);
    await until(
      () => received.filter((d) => d.guid === dropped?.guid).length,
      (n) => n === 1,
      "the redelivery",
    );
    const redelivered = (await appOctokit.request("GET /app/hook/deliveries", { per_page: 100 })).data.find(
      (attempt) => attempt.guid === dropped?.guid && attempt.redelivery,
    );
    expect(redelivered).toMatchObject({ status_code: 202, status: "OK" });

    const mark = received.length;
    await github.control({ action: "deliveries", mode: "duplicate", count: 1 });
    await github.control({ action: "push", repository: "acme/shop", files: { "b.txt": "1\n" }, message: "Twice" });
    await until(
      () => received.length,
      (n) => n >= mark + 2,
      "the duplicate",
    );
    const [first, second] = received.slice(mark);
    expect(second?.guid).toBe(first?.guid);

    // The runs above stop at production's rule (nobody answers here): once they all wait, nothing else is sent.
    await until(
      () => github.repos.get("acme/shop")?.runs ?? [],
      (runs) =>
        runs.every(
          (run) =>
            run.status === "completed" ||
            (run.status === "waiting" &&
              received.some((d) =>
                String((d.payload as { deployment_callback_url?: string }).deployment_callback_url).includes(
                  `/runs/${run.id}/`,
                ),
              )),
        ),
      "the runs to wait",
    );
    await github.hooks.settled();
    const start = received.length;
    await github.control({ action: "deliveries", mode: "reorder", count: 1 });
    await github.control({ action: "push", repository: "acme/shop", files: { "c.txt": "1\n" }, message: "Swapped" });
    await until(
      () => received.length,
      (n) => n >= start + 2,
      "two more deliveries",
    );
    const swapped = received
      .slice(start, start + 2)
      .map((d) => `${d.event}.${(d.payload as { action: string }).action}`);
    expect(swapped).toEqual(["workflow_job.queued", "workflow_run.requested"]);
  });
});
