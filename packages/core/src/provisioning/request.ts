import { createHash } from "node:crypto";
import { z } from "zod";
import { type Caller, TeamId } from "../caller";
import { SERVICE_TAG, ServiceId } from "../catalog/entity";
import { fail } from "../errors";
import { boundedJsonObject, fieldsOf, strictObject } from "../schema";
import { templateOrFail } from "./catalog";
import type { CloudFormationTemplate } from "./catalog/template";
import { ProvisioningStatus } from "./lifecycle";
import { approvalRequired, type BudgetState, evaluatePolicies, type PolicyConfig } from "./policies";

export const Environment = z.enum(["dev", "staging", "production"]);
export type Environment = z.infer<typeof Environment>;

export const CreateProvisioningRequest = strictObject({
  template: z.string().min(1).describe("A template id from GET /v1/templates"),
  name: z
    .string()
    .min(1)
    .max(64)
    .describe("Short name; resources are named plinth-<stage>-<team>-<environment>-<name>"),
  team: TeamId.optional().describe("Required when you belong to several teams"),
  service: ServiceId.optional().describe(
    "The catalog service it serves (one of the team's): its resources are tagged plinth:service",
  ),
  environment: Environment.default("dev"),
  region: z.string().min(1).default("us-east-1"),
  parameters: boundedJsonObject().default({}).describe("The template's parameters (its JSON Schema)"),
  tags: z
    .record(z.string().regex(/^[A-Za-z0-9_.:/=+@-]{1,128}$/), z.string().max(256))
    .default({})
    .describe("owner (e-mail) and cost-center (CC-1234) are required; team is added for you"),
  ttlHours: z
    .number()
    .int()
    .min(1)
    .max(8760)
    .optional()
    .describe("Destroy after this many hours; required outside production"),
}).meta({ id: "CreateProvisioningRequest" });
export type CreateProvisioningRequest = z.infer<typeof CreateProvisioningRequest>;

const PolicyResultView = z.object({
  rule: z.string(),
  outcome: z.enum(["pass", "deny", "approval"]),
  reason: z.string(),
});

export const Plan = z
  .object({
    template: z.object({ id: z.string(), version: z.string() }),
    stackName: z.string(),
    region: z.string(),
    environment: Environment,
    parameters: z.record(z.string(), z.unknown()).describe("The parameters with every default filled in"),
    templateBody: z.record(z.string(), z.unknown()).describe("The CloudFormation template that will be applied"),
    resources: z.array(z.object({ logicalId: z.string(), type: z.string() })),
    cost: z.object({
      monthlyUsd: z.number(),
      currency: z.literal("USD"),
      priceTable: z.string(),
      lines: z.array(
        z.object({
          item: z.string(),
          quantity: z.number(),
          unit: z.string(),
          unitPriceUsd: z.number(),
          monthlyUsd: z.number(),
        }),
      ),
    }),
    policies: z.array(PolicyResultView),
    allowed: z.boolean().describe("False when a policy denies the request"),
    approval: z.enum(["required", "not-required"]),
    hash: z.string().describe("sha256 of everything above; an approval quotes it"),
  })
  .meta({ id: "Plan" });
export type Plan = z.infer<typeof Plan>;

export const Change = z.object({
  action: z.string(),
  logicalId: z.string(),
  type: z.string(),
  replacement: z.string().optional(),
});
export type Change = z.infer<typeof Change>;

