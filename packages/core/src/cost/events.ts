import { z } from "zod";
import { defineEvent, EventSources } from "../events";

/** Measured cost on the `plinth` bus (source `plinth.cost`). */
export const CostEvents = {
  driftDetected: defineEvent(EventSources.cost, "Cost Drift Detected", {
    team: z.string(),
    requestId: z.string(),
    template: z.string(),
    service: z.string().optional(),
    estimateMonthlyUsd: z.number(),
    measuredMonthlyUsd: z.number(),
    ratio: z.number().describe("measured / estimate"),
    month: z.string(),
  }),
  budgetThresholdCrossed: defineEvent(EventSources.cost, "Budget Threshold Crossed", {
    team: z.string(),
    month: z.string(),
    basis: z.enum(["actual", "forecast"]),
    percent: z.number().int().describe("80 or 100: the share of the monthly budget crossed"),
    amountUsd: z.number(),
    budgetUsd: z.number(),
  }),
} as const;
