import examples from "@octokit/webhooks-examples";
import { describe, expect, it } from "vitest";
import { factOf, HANDLED_EVENTS, isIgnored } from "./github-webhooks";

/**
 * Plinth reads GitHub's real payloads: every example GitHub's community collected for the events
 * Plinth handles (`@octokit/webhooks-examples`) parses into a fact — or is ignored by name — and
 * the facts carry what the payload says.
 */
const examplesOf = (event: string) =>
  (examples as { name: string; examples: Record<string, unknown>[] }[]).find((entry) => entry.name === event)
    ?.examples ?? [];

describe("GitHub webhook payloads → facts", () => {
  it.each(HANDLED_EVENTS.filter((event) => examplesOf(event).length > 0))("parses every example of %s", (event) => {
    for (const payload of examplesOf(event)) expect(() => factOf(event, payload)).not.toThrow();
  });

  it("reads a workflow run's id, attempt, commit and outcome", () => {
    const payload = examplesOf("workflow_run").find(
      (p) =>
        (p as { action: string; workflow_run: { path?: string } }).action === "completed" &&
        (p as { workflow_run: { path?: string } }).workflow_run.path,
    ) as { workflow_run: { id: number; run_attempt: number; head_sha: string; conclusion: string; path: string } };
    const fact = factOf("workflow_run", payload);
    expect(fact).toMatchObject({
      kind: "run",
      runId: payload.workflow_run.id,
      attempt: payload.workflow_run.run_attempt,
      headSha: payload.workflow_run.head_sha,
      status: "completed",
      conclusion: payload.workflow_run.conclusion,
      workflowPath: payload.workflow_run.path,
    });
  });

  it("reads a deployment status with its deployment and state", () => {
    const payload = examplesOf("deployment_status")[0] as {
      deployment: { id: number; environment: string; sha: string };
      deployment_status: { id: number; state: string };
    };
    expect(factOf("deployment_status", payload)).toMatchObject({
      kind: "deployment",
      deploymentId: payload.deployment.id,
      environment: payload.deployment.environment,
      sha: payload.deployment.sha,
      status: { id: payload.deployment_status.id, state: payload.deployment_status.state },
    });
  });

  it("tells a merged pull request from one closed unmerged, and ignores the other actions", () => {
    const closed = examplesOf("pull_request").filter((p) => (p as { action: string }).action === "closed");
    expect(closed.length).toBeGreaterThan(0);
    for (const payload of closed) {
      const fact = factOf("pull_request", payload);
      const pull = (payload as { pull_request: { merged_at: string | null; number: number } }).pull_request;
      expect(fact).toMatchObject({ kind: "pull-closed", number: pull.number, merged: pull.merged_at !== null });
    }
    const opened = examplesOf("pull_request").find((p) => (p as { action: string }).action === "opened");
    expect(isIgnored(factOf("pull_request", opened))).toBe(true);
  });

  it("names the field a handled event lacks, and ignores events it does not handle", () => {
    expect(() => factOf("workflow_run", { action: "completed", repository: { name: "x" } })).toThrow(/workflow_run/);
    expect(factOf("star", { action: "created" })).toEqual({ ignored: "star" });
  });
});
