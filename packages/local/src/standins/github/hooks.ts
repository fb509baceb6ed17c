import { randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import type { Hono } from "hono";
import { z } from "zod";
import type { GitHubStandIn } from "./github";
import { error } from "./shapes";

/**
 * The GitHub App's webhook, as GitHub runs it: one URL and secret for the app (`/app/hook/config`),
 * every event signed (`X-Hub-Signature-256`, HMAC-SHA256 of the exact body) and POSTed with GitHub's
 * headers, 10 seconds to answer, **never retried on its own**; every attempt is kept in the app's
 * delivery log (`GET /app/hook/deliveries`, newest first, cursor-paged) and can be redelivered
 * (`POST /app/hook/deliveries/{id}/attempts`: the same GUID and body, `redelivery: true`).
 *
 * Faults (control `deliveries`): `drop` the next N (logged as failed — a timeout, as when the
 * receiver is down), `duplicate` them (delivered twice, the second a redelivery), or `reorder`
 * (each held back and sent after the one that follows it, or 5 s of workflow time later).
 */
const API = "/api/v3";
const TIMEOUT_MS = 10_000;
const PAGE = 30;

export const HookControl = z.strictObject({
  action: z.literal("deliveries"),
  mode: z.enum(["drop", "duplicate", "reorder", "normal"]),
  count: z.number().int().min(1).max(10_000).default(1),
});

interface Attempt {
  id: number;
  guid: string;
  deliveredAt: string;
  redelivery: boolean;
  duration: number;
  status: string;
  statusCode: number;
  event: string;
  action: string | null;
  installationId: number | null;
  repositoryId: number | null;
  body: string;
  responseBody: string;
}

export interface Delivery {
  event: string;
  payload: Record<string, unknown>;
}

export class WebhookSender {
  url: string | undefined;
  secret: string | undefined;
  readonly attempts: Attempt[] = [];
  private fault: { mode: "drop" | "duplicate" | "reorder"; remaining: number } | undefined;
  private held: Attempt | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Deliveries sent, by outcome (the tests' and benches' counters). */
  readonly counts = { sent: 0, failed: 0, dropped: 0, duplicated: 0 };

  constructor(private readonly gh: GitHubStandIn) {}

  configure(url: string, secret: string): void {
    this.url = url;
    this.secret = secret;
  }

  control(command: z.output<typeof HookControl>) {
    this.fault = command.mode === "normal" ? undefined : { mode: command.mode, remaining: command.count };
    return { mode: command.mode, count: command.count };
  }

  /** Queues one delivery (in order); resolves when it has been attempted. */
  send(delivery: Delivery): Promise<void> {
    if (!this.url || !this.secret) return Promise.resolve();
    const payload = delivery.payload as {
      action?: string;
      installation?: { id?: number };
      repository?: { id?: number };
    };
    const attempt: Attempt = {
      id: this.gh.id(),
      guid: randomUUID(),
      deliveredAt: this.gh.now(),
      redelivery: false,
      duration: 0,
      status: "pending",
      statusCode: 0,
      event: delivery.event,
      action: payload.action ?? null,
      installationId: payload.installation?.id ?? null,
      repositoryId: payload.repository?.id ?? null,
      body: JSON.stringify(delivery.payload),
      responseBody: "",
    };
    return this.enqueue(async () => {
      const fault = this.takeFault();
      if (fault === "drop") {
        this.counts.dropped += 1;
        this.record({ ...attempt, status: "timed out", statusCode: 0, responseBody: "" });
        return;
      }
      if (fault === "reorder" && !this.held) {
        this.held = attempt;
        // Late, not lost: sent after the next delivery, or after a few seconds when none comes.
        void this.gh.sleep(5_000).then(() =>
          this.enqueue(async () => {
            if (this.held !== attempt) return;
            this.held = undefined;
            await this.post(attempt);
          }),
        );
        return;
      }
      await this.post(attempt);
      if (this.held) {
        const held = this.held;
        this.held = undefined;
        await this.post(held);
      }
      if (fault === "duplicate") {
        this.counts.duplicated += 1;
        await this.post({ ...attempt, id: this.gh.id(), redelivery: true });
      }
    });
  }

  /** Redelivers a logged attempt: same GUID and body, a new attempt id, `redelivery: true`. */
  redeliver(id: number): Promise<Attempt | undefined> {
    const original = this.attempts.find((attempt) => attempt.id === id);
    if (!original) return Promise.resolve(undefined);
    const again = { ...original, id: this.gh.id(), redelivery: true };
    return this.enqueue(() => this.post(again)).then(() => again);
  }

  /** Everything queued has been attempted (tests wait for this rather than sleeping). */
  settled(): Promise<void> {
    return this.queue;
  }

  private takeFault(): "drop" | "duplicate" | "reorder" | undefined {
    if (!this.fault || this.fault.remaining <= 0) return undefined;
    this.fault.remaining -= 1;
    return this.fault.mode;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async post(attempt: Attempt): Promise<void> {
    const url = this.url;
    const secret = this.secret;
    if (!url || !secret) return;
    const started = performance.now();
    const deliveredAt = this.gh.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/plinth-stand-in",
          "x-github-event": attempt.event,
          "x-github-delivery": attempt.guid,
          "x-github-hook-id": String(this.gh.hookId),
          "x-github-hook-installation-target-id": String(this.gh.appId),
          "x-github-hook-installation-target-type": "integration",
          "x-hub-signature-256": await sign(secret, attempt.body),
        },
        body: attempt.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      this.counts.sent += 1;
      if (!response.ok) this.counts.failed += 1;
      this.record({
        ...attempt,
        deliveredAt,
        duration: (performance.now() - started) / 1000,
        status: response.ok ? "OK" : `Invalid HTTP Response: ${response.status}`,
        statusCode: response.status,
        responseBody: text.slice(0, 2000),
      });
    } catch (cause) {
      this.counts.failed += 1;
      this.record({
        ...attempt,
        deliveredAt,
        duration: (performance.now() - started) / 1000,
        status: cause instanceof Error && cause.name === "TimeoutError" ? "timed out" : "failed to connect to host",
        statusCode: 0,
      });
    }
  }

  private record(attempt: Attempt): void {
    this.attempts.unshift(attempt);
    // GitHub keeps three days; the stand-in keeps the newest 5,000 attempts.
    this.attempts.length = Math.min(this.attempts.length, 5000);
  }
}

