import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { Remediation } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, jsonBody, problems } from "../openapi";

const Id = z.object({ id: z.string().regex(/^[a-z0-9-]{3,64}$/, "a runbook id such as ecs-restart-service") });
const RunbookList = z.object({ items: z.array(Remediation.RunbookView) }).meta({ id: "RunbookList" });
const adminProblems = problems("unauthenticated", "forbidden", "validation_failed", "malformed_json");

const listRunbooks = createRoute({
  operationId: "listRunbooks",
  method: "get",
  path: "/v1/runbooks",
  tags: ["remediation"],
  summary: "Every runbook: what it answers, its guardrails, its action and undo, its mode",
  description:
    "The runbook catalog: for each, which alarms it answers, its tier and effective mode, the preconditions it checks, the action it takes, how it verifies and how to undo.",
  security: bearer,
  responses: { 200: json(RunbookList, "The runbooks"), ...problems("unauthenticated") },
});

const getRunbook = createRoute({
  operationId: "getRunbook",
  method: "get",
  path: "/v1/runbooks/{id}",
  tags: ["remediation"],
  summary: "One runbook",
  description:
    "One runbook in full (see the list for what the fields mean). `effectiveMode` is what happens now: the kill switch and notify-only tiers override `mode`.",
  security: bearer,
  request: { params: Id },
  responses: {
    200: json(Remediation.RunbookView, "The runbook"),
    ...problems("unauthenticated", "not_found", "invalid_parameter"),
  },
});

const setMode = createRoute({
  operationId: "setRunbookMode",
  method: "put",
  path: "/v1/runbooks/{id}/mode",
  tags: ["remediation"],
  summary: "Roll a runbook out (shadow → approval → auto, one step at a time) or back (admin)",
  description:
    "Admins roll a runbook out one step at a time (shadow → approval → auto) or back; a jump (shadow → auto) is refused. Recorded with who and when.",
  security: bearer,
  request: { params: Id, body: jsonBody(Remediation.RunbookModeChange) },
  responses: {
    200: json(Remediation.RunbookView, "The runbook in its new mode"),
    ...adminProblems,
    ...problems("not_found", "conflict"),
  },
});

const status = createRoute({
  operationId: "getRemediationStatus",
  method: "get",
  path: "/v1/remediation/status",
  tags: ["remediation"],
  summary: "Guardrail state: kill switch, this hour's budgets, circuit breakers and what they hold back, settings",
  description:
    "What the guardrails would decide right now: the kill switch, this clock hour's action budgets (global and per team), each runbook's circuit breaker with the incidents it holds back, and the settings.",
  security: bearer,
  responses: { 200: json(Remediation.RemediationStatus, "The guardrails now"), ...problems("unauthenticated") },
});

const killSwitch = createRoute({
  operationId: "setKillSwitch",
  method: "put",
  path: "/v1/remediation/kill-switch",
  tags: ["remediation"],
  summary: "Turn every runbook to notify-only, or back (admin); takes effect for the next action",
  description:
    "Admins stop every automatic action at once (runbooks only notify) and start them again. Takes effect for the next action; actions already running finish. Say why in `reason`.",
  security: bearer,
  request: { body: jsonBody(Remediation.KillSwitchChange) },
  responses: { 200: json(Remediation.KillSwitchState, "The kill switch"), ...adminProblems },
});

const settings = createRoute({
  operationId: "updateRemediationSettings",
  method: "patch",
  path: "/v1/remediation/settings",
  tags: ["remediation"],
  summary: "Change budgets, cooldown, attempts, breaker thresholds or the approval timeout (admin)",
  description:
    "Admins change the guardrails: cooldown per resource, attempts per incident, budgets per team and globally, breaker window and thresholds, approval timeout. Only the fields sent change.",
  security: bearer,
  request: { body: jsonBody(Remediation.RemediationSettingsPatch) },
  responses: { 200: json(Remediation.RemediationSettings, "The settings now"), ...adminProblems },
});

export function registerRunbooks(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  const service = deps.remediation;
  app.openapi(listRunbooks, async (c) => c.json({ items: await service.listRunbooks() }, 200));
  app.openapi(getRunbook, async (c) => c.json(await service.getRunbook(c.req.valid("param").id), 200));
  app.openapi(setMode, async (c) =>
    c.json(await service.setMode(c.req.valid("param").id, c.req.valid("json"), c.var.caller), 200),
  );
  app.openapi(status, async (c) => c.json(await service.status(c.var.caller), 200));
  app.openapi(killSwitch, async (c) => c.json(await service.setKillSwitch(c.req.valid("json"), c.var.caller), 200));
  app.openapi(settings, async (c) => c.json(await service.updateSettings(c.req.valid("json"), c.var.caller), 200));
}
