import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lakeS3Client, S3LakeStorage } from "../../packages/aws/src/s3/lake-storage";
import { startLocalCloud } from "../../packages/local/src/cloud";
import { orderRows, toCsv } from "../../packages/local/src/lake/sample";
import { SAMPLE_DAYS, seedLake } from "../../packages/local/src/lake/seed-lake";
import { alarmFor } from "../../packages/local/src/standins/alarms";

/**
 * `npm run examples:record`: the OpenAPI document's examples, recorded from a real run — every
 * operation called once against a local cloud, its request body and its answer kept as they were.
 * Written to packages/api/src/examples.json; regenerate the client afterwards.
 */
type Body = Record<string, unknown> & { [key: string]: unknown };
/** An answer read field by field while recording (its shape is the OpenAPI document's, checked elsewhere). */
type Answer = import("../support/http").Body;
interface Example {
  request?: unknown;
  status: number;
  response: unknown;
}

const examples: Record<string, Example> = {};
const cloud = await startLocalCloud({
  stage: "examples",
  timeScale: 0.001,
  logLevel: "SILENT",
  ports: { api: 0, cloud: 0, dynamodb: 0, s3: 0 },
});
/** The cloud `call` reaches: the one above, except while recording what needs weeks of workflow time. */
let active = cloud;

