import type { StateMachine } from "./asl";

export * from "./asl";
export * from "./iam";
export * from "./render";

export interface WorkflowDeclaration {
  /** Logical name: the SST resource name and the suffix of the physical state machine name. */
  name: string;
  definition: StateMachine;
  type: "STANDARD" | "EXPRESS";
  /** Task functions by binding name: `{ PlanFunction: "functions/tasks/provisioning.plan" }` binds `${PlanFunctionArn}`. */
  tasks?: Record<string, string>;
}

/**
 * Every workflow Plinth deploys. `stacks/workflows.ts` creates one state machine per entry and the
 * local Step Functions service loads the same list. Provisioning, promotion and remediation join
 * it with their issues.
 */
export const workflows: readonly WorkflowDeclaration[] = [];
export * from "./validate";
