import type { CatalogTemplate } from "./catalog/template";

/**
 * Platform policies: pure functions of a request that say pass, deny or needs approval, each with a
 * reason a user can act on. Policy is code reviewed like code; its configuration is the table below.
 */
export interface PolicyConfig {
  allowedRegions: readonly string[];
  /** Monthly budget per team for the estimated cost of everything it has provisioned. */
  monthlyBudgetUsd: Readonly<Record<string, number>>;
  defaultMonthlyBudgetUsd: number;
  /** Non-production resources must expire within this many hours. */
  maxNonProductionTtlHours: number;
}

export const defaultPolicyConfig: PolicyConfig = {
  allowedRegions: ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1"],
  monthlyBudgetUsd: { platform: 10_000 },
  defaultMonthlyBudgetUsd: 1_000,
  maxNonProductionTtlHours: 720,
};

export type PolicyOutcome = "pass" | "deny" | "approval";

export interface PolicyResult {
  rule: string;
  outcome: PolicyOutcome;
  reason: string;
}

export interface PolicySubject {
  name: string;
  team: string;
  stackName: string;
  environment: "dev" | "staging" | "production";
  region: string;
  tags: Readonly<Record<string, string>>;
  ttlHours?: number | undefined;
  template: Pick<CatalogTemplate, "id" | "risk">;
  monthlyUsd: number;
}

/** What the team has already committed (estimated monthly cost of its live requests). */
export interface BudgetState {
  /** Unknown on create: the store then checks the budget atomically as it reserves the cost. */
  committedUsd?: number;
  /**
   * What the team's resources measurably cost a month (Cost Explorer's run rate). The budget holds
   * the larger of the two: a team over budget in reality cannot keep adding resources on paper.
   */
  measuredUsd?: number;
}

export const PolicyRules = [
  "naming",
  "allowed-regions",
  "required-tags",
  "ttl-limit",
  "team-budget",
  "production-approval",
  "high-risk-approval",
] as const;

const NAME = /^[a-z][a-z0-9-]{1,28}[a-z0-9]$/;
const MAX_STACK_NAME = 63;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const COST_CENTER = /^CC-\d{4,6}$/;

const usd = (amount: number) => `$${amount.toFixed(2)}`;
const result = (rule: string, outcome: PolicyOutcome, reason: string): PolicyResult => ({ rule, outcome, reason });

export function evaluatePolicies(subject: PolicySubject, budget: BudgetState, config: PolicyConfig): PolicyResult[] {
  const limit = config.monthlyBudgetUsd[subject.team] ?? config.defaultMonthlyBudgetUsd;
  const basis = budget.committedUsd === undefined ? undefined : Math.max(budget.committedUsd, budget.measuredUsd ?? 0);
  const after = basis === undefined ? undefined : Math.round((basis + subject.monthlyUsd) * 100) / 100;
  const measuredNote =
    budget.measuredUsd !== undefined && budget.committedUsd !== undefined && budget.measuredUsd > budget.committedUsd
      ? ` (its resources measurably cost ${usd(budget.measuredUsd)}/month, more than the ${usd(budget.committedUsd)} estimated)`
      : "";
  const missingTags = [
    ...(EMAIL.test(subject.tags.owner ?? "") ? [] : ["owner (an e-mail address)"]),
    ...(COST_CENTER.test(subject.tags["cost-center"] ?? "") ? [] : ["cost-center (CC- and 4–6 digits)"]),
  ];
  const nonProduction = subject.environment !== "production";
  return [
    !NAME.test(subject.name)
      ? result(
          "naming",
          "deny",
          `name "${subject.name}" must be 3–30 lowercase letters, digits or dashes, starting with a letter`,
        )
      : subject.stackName.length > MAX_STACK_NAME
        ? result(
            "naming",
            "deny",
            `the stack name ${subject.stackName} is ${subject.stackName.length} characters; the limit is ${MAX_STACK_NAME} (S3 bucket names)`,
          )
        : result("naming", "pass", `resources are named ${subject.stackName}`),
    config.allowedRegions.includes(subject.region)
      ? result("allowed-regions", "pass", `${subject.region} is an allowed region`)
      : result(
          "allowed-regions",
          "deny",
          `${subject.region} is not allowed; use one of ${config.allowedRegions.join(", ")}`,
        ),
    missingTags.length === 0
      ? result("required-tags", "pass", "owner and cost-center are set; team is added by the platform")
      : result("required-tags", "deny", `missing or malformed tags: ${missingTags.join(", ")}`),
    !nonProduction
      ? result("ttl-limit", "pass", "production resources do not expire")
      : subject.ttlHours === undefined
        ? result(
            "ttl-limit",
            "deny",
            `${subject.environment} resources need ttlHours (at most ${config.maxNonProductionTtlHours})`,
          )
        : subject.ttlHours > config.maxNonProductionTtlHours
          ? result(
              "ttl-limit",
              "deny",
              `ttlHours ${subject.ttlHours} is over the ${config.maxNonProductionTtlHours} hours allowed outside production`,
            )
          : result("ttl-limit", "pass", `expires ${subject.ttlHours} hours after it is created`),
    after === undefined
      ? result(
          "team-budget",
          subject.monthlyUsd > limit ? "deny" : "pass",
          subject.monthlyUsd > limit
            ? `${usd(subject.monthlyUsd)}/month alone is over team ${subject.team}'s ${usd(limit)} monthly budget`
            : `${usd(subject.monthlyUsd)}/month is reserved from team ${subject.team}'s ${usd(limit)} monthly budget as the request is recorded`,
        )
      : after > limit
        ? result(
            "team-budget",
            "deny",
            `${usd(subject.monthlyUsd)}/month would bring team ${subject.team} to ${usd(after)} of its ${usd(limit)} monthly budget${measuredNote}`,
          )
        : result(
            "team-budget",
            "pass",
            `team ${subject.team} would be at ${usd(after)} of its ${usd(limit)} monthly budget${measuredNote}`,
          ),
    subject.environment === "production"
      ? result("production-approval", "approval", "production changes need an approver of the team")
      : result("production-approval", "pass", `${subject.environment} changes need no approval`),
    subject.template.risk === "high" && nonProduction && subject.environment !== "dev"
      ? result("high-risk-approval", "approval", `${subject.template.id} is high risk outside dev`)
      : result("high-risk-approval", "pass", `${subject.template.id} is ${subject.template.risk} risk`),
  ];
}

export function budgetLimitUsd(team: string, config: PolicyConfig): number {
  return config.monthlyBudgetUsd[team] ?? config.defaultMonthlyBudgetUsd;
}

export function approvalRequired(results: readonly PolicyResult[]): boolean {
  return results.some((r) => r.outcome === "approval");
}

export function denials(results: readonly PolicyResult[]): PolicyResult[] {
  return results.filter((r) => r.outcome === "deny");
}