async function call(
  operationId: string,
  method: string,
  path: string,
  user: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Body> {
  const response = await fetch(`${active.apiUrl}${path}`, {
    method,
    headers: {
      ...(user ? { authorization: `Bearer ${active.tokens[user]}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const answer = text ? (JSON.parse(text) as Body) : {};
  if (!response.ok) throw new Error(`${operationId}: ${response.status} ${text.slice(0, 500)}`);
  examples[operationId] ??= {
    ...(body === undefined ? {} : { request: body }),
    status: response.status,
    response: answer,
  };
  return answer;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const request = (id: string) =>
  fetch(`${cloud.apiUrl}/v1/provisioning-requests/${id}`, {
    headers: { authorization: `Bearer ${cloud.tokens.ROOT}` },
  }).then((r) => r.json() as Promise<Body>);
const status = (id: string, ...statuses: string[]) =>
  until(
    () => request(id),
    (r) => statuses.includes(String(r.status)),
    `${id} ${statuses}`,
  );
const tags = { owner: "alice@example.com", "cost-center": "CC-1234" };

try {
  await call("getHealth", "GET", "/healthz", "");
  await call("getIndex", "GET", "/v1", "");
  await call("getMe", "GET", "/v1/me", "ALICE");
  await call("updateMe", "PATCH", "/v1/me", "ALICE", { displayName: "Alice Payne", slackHandle: "@alice" });
  await call("listTemplates", "GET", "/v1/templates", "ALICE");
  await call("getTemplate", "GET", "/v1/templates/sqs-queue", "ALICE");

  // The catalog: a service the queue below serves.
  await call("registerService", "POST", "/v1/services", "ALICE", {
    id: "checkout-api",
    name: "Checkout API",
    description: "Takes card payments for the web shop",
    type: "api",
    lifecycle: "production",
    tier: 1,
    repository: { provider: "github", owner: "acme", name: "checkout-api" },
    system: "checkout",
    links: [{ title: "Runbook", url: "https://wiki.example.com/checkout/runbook" }],
    tags: ["typescript", "payments"],
  });

  // Provisioning: a dev queue end to end, then approvals, rejections, cancels and a retry.
  const queue = await call(
    "createProvisioningRequest",
    "POST",
    "/v1/provisioning-requests",
    "ALICE",
    {
      template: "sqs-queue",
      name: "orders",
      service: "checkout-api",
      environment: "dev",
      ttlHours: 72,
      tags,
      parameters: { maxReceiveCount: 3 },
    },
    { "idempotency-key": "0b6f5a3e-2f0c-4a8e-9d43-6f1f0f2c9a77" },
  );
  const done = await status(String(queue.id), "SUCCEEDED");
  await call("getProvisioningRequest", "GET", `/v1/provisioning-requests/${queue.id}`, "ALICE");
  await call("listProvisioningRequests", "GET", "/v1/provisioning-requests?team=payments&limit=2", "ALICE");
  await call(
    "extendProvisioningRequest",
    "PATCH",
    `/v1/provisioning-requests/${queue.id}`,
    "ALICE",
    { expiresAt: new Date(Date.parse(String(done.expiresAt)) + 86_400_000).toISOString() },
    { "if-match": `"${done.version}"` },
  );
  await call("destroyProvisioningRequest", "POST", `/v1/provisioning-requests/${queue.id}/destroy`, "ALICE");

  const production = (name: string) =>
    call("createProvisioningRequest", "POST", "/v1/provisioning-requests", "ALICE", {
      template: "s3-bucket",
      name,
      environment: "production",
      tags,
    });
  const ledger = await production("ledger");
  const waiting = await status(String(ledger.id), "AWAITING_APPROVAL");
  await call("approveProvisioningRequest", "POST", `/v1/provisioning-requests/${ledger.id}/approve`, "BOB", {
    planHash: (waiting.plan as Body).hash,
    comment: "reviewed: versioned, KMS-encrypted",
  });
  const archive = await production("archive");
  await status(String(archive.id), "AWAITING_APPROVAL");
  await call("rejectProvisioningRequest", "POST", `/v1/provisioning-requests/${archive.id}/reject`, "BOB", {
    comment: "use the shared archive bucket",
  });
  const scratch = await production("scratch");
  await status(String(scratch.id), "AWAITING_APPROVAL");
  await call("cancelProvisioningRequest", "POST", `/v1/provisioning-requests/${scratch.id}/cancel`, "ALICE");
  cloud.cloudFormation.inject({ failResource: { match: "DeadLetterQueue", times: 1 } });
  const flaky = await call("createProvisioningRequest", "POST", "/v1/provisioning-requests", "ALICE", {
    template: "sqs-queue",
    name: "events",
    ttlHours: 24,
    tags,
  });
  await status(String(flaky.id), "FAILED", "ROLLED_BACK");
  await call("retryProvisioningRequest", "POST", `/v1/provisioning-requests/${flaky.id}/retry`, "ALICE");

  // Remediation: a manual report, then two alarms that wait for an approver.
  const manual = await call("reportIncident", "POST", "/v1/incidents", "ALICE", {
    summary: "checkout answers slowly since the 14:00 deploy",
    resource: { type: "ecs-service", id: "prod/checkout" },
  });
  await call("listIncidents", "GET", "/v1/incidents?team=payments&limit=2", "ALICE");
  await call("getIncident", "GET", `/v1/incidents/${manual.id}`, "ALICE");
  await call("acknowledgeIncident", "POST", `/v1/incidents/${manual.id}/acknowledge`, "ALICE", {
    comment: "looking at the deploy",
  });
  await call("resolveIncident", "POST", `/v1/incidents/${manual.id}/resolve`, "ALICE", {
    comment: "rolled the deploy back",
  });
  for (const [id, decision] of [
    ["i-0aa11bb22cc33dd44", "approve"],
    ["i-0ee11ff22aa33bb44", "reject"],
  ] as const) {
    const key = cloud.fleet.add({ type: "ec2-instance", id, tags: { team: "payments" } });
    const alarm = alarmFor(key, "StatusCheckFailed_Instance");
    cloud.cloudWatch.putMetricAlarm(alarm);
    cloud.fleet.break(key, "status-check-failed");
    const list = await until(
      () =>
        fetch(`${cloud.apiUrl}/v1/incidents?team=payments&alarm=${encodeURIComponent(alarm.AlarmName)}`, {
          headers: { authorization: `Bearer ${cloud.tokens.BOB}` },
        }).then((r) => r.json() as Promise<{ items: Body[] }>),
      (body) => body.items[0]?.status === "AWAITING_APPROVAL",
      `${id} waiting`,
    );
    await call(`${decision}Incident`, "POST", `/v1/incidents/${list.items[0]?.id}/${decision}`, "BOB", {
      comment: decision === "approve" ? "reboot it" : "the instance is being replaced anyway",
    });
  }
  const runbooks = await call("listRunbooks", "GET", "/v1/runbooks", "BOB");
  const runbook =
    (runbooks.items as Body[]).find((r) => r.mode === "approval" && r.tier === "auto") ?? (runbooks.items as Body[])[0];
  await call("getRunbook", "GET", `/v1/runbooks/${runbook?.id}`, "BOB");
  for (const mode of ["shadow", "auto", "approval"]) {
    await call("setRunbookMode", "PUT", `/v1/runbooks/${runbook?.id}/mode`, "ROOT", { mode }).catch(() => undefined);
    if (examples.setRunbookMode) break;
  }
  await call("getRemediationStatus", "GET", "/v1/remediation/status", "BOB");
  await call("setKillSwitch", "PUT", "/v1/remediation/kill-switch", "ROOT", {
    on: true,
    reason: "game day: remediation drill",
  });
  await fetch(`${cloud.apiUrl}/v1/remediation/kill-switch`, {
    method: "PUT",
    headers: { authorization: `Bearer ${cloud.tokens.ROOT}`, "content-type": "application/json" },
    body: JSON.stringify({ on: false }),
  });
  await call("updateRemediationSettings", "PATCH", "/v1/remediation/settings", "ROOT", {
    cooldownMinutes: 20,
    teamActionsPerHour: 12,
  });

  // Data: the sample lake (customers, orders with known bad rows), then every data operation.
  await call("registerDataset", "POST", "/v1/datasets", "ALICE", {
    id: "returns",
    team: "payments",
    description: "Returned orders, one partition per day",
    contract: {
      columns: [
        { name: "order_id", type: "string", nullable: false },
        { name: "reason", type: "string" },
      ],
      primaryKey: ["order_id"],
    },
  });
  const contract = {
    columns: [
      { name: "order_id", type: "string", nullable: false },
      { name: "reason", type: "string" },
      { name: "refund", type: "decimal", precision: 12, scale: 2 },
    ],
    primaryKey: ["order_id"],
  };
  await call("previewDatasetContract", "POST", "/v1/datasets/returns/contract/preview", "ALICE", { contract });
  await call("putDatasetContract", "PUT", "/v1/datasets/returns/contract", "ALICE", { contract });
  await seedLake(cloud, { customers: 200, ordersPerDay: 400 });
  const day = SAMPLE_DAYS[0] as string;
  const silverOf = async () => {
    const detail = await fetch(`${cloud.apiUrl}/v1/datasets/orders`, {
      headers: { authorization: `Bearer ${cloud.tokens.ALICE}` },
    }).then((r) => r.json() as Promise<Body>);
    return (
      (detail.stages as { stage: string; partitions: { partition: string; version: number }[] }[])
        .find((s) => s.stage === "silver")
        ?.partitions.find((p) => p.partition === day)?.version ?? 0
    );
  };
  await until(silverOf, (v) => v >= 1, "orders silver v1");
  await new S3LakeStorage(lakeS3Client(), cloud.lakeBucket).put(
    `lake/landing/orders/${day}/late.csv`,
    toCsv(orderRows(day, 50, 200)),
  );
  await until(silverOf, (v) => v >= 2, "orders silver v2");
  await call("listDatasets", "GET", "/v1/datasets?limit=2", "ALICE");
  await call("getDataset", "GET", "/v1/datasets/orders", "ALICE");
  const run = await call(
    "promoteDataset",
    "POST",
    "/v1/datasets/orders/promotions",
    "ALICE",
    { to: "gold", partition: day },
    { "idempotency-key": "6a1d0c1e-4f8b-4d0e-9d7e-2b1c3f4a5b6c" },
  );
  await until(
    () =>
      fetch(`${cloud.apiUrl}/v1/datasets/orders/promotions/${run.id}`, {
        headers: { authorization: `Bearer ${cloud.tokens.ALICE}` },
      }).then((r) => r.json() as Promise<Body>),
    (r) => r.status !== "RUNNING",
    "gold",
  );
  await call("getPromotion", "GET", `/v1/datasets/orders/promotions/${run.id}`, "ALICE");
  await call("listPromotions", "GET", "/v1/datasets/orders/promotions?limit=2", "ALICE");
  await call("listVersions", "GET", `/v1/datasets/orders/stages/silver/versions?partition=${day}`, "ALICE");
  await call("getQuarantine", "GET", `/v1/datasets/orders/quarantine?partition=${day}`, "ALICE");
  await call("listQuarantinedRows", "GET", `/v1/datasets/orders/quarantine/rows?partition=${day}&limit=2`, "ALICE");
  await call("rollbackStage", "POST", "/v1/datasets/orders/stages/silver/rollback", "ALICE", {
    partition: day,
    version: 1,
  });
  // Reprocessing needs a contract fix first: the sample's bad statuses become allowed.
  const orders = await fetch(`${cloud.apiUrl}/v1/datasets/orders`, {
    headers: { authorization: `Bearer ${cloud.tokens.ALICE}` },
  }).then((r) => r.json() as Promise<{ contract: { checks: Body[] } }>);
  const fixed = {
    ...orders.contract,
    checks: orders.contract.checks.map((check) =>
      check.kind === "allowed_values" && check.column === "status" ? { ...check, severity: "warn" } : check,
    ),
  };
  await fetch(`${cloud.apiUrl}/v1/datasets/orders/contract`, {
    method: "PUT",
    headers: { authorization: `Bearer ${cloud.tokens.ALICE}`, "content-type": "application/json" },
    body: JSON.stringify({ contract: fixed }),
  });
  await call("reprocessQuarantine", "POST", "/v1/datasets/orders/quarantine/reprocess", "ALICE", { partitions: [day] });
  const backfill = await call("promoteDataset", "POST", "/v1/datasets/orders/promotions", "ALICE", {
    to: "gold",
    range: { from: SAMPLE_DAYS[1], to: SAMPLE_DAYS[2] },
  });
  await call("cancelPromotion", "POST", `/v1/datasets/orders/promotions/${backfill.id}/cancel`, "ALICE").catch(
    (error: Error) => console.error(`cancelPromotion not recorded (the run ended first): ${error.message}`),
  );

  // Insights over everything above (the team's requests, incidents and the sample lake's runs).
  await call("getInsights", "GET", "/v1/insights?team=payments", "ALICE");

  // Measured cost: Cost Explorer read once (as the daily rule would), then the team's report.
  const costRun = await cloud.runWorkflow("CostIngestion", {});
  if (costRun.status !== "SUCCEEDED") throw new Error(`CostIngestion ${costRun.status}: ${costRun.cause}`);
  await call("getCosts", "GET", "/v1/costs?team=payments", "ALICE");

  // The catalog's reads and changes, over what the run above made.
  await call("listServices", "GET", "/v1/services?team=payments&q=check", "ALICE");
  const checkout = await call("getService", "GET", "/v1/services/checkout-api", "ALICE");
  await call(
    "changeService",
    "PATCH",
    "/v1/services/checkout-api",
    "ALICE",
    { description: "Takes card and wallet payments for the web shop" },
    { "if-match": `"${checkout.version}"` },
  );
  await call("getServicePage", "GET", "/v1/services/checkout-api/page", "ALICE");
  await call("listScorecards", "GET", "/v1/scorecards?team=payments", "ALICE");
  const descriptor = await call("exportService", "GET", "/v1/services/checkout-api/backstage", "ALICE");
  await call("importServices", "POST", "/v1/services/import", "ALICE", {
    yaml: `${String(descriptor.yaml)}---\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger-worker\n  description: Books settled payments\nspec:\n  type: worker\n  lifecycle: experimental\n  owner: payments\n`,
    dryRun: true,
  });
  await call("putDatasetService", "PUT", "/v1/datasets/orders/service", "ALICE", { service: "checkout-api" });
  await call("registerService", "POST", "/v1/services", "ALICE", { id: "legacy-batch", lifecycle: "deprecated" });
  await call("retireService", "DELETE", "/v1/services/legacy-batch", "ALICE");

  // Delivery: the GitHub stand-in's acme organisation, a pipeline on 1.0.0 merged, then its upgrade.
  cloud.github.install("acme");
  await cloud.github.createRepository("acme/shop-web", {
    "package.json": '{ "name": "shop-web" }\n',
    "README.md": "# Shop web\n\nThe web shop's storefront. See [deploying](docs/deploying.md).\n",
    "docs/deploying.md": "# Deploying\n\nMerged to main, it deploys to staging, then waits for an approver.\n",
  });
  await call("registerService", "POST", "/v1/services", "ALICE", {
    id: "shop-web",
    name: "Shop web",
    type: "website",
    repository: { provider: "github", owner: "acme", name: "shop-web" },
  });
  await call("connectGitHubOrganisation", "PUT", "/v1/teams/payments/github/acme", "BOB");
  await call("listGitHubConnections", "GET", "/v1/teams/payments/github", "ALICE");
  await call("getServiceDocs", "GET", "/v1/services/shop-web/docs", "ALICE");
  await call("listPipelineTemplates", "GET", "/v1/pipeline-templates", "ALICE");
  const pipelineBody = {
    template: "node-lambda-sst",
    templateVersion: "1.0.0",
    parameters: { environments: ["dev"], nodeVersion: "22" },
    tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
  };
  examples.createPipeline = {
    request: pipelineBody,
    status: 200,
    response: await call(
      "createPipelinePlan",
      "POST",
      "/v1/services/shop-web/pipelines?dryRun=true",
      "ALICE",
      pipelineBody,
    ),
  };
  delete examples.createPipelinePlan;
  const pipeline = await call("createPipelineRecord", "POST", "/v1/services/shop-web/pipelines", "ALICE", pipelineBody);
  delete examples.createPipelineRecord;
  const pipelinePath = `/v1/services/shop-web/pipelines/${pipeline.id}`;
  const pipelineIn = (status: string) =>
    until(
      () =>
        fetch(`${cloud.apiUrl}${pipelinePath}`, { headers: { authorization: `Bearer ${cloud.tokens.ALICE}` } }).then(
          (r) => r.json() as Promise<Body>,
        ),
      (p) => p.status === status,
      `pipeline ${status}`,
    );
  await pipelineIn("AWAITING_MERGE");
  await cloud.github.control({ action: "merge", repository: "acme/shop-web", number: 1 });
  await pipelineIn("ACTIVE");
  await call("listPipelines", "GET", "/v1/services/shop-web/pipelines", "ALICE");
  await call("getPipeline", "GET", pipelinePath, "ALICE");
  await call("listOutdatedPipelines", "GET", "/v1/pipelines/outdated", "ALICE");
  await call("upgradePipeline", "POST", `${pipelinePath}/upgrade`, "ALICE");
  await call("cancelPipeline", "POST", `${pipelinePath}/cancel`, "ALICE");
  // A failed setup to retry: GitHub refuses the environment once.
  await cloud.github.createRepository("acme/ledger-web");
  await call("registerService", "POST", "/v1/services", "ALICE", {
    id: "ledger-web",
    repository: { provider: "github", owner: "acme", name: "ledger-web" },
  });
  await cloud.github.control({ action: "fail", method: "PUT", path: "/environments/", status: 422 });
  const failing = await call("createPipelineFailing", "POST", "/v1/services/ledger-web/pipelines", "ALICE", {
    template: "static-site",
    parameters: { environments: ["dev"] },
    tags: pipelineBody.tags,
  });
  delete examples.createPipelineFailing;
  await until(
    () =>
      fetch(`${cloud.apiUrl}/v1/services/ledger-web/pipelines/${failing.id}`, {
        headers: { authorization: `Bearer ${cloud.tokens.ALICE}` },
      }).then((r) => r.json() as Promise<Body>),
    (p) => p.status === "FAILED",
    "pipeline FAILED",
  );
  await call("retryPipeline", "POST", `/v1/services/ledger-web/pipelines/${failing.id}/retry`, "ALICE");

  // Runs, deployments and the production gate: orders-api deploys to dev, then production behind the gate.
  const get = (path: string, user = "ALICE") =>
    fetch(`${cloud.apiUrl}${path}`, { headers: { authorization: `Bearer ${cloud.tokens[user]}` } }).then(
      (r) => r.json() as Promise<Answer>,
    );
  await cloud.github.createRepository("acme/orders-api", { "package.json": '{ "name": "orders-api" }\n' });
  await call("registerService", "POST", "/v1/services", "ALICE", {
    id: "orders-api",
    repository: { provider: "github", owner: "acme", name: "orders-api" },
  });
  const ordersPipeline: Answer = await call(
    "createPipelineOrders",
    "POST",
    "/v1/services/orders-api/pipelines",
    "ALICE",
    {
      template: "node-lambda-sst",
      parameters: { environments: ["dev", "production"] },
      tags: pipelineBody.tags,
    },
  );
  delete examples.createPipelineOrders;
  const ordersPath = `/v1/services/orders-api/pipelines/${ordersPipeline.id}`;
  const role = await until(
    () => get(ordersPath),
    (p) => p.roles.some((r: Answer) => r.status === "AWAITING_APPROVAL"),
    "the production role",
  );
  const roleId = role.roles.find((r: Answer) => r.environment === "production").requestId;
  const plan = await until(
    () => get(`/v1/provisioning-requests/${roleId}`, "BOB"),
    (r) => r.plan?.hash,
    "the role's plan",
  );
  await call("approveRole", "POST", `/v1/provisioning-requests/${roleId}/approve`, "BOB", { planHash: plan.plan.hash });
  delete examples.approveRole;
  const opened = await until(
    () => get(ordersPath),
    (p) => p.status === "AWAITING_MERGE",
    "orders-api's pull request",
  );
  await cloud.github.control({
    action: "merge",
    repository: "acme/orders-api",
    number: opened.change.pullRequest.number,
  });
  const gateOf = (runId?: number) =>
    until(
      () => get("/v1/deployment-approvals", "BOB"),
      (list) =>
        list.items.some((a: Answer) => a.serviceId === "orders-api" && a.decidable && (!runId || a.runId === runId)),
      "a production gate",
    ).then(
      (list) => list.items.find((a: Answer) => a.serviceId === "orders-api" && (!runId || a.runId === runId)) as Answer,
    );
  const gate = await gateOf();
  await call("listDeploymentApprovals", "GET", "/v1/deployment-approvals", "BOB");
  await call("getDeploymentApproval", "GET", `/v1/deployment-approvals/${gate.id}`, "BOB");
  await call("approveDeployment", "POST", `/v1/deployment-approvals/${gate.id}/approve`, "BOB", {
    sha: gate.sha,
    environment: "production",
    comment: "release notes reviewed",
  });
  await until(
    () => get(`${ordersPath}/runs/${gate.runId}`),
    (r) => r.status === "completed",
    "the merged run",
  );
  await call("listPipelineRuns", "GET", `${ordersPath}/runs`, "ALICE");
  await call("getPipelineRun", "GET", `${ordersPath}/runs/${gate.runId}`, "ALICE");
  await call("listDeployments", "GET", "/v1/services/orders-api/deployments", "ALICE");
  await call("getServiceDora", "GET", "/v1/services/orders-api/dora", "ALICE");
  const dispatched: Answer = await call(
    "dispatchPipelineRun",
    "POST",
    `${ordersPath}/runs`,
    "ALICE",
    { ref: "main" },
    {
      "idempotency-key": "orders-run-1",
    },
  );
  const second = await gateOf(dispatched.runId);
  await call("rejectDeployment", "POST", `/v1/deployment-approvals/${second.id}/reject`, "BOB", {
    reason: "the change freeze starts tonight",
  });
  await until(
    () => get(`${ordersPath}/runs/${dispatched.runId}`),
    (r) => r.status === "completed",
    "the rejected run",
  );
  await call("rerunPipelineRun", "POST", `${ordersPath}/runs/${dispatched.runId}/rerun`, "ALICE");
  const third: Answer = await call("dispatchThird", "POST", `${ordersPath}/runs`, "ALICE", {});
  delete examples.dispatchThird;
  await call("cancelPipelineRun", "POST", `${ordersPath}/runs/${third.runId}/cancel`, "ALICE");
  await call("setDeployFreeze", "PUT", "/v1/deploy-freezes/payments", "BOB", {
    reason: "quarter-end close",
    until: new Date(cloud.clock.now().getTime() + 3 * 86_400_000).toISOString(),
  });
  await call("listDeployFreezes", "GET", "/v1/deploy-freezes", "ALICE");
  await call("liftDeployFreeze", "DELETE", "/v1/deploy-freezes/payments", "BOB");
  // A delivery as GitHub sends one: the body of the stand-in's last job delivery, signed, under a new id.
  const { sign } = await import("@octokit/webhooks-methods");
  const job = cloud.github.hooks.attempts.find((attempt) => attempt.event === "workflow_job");
  if (!job) throw new Error("the stand-in sent no workflow_job delivery");
  const guid = "6b2f5a10-2c1e-11f1-8a4e-0b6f5a3e2f0c";
  const hook = await fetch(`${cloud.apiUrl}/webhooks/github`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "workflow_job",
      "x-github-delivery": guid,
      "x-github-hook-id": String(cloud.github.hookId),
      "x-hub-signature-256": await sign(cloud.env.PLINTH_GITHUB_WEBHOOK_SECRET ?? "", job.body),
    },
    body: job.body,
  });
  examples.receiveGitHubWebhook = { request: JSON.parse(job.body), status: hook.status, response: await hook.json() };
  await until(
    () => get(`/v1/webhook-deliveries/${guid}`, "ROOT"),
    (d) => d.status === "PROCESSED",
    "the delivery",
  );
  await call("getWebhookDelivery", "GET", `/v1/webhook-deliveries/${guid}`, "ROOT");

  await recordRecommendations();

  const path = join(import.meta.dirname, "../../packages/client/examples.json");
  writeFileSync(path, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`recorded ${Object.keys(examples).length} operations into ${path}`);
} finally {
  await cloud.stop();
}

/**
 * Recommendations need a resource idle for two weeks: a second cloud where a day passes in 1.7 s
 * (scheduled rules off; the scan is run by hand, as its daily rule would).
 */
async function recordRecommendations() {
  const fast = await startLocalCloud({
    stage: "examples-recs",
    timeScale: 2e-5,
    schedulesDisabled: true,
    logLevel: "SILENT",
    ports: { api: 0, cloud: 0, dynamodb: 0, s3: 0 },
  });
  active = fast;
  const get = (path: string) =>
    fetch(`${fast.apiUrl}${path}`, { headers: { authorization: `Bearer ${fast.tokens.ALICE}` } }).then(
      (r) => r.json() as Promise<Answer>,
    );
  try {
    const queues: string[] = [];
    for (const name of ["refunds", "audit-trail", "backfill"]) {
      const created: Answer = await call("createQueue", "POST", "/v1/provisioning-requests", "ALICE", {
        template: "sqs-queue",
        name,
        environment: "staging",
        ttlHours: 720,
        tags: { owner: "alice@example.com", "cost-center": "CC-1234" },
      });
      delete examples.createQueue;
      queues.push(String(created.id));
    }
    for (const id of queues)
      await until(
        () => get(`/v1/provisioning-requests/${id}`),
        (r) => r.status === "SUCCEEDED",
        "the queue",
      );
    const idleUntil = fast.clock.now().getTime() + 15.5 * 86_400_000;
    await until(
      async () => fast.clock.now().getTime(),
      (now) => now > idleUntil,
      "two weeks of workflow time",
    );
    const scan = await fast.runWorkflow("ResourceRecommendations", {});
    if (scan.status !== "SUCCEEDED") throw new Error(`ResourceRecommendations ${scan.status}: ${scan.cause}`);
    const list: Answer = await call("listRecommendations", "GET", "/v1/recommendations?team=payments", "ALICE");
    const of = (request: string | undefined) => (list.items as Answer[]).find((item) => item.request === request)?.id;
    await call("getRecommendation", "GET", `/v1/recommendations/${of(queues[0])}`, "ALICE");
    await call("applyRecommendation", "POST", `/v1/recommendations/${of(queues[0])}/apply`, "ALICE");
    await call("dismissRecommendation", "POST", `/v1/recommendations/${of(queues[1])}/dismiss`, "ALICE", {
      reason: "kept for the yearly audit replay",
    });
    await call("snoozeRecommendation", "POST", `/v1/recommendations/${of(queues[2])}/snooze`, "ALICE", {
      until: new Date(fast.clock.now().getTime() + 7 * 86_400_000).toISOString(),
      reason: "the backfill runs next week",
    });
  } finally {
    active = cloud;
    await fast.stop();
  }
}
