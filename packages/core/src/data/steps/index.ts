import type { z } from "zod";
import type { PlinthEvent } from "../../events";
import { type StepHandlers, StepRunner } from "../../step-dispatch";
import { athenaCollect } from "./athenaCollect";
import { athenaJudge } from "./athenaJudge";
import { athenaPrepare } from "./athenaPrepare";
import { check } from "./check";
import { PromotionStepContext } from "./context";
import { empty } from "./empty";
import { failed } from "./failed";
import { finish } from "./finish";
import { gateFailed } from "./gateFailed";
import { intake } from "./intake";
import { load } from "./load";
import { publish } from "./publish";
import { reused } from "./reused";
import { type PromotionStepDeps, PromotionStepInput } from "./shared";
import { write } from "./write";

export { PromotionStepContext } from "./context";
export { DUCKDB_LIMIT_BYTES, LANDING_LIMIT_BYTES, type PromotionStepDeps, PromotionStepInput } from "./shared";

/** One handler per action: the dispatch table the task function's `run` looks the step up in. */
const handlers: StepHandlers<z.output<typeof PromotionStepInput>, PromotionStepContext> = {
  intake: (ctx, step) => intake(ctx, step.event, step.execution),
  load: (ctx, step) => load(ctx, step.promotionId, step.partition),
  reused: (ctx, step) => reused(ctx, step.promotionId, step.partition, step.load.version),
  check: (ctx, step) => check(ctx, step.promotionId, step.partition, step.load),
  athenaPrepare: (ctx, step) => athenaPrepare(ctx, step.promotionId, step.partition, step.load),
  athenaJudge: (ctx, step) => athenaJudge(ctx, step.promotionId, step.partition, step.load, step.resultSet),
  athenaCollect: (ctx, step) => athenaCollect(ctx, step.promotionId, step.partition, step.load, step.judged),
  gateFailed: (ctx, step) => gateFailed(ctx, step.promotionId, step.partition, step.load, step.check),
  empty: (ctx, step) => empty(ctx, step.promotionId, step.partition, step.load, step.check),
  write: (ctx, step) => write(ctx, step.promotionId, step.partition, step.load, step.check),
  publish: (ctx, step) => publish(ctx, step.promotionId, step.partition, step.load, step.check, step.written),
  failed: (ctx, step) => failed(ctx, step.promotionId, step.partition, step.error),
  emit: (ctx, step) =>
    ctx.deps.events.publish(step.events as PlinthEvent[]).then(() => ({ published: step.events.length })),
  finish: (ctx, step) => finish(ctx, step.promotionId, step.execution),
};

export class PromotionSteps extends StepRunner<z.output<typeof PromotionStepInput>, PromotionStepContext> {
  constructor(deps: PromotionStepDeps) {
    super(PromotionStepInput, handlers, new PromotionStepContext(deps));
  }
}
