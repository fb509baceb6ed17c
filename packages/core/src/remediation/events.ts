import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Every remediation fact on the `plinth` bus (source `plinth.remediation`). */
const subject = {
  incidentId: z.string(),
  team: z.string(),
  alarmName: z.string(),
  resource: z.string().describe("`<type>/<id>`"),
};
const action = { runbookId: z.string(), call: z.string(), attempt: z.number().int() };
const source = EventSources.remediation;

export const RemediationEvents = {
  incidentOpened: defineEvent(source, "Incident Opened", {
    ...subject,
    source: z.enum(["alarm", "manual"]),
    summary: z.string(),
  }),
  proposed: defineEvent(source, "Remediation Proposed", {
    ...subject,
    runbookId: z.string(),
    call: z.string(),
    mode: z.enum(["shadow", "approval"]),
    reason: z.string(),
  }),
  started: defineEvent(source, "Remediation Started", { ...subject, ...action }),
  succeeded: defineEvent(source, "Remediation Succeeded", { ...subject, ...action }),
  failed: defineEvent(source, "Remediation Failed", { ...subject, ...action, reason: z.string() }),
  escalated: defineEvent(source, "Remediation Escalated", {
    ...subject,
    reason: z.string(),
    runbookId: z.string().optional(),
    attempts: z.number().int(),
    actions: z.array(z.object({ call: z.string(), outcome: z.string() })),
    lastSteps: z.array(z.string()).describe("The newest timeline entries, for the notification"),
  }),
  resolved: defineEvent(source, "Incident Resolved", {
    ...subject,
    how: z.enum(["verified", "manual"]),
    by: z.string(),
    openedAt: z.string().optional().describe("when the incident was opened: the time to resolve starts there"),
  }),
};
