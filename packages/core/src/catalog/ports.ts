import type { Recommendation } from "../cost/recommendation";
import type { Contract } from "../data/contract";
import type { DatasetRecord, Stage } from "../data/dataset";
import type { DeploymentRecord } from "../delivery/deployments";
import type { GateStatus } from "../delivery/gate";
import type { PipelineRecord } from "../delivery/pipeline";
import type { RequestRecord } from "../provisioning/request";
import type { IncidentRecord } from "../remediation/incident";
import type { Service, ServiceQuery } from "./entity";

/**
 * Where services are kept. Ids are global (like datasets): one `checkout-api` per stage.
 * `update` and `remove` are conditional on the version the caller read (else `version_conflict`).
 */
export interface ServiceStore {
  /** Fails with `conflict` when the id is taken. */
  create(service: Service): Promise<Service>;
  get(id: string): Promise<Service | undefined>;
  list(query: ServiceQuery & { team: string }): Promise<{ items: Service[]; cursor?: string; reads: number }>;
  /** Writes `next` only if the stored version is still `next.version - 1`. */
  update(next: Service): Promise<Service>;
  /** Deletes it only if the stored version is still `service.version`. */
  remove(service: Service): Promise<void>;
}

export interface DatasetFacts {
  dataset: DatasetRecord;
  contract?: Contract;
  /** Per promoted stage: how many partitions it serves and the newest one's current version. */
  current: { stage: Exclude<Stage, "landing">; partitions: number; newest?: { partition: string; version: number } }[];
}

/**
 * What else Plinth knows about a service, read through the owning domains' records that name it
 * (the newest `limit` of each kind: bounded reads), for its page, its scorecard and the retire check.
 */
export interface ServiceFacts {
  of(
    service: string,
    limit: number,
  ): Promise<{
    requests: RequestRecord[];
    datasets: DatasetFacts[];
    incidents: IncidentRecord[];
    pipelines: PipelineRecord[];
    /** Idle-resource recommendations about its resources (its scorecard holds them). */
    recommendations: Recommendation[];
    /** Its newest production deployments, each with the status of the production gate it passed (if any). */
    production: ProductionDeployment[];
    /** DynamoDB reads it took (the page says what it cost). */
    reads: number;
  }>;
}

export interface ProductionDeployment {
  deployment: DeploymentRecord;
  gate?: GateStatus;
}

/** The owner team of a service, for domains whose records may name one (a request, a dataset). */
export interface ServiceDirectory {
  ownerOf(service: string): Promise<string | undefined>;
}
