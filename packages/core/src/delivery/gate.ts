import { z } from "zod";
import { TeamId } from "../caller";
import { strictObject } from "../schema";

/**
 * The production gate: GitHub's *custom deployment protection rule*, answered by Plinth. A deployment
 * to a gated environment (production) asks the Plinth GitHub App; the `ProductionGate` workflow opens
 * an approval bound to **that commit and that environment**, shown in the team's approvals inbox.
 *
 *   WAITING ──approve (an approver of the team, not who pushed or dispatched it)──▶ APPROVED
 *      │    ──reject, or no decision within the bound──────────────────────────▶ REJECTED | EXPIRED
 *   REFUSED at once: a freeze (team or platform), or the commit never succeeded in the environment
 *   before (the build that passed staging is the one that goes out — never a rebuild)
 *
 * Every outcome is answered to GitHub at the deployment's callback URL (`answered`); an answer
 * GitHub did not take is retried, then recorded (`answerFailed`) — never a silent approval.
 */
export const GateStatus = z.enum(["WAITING", "APPROVED", "REJECTED", "EXPIRED", "REFUSED"]);
export type GateStatus = z.infer<typeof GateStatus>;

export const GateId = z.string().regex(/^gt-\d+$/, "a gate id, e.g. gt-10042 (gt- and the GitHub deployment id)");

export const GateRecord = z.object({
  id: GateId,
  deploymentId: z.number().int(),
  pipelineId: z.string(),
  serviceId: z.string(),
  team: TeamId,
  repository: z.object({ owner: z.string(), name: z.string() }),
  installationId: z.number().int(),
  environment: z.string(),
  sha: z.string(),
  ref: z.string(),
  runId: z.number().int().optional(),
  event: z.string(),
  callbackUrl: z.string(),
  /** Who started it on GitHub (the run's actor) and, when dispatched through Plinth, who did: neither may approve. */
  requestedBy: z.string(),
  dispatchedBy: z.string().optional(),
  /** The environment the commit must have succeeded in first, and what was found there. */
  previous: z
    .object({
      environment: z.string(),
      deploymentId: z.number().int().optional(),
      succeeded: z.boolean(),
    })
    .optional(),
  status: GateStatus,
  reason: z.string(),
  decidedBy: z.string().optional(),
  decidedAt: z.string().optional(),
  comment: z.string().optional(),
  /** When the answer reached GitHub; `answerFailed` when it never did (GitHub unreachable past the retries). */
  answeredAt: z.string().optional(),
  answerFailed: z.string().optional(),
  expiresAt: z.string(),
  taskToken: z.string().optional(),
  execution: z.string().optional(),
  timeline: z.array(z.object({ at: z.string(), message: z.string(), actor: z.string().optional() })),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GateRecord = z.infer<typeof GateRecord>;

export const DeploymentApproval = GateRecord.omit({ taskToken: true, installationId: true, callbackUrl: true })
  .extend({
    decidable: z
      .boolean()
      .describe(
        "The workflow waits for a decision now (a WAITING approval is briefly not yet decidable while it opens)",
      ),
  })
  .meta({ id: "DeploymentApproval" });
export type DeploymentApproval = z.infer<typeof DeploymentApproval>;

export const GateDecision = strictObject({
  sha: z
    .string()
    .regex(/^[0-9a-f]{40}$/, "the full commit sha you reviewed")
    .describe("The commit you approve: it must be the one waiting (an approval never moves to another commit)"),
  environment: z.string().min(1).max(255).describe("The environment you approve it for"),
  comment: z.string().max(500).optional(),
}).meta({ id: "GateDecision" });

export const GateRejection = strictObject({
  reason: z.string().min(1).max(500).describe("Shown in GitHub on the deployment"),
}).meta({ id: "GateRejection" });

/** A stop on production deploys: the platform's (every team) or one team's, with its reason and an end. */
export const DeployFreeze = z
  .object({
    scope: z.union([z.literal("platform"), TeamId]),
    reason: z.string(),
    by: z.string(),
    at: z.string(),
    until: z.string().optional(),
  })
  .meta({ id: "DeployFreeze" });
export type DeployFreeze = z.infer<typeof DeployFreeze>;

export const SetDeployFreeze = strictObject({
  reason: z.string().min(3).max(300).describe("Shown to whoever's deploy is refused, in GitHub and in Plinth"),
  until: z.iso.datetime().optional().describe("When it lifts by itself (it stays until lifted when absent)"),
}).meta({ id: "SetDeployFreeze" });

/** Environments a gate guards: production (the pipeline templates' last environment). */
export const GATED_ENVIRONMENTS: ReadonlySet<string> = new Set(["production"]);

/** The environment before `environment` in a pipeline's promotion order, or undefined for the first. */
export function previousEnvironment(environments: readonly string[], environment: string): string | undefined {
  const at = environments.indexOf(environment);
  return at > 0 ? environments[at - 1] : undefined;
}

/** A freeze holds now when it has no end or its end is still ahead. */
export function freezeHolds(freeze: DeployFreeze, now: Date): boolean {
  return freeze.until === undefined || Date.parse(freeze.until) > now.getTime();
}

/**
 * A rollback a human already approved in remediation (`rollback-deployment`): the rerun of the earlier
 * run's deploy job reaches the gate like any deployment, and the gate takes this as its approval — for
 * that run, that environment and that commit only, once, until it expires. The gate's other checks (a
 * freeze, the commit having passed the environment before) still apply.
 */
export const RollbackAuthorisation = z.object({
  runId: z.number().int(),
  environment: z.string(),
  sha: z.string(),
  serviceId: z.string(),
  incidentId: z.string(),
  approvedBy: z.string(),
  at: z.string(),
  expiresAt: z.string(),
});
export type RollbackAuthorisation = z.infer<typeof RollbackAuthorisation>;
