import type { z } from "zod";
import { type StepHandlers, StepRunner } from "../../step-dispatch";
import { acted } from "./acted";
import { actionFailed } from "./actionFailed";
import { assess } from "./assess";
import { awaitApproval } from "./awaitApproval";
import { begin } from "./begin";
import { RemediationStepContext } from "./context";
import { escalate } from "./escalate";
import { intake } from "./intake";
import { rollbackDeployment } from "./rollbackDeployment";
import { Failure, type RemediationStepDeps, RemediationStepInput } from "./shared";
import { start } from "./start";
import { verified } from "./verified";

export { RemediationStepContext } from "./context";
export {
  newIncident,
  type RemediationDelivery,
  type RemediationStepDeps,
  RemediationStepInput,
  UNOWNED,
} from "./shared";

/** One handler per action: the dispatch table the task function's `run` looks the step up in. */
const handlers: StepHandlers<z.output<typeof RemediationStepInput>, RemediationStepContext> = {
  intake: (ctx, step) => intake(ctx, step.event),
  begin: (ctx, step) => begin(ctx, step.incidentId),
  assess: (ctx, step) => assess(ctx, step.incidentId, step.described),
  awaitApproval: (ctx, step) => awaitApproval(ctx, step.incidentId, step.taskToken),
  start: (ctx, step) => start(ctx, step.incidentId),
  acted: (ctx, step) => acted(ctx, step.incidentId),
  rollbackDeployment: (ctx, step) => rollbackDeployment(ctx, step.incidentId),
  actionFailed: (ctx, step) => actionFailed(ctx, step.incidentId, `${step.error.Error}: ${step.error.Cause}`),
  verified: (ctx, step) => verified(ctx, step.incidentId, step.alarms?.MetricAlarms[0]?.StateValue),
  escalate: (ctx, step) => escalate(ctx, step.incidentId, step.reason, step.error),
};

export class RemediationSteps extends StepRunner<z.output<typeof RemediationStepInput>, RemediationStepContext> {
  constructor(deps: RemediationStepDeps) {
    super(RemediationStepInput, handlers, new RemediationStepContext(deps));
  }

  /** The escalate step, typed, for the reconciler: `escalated` says whether this call ended the incident. */
  escalate(incidentId: string, reason: string, error: z.input<typeof Failure>) {
    return escalate(this.ctx, incidentId, reason, Failure.parse(error));
  }
}
