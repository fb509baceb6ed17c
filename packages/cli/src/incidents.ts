import { Remediation } from "@plinth/core";
import { z } from "zod";
import { type ClientConfig, call } from "./client";
import type { Io } from "./main";

export interface IncidentListOptions {
  team?: string;
  status?: string;
}

const resourceOf = (incident: Pick<Remediation.Incident, "resource">) =>
  `${incident.resource.type}/${incident.resource.id}`;

/** `plinth incidents [--team t] [--status s]`: a line per incident, newest first. */
export async function incidents(config: ClientConfig, options: IncidentListOptions, io: Io): Promise<number> {
  const query = new URLSearchParams();
  if (options.team) query.set("team", options.team);
  if (options.status) {
    const status = Remediation.IncidentStatus.safeParse(options.status.toUpperCase());
    if (!status.success) {
      io.err(`plinth: --status is one of ${Remediation.IncidentStatus.options.join(", ")}`);
      return 2;
    }
    query.set("status", status.data);
  }
  const { items } = await call(
    config,
    "GET",
    `/v1/incidents${query.size ? `?${query}` : ""}`,
    z.object({ items: z.array(Remediation.IncidentSummary) }),
  );
  if (items.length === 0) io.out("no incidents");
  for (const incident of items)
    io.out(
      [
        incident.id,
        incident.status.padEnd(17),
        incident.alarm.name.padEnd(28),
        resourceOf(incident).padEnd(32),
        incident.runbook ? `${incident.runbook.id} (${incident.runbook.tier})` : "no runbook",
      ].join("  "),
    );
  return 0;
}

/** `plinth incident <id>`: what happened, what was decided and done, and the timeline. */
export async function incident(config: ClientConfig, id: string, io: Io): Promise<number> {
  const found = await call(config, "GET", `/v1/incidents/${id}`, Remediation.Incident);
  show(found, io);
  return 0;
}

function show(found: Remediation.Incident, io: Io): void {
  io.out(`${found.id}  ${found.status}  team ${found.team}`);
  io.out(`  ${found.summary}`);
  io.out(`  alarm     ${found.alarm.name} (${found.alarm.state}), ${found.occurrences} occurrence(s)`);
  io.out(`  resource  ${resourceOf(found)}`);
  if (found.runbook) io.out(`  runbook   ${found.runbook.id} v${found.runbook.version}: ${found.runbook.title}`);
  const approval = found.approval;
  if (approval)
    io.out(
      approval.decision
        ? `  approval  ${approval.decision} by ${approval.decidedBy ?? "?"}${approval.comment ? `: ${approval.comment}` : ""}`
        : `  approval  waiting since ${approval.requestedAt}, until ${approval.expiresAt} (plinth approve|reject ${found.id})`,
    );
  if (found.escalation) io.out(`  escalated ${found.escalation.at}: ${found.escalation.reason}`);
  if (found.resolution)
    io.out(
      `  resolved  ${found.resolution.at} by ${found.resolution.by} (${found.resolution.how})${found.resolution.comment ? `: ${found.resolution.comment}` : ""}`,
    );
  for (const action of found.actions ?? [])
    io.out(
      `  action    #${action.attempt} ${action.call} → ${action.outcome}${action.detail ? `: ${action.detail}` : ""}`,
    );
  io.out("  timeline");
  for (const entry of found.timeline)
    io.out(`    ${entry.at}  ${entry.step.padEnd(10)} ${entry.message}${entry.actor ? ` (${entry.actor})` : ""}`);
}

/** `plinth approve|reject|acknowledge|resolve <id> [--comment …]`: the incident after the action. */
export async function decide(
  config: ClientConfig,
  action: "approve" | "reject" | "acknowledge" | "resolve",
  id: string,
  comment: string | undefined,
  io: Io,
): Promise<number> {
  const after = await call(
    config,
    "POST",
    `/v1/incidents/${id}/${action}`,
    Remediation.Incident,
    comment ? { comment } : {},
  );
  io.out(`${after.id}: ${action} → ${after.status}`);
  return 0;
}

/** `plinth kill-switch [on|off] [--reason …]`: shows it, or turns every runbook to notify-only (admin). */
export async function killSwitch(
  config: ClientConfig,
  setting: string | undefined,
  reason: string | undefined,
  io: Io,
): Promise<number> {
  if (setting !== undefined && setting !== "on" && setting !== "off") {
    io.err("plinth: kill-switch takes on or off");
    return 2;
  }
  const state =
    setting === undefined
      ? (await call(config, "GET", "/v1/remediation/status", z.object({ killSwitch: Remediation.KillSwitchState })))
          .killSwitch
      : await call(config, "PUT", "/v1/remediation/kill-switch", Remediation.KillSwitchState, {
          on: setting === "on",
          ...(reason ? { reason } : {}),
        });
  io.out(
    `kill switch ${state.on ? "ON: every runbook is notify-only" : "off"}${state.by ? ` (${state.by}${state.at ? `, ${state.at}` : ""})` : ""}${state.reason ? `: ${state.reason}` : ""}`,
  );
  return 0;
}
