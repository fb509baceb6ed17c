import type { z } from "zod";
import { type StepHandlers, StepRunner } from "../../step-dispatch";
import { applying } from "./applying";
import { awaitApproval } from "./awaitApproval";
import { closed } from "./closed";
import { ProvisioningStepContext } from "./context";
import { destroyed } from "./destroyed";
import { destroyFailed } from "./destroyFailed";
import { expiryCheck } from "./expiryCheck";
import { failed } from "./failed";
import { planned } from "./planned";
import { FailedStep, reasonOf, type StepDeps, StepInput } from "./shared";
import { succeeded } from "./succeeded";
import { validate } from "./validate";

export { ProvisioningStepContext } from "./context";
export { executionArnOf, reasonOf, type StepDeps, StepInput } from "./shared";

/** One handler per action: the dispatch table the task function's `run` looks the step up in. */
const handlers: StepHandlers<z.output<typeof StepInput>, ProvisioningStepContext> = {
  validate: (ctx, step) => validate(ctx, step.requestId),
  planned: (ctx, step) => planned(ctx, step),
  awaitApproval: (ctx, step) => awaitApproval(ctx, step.requestId, step.taskToken),
  applying: (ctx, step) => applying(ctx, step.requestId),
  succeeded: (ctx, step) => succeeded(ctx, step.requestId, step.stack.Outputs, ctx.at(step.now)),
  failed: (ctx, step) => failed(ctx, step),
  closed: (ctx, step) => closed(ctx, step.requestId, step.error),
  stackOf: (ctx, step) =>
    ctx.require(step.requestId, ["DESTROYING", "CANCELLED"]).then((r) => ({ stackName: r.plan.stackName })),
  destroyed: (ctx, step) => destroyed(ctx, step.requestId, ctx.at(step.now)),
  destroyFailed: (ctx, step) => destroyFailed(ctx, step.requestId, reasonOf(step.stackEvents, step.error)),
  expiryCheck: (ctx, step) => expiryCheck(ctx, step.requestId, step.warnHours, ctx.at(step.now), step.teardownMachine),
};

export class ProvisioningSteps extends StepRunner<z.output<typeof StepInput>, ProvisioningStepContext> {
  constructor(deps: StepDeps) {
    super(StepInput, handlers, new ProvisioningStepContext(deps));
  }

  /** The failed step, typed, for the reconciler: `changed` says whether this call ended the request. */
  markFailed(step: Omit<z.input<typeof FailedStep>, "action">) {
    return failed(this.ctx, FailedStep.parse({ ...step, action: "failed" }));
  }
}
