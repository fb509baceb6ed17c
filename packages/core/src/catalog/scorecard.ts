import { z } from "zod";
import type { Recommendation } from "../cost/recommendation";
import type { PipelineRecord } from "../delivery/pipeline";
import type { RequestRecord } from "../provisioning/request";
import type { IncidentRecord } from "../remediation/incident";
import type { Service } from "./entity";
import type { DatasetFacts, ProductionDeployment } from "./ports";

/**
 * Scorecards computed from what Plinth already records — not from answers someone typed. Each rule is
 * declared once here: its level, what it checks, and for a failure the reason and the action that
 * fixes it. A service reaches a level when every rule of that level and the ones below pass (a rule
 * that does not apply — no datasets, not tier 1 — counts as passed and says so).
 */
export const ScoreLevel = z.enum(["bronze", "silver", "gold"]);
export type ScoreLevel = z.infer<typeof ScoreLevel>;
const LEVELS: ScoreLevel[] = ["bronze", "silver", "gold"];

export const RuleResult = z.object({
  rule: z.string(),
  title: z.string(),
  level: ScoreLevel,
  status: z.enum(["pass", "fail", "not-applicable"]),
  reason: z.string(),
  fix: z.string().optional().describe("What to do to pass (failures only)"),
});
export type RuleResult = z.infer<typeof RuleResult>;

export const Scorecard = z
  .object({
    service: z.string(),
    level: ScoreLevel.nullable().describe("The highest level whose rules (and those below) all pass"),
    passed: z.number().int(),
    total: z.number().int(),
    rules: z.array(RuleResult),
  })
  .meta({ id: "Scorecard" });
export type Scorecard = z.infer<typeof Scorecard>;

export interface ScoreInput {
  service: Service;
  requests: RequestRecord[];
  datasets: DatasetFacts[];
  incidents: IncidentRecord[];
  pipelines: PipelineRecord[];
  production: ProductionDeployment[];
  recommendations: Recommendation[];
  now: Date;
}

interface Rule {
  id: string;
  title: string;
  level: ScoreLevel;
  check(input: ScoreInput): Omit<RuleResult, "rule" | "title" | "level">;
}

const DAY = 86_400_000;
const LIVE = new Set(["SUCCEEDED", "APPLYING", "DESTROYING"]);
const liveResources = (input: ScoreInput) => input.requests.filter((r) => LIVE.has(r.status));
const pass = (reason: string) => ({ status: "pass" as const, reason });
const notApplicable = (reason: string) => ({ status: "not-applicable" as const, reason });
const failing = (reason: string, fix: string) => ({ status: "fail" as const, reason, fix });
const listed = (ids: string[]) =>
  ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");

