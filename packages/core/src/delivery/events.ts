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
} as const;
