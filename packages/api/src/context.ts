import type { Logger } from "@aws-lambda-powertools/logger";
import type { Caller, Clock, Data, ProfileStore, Provisioning, Remediation } from "@plinth/core";
import type { Authenticator } from "./auth";

/** The ports the app is built from; functions/api.ts passes AWS adapters, tests and the local cloud the same ones. */
export interface AppDeps {
  profiles: ProfileStore;
  provisioning: Provisioning.ProvisioningService;
  remediation: Remediation.RemediationService;
  data: Data.DataService;
  authenticate: Authenticator;
  clock: Clock;
  logger: Logger;
  version: string;
  /** Where /docs loads the API reference UI's files from (the portal ships them): `/portal/docs/` by default. */
  docsAssetsUrl?: string;
}

export interface AppEnv {
  Variables: {
    caller: Caller;
    correlationId: string;
  };
}
