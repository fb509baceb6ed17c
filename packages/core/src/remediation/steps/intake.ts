import { createHash } from "node:crypto";
import { isPlatformAlarm, PLATFORM_TEAM } from "../../platform-alarms";
import { AlarmStateChange, alarmOf, resourceKey, resourceOf } from "../alarm";
import { slotOf } from "../record";
import type { RemediationStepContext } from "./context";
import { newIncident, UNOWNED } from "./shared";

/**
 * An alarm event → a new incident, a repeat counted on the open one, an OK noted, or — for an
 * event that does not parse — a record of why it was dropped. Only `opened` starts a workflow.
 */
export async function intake(ctx: RemediationStepContext, raw: unknown) {
  const now = ctx.deps.clock.now();
  const parsed = AlarmStateChange.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(event)"}: ${issue.message}`)
      .join("; ");
    await ctx.deps.incidents.recordDropped(reason, raw, now.toISOString());
    return { outcome: "dropped", reason };
  }
  const event = parsed.data;
  const alarm = alarmOf(event);
  const resource = resourceOf(alarm, event.account, event.region);
  const slot = slotOf({ alarm, resource });
  const at = now.toISOString();

  if (alarm.state !== "ALARM") {
    const open = await ctx.deps.incidents.openIncident(slot);
    if (!open) return { outcome: "ignored", reason: `no open incident for ${slot}` };
    await ctx.deps.incidents.attach(open, "ok", at);
    await ctx.deps.incidents.append(open, {
      at,
      step: "recovered",
      message: `the alarm reported ${alarm.state}: ${alarm.reason}`,
    });
    return { outcome: "recovered", incidentId: open };
  }

  // Derived from the event id, so a redelivered event finds its own incident and starts it again (idempotently).
  const id = `inc-${createHash("sha256").update(`${event.id}\n${slot}`).digest("hex").slice(0, 20)}`;
  const record = newIncident({
    id,
    now,
    source: "alarm",
    // Plinth's own alarms (platform-alarms.ts) belong to the platform team; others to the resource's owner, found later.
    team: isPlatformAlarm(alarm.name) ? PLATFORM_TEAM : UNOWNED,
    summary: `${alarm.name}: ${alarm.reason || "in ALARM"}`,
    alarm,
    resource,
    slot,
    correlationId: event.id,
  });
  const { opened, incidentId } = await ctx.deps.incidents.open(record, slot, {
    at,
    step: "intake",
    message: `opened from ${alarm.name} (${alarm.namespace ?? "no metric"}/${alarm.metric ?? "-"}) on ${resourceKey(resource)}`,
    status: "OPEN",
  });
  if (opened) {
    await ctx.announcer().opened(record);
    return { outcome: "opened", incidentId };
  }
  if (incidentId === id) return { outcome: "opened", incidentId };
  await ctx.deps.incidents.attach(incidentId, "repeat", at);
  return { outcome: "attached", incidentId };
}
