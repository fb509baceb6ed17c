import type { StateMachine } from "./asl";
import { provisioning } from "./provisioning";
import { provisioningExpiry } from "./provisioning-expiry";
import { provisioningTeardown } from "./provisioning-teardown";
import { remediation, remediationIntake } from "./remediation";

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
 * local Step Functions service loads the same list. Promotion joins it with its issue.
 */
const provisioningTasks = { StepFunction: "functions/tasks/provisioning.handler" };
const remediationTasks = { StepFunction: "functions/tasks/remediation.handler" };

export const workflows: readonly WorkflowDeclaration[] = [
  { name: "Provisioning", definition: provisioning, type: "STANDARD", tasks: provisioningTasks },
  { name: "ProvisioningTeardown", definition: provisioningTeardown, type: "STANDARD", tasks: provisioningTasks },
  { name: "ProvisioningExpiry", definition: provisioningExpiry, type: "STANDARD", tasks: provisioningTasks },
  { name: "Remediation", definition: remediation, type: "STANDARD", tasks: remediationTasks },
  { name: "RemediationIntake", definition: remediationIntake, type: "EXPRESS", tasks: remediationTasks },
];
export * from "./validate";
