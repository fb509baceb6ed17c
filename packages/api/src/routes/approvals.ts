import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Delivery, TeamId } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, jsonBody, problems } from "../openapi";

const base = "/v1/deployment-approvals";
const IdParam = z.object({ id: Delivery.GateId });
const ApprovalList = z.object({ items: z.array(Delivery.DeploymentApproval) }).meta({ id: "DeploymentApprovalList" });
const FreezeList = z.object({ items: z.array(Delivery.DeployFreeze) }).meta({ id: "DeployFreezeList" });
const ScopeParam = z.object({
  scope: z.union([z.literal("platform"), TeamId]).describe("`platform` (every team: admins only) or a team"),
});
const decideProblems = problems(
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "self_approval",
  "validation_failed",
  "invalid_parameter",
  "malformed_json",
  "unsupported_media_type",
);

const list = createRoute({
  operationId: "listDeploymentApprovals",
  method: "get",
  path: base,
  tags: ["delivery"],
  summary: "Production deploys waiting for an approver (or a team's decided ones)",
  description:
    "The approvals inbox for deployments: each names the service, the commit, the environment, who started it and whether the commit passed the environment before. Without `team`: what waits in every team you belong to.",
  security: bearer,
  request: { query: Delivery.GateQuery },
  responses: { 200: json(ApprovalList, "The approvals"), ...problems("unauthenticated", "invalid_parameter") },
});

const get = createRoute({
  operationId: "getDeploymentApproval",
  method: "get",
  path: `${base}/{id}`,
  tags: ["delivery"],
  summary: "A deployment approval, with its checks and timeline",
  description:
    "Its status and reason, the commit and environment, the earlier environment's result, who decided, and whether GitHub was told.",
  security: bearer,
  request: { params: IdParam },
  responses: {
    200: json(Delivery.DeploymentApproval, "The approval"),
    ...problems("unauthenticated", "not_found", "invalid_parameter"),
  },
});

const approve = createRoute({
  operationId: "approveDeployment",
  method: "post",
  path: `${base}/{id}/approve`,
  tags: ["delivery"],
  summary: "Approve a production deploy of exactly this commit",
  description:
    "An approver of the owning team — not the person who pushed, merged or dispatched it — approves the commit (`sha`) for the environment; a sha or environment other than the waiting one is a 409. Plinth then answers GitHub's protection rule and the deploy job runs.",
  security: bearer,
  request: { params: IdParam, body: jsonBody(Delivery.GateDecision) },
  responses: { 200: json(Delivery.DeploymentApproval, "Approved; GitHub is being told"), ...decideProblems },
});

const reject = createRoute({
  operationId: "rejectDeployment",
  method: "post",
  path: `${base}/{id}/reject`,
  tags: ["delivery"],
  summary: "Reject a production deploy, with the reason GitHub shows",
  description: "An approver of the owning team rejects it; the deploy job fails in GitHub with the reason.",
  security: bearer,
  request: { params: IdParam, body: jsonBody(Delivery.GateRejection) },
  responses: { 200: json(Delivery.DeploymentApproval, "Rejected; GitHub is being told"), ...decideProblems },
});

const freezes = createRoute({
  operationId: "listDeployFreezes",
  method: "get",
  path: "/v1/deploy-freezes",
  tags: ["delivery"],
  summary: "Freezes in force: production deploys they refuse",
  description: "The platform's freeze (every team) and your teams' freezes, with their reasons and ends.",
  security: bearer,
  responses: { 200: json(FreezeList, "The freezes"), ...problems("unauthenticated") },
});

const setFreeze = createRoute({
  operationId: "setDeployFreeze",
  method: "put",
  path: "/v1/deploy-freezes/{scope}",
  tags: ["delivery"],
  summary: "Freeze production deploys (a team's, or the platform's: the kill switch)",
  description:
    "While it holds, every production deploy of the scope is refused at Plinth's gate with the reason, shown in GitHub. A team's approvers freeze the team; an admin freezes the platform. `until` lifts it by itself.",
  security: bearer,
  request: { params: ScopeParam, body: jsonBody(Delivery.SetDeployFreeze) },
  responses: {
    200: json(Delivery.DeployFreeze, "Frozen"),
    ...problems(
      "unauthenticated",
      "forbidden",
      "not_found",
      "validation_failed",
      "invalid_parameter",
      "malformed_json",
      "unsupported_media_type",
    ),
  },
});

const liftFreeze = createRoute({
  operationId: "liftDeployFreeze",
  method: "delete",
  path: "/v1/deploy-freezes/{scope}",
  tags: ["delivery"],
  summary: "Lift a freeze",
  description: "Production deploys of the scope go through the gate again (already lifted: nothing to do).",
  security: bearer,
  request: { params: ScopeParam },
  responses: {
    204: { description: "Lifted" },
    ...problems("unauthenticated", "forbidden", "not_found", "invalid_parameter"),
  },
});

export function registerApprovals(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(list, async (c) => c.json({ items: await deps.gates.list(c.req.valid("query"), c.var.caller) }, 200));
  app.openapi(get, async (c) => c.json(await deps.gates.get(c.req.valid("param").id, c.var.caller), 200));
  app.openapi(approve, async (c) =>
    c.json(await deps.gates.approve(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(reject, async (c) =>
    c.json(await deps.gates.reject(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(freezes, async (c) => c.json({ items: await deps.gates.freezes(c.var.caller) }, 200));
  app.openapi(setFreeze, async (c) =>
    c.json(await deps.gates.freeze(c.req.valid("param").scope, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(liftFreeze, async (c) => {
    await deps.gates.thaw(c.req.valid("param").scope, c.var.caller);
    return c.body(null, 204);
  });
}
