import { z } from "zod";
import { GitHubFact } from "./github-webhooks";

/**
 * One webhook delivery from GitHub, recorded by the receiver under GitHub's `X-GitHub-Delivery` id
 * (a redelivery carries the same id), claimed by one `GitHubDelivery` execution, then done.
 *
 *   RECEIVED ──claim (lease)──▶ PROCESSED | IGNORED
 *      ▲          │ error: released with `lastError`, tried again (Step Functions' retry, the sweep);
 *      └──────────┘        after 8 tries FAILED, its error kept (a redelivery from GitHub starts it again)
 */
export const WebhookDeliveryStatus = z.enum(["RECEIVED", "PROCESSED", "IGNORED", "FAILED"]);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatus>;

export const WebhookDelivery = z.object({
  id: z.string(),
  event: z.string(),
  action: z.string().optional(),
  /** The GitHub App's hook id (`X-GitHub-Hook-ID`), for redelivery through the app's API. */
  hookId: z.string().optional(),
  fact: GitHubFact,
  status: WebhookDeliveryStatus,
  receivedAt: z.string(),
  /** Times GitHub delivered it (redeliveries included). */
  received: z.number().int().min(1),
  /** Times a processor claimed it: more than one only after a failed try. */
  claims: z.number().int().min(0),
  leaseUntil: z.string().optional(),
  processedAt: z.string().optional(),
  /** What processing did, in words (or why it was ignored). */
  outcome: z.string().optional(),
  lastError: z.string().optional(),
  version: z.number().int().min(1),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** The headers GitHub sends with every delivery, as the receiver reads them. */
export const DeliveryHeaders = z.object({
  event: z.string().regex(/^[a-z_]{1,64}$/, "GitHub's event name (X-GitHub-Event), e.g. workflow_run"),
  delivery: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "GitHub's delivery id (X-GitHub-Delivery), a GUID"),
  hookId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});
export type DeliveryHeaders = z.infer<typeof DeliveryHeaders>;
