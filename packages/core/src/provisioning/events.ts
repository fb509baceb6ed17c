import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Every provisioning fact on the `plinth` bus (source `plinth.provisioning`). */
const subject = {
  requestId: z.string(),
  team: z.string(),
  template: z.string(),
  environment: z.string(),
  stackName: z.string(),
};
const source = EventSources.provisioning;

export const ProvisioningEvents = {
  requested: defineEvent(source, "Provisioning Requested", { ...subject, requestedBy: z.string() }),
  planned: defineEvent(source, "Provisioning Planned", {
    ...subject,
    planHash: z.string(),
    monthlyUsd: z.number(),
    approval: z.enum(["required", "not-required", "granted"]),
    changes: z.number().int(),
  }),
  approvalRequested: defineEvent(source, "Provisioning Approval Requested", {
    ...subject,
    requestedBy: z.string(),
    planHash: z.string(),
    monthlyUsd: z.number(),
    reasons: z.array(z.string()),
  }),
  approved: defineEvent(source, "Provisioning Approved", { ...subject, approvedBy: z.string(), planHash: z.string() }),
  rejected: defineEvent(source, "Provisioning Rejected", {
    ...subject,
    rejectedBy: z.string(),
    comment: z.string().optional(),
  }),
  approvalExpired: defineEvent(source, "Provisioning Approval Expired", { ...subject }),
  succeeded: defineEvent(source, "Provisioning Succeeded", {
    ...subject,
    requestedAt: z.string().optional().describe("when the request was made: the lead time starts there"),
    outputs: z.record(z.string(), z.string()),
    expiresAt: z.string().optional(),
  }),
  failed: defineEvent(source, "Provisioning Failed", {
    ...subject,
    step: z.string(),
    error: z.string(),
    reason: z.string(),
    cleanup: z.enum(["deleted", "failed", "not-needed"]),
  }),
  cancelled: defineEvent(source, "Provisioning Cancelled", {
    ...subject,
    cancelledBy: z.string(),
    cleanup: z.enum(["deleted", "failed"]),
  }),
  // "Expiring" as a past-tense fact: the warning was sent.
  expiryWarned: defineEvent(source, "Provisioning Expiry Warned", { ...subject, expiresAt: z.string() }),
  destroyed: defineEvent(source, "Provisioning Destroyed", { ...subject, reason: z.enum(["requested", "expired"]) }),
} as const;
