import { StepError } from "../../errors";
import { ProvisioningEvents } from "../events";
import { advance, mutate } from "../mutate";
import { plan } from "../request";
import type { ProvisioningStepContext } from "./context";

/** Re-plans from the stored request: a catalog upgrade since it was made changes the hash (and voids an approval). */
export async function validate(ctx: ProvisioningStepContext, id: string) {
  const now = ctx.deps.clock.now();
  let record = await ctx.require(id, ["VALIDATING"]);
  const replanned = plan(
    {
      template: record.template.id,
      name: record.name,
      environment: record.environment,
      region: record.region,
      parameters: record.plan.parameters,
      tags: Object.fromEntries(
        Object.entries(record.tags).filter(([key]) => key !== "team" && !key.startsWith("plinth:")),
      ),
      ttlHours: record.ttlHours,
      ...(record.service ? { service: record.service } : {}),
    },
    record.team,
    {},
    ctx.deps.policy,
    ctx.deps.stage,
    record.id,
  );
  if (!replanned.allowed) {
    const denied = replanned.policies.filter((p) => p.outcome === "deny");
    throw new StepError("Plinth.PolicyDenied", denied.map((d) => `${d.rule}: ${d.reason}`).join("; "));
  }
  if (replanned.hash !== record.plan.hash) {
    record = await mutate(ctx.deps.store, id, (current) => ({
      next: advance(
        current,
        { plan: replanned },
        { step: "validate", message: "re-planned: the template changed since the request" },
        now,
      ),
    }));
  }
  if (record.attempt === 1)
    await ctx.publish(ProvisioningEvents.requested, record, { requestedBy: record.requestedBy });
  return {
    stackName: record.plan.stackName,
    changeSetName: `${record.id}-${record.attempt}`,
    templateBody: JSON.stringify(record.plan.templateBody),
    tags: Object.entries(record.tags).map(([Key, Value]) => ({ Key, Value })),
    validatedAt: now.toISOString(),
  };
}
