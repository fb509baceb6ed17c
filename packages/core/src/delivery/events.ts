import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Every delivery fact on the `plinth` bus (source `plinth.delivery`). */
const subject = { pipelineId: z.string(), serviceId: z.string(), team: z.string() };
const source = EventSources.delivery;

export const DeliveryEvents = {
  requested: defineEvent(source, "Pipeline Requested", {
    ...subject,
    template: z.string(),
    version: z.string(),
    by: z.string(),
  }),
  proposed: defineEvent(source, "Pipeline Change Proposed", {
    ...subject,
    kind: z.enum(["setup", "upgrade"]),
    pullRequest: z.string().describe("The pull request's URL"),
  }),
  activated: defineEvent(source, "Pipeline Activated", {
    ...subject,
    template: z.string(),
    version: z.string(),
    commit: z.string().describe("The merge commit on the default branch"),
  }),
  failed: defineEvent(source, "Pipeline Setup Failed", { ...subject, step: z.string(), error: z.string() }),
  /** The webhook receiver's one event per delivery; the `GitHubDelivery` workflow does the work. */
  webhookReceived: defineEvent(source, "Webhook Delivery Received", {
    deliveryId: z.string(),
    event: z.string(),
    kind: z.string().describe("What the delivery tells: run, job, deployment, pull-closed, gate-requested"),
  }),
  runChanged: defineEvent(source, "Pipeline Run Changed", {
    ...subject,
    runId: z.number().int(),
    attempt: z.number().int(),
    status: z.string(),
    conclusion: z.string().nullable(),
    headSha: z.string(),
    url: z.string(),
  }),
  deploymentChanged: defineEvent(source, "Deployment Changed", {
    ...subject,
    deploymentId: z.number().int(),
    environment: z.string(),
    sha: z.string(),
    state: z.string(),
  }),
  gateOpened: defineEvent(source, "Deployment Approval Requested", {
    ...subject,
    gateId: z.string(),
    environment: z.string(),
    sha: z.string(),
  }),
  gateDecided: defineEvent(source, "Deployment Approval Decided", {
    ...subject,
    gateId: z.string(),
    environment: z.string(),
    sha: z.string(),
    status: z.enum(["APPROVED", "REJECTED", "EXPIRED", "REFUSED"]),
    reason: z.string(),
  }),
} as const;
