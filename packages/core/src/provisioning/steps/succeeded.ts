import type { z } from "zod";
import { ProvisioningEvents } from "../events";
import { advance } from "../mutate";
import type { ProvisioningStepContext } from "./context";
import type { StackOutput } from "./shared";

export async function succeeded(
  ctx: ProvisioningStepContext,
  id: string,
  stackOutputs: z.infer<typeof StackOutput>[],
  workflowNow: Date,
) {
  const outputs = Object.fromEntries(stackOutputs.map((o) => [o.OutputKey, o.OutputValue]));
  const record = await ctx.transition(id, "SUCCEEDED", (current, now) => {
    const expiresAt =
      current.ttlHours === undefined
        ? undefined
        : new Date(workflowNow.getTime() + current.ttlHours * 3_600_000).toISOString();
    return advance(
      current,
      { status: "SUCCEEDED", outputs, ...(expiresAt ? { expiresAt } : {}) },
      {
        step: "outputs",
        message: `created; outputs ${Object.keys(outputs).join(", ") || "none"}${expiresAt ? `; expires ${expiresAt}` : ""}`,
      },
      now,
    );
  });
  await ctx.publish(ProvisioningEvents.succeeded, record, {
    outputs,
    requestedAt: record.createdAt,
    ...(record.expiresAt ? { expiresAt: record.expiresAt } : {}),
  });
  return { expires: record.expiresAt !== undefined, expiryName: `${record.id}-expiry-${record.attempt}` };
}
