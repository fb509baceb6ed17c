import { Logger } from "@aws-lambda-powertools/logger";
import { PlinthError } from "@plinth/core";
import { createApp, documentOf, type RecordedExamples } from "./app";
import type { AppDeps } from "./context";

/**
 * The OpenAPI document without a running stage: the routes are registered on an app whose services
 * are never reached (producing a document calls no handler), so the client can be generated offline.
 */
export function openApiDocument(version = "0.0.0", examples?: RecordedExamples) {
  const unreachable = new Proxy(
    {},
    {
      get: (_target, property) => () => {
        throw new PlinthError("internal", `the document-only app has no ${String(property)}: it answers no requests`);
      },
    },
  );
  const deps = {
    profiles: unreachable,
    provisioning: unreachable,
    remediation: unreachable,
    data: unreachable,
    catalog: unreachable,
    authenticate: () => {
      throw new PlinthError("internal", "the document-only app authenticates nobody");
    },
    clock: { now: () => new Date(0) },
    logger: new Logger({ logLevel: "SILENT" }),
    version,
  } as unknown as AppDeps;
  return documentOf(createApp(deps), version, examples ? { examples } : {});
}
