import type { Logger } from "@aws-lambda-powertools/logger";
import type {
  Caller,
  Catalog,
  Clock,
  Cost,
  Data,
  Delivery,
  InsightsService,
  MetricsSink,
  ProfileStore,
  Provisioning,
  Remediation,
} from "@plinth/core";
import type { Authenticator } from "./auth";

/** The ports the app is built from; functions/api.ts passes AWS adapters, tests and the local cloud the same ones. */
export interface AppDeps {
  profiles: ProfileStore;
  provisioning: Provisioning.ProvisioningService;
  remediation: Remediation.RemediationService;
  data: Data.DataService;
  insights: InsightsService;
  costs: Cost.CostService;
  recommendations: Cost.RecommendationService;
  catalog: Catalog.CatalogService;
  serviceDocs: Catalog.ServiceDocsReader;
  delivery: Delivery.PipelineService;
  runs: Delivery.RunService;
  gates: Delivery.GateService;
  webhooks: Delivery.GitHubWebhooks;
  /** The GitHub App's webhook secrets: the current first, then one still accepted during a rotation. */
  webhookSecrets?: string[];
  authenticate: Authenticator;
  clock: Clock;
  logger: Logger;
  /** API latency, answers and problems by route (none when absent). */
  metrics?: MetricsSink;
  version: string;
  /** The portal's base (`/portal/` by default): /docs loads the reference UI and the complete document (with examples) from it. */
  docsAssetsUrl?: string;
}

export interface AppEnv {
  Variables: {
    caller: Caller;
    correlationId: string;
    problemCode?: string;
  };
}
