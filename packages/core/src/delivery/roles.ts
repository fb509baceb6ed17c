import type { Repository, Service } from "../catalog/entity";
import type { CreateProvisioningRequest } from "../provisioning/request";

/** A year: the longest a non-production request may live; the pipeline's roles are meant to last. */
const NON_PRODUCTION_TTL_HOURS = 8760;

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
    name: `${service.id}-deploy`.slice(0, 64),
    team: service.team,
    service: service.id,
    environment,
    region,
    parameters: { service: service.id, repositoryOwner: repository.owner, repositoryName: repository.name },
    tags,
    ...(environment === "production" ? {} : { ttlHours: NON_PRODUCTION_TTL_HOURS }),
  };
}
