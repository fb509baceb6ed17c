import { z } from "zod";
import { Stage } from "../data/dataset";
import { IncidentStatus } from "../remediation/incident";
import { Service } from "./entity";
import type { DatasetFacts, ServiceFacts } from "./ports";
import { Scorecard, scorecardOf } from "./scorecard";

/**
 * A service's page in one answer: the service, its live resources with their monthly cost, its
 * datasets with the versions they serve, its open and recent incidents, and its scorecard — each read
 * through the owning domain's records that name the service. Sections are keyed so later domains
 * (pipelines, deployments, actual cost) slot in beside them.
 */
const Resource = z.object({
  requestId: z.string(),
  name: z.string(),
  template: z.string(),
  environment: z.string(),
  status: z.string(),
  stackName: z.string(),
  monthlyUsd: z.number(),
  expiresAt: z.string().optional(),
});
const DatasetSummary = z.object({
  id: z.string(),
  description: z.string(),
  contractVersion: z.number().int(),
  current: z.array(
    z.object({
      stage: Stage,
      partitions: z.number().int(),
      newest: z.object({ partition: z.string(), version: z.number().int() }).optional(),
    }),
  ),
});
const IncidentSummary = z.object({
  id: z.string(),
  status: IncidentStatus,
  summary: z.string(),
  alarm: z.string(),
  resource: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const ServicePage = z
  .object({
    service: Service,
    resources: z.object({
      items: z.array(Resource),
      monthlyUsd: z.number().describe("The live resources' planned monthly cost, summed"),
    }),
    datasets: z.object({ items: z.array(DatasetSummary) }),
    incidents: z.object({ open: z.array(IncidentSummary), recent: z.array(IncidentSummary) }),
    scorecard: Scorecard,
    reads: z.number().int().describe("DynamoDB reads this answer took (each kind is bounded to its newest 25)"),
  })
  .meta({ id: "ServicePage" });
export type ServicePage = z.infer<typeof ServicePage>;

const LIVE = new Set(["SUCCEEDED", "APPLYING", "DESTROYING", "VALIDATING", "PLANNED", "AWAITING_APPROVAL"]);

export function servicePage(
  service: Service,
  facts: Awaited<ReturnType<ServiceFacts["of"]>>,
  now: Date,
  reads: number,
): ServicePage {
  const live = facts.requests.filter((r) => LIVE.has(r.status));
  const resources = live.map((r) => ({
    requestId: r.id,
    name: r.name,
    template: r.template.id,
    environment: r.environment,
    status: r.status,
    stackName: r.plan.stackName,
    monthlyUsd: r.plan.cost.monthlyUsd,
    ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}),
  }));
  const incidents = facts.incidents.map((i) => ({
    id: i.id,
    status: i.status,
    summary: i.summary,
    alarm: i.alarm.name,
    resource: i.resource.id,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  }));
  return {
    service,
    resources: {
      items: resources,
      monthlyUsd: Math.round(resources.reduce((sum, r) => sum + r.monthlyUsd, 0) * 100) / 100,
    },
    datasets: { items: facts.datasets.map(datasetSummary) },
    incidents: {
      open: incidents.filter((i) => i.status !== "RESOLVED"),
      recent: incidents.filter((i) => i.status === "RESOLVED").slice(0, 10),
    },
    scorecard: scorecardOf({
      service,
      requests: facts.requests,
      datasets: facts.datasets,
      incidents: facts.incidents,
      pipelines: facts.pipelines,
      production: facts.production,
      recommendations: facts.recommendations,
      now,
    }),
    reads,
  };
}

function datasetSummary(facts: DatasetFacts) {
  return {
    id: facts.dataset.id,
    description: facts.dataset.description,
    contractVersion: facts.dataset.contractVersion,
    current: facts.current,
  };
}
