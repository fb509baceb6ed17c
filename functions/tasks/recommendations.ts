import type { Tracer } from "@aws-lambda-powertools/tracer";
import { DynamoCostStore, DynamoRecommendationStore, DynamoRequestStore, scannedRequests } from "@plinth/aws";
import { Cost, systemClock } from "@plinth/core";
import { linkedPlatform } from "./linked-platform";
import { taskHandler } from "./task-handler";

function build(tracer: Tracer) {
  const { table, dynamodb, events } = linkedPlatform(tracer);
  const scan = new Cost.RecommendationScan({
    requests: scannedRequests(new DynamoRequestStore(dynamodb, table)),
    store: new DynamoRecommendationStore(dynamodb, table),
    costs: new DynamoCostStore(dynamodb, table),
    events,
    clock: systemClock,
  });
  return {
    run: async (input: unknown) => {
      const { action, batch, metrics } = (input ?? {}) as { action?: unknown; batch?: unknown; metrics?: unknown };
      if (action === "plan") return await scan.plan();
      if (action === "queries") return await scan.queries(batch);
      if (action === "findings") return await scan.findings({ batch, metrics });
      if (action === "close") return await scan.close();
      throw new Error(`the recommendations function has no step ${String(action)}`);
    },
  };
}

/** The ResourceRecommendations workflow's task function: `{ action: "plan" | "queries" | "findings" | "close", … }`. */
export const handler = taskHandler("plinth-recommendations", build);