function attemptJson(attempt: Attempt) {
  return {
    id: attempt.id,
    guid: attempt.guid,
    delivered_at: attempt.deliveredAt,
    redelivery: attempt.redelivery,
    duration: attempt.duration,
    status: attempt.status,
    status_code: attempt.statusCode,
    event: attempt.event,
    action: attempt.action,
    installation_id: attempt.installationId,
    repository_id: attempt.repositoryId,
    throttled_at: null,
  };
}

/** `/app/hook/*`: the app's webhook settings and its delivery log, with the app's JWT. */
export function hookRoutes(
  gh: GitHubStandIn,
  app: Hono,
  appAuthenticated: (request: Request) => Promise<Response | undefined>,
): void {
  app.get(`${API}/app/hook/config`, async (c) => {
    const denied = await appAuthenticated(c.req.raw);
    if (denied) return denied;
    return c.json({ url: gh.hooks.url ?? "", content_type: "json", insecure_ssl: "0", secret: "********" });
  });

  app.get(`${API}/app/hook/deliveries`, async (c) => {
    const denied = await appAuthenticated(c.req.raw);
    if (denied) return denied;
    const perPage = Math.min(Number(c.req.query("per_page") ?? PAGE) || PAGE, 100);
    const cursor = c.req.query("cursor");
    const attempts = gh.hooks.attempts;
    const start = cursor ? attempts.findIndex((attempt) => String(attempt.id) === cursor) : 0;
    if (start < 0) return error(422, "Invalid cursor");
    const page = attempts.slice(start, start + perPage);
    const next = attempts[start + perPage];
    if (next) c.header("link", `<${gh.apiUrl}/app/hook/deliveries?per_page=${perPage}&cursor=${next.id}>; rel="next"`);
    return c.json(page.map(attemptJson));
  });

  app.post(`${API}/app/hook/deliveries/:id/attempts`, async (c) => {
    const denied = await appAuthenticated(c.req.raw);
    if (denied) return denied;
    const original = gh.hooks.attempts.find((attempt) => String(attempt.id) === c.req.param("id"));
    if (!original) return error(404, "Not Found");
    // Accepted now, delivered in order behind whatever is queued (GitHub answers 202 at once too).
    void gh.hooks.redeliver(original.id);
    return c.json({}, 202);
  });
}
