import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { verifyWithFallback } from "@octokit/webhooks-methods";
import { Delivery, fail } from "@plinth/core";
import { z } from "zod";
import type { AppDeps, AppEnv } from "../context";
import { bearer, json, problems, ResponseHeaders } from "../openapi";

/** GitHub caps a delivery at 25 MB; the events Plinth takes weigh tens of KB. Larger is refused, unread. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

const Received = z
  .object({
    delivery: z.string().describe("GitHub's X-GitHub-Delivery"),
    status: z.enum(["accepted", "duplicate", "ignored", "pong"]),
    detail: z.string(),
  })
  .meta({ id: "WebhookReceived" });

const route = createRoute({
  operationId: "receiveGitHubWebhook",
  method: "post",
  path: "/webhooks/github",
  tags: ["delivery"],
  summary: "GitHub's webhook deliveries to the Plinth GitHub App (signed; no token)",
  description:
    "GitHub calls this; nobody else needs to. Authenticated by `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with the app's webhook secret; during a rotation the previous secret is accepted too) — a missing or wrong signature is 401 and nothing is recorded. A delivery is recorded once under its `X-GitHub-Delivery` id and one *Webhook Delivery Received* event is put on the bus; the work (run and deployment records, waking a pipeline setup) happens behind that event's rule. A redelivery of a processed delivery is answered 200 `duplicate` and changes nothing. Events Plinth does not act on are answered 202 `ignored`; `ping` is answered `pong`.",
  security: [],
  request: {
    headers: z.object({
      "x-github-event": z.string().describe("The event name, e.g. workflow_run"),
      "x-github-delivery": z.string().describe("The delivery's GUID (the same on a redelivery)"),
      "x-hub-signature-256": z.string().describe("sha256=<HMAC-SHA256 of the raw body, hex>"),
      "x-github-hook-id": z.string().optional().describe("The app's hook id"),
    }),
    body: {
      required: true,
      description: "GitHub's payload for the event, as GitHub documents it",
      content: { "application/json": { schema: { type: "object", additionalProperties: true } } },
    },
  },
  responses: {
    200: json(Received, "A redelivery of a delivery already processed, or a ping"),
    202: json(
      Received,
      "Recorded and put on the bus (or an event Plinth does not act on: ignored); Location: the delivery's record",
      ResponseHeaders.location,
    ),
    ...problems("unauthenticated", "invalid_parameter", "malformed_json", "validation_failed"),
  },
});

const getDelivery = createRoute({
  operationId: "getWebhookDelivery",
  method: "get",
  path: "/v1/webhook-deliveries/{id}",
  tags: ["delivery"],
  summary: "What Plinth did with one of GitHub's deliveries (admins)",
  description:
    "The delivery recorded under GitHub's `X-GitHub-Delivery` id: what it told (its fact), when it arrived, how many times GitHub sent it, how many times it was taken for processing, and the outcome or last error. For operators tracing a run or a deployment that did not show up.",
  security: bearer,
  request: { params: z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) }) },
  responses: {
    200: json(Delivery.WebhookDelivery.meta({ id: "WebhookDelivery" }), "The delivery"),
    ...problems("unauthenticated", "forbidden", "not_found", "invalid_parameter"),
  },
});

export function registerWebhooks(app: OpenAPIHono<AppEnv>, deps: AppDeps): void {
  app.openapi(getDelivery, async (c) =>
    c.json(await deps.webhooks.delivery(c.req.valid("param").id, c.var.caller), 200),
  );
  app.openapi(route, async (c) => {
    const headers = c.req.valid("header");
    const body = await c.req.text();
    const [current, ...previous] = deps.webhookSecrets ?? [];
    const signed =
      current !== undefined &&
      /^sha256=[0-9a-f]{64}$/.test(headers["x-hub-signature-256"]) &&
      (await verifyWithFallback(current, body, headers["x-hub-signature-256"], previous).catch(() => false));
    if (!signed)
      fail(
        "unauthenticated",
        current === undefined
          ? "this stage has no webhook secret (set GithubWebhookSecret); every delivery is refused"
          : "the X-Hub-Signature-256 signature does not match the body",
      );
    const parsedHeaders = Delivery.DeliveryHeaders.safeParse({
      event: headers["x-github-event"],
      delivery: headers["x-github-delivery"],
      hookId: headers["x-github-hook-id"],
    });
    if (!parsedHeaders.success)
      fail(
        "invalid_parameter",
        "the X-GitHub-Event or X-GitHub-Delivery header is not one GitHub sends",
        parsedHeaders.error.issues.map((issue) => ({
          field: `header.x-github-${String(issue.path[0])}`,
          message: issue.message,
        })),
      );
    const delivery = parsedHeaders.data;
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch (error) {
      fail("malformed_json", "the delivery's body is not JSON", [{ field: "body", message: "not JSON" }], {
        cause: error,
      });
    }
    if (delivery.event === "ping")
      return c.json({ delivery: delivery.delivery, status: "pong" as const, detail: "the hook reaches Plinth" }, 200);
    const parsed = parseFact(delivery.event, payload);
    c.header("Location", `/v1/webhook-deliveries/${delivery.delivery}`);
    if ("ignored" in parsed)
      return c.json(
        { delivery: delivery.delivery, status: "ignored" as const, detail: `Plinth does not act on ${parsed.ignored}` },
        202,
      );
    const action = (payload as { action?: unknown }).action;
    const outcome = await deps.webhooks.receive(delivery, parsed, typeof action === "string" ? action : undefined);
    return outcome.duplicate && outcome.status !== "RECEIVED"
      ? c.json(
          {
            delivery: delivery.delivery,
            status: "duplicate" as const,
            detail: `already ${outcome.status.toLowerCase()}`,
          },
          200,
        )
      : c.json(
          {
            delivery: delivery.delivery,
            status: "accepted" as const,
            detail: outcome.duplicate ? "a redelivery of one not yet processed: processing again" : "recorded",
          },
          202,
        );
  });
}

/** The delivery's fact; a payload of an event Plinth acts on that lacks a field it needs is a 422 naming it. */
function parseFact(event: string, payload: unknown) {
  try {
    return Delivery.factOf(event, payload);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    fail(
      "validation_failed",
      `the ${event} payload lacks what Plinth reads`,
      error.issues.map((issue) => ({ field: `body.${issue.path.join(".")}`, message: issue.message })),
      { cause: error },
    );
  }
}
