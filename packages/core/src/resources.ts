/**
 * The names every part of Plinth agrees on: the logical resource names that SST links into
 * functions (read back as `SST_RESOURCE_<Name>`), and the physical naming rule for a stage.
 */
export const APP = "plinth";

export const ResourceNames = {
  table: "Table",
  bus: "Bus",
  lake: "Lake",
  api: "Api",
  /** The Plinth GitHub App's id and private key (`sst.Secret`s of the stage). */
  githubAppId: "GithubAppId",
  githubAppPrivateKey: "GithubAppPrivateKey",
  /** The app's webhook secret, and the one it replaces while a rotation is under way (`not-set` otherwise). */
  githubWebhookSecret: "GithubWebhookSecret",
  githubWebhookSecretPrevious: "GithubWebhookSecretPrevious",
} as const;

/**
 * The workflows, by the one name each has: its SST resource name, the suffix of its physical state
 * machine name, and what the API starts. `workflows/index.ts` declares exactly these (tested).
 */
export const WorkflowNames = [
  "Provisioning",
  "ProvisioningTeardown",
  "ProvisioningExpiry",
  "Remediation",
  "RemediationIntake",
  "Promotion",
  "Reconciler",
  "PipelineSetup",
  "ProductionGate",
  "GitHubDelivery",
  "GitHubRedelivery",
  "CostIngestion",
  "ResourceRecommendations",
] as const;
export type WorkflowName = (typeof WorkflowNames)[number];

/** Physical names are prefixed by app and stage so that every developer's stage is isolated. */
export function physicalName(stage: string, name: string): string {
  return `${APP}-${stage}-${name}`;
}

/**
 * The single table, declared once. `stacks/storage.ts` deploys it and the local cloud creates it
 * from the same object, so a test's table is the production table's shape.
 */
export const TableDesign = {
  partitionKey: "pk",
  sortKey: "sk",
  ttlAttribute: "expiresAt",
  stream: "new-and-old-images",
  globalIndexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk", projection: "all" },
    /**
     * Sparse: only records in a working status carry `wpk`/`wsk` (core's `working.ts`), so the sweep
     * reads exactly the records that claim an execution is acting on them — never the whole table.
     */
    working: { partitionKey: "wpk", sortKey: "wsk", projection: "all" },
    /**
     * Sparse: only records that name a catalog service carry `spk`/`ssk` (requests, datasets,
     * incidents), so a service's page reads what it owns with one query per kind.
     */
    service: { partitionKey: "spk", sortKey: "ssk", projection: "all" },
  },
} as const;

export type TableDesign = typeof TableDesign;
