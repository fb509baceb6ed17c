import { z } from "zod";
import { TeamId } from "../caller";
import { ServiceId } from "../catalog/entity";
import { strictObject } from "../schema";
import { PipelineEnvironment } from "./pipeline-templates";

/**
 * A service's pipeline: a GitHub Actions workflow Plinth generated into the service's repository,
 * the deploy roles it provisioned for it and the GitHub environments it made. Its `change` is the
 * pull request in flight (the setup, or an upgrade to a newer template version); `live` is what the
 * default branch holds once a change merged. Upgrades are offered by comparing `live.version` with
 * the newest version of the template.
 *
 * Lifecycle:  SETTING_UP → AWAITING_MERGE → ACTIVE ⇄ UPGRADING
 *             any working status → FAILED (retry continues where it stopped) | CANCELLED (cleaned up)
 *             AWAITING_MERGE → CLOSED (the pull request was closed unmerged: cleaned up)
 */
export const PipelineStatus = z.enum([
  "SETTING_UP",
  "AWAITING_MERGE",
  "ACTIVE",
  "UPGRADING",
  "FAILED",
  "CANCELLED",
  "CLOSED",
]);
export type PipelineStatus = z.infer<typeof PipelineStatus>;
export const PIPELINE_WORKING: ReadonlySet<PipelineStatus> = new Set(["SETTING_UP", "AWAITING_MERGE", "UPGRADING"]);

export const PipelineId = z.string().regex(/^pl-[a-f0-9]{20}$/, "a pipeline id, e.g. pl-0123456789abcdef0123");

const TemplateRef = z.object({
  id: z.string(),
  version: z.string(),
  /** sha256 of the rendered workflow file: what the repository should hold. */
  contentHash: z.string(),
});

const PullRequestRef = z.object({ number: z.number().int(), url: z.string() });

export const PipelineRecord = z.object({
  id: PipelineId,
  serviceId: ServiceId,
  team: TeamId,
  createdBy: z.string(),
  /** The creator's teams and roles: the child provisioning requests are made on their behalf. */
  actor: z.object({ sub: z.string(), teams: z.array(z.string()), roles: z.array(z.string()) }),
  repository: z.object({
    owner: z.string(),
    name: z.string(),
    defaultBranch: z.string(),
    cloneUrl: z.string().optional(),
    htmlUrl: z.string().optional(),
  }),
  installationId: z.number().int(),
  parameters: z.record(z.string(), z.unknown()),
  tags: z.record(z.string(), z.string()),
  environments: z.array(PipelineEnvironment),
  region: z.string(),
  workflowPath: z.string(),
  status: PipelineStatus,
  change: z.object({
    kind: z.enum(["setup", "upgrade"]),
    template: TemplateRef,
    branch: z.string(),
    pullRequest: PullRequestRef.optional(),
    /** The commit on the branch that holds the workflow file. */
    commit: z.string().optional(),
  }),
  live: TemplateRef.extend({ mergedAt: z.string(), pullRequest: PullRequestRef }).optional(),
  roles: z.array(
    z.object({
      environment: PipelineEnvironment,
      requestId: z.string(),
      status: z.string().optional(),
      roleArn: z.string().optional(),
    }),
  ),
  attempt: z.number().int().min(1),
  execution: z.string().optional(),
  /** The setup's task token while it waits for its pull request (a `pull_request.closed` delivery answers it). */
  mergeToken: z.string().optional(),
  failure: z.object({ step: z.string(), error: z.string(), cause: z.string() }).optional(),
  timeline: z.array(
    z.object({
      at: z.string(),
      step: z.string(),
      status: PipelineStatus,
      message: z.string(),
      actor: z.string().optional(),
    }),
  ),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  correlationId: z.string(),
  idempotencyKey: z.string().optional(),
  bodyHash: z.string(),
});
export type PipelineRecord = z.infer<typeof PipelineRecord>;

/** What the API answers: the record without the bookkeeping (actor claims, body hash). */
export const Pipeline = PipelineRecord.omit({
  actor: true,
  bodyHash: true,
  idempotencyKey: true,
  correlationId: true,
  mergeToken: true,
})
  .extend({
    /** The newest version of its template, when the default branch holds an older one. */
    upgradeAvailable: z.string().optional(),
  })
  .meta({ id: "Pipeline" });
export type Pipeline = z.infer<typeof Pipeline>;

export const CreatePipeline = strictObject({
  template: z.string().min(1).max(64).describe("A pipeline template id, e.g. node-lambda-sst"),
  templateVersion: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, "a version such as 1.0.0")
    .optional()
    .describe("Pin an older version of the template (newest when absent)"),
  parameters: z.record(z.string(), z.unknown()).default({}).describe("The template's parameters (its JSON Schema)"),
  tags: z
    .record(z.string().regex(/^[A-Za-z0-9_.:/=+@-]{1,128}$/), z.string().max(256))
    .default({})
    .describe("Tags of the deploy roles it provisions: owner (e-mail) and cost-center (CC-1234) are required"),
}).meta({ id: "CreatePipeline" });
export type CreatePipeline = z.infer<typeof CreatePipeline>;

/** What a create would do: the file, the roles, the environments and the pull request. */
export const PipelinePlan = z
  .object({
    serviceId: ServiceId,
    template: TemplateRef.extend({ title: z.string() }),
    repository: z.object({ owner: z.string(), name: z.string(), defaultBranch: z.string() }),
    workflowPath: z.string(),
    yaml: z.string(),
    lint: z.object({
      tool: z.string(),
      findings: z.array(z.object({ line: z.number(), column: z.number(), kind: z.string(), message: z.string() })),
    }),
    roles: z.array(
      z.object({
        environment: PipelineEnvironment,
        template: z.literal("github-deploy-role"),
        subject: z.string().describe("The OIDC subject the role trusts, exactly"),
        approval: z.enum(["required", "not-required"]),
      }),
    ),
    environments: z.array(z.object({ name: PipelineEnvironment, protectedBranchesOnly: z.boolean() })),
    pullRequest: z.object({ branch: z.string(), title: z.string(), body: z.string() }),
  })
  .meta({ id: "PipelinePlan" });
export type PipelinePlan = z.infer<typeof PipelinePlan>;

export const pipelineWorkflowPath = (service: string) => `.github/workflows/plinth-${service}.yml`;
export const pipelineBranch = (template: { id: string; version: string }, kind: "setup" | "upgrade") =>
  `plinth/${kind === "setup" ? "pipeline" : "upgrade"}-${template.id}-${template.version}`;
