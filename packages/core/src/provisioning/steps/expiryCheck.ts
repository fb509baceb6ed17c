import { fail } from "../../errors";
import { ProvisioningEvents } from "../events";
import { advance, mutate } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import { executionArnOf } from "./shared";

/**
 * The expiry timer's decision, re-read each time it wakes so a TTL extension takes effect:
 * wait until the warning, warn once per expiry time, wait until expiry, then start the teardown.
 */
export async function expiryCheck(
  ctx: ProvisioningStepContext,
  id: string,
  warnHours: number,
  now: Date,
  teardownMachine?: string,
) {
  const record = (await ctx.deps.store.get(id)) ?? fail("not_found", `no provisioning request ${id}`);
  if (record.status !== "SUCCEEDED" || record.expiresAt === undefined) return { next: "done" };
  const expiresAt = Date.parse(record.expiresAt);
  const warnAt = expiresAt - warnHours * 3_600_000;
  if (now.getTime() >= expiresAt) {
    const teardownName = `${id}-expired`;
    await ctx.transition(id, "DESTROYING", (r) =>
      advance(
        r,
        {
          status: "DESTROYING",
          ...(teardownMachine ? { execution: executionArnOf(teardownMachine, teardownName) } : {}),
        },
        { step: "expiry", message: `expired at ${record.expiresAt}; destroying` },
        now,
      ),
    );
    return { next: "destroy", teardownName };
  }
  if (now.getTime() < warnAt) return { next: "wait", until: new Date(warnAt).toISOString() };
  if (record.warnedFor !== record.expiresAt) {
    const warned = await mutate(ctx.deps.store, id, (r) =>
      r.warnedFor === r.expiresAt
        ? undefined
        : {
            next: advance(
              { ...r, warnedFor: r.expiresAt as string },
              {},
              { step: "expiry", message: `expires at ${r.expiresAt}; extend it with PATCH` },
              now,
            ),
          },
    );
    await ctx.publish(ProvisioningEvents.expiryWarned, warned, { expiresAt: warned.expiresAt as string });
  }
  return { next: "wait", until: record.expiresAt };
}
