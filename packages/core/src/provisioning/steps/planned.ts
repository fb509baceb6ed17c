import type { z } from "zod";
import { ProvisioningEvents } from "../events";
import { advance } from "../mutate";
import type { Change } from "../request";
import type { ProvisioningStepContext } from "./context";
import { type StepInput, summarise } from "./shared";

export async function planned(
  ctx: ProvisioningStepContext,
  step: Extract<z.output<typeof StepInput>, { action: "planned" }>,
) {
  const changes: Change[] = step.changes.flatMap(({ ResourceChange: c }) =>
    c
      ? [
          {
            action: c.Action,
            logicalId: c.LogicalResourceId,
            type: c.ResourceType,
            ...(c.Replacement ? { replacement: c.Replacement } : {}),
          },
        ]
      : [],
  );
  const record = await ctx.transition(step.requestId, "PLANNED", (current, now) =>
    advance(
      {
        ...current,
        timeline: [
          ...current.timeline,
          {
            at: step.validatedAt,
            step: "validate",
            status: "VALIDATING",
            message: "template rendered and policies passed",
          },
        ],
      },
      { status: "PLANNED", changes },
      {
        step: "plan",
        message: `change set: ${summarise(changes)}; ${current.plan.cost.monthlyUsd.toFixed(2)} USD/month`,
      },
      now,
    ),
  );
  const granted = record.approval?.decision === "approved" && record.approval.planHash === record.plan.hash;
  const approval = record.plan.approval === "not-required" ? "not-required" : granted ? "granted" : "required";
  await ctx.publish(ProvisioningEvents.planned, record, {
    planHash: record.plan.hash,
    monthlyUsd: record.plan.cost.monthlyUsd,
    approval,
    changes: changes.length,
  });
  return { approval };
}
