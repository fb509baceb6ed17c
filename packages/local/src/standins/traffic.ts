import { Cost } from "@plinth/core";
import { z } from "zod";
import type { EngineClock } from "../stepfunctions/clock";
import type { ResourceLifetime } from "./cloudformation";

export const UsageControl = z.object({
  stack: z.string().optional(),
  request: z.string().optional(),
  requestsPerHour: z.number().min(0),
});

const HOUR = 3_600_000;

/**
 * The traffic of the provisioned resources — one model that both the Cost Explorer stand-in (what the
 * requests cost) and CloudWatch's `GetMetricData` (the AWS metrics they publish) read, so a queue a test
 * makes idle is idle in the bill and in its metrics alike.
 *
 * A stack's traffic is piecewise constant (requests per hour from a moment on, set with
 * `POST /_plinth/usage`; 0, idle, until set) and is served by the last resource it creates that
 * charges per request — the queue, created after its dead-letter queue; the bucket, after its key;
 * the function, not its log group.
 */
export class TrafficModel {
  private readonly usage = new Map<string, { from: number; requestsPerHour: number }[]>();

  constructor(
    private readonly clock: EngineClock,
    private readonly lifetimes: () => ResourceLifetime[],
  ) {}

  /** `POST /_plinth/usage`: a stack's (or a request's stacks') traffic from now on. */
  set(body: unknown) {
    const control = UsageControl.parse(body);
    const stacks = new Set<string>();
    for (const life of this.lifetimes()) {
      if (control.stack && life.stack === control.stack) stacks.add(life.stack);
      if (control.request && life.tags[Cost.REQUEST_TAG] === control.request) stacks.add(life.stack);
    }
    if (stacks.size === 0) throw new Error(`no stack ${control.stack ?? `of request ${control.request}`}`);
    for (const stack of stacks) {
      const history = this.usage.get(stack) ?? [];
      history.push({ from: this.clock.now(), requestsPerHour: control.requestsPerHour });
      this.usage.set(stack, history);
    }
    return { stacks: [...stacks], requestsPerHour: control.requestsPerHour };
  }

  inspect() {
    return Object.fromEntries(this.usage);
  }

  /** Requests a stack served in [from, to). */
  requests(stack: string, from: number, to: number): number {
    const history = this.usage.get(stack) ?? [];
    let total = 0;
    history.forEach((step, i) => {
      const next = history[i + 1]?.from ?? Number.POSITIVE_INFINITY;
      const overlap = Math.min(to, next) - Math.max(from, step.from);
      if (overlap > 0) total += step.requestsPerHour * (overlap / HOUR);
    });
    return total;
  }

  /** The resource of each stack that serves its traffic. */
  servers(lifetimes: readonly ResourceLifetime[]): Map<string, ResourceLifetime> {
    const servers = new Map<string, ResourceLifetime>();
    for (const life of lifetimes)
      if (Cost.resourceRate(life.type, life.properties).perRequestUsd > 0) servers.set(life.stack, life);
    return servers;
  }

  /** Requests this resource served in [from, to): its stack's, when it is the one serving them. */
  servedBy(life: ResourceLifetime, lifetimes: readonly ResourceLifetime[], from: number, to: number): number {
    return this.servers(lifetimes).get(life.stack) === life ? this.requests(life.stack, from, to) : 0;
  }
}
