import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Every data fact on the `plinth` bus (source `plinth.data`). */
const subject = {
  dataset: z.string(),
  team: z.string(),
  partition: z.string(),
  promotionId: z.string(),
};
const source = EventSources.data;

export const DataEvents = {
  ingested: defineEvent(source, "Dataset Ingested", {
    ...subject,
    version: z.number().int(),
    rows: z.number().int(),
    files: z.array(z.string()),
  }),
  gatePassed: defineEvent(source, "Quality Gate Passed", {
    ...subject,
    stage: z.string(),
    version: z.number().int(),
    warnings: z.array(z.string()),
  }),
  gateFailed: defineEvent(source, "Quality Gate Failed", {
    ...subject,
    stage: z.string(),
    failedChecks: z.array(z.string()),
    details: z.array(z.string()),
  }),
  promoted: defineEvent(source, "Dataset Promoted", {
    ...subject,
    stage: z.string(),
    version: z.number().int(),
    previousVersion: z.number().int().nullable(),
    rows: z.number().int(),
    contractVersion: z.number().int(),
  }),
  rolledBack: defineEvent(source, "Dataset Rolled Back", {
    dataset: z.string(),
    team: z.string(),
    partition: z.string(),
    stage: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    by: z.string(),
  }),
  quarantined: defineEvent(source, "Rows Quarantined", {
    ...subject,
    stage: z.string(),
    version: z.number().int(),
    rows: z.number().int(),
    byCheck: z.record(z.string(), z.number().int()),
  }),
};
