import type { Repository, Service } from "../catalog/entity";
import { defaultPolicyConfig } from "../provisioning/policies";
import type { CreateProvisioningRequest } from "../provisioning/request";

/**
 * Outside production every request expires (the platform's ttl-limit policy): the deploy roles of dev
 * and staging take the longest lifetime it allows, and the expiry warns before it removes them
 * (extend them from their requests). Production roles do not expire.
 */
const NON_PRODUCTION_TTL_HOURS = defaultPolicyConfig.maxNonProductionTtlHours;

/**
 * The provisioning request for one environment's deploy role (`github-deploy-role`), made through the
 * normal provisioning flow (plan, policies, production approval) on behalf of whoever asked for the
 * pipeline. The name is the environment's, so one service has one role per environment.
 */
export function roleRequestInput(
  service: Service,
  repository: Pick<Repository, "owner" | "name">,
  environment: "dev" | "staging" | "production",
  region: string,
  tags: Record<string, string>,
): CreateProvisioningRequest {
  return {
    template: "github-deploy-role",
    name: service.id,
    team: service.team,
    service: service.id,
    environment,
    region,
    parameters: { service: service.id, repositoryOwner: repository.owner, repositoryName: repository.name },
    tags,
    ...(environment === "production" ? {} : { ttlHours: NON_PRODUCTION_TTL_HOURS }),
  };
}
