import type { Tracer } from "@aws-lambda-powertools/tracer";
import { costedRequests, DynamoCostStore, DynamoRequestStore, stageName } from "@plinth/aws";
import { Cost, Provisioning, systemClock } from "@plinth/core";
import { linkedPlatform } from "./linked-platform";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer) {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  const ingestion = new Cost.CostIngestion({
    store: new DynamoCostStore(dynamodb, table),
    requests: costedRequests(new DynamoRequestStore(dynamodb, table)),
    events,
    clock: systemClock,
    policy: Provisioning.defaultPolicyConfig,
    stage: stageName(),
  });
  return {
    run: async (input: unknown) => {
      const { action, page } = (input ?? {}) as { action?: unknown; page?: unknown };
      if (action === "window") return ingestion.window();
      if (action === "storePage") return await ingestion.storePage(page);
      if (action === "evaluate") return await ingestion.evaluate();
      throw new Error(`the cost function has no step ${String(action)}`);
    },
  };
}

/** The CostIngestion workflow's task function: `{ action: "window" | "storePage" | "evaluate", page? }`. */
export const handler = taskHandler("plinth-cost", build);
