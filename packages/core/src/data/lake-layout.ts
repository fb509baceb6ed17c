import type { Stage } from "./dataset";

/**
 * Where everything lives in the lake bucket: one module, so a key shape is changed in one place.
 *
 *   lake/landing/<dataset>/<partition>/<file>              what arrives (the lake-landing rule watches it)
 *   lake/<stage>/<dataset>/<partition>/v=<n>/…             a version's files (bronze, silver, gold)
 *   lake/quarantine/<dataset>/<partition>/v=<n>/…          a silver version's set-aside rows, and their listing
 *   athena/scratch/…, athena/results/…                     the Athena engine's tables and results (expire)
 */
export const LANDING_PREFIX = "lake/landing/";

/** Where a version's files live; the same key shape in S3 and in the local lake. */
export function versionPrefix(stage: Stage, dataset: string, partition: string, version: number): string {
  return `lake/${stage}/${dataset}/${partition}/v=${version}/`;
}

/** Where a silver version's set-aside rows go: the Parquet file, and the JSON lines the API lists. */
export const quarantineKey = (dataset: string, partition: string, version: number) =>
  `lake/quarantine/${dataset}/${partition}/v=${version}/`;
export const QUARANTINE_LISTING = "rows.jsonl";

/** Where an Athena silver run writes the set-aside rows (UNLOAD wants empty prefixes): Parquet, and JSON for the listing. */
export const ATHENA_QUARANTINE_PARQUET = "parquet/";
export const ATHENA_QUARANTINE_JSON = "listing/";

/** Scratch objects (CTAS tables) live under this prefix of the lake bucket, which expires it. */
export const ATHENA_SCRATCH_PREFIX = "athena/scratch/";
export const ATHENA_RESULTS_PREFIX = "athena/results/";