export const SCORECARD_RULES: readonly Rule[] = [
  {
    id: "has-repository",
    title: "Its code is in a known repository",
    level: "bronze",
    check: ({ service }) =>
      service.repository
        ? pass(`github.com/${service.repository.owner}/${service.repository.name}`)
        : failing("no repository is recorded", "set repository (plinth service edit --repo owner/name)"),
  },
  {
    id: "no-failed-resources",
    title: "None of its resources stands failed",
    level: "bronze",
    check: (input) => {
      const failed = input.requests.filter((r) => r.status === "FAILED" || r.status === "ROLLED_BACK");
      return failed.length === 0
        ? pass(`${input.requests.length} request(s), none failed`)
        : failing(
            `${failed.length} request(s) stand failed: ${listed(failed.map((r) => r.id))}`,
            "retry or destroy them from their request pages",
          );
    },
  },
  {
    id: "no-long-open-incident",
    title: "No incident open longer than 7 days",
    level: "silver",
    check: (input) => {
      const old = input.incidents.filter(
        (i) => i.status !== "RESOLVED" && input.now.getTime() - Date.parse(i.createdAt) > 7 * DAY,
      );
      return old.length === 0
        ? pass(`${input.incidents.filter((i) => i.status !== "RESOLVED").length} open, none older than 7 days`)
        : failing(
            `${old.length} incident(s) open for more than 7 days: ${listed(old.map((i) => i.id))}`,
            "resolve them, or acknowledge and fix the cause",
          );
    },
  },
  {
    id: "no-resource-past-expiry",
    title: "No resource outlives its expiry",
    level: "silver",
    check: (input) => {
      const expired = liveResources(input).filter(
        (r) => r.expiresAt !== undefined && Date.parse(r.expiresAt) < input.now.getTime(),
      );
      return expired.length === 0
        ? pass("every live resource is within its time to live")
        : failing(
            `${expired.length} resource(s) past their expiry: ${listed(expired.map((r) => r.id))}`,
            "extend them (PATCH expiresAt) or destroy them",
          );
    },
  },
  {
    id: "no-idle-resources",
    title: "No idle resources older than 14 days",
    level: "silver",
    check: (input) => {
      // An open recommendation is a resource that showed no use for its whole window (14 days at least).
      const idle = input.recommendations.filter((r) => r.kind === "idle" && r.status === "OPEN");
      const set = input.recommendations.filter((r) => r.status === "SNOOZED" || r.status === "DISMISSED").length;
      return idle.length === 0
        ? pass(`no open idle-resource recommendation${set > 0 ? ` (${set} snoozed or dismissed with a reason)` : ""}`)
        : failing(
            `${idle.length} resource(s) idle for their whole window: ${listed(idle.map((r) => `${r.request} (${r.name})`))}`,
            "apply, dismiss with a reason, or snooze them (plinth recommendation list)",
          );
    },
  },
  {
    id: "datasets-have-fail-checks",
    title: "Its datasets stop bad data (a check of severity fail)",
    level: "silver",
    check: (input) => {
      if (input.datasets.length === 0) return notApplicable("it owns no dataset");
      const weak = input.datasets.filter((d) => !(d.contract?.checks ?? []).some((check) => check.severity === "fail"));
      return weak.length === 0
        ? pass(`${input.datasets.length} dataset(s), each with a fail check`)
        : failing(
            `no fail check in ${listed(weak.map((d) => d.dataset.id))}`,
            "add a check with severity fail to the contract (row_count min 1 is a start)",
          );
    },
  },
  {
    id: "has-pipeline",
    title: "It ships through a Plinth pipeline",
    level: "silver",
    check: ({ service, pipelines }) => {
      const live = pipelines.filter((p) => p.live && (p.status === "ACTIVE" || p.status === "UPGRADING"));
      if (live.length > 0)
        return pass(
          live.map((p) => `${p.id} (${p.live?.id}@${p.live?.version}: ${p.environments.join(" → ")})`).join(", "),
        );
      if (pipelines.length > 0)
        return failing(
          `no pipeline is live: ${listed(pipelines.map((p) => `${p.id} ${p.status}`))}`,
          "merge its pull request, or retry it (plinth pipeline view / retry)",
        );
      return failing(
        "no pipeline builds and deploys it",
        service.repository
          ? `plinth pipeline create ${service.id} --template <template>`
          : "set its repository, then create a pipeline (plinth pipeline create)",
      );
    },
  },
  {
    id: "production-gated",
    title: "Its production deploys go through Plinth's production gate",
    level: "gold",
    check: ({ pipelines, production }) => {
      const gated = pipelines.filter((p) => p.live && p.environments.includes("production"));
      const succeeded = production.filter((p) => p.deployment.outcome === "success");
      if (gated.length === 0 && succeeded.length === 0) return notApplicable("no pipeline deploys it to production");
      const ungated = succeeded.filter((p) => p.gate !== "APPROVED");
      if (ungated.length > 0)
        return failing(
          `${ungated.length} production deployment(s) without an approval in Plinth's gate: ${listed(ungated.map((p) => `${p.deployment.id} (${p.deployment.sha.slice(0, 7)})`))}`,
          "restore the Plinth app's protection rule on the production environment in GitHub (plinth pipeline retry sets it again)",
        );
      return pass(
        succeeded.length > 0
          ? `the last ${succeeded.length} production deployment(s) were each approved in the gate`
          : `${listed(gated.map((p) => p.id))} deploy(s) to production through the gate; nothing deployed yet`,
      );
    },
  },
  {
    id: "tier1-alarms",
    title: "A tier-1 service has alarms on its resources",
    level: "gold",
    check: (input) => {
      if (input.service.tier !== 1) return notApplicable(`tier ${input.service.tier}`);
      const live = liveResources(input);
      if (live.length === 0)
        return failing("it has no live resource to watch", "provision its resources through Plinth");
      const unwatched = live.filter((r) => !r.plan.resources.some((res) => res.type === "AWS::CloudWatch::Alarm"));
      return unwatched.length === 0
        ? pass(`${live.length} live resource(s), each with a CloudWatch alarm`)
        : failing(
            `no alarm in ${listed(unwatched.map((r) => `${r.id} (${r.template.id})`))}`,
            "use a template that declares alarms (lambda-service does), or add them",
          );
    },
  },
  {
    id: "production-tier-set",
    title: "A production service says how critical it is (tier 1 or 2)",
    level: "gold",
    check: ({ service }) =>
      service.lifecycle !== "production"
        ? notApplicable(`lifecycle ${service.lifecycle}`)
        : service.tier <= 2
          ? pass(`tier ${service.tier}`)
          : failing("a production service left at tier 3", "set tier 1 or 2 (plinth service edit --tier 2)"),
  },
];

export function scorecardOf(input: ScoreInput): Scorecard {
  const rules = SCORECARD_RULES.map((rule) => ({
    rule: rule.id,
    title: rule.title,
    level: rule.level,
    ...rule.check(input),
  }));
  let level: ScoreLevel | null = null;
  for (const candidate of LEVELS) {
    const upTo = rules.filter((r) => LEVELS.indexOf(r.level) <= LEVELS.indexOf(candidate));
    if (upTo.some((r) => r.status === "fail")) break;
    level = candidate;
  }
  return {
    service: input.service.id,
    level,
    passed: rules.filter((r) => r.status !== "fail").length,
    total: rules.length,
    rules,
  };
}
