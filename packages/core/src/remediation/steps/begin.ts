import { requireIncident } from "../record";
import { describeCalls } from "../resource-facts";
import type { RemediationStepContext } from "./context";

/** What the workflow should read before deciding: the resource's describe calls and the alarm's recent history. */
export async function begin(ctx: RemediationStepContext, id: string) {
  const { record } = await requireIncident(ctx.deps.incidents, id);
  if (record.status === "RESOLVED") return { closed: true, calls: [], reason: "resolved meanwhile" };
  const calls = describeCalls(record.resource);
  const hasAlarm = record.alarm.name !== "manual";
  // A report that names an alarm but not its metric: read the alarm first; assess then reads again.
  if (hasAlarm && !record.alarm.namespace)
    calls.push({ call: "cloudwatch:describeAlarms", parameters: { AlarmNames: [record.alarm.name] } });
  if (hasAlarm)
    calls.push({
      call: "cloudwatch:describeAlarmHistory",
      parameters: { AlarmName: record.alarm.name, HistoryItemType: "StateUpdate", MaxRecords: 5 },
    });
  await ctx.deps.incidents.append(id, {
    at: ctx.deps.clock.now().toISOString(),
    step: "context",
    message: `reading ${calls.map((c) => c.call).join(", ") || "nothing (unknown resource)"}`,
  });
  return { closed: false, calls, reason: "" };
}
