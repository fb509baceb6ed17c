import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Every catalog fact on the `plinth` bus (source `plinth.catalog`). */
const subject = { serviceId: z.string(), team: z.string() };
const source = EventSources.catalog;

export const CatalogEvents = {
  registered: defineEvent(source, "Service Registered", {
    ...subject,
    by: z.string(),
    lifecycle: z.string(),
    tier: z.number().int(),
  }),
  changed: defineEvent(source, "Service Changed", {
    ...subject,
    by: z.string(),
    version: z.number().int(),
    fields: z.array(z.string()).describe("The fields the change set"),
  }),
  retired: defineEvent(source, "Service Retired", { ...subject, by: z.string() }),
} as const;