export const TimelineEntry = z.object({
  at: z.iso.datetime(),
  step: z.string().describe("validate, plan, approval, apply, outputs, cancel, retry, destroy, expiry"),
  status: ProvisioningStatus.describe("The request's status after this step"),
  message: z.string(),
  actor: z.string().optional(),
  error: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ProvisioningRequest = z
  .object({
    id: z.string(),
    team: TeamId,
    service: z.string().optional().describe("The catalog service it serves"),
    requestedBy: z.string(),
    name: z.string(),
    template: z.object({ id: z.string(), version: z.string() }),
    environment: Environment,
    region: z.string(),
    tags: z.record(z.string(), z.string()),
    status: ProvisioningStatus,
    version: z.number().int(),
    plan: Plan,
    changes: z.array(Change).optional().describe("The CloudFormation change set, once planned"),
    approval: z
      .object({
        decision: z.enum(["approved", "rejected"]),
        by: z.string(),
        at: z.iso.datetime(),
        planHash: z.string(),
        comment: z.string().optional(),
      })
      .optional(),
    destroyRequest: z
      .object({
        by: z.string(),
        at: z.iso.datetime(),
        reason: z.string(),
        recommendation: z.string().optional().describe("The recommendation that opened it"),
      })
      .optional()
      .describe(
        "A destroy waiting for an approver (opened by a recommendation): another approver of the team approves it, quoting plan.hash, and the stack is deleted; a rejection withdraws it",
      ),
    outputs: z.record(z.string(), z.string()),
    failure: z
      .object({
        step: z.string(),
        error: z.string(),
        reason: z.string(),
        at: z.iso.datetime(),
        cleanup: z.enum(["deleted", "failed", "not-needed"]),
      })
      .optional(),
    ttlHours: z.number().int().optional(),
    expiresAt: z.iso.datetime().optional().describe("Set when it succeeds: ttlHours later; PATCH extends it"),
    attempt: z.number().int().describe("1 for the first execution, +1 per retry"),
    execution: z.string().optional().describe("The Step Functions execution ARN working on it"),
    timeline: z.array(TimelineEntry),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ProvisioningRequest" });
export type ProvisioningRequest = z.infer<typeof ProvisioningRequest>;

/** The stored record: the view plus what only the platform sees. */
export const RequestRecord = ProvisioningRequest.extend({
  idempotencyKey: z.string().optional(),
  /** sha256 of the create body, to tell an honest replay from a reused Idempotency-Key. */
  bodyHash: z.string(),
  correlationId: z.string(),
  taskToken: z.string().optional(),
  /** The expiry the last warning was sent for (a TTL extension warns again). */
  warnedFor: z.string().optional(),
  /** Cents reserved from the team budget; released when the request ends without resources. */
  reservedCents: z.number().int(),
});
export type RequestRecord = z.infer<typeof RequestRecord>;

export function toView(record: RequestRecord): ProvisioningRequest {
  const { idempotencyKey, bodyHash, correlationId, taskToken, warnedFor, reservedCents, ...view } = record;
  return view;
}

/** The team a request is for: the one named, or the caller's only team. */
export function teamOf(input: CreateProvisioningRequest, caller: Caller): string {
  if (input.team) return input.team;
  if (caller.teams.length === 1) return caller.teams[0] as string;
  return fail("validation_failed", "say which team this is for", [
    {
      field: "body.team",
      message: `required: you belong to ${caller.teams.length === 0 ? "no team" : caller.teams.join(", ")}`,
    },
  ]);
}

/**
 * The stack's name, the base of every physical name in it: `plinth-<stage>-<team>-<environment>-<name>`.
 * The stage keeps two stages of Plinth in one account apart (and scopes the deploy role to its own).
 */
export function stackNameOf(stage: string, team: string, environment: Environment, name: string): string {
  return `plinth-${stage}-${team}-${environment}-${name}`;
}

/**
 * The plan: the template rendered to CloudFormation, the cost, every policy decision and whether an
 * approval is needed, bound together by a hash. Pure: the same input gives the same plan and hash.
 */
export function plan(
  input: CreateProvisioningRequest,
  team: string,
  budget: BudgetState,
  config: PolicyConfig,
  stage: string,
  requestId?: string,
): Plan {
  const template = templateOrFail(input.template);
  const parsed = template.parameters.safeParse(input.parameters);
  if (!parsed.success) {
    fail(
      "validation_failed",
      `the parameters do not fit ${template.id} ${template.version}; GET /v1/templates/${template.id} shows its schema`,
      fieldsOf(parsed.error, "body.parameters"),
    );
  }
  const parameters = parsed.data as Record<string, unknown>;
  const stackName = stackNameOf(stage, team, input.environment, input.name);
  const tags = platformTags(input, team, `${template.id}@${template.version}`, requestId, stage);
  const templateBody: CloudFormationTemplate = template.render(parameters, {
    stackName,
    environment: input.environment,
    tags: Object.entries(tags)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([Key, Value]) => ({ Key, Value })),
  });
  const cost = template.cost(parameters);
  const policies = evaluatePolicies(
    {
      name: input.name,
      team,
      stackName,
      environment: input.environment,
      region: input.region,
      tags: input.tags,
      ttlHours: input.ttlHours,
      template,
      monthlyUsd: cost.monthlyUsd,
    },
    budget,
    config,
  );
  const body = {
    template: { id: template.id, version: template.version },
    stackName,
    region: input.region,
    environment: input.environment,
    parameters,
    templateBody: templateBody as unknown as Record<string, unknown>,
    resources: Object.entries(templateBody.Resources).map(([logicalId, resource]) => ({
      logicalId,
      type: resource.Type,
    })),
    cost,
    policies,
    allowed: policies.every((p) => p.outcome !== "deny"),
    approval: approvalRequired(policies) ? ("required" as const) : ("not-required" as const),
  };
  // The hash covers what will be built and where, not the budget reasons that vary with other requests.
  const hash = sha256(
    canonical({
      template: body.template,
      stackName,
      region: body.region,
      environment: body.environment,
      parameters,
      templateBody,
    }),
  );
  return { ...body, hash };
}

/**
 * The tags Plinth puts on every stack it makes (CloudFormation copies stack tags onto the resources):
 * the owner team (`team`, read by remediation, and `plinth:team`), the stage, the request and the
 * catalog service — the cost allocation tags measured cost is grouped by — and the template's id@version.
 */
export function platformTags(
  input: Pick<CreateProvisioningRequest, "tags" | "service">,
  team: string,
  template: string,
  requestId: string | undefined,
  stage: string,
): Record<string, string> {
  return {
    ...input.tags,
    team,
    "plinth:team": team,
    "plinth:stage": stage,
    "plinth:template": template,
    ...(requestId ? { "plinth:request": requestId } : {}),
    ...(input.service ? { [SERVICE_TAG]: input.service } : {}),
  };
}

/** Throws `policy_violation` naming every denying rule, for a create that must not be written. */
export function assertAllowed(planned: Plan): void {
  const denied = planned.policies.filter((p) => p.outcome === "deny");
  if (denied.length > 0) {
    fail(
      "policy_violation",
      `the request breaks ${denied.length === 1 ? "a policy" : `${denied.length} policies`}: ${denied.map((d) => d.rule).join(", ")}`,
      denied.map((d) => ({ field: `policy.${d.rule}`, message: d.reason })),
    );
  }
}

/** JSON with sorted keys, so equal values hash equally whatever order they were built in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
