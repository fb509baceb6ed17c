import { randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import { expect } from "vitest";
import type { Body } from "./http";
import type { useLocalCloud } from "./local-cloud";

type Harness = ReturnType<typeof useLocalCloud>;
export const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 6)}`;

/** Pipelines, services and GitHub as a delivery test drives them: through the API and the stand-in's controls. */
export function deliveryHarness({ cloud, call, poll }: Harness) {
  /** A service of payments with its own repository in `org`, the org connected to payments. */
  async function serviceWithRepository(org = "acme") {
    const id = unique("svc");
    cloud().github.install(org);
    await cloud().github.createRepository(`${org}/${id}`, { "package.json": '{ "name": "svc" }\n' });
    const connected = await call("PUT", `/v1/teams/payments/github/${org}`, "BOB");
    expect(connected.status, JSON.stringify(connected.body)).toBe(200);
    const created = await call("POST", "/v1/services", "ALICE", {
      id,
      repository: { provider: "github", owner: org, name: id },
    });
    expect(created.status).toBe(201);
    return id;
  }

  const pipelineOf = (service: string, id: string, done: (body: Body) => boolean) =>
    poll(`/v1/services/${service}/pipelines/${id}`, done, "ALICE", 30_000);

  async function approveRole(requestId: string) {
    const waiting = await poll(
      `/v1/provisioning-requests/${requestId}`,
      (r) => r.status === "AWAITING_APPROVAL",
      "BOB",
    );
    const approved = await call("POST", `/v1/provisioning-requests/${requestId}/approve`, "BOB", {
      planHash: waiting.plan.hash,
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  }

  /** A pipeline set up and merged (its staging and production roles approved by BOB): ACTIVE, its merge's run started. */
  async function activePipeline(environments: string[] = ["dev", "staging", "production"]) {
    const service = await serviceWithRepository();
    const created = await call("POST", `/v1/services/${service}/pipelines`, "ALICE", {
      template: "node-lambda-sst",
      parameters: { environments },
      tags,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    // Staging and production roles wait for an approver of the team, like any such request.
    for (const approved = new Set<string>(); ; ) {
      const next = await pipelineOf(
        service,
        created.body.id,
        (p) =>
          p.status === "AWAITING_MERGE" ||
          p.roles.some((r: Body) => r.status === "AWAITING_APPROVAL" && !approved.has(r.requestId)),
      );
      if (next.status === "AWAITING_MERGE") break;
      for (const role of next.roles)
        if (role.status === "AWAITING_APPROVAL" && !approved.has(role.requestId)) {
          approved.add(role.requestId);
          await approveRole(role.requestId);
        }
    }
    const open = await pipelineOf(service, created.body.id, (p) => p.status === "AWAITING_MERGE");
    await cloud().github.control({
      action: "merge",
      repository: `acme/${service}`,
      number: open.change.pullRequest.number,
    });
    const active = await pipelineOf(service, created.body.id, (p) => p.status === "ACTIVE");
    return { service, pipeline: active, runs: `/v1/services/${service}/pipelines/${active.id}/runs` };
  }

  /** A delivery as GitHub sends one, signed with this cloud's webhook secret (or `secret`). */
  async function deliver(
    event: string,
    payload: unknown,
    options: { delivery?: string; secret?: string; body?: string } = {},
  ) {
    const body = options.body ?? JSON.stringify(payload);
    const delivery = options.delivery ?? randomUUID();
    const response = await fetch(`${cloud().apiUrl}/webhooks/github`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": event,
        "x-github-delivery": delivery,
        "x-github-hook-id": "1000101",
        "x-hub-signature-256": await sign(options.secret ?? cloud().env.PLINTH_GITHUB_WEBHOOK_SECRET ?? "", body),
      },
      body,
    });
    return { status: response.status, body: (await response.json()) as Body, delivery };
  }

  const repository = (fullName: string) =>
    cloud()
      .github.inspect()
      .repositories.find((repo) => repo.fullName === fullName);

  return { serviceWithRepository, pipelineOf, approveRole, activePipeline, deliver, repository };
}
