import type { Stage } from "./dataset";
import { quarantineKey, versionPrefix } from "./lake-layout";
import type { LakeStorage, VersionStore } from "./ports";

export interface DiscardDeps {
  versions: Pick<VersionStore, "get">;
  lake: Pick<LakeStorage, "removePrefix">;
}

/**
 * What a partition that will never publish wrote under the version it reserved — its files and, for
 * silver, its set-aside rows — removed unless a version record names it (then it was published and
 * stays). One rule for every way a run ends without publishing: a cancel, the workflow's failed
 * step, a run that lost the race to an identical one, and the reconciler — so the lake holds only
 * recorded versions.
 */
export async function discardUnrecorded(
  deps: DiscardDeps,
  run: { dataset: string; to: Stage },
  partition: string,
  version: number | undefined,
): Promise<void> {
  if (version === undefined || (await deps.versions.get(run.dataset, run.to, partition, version))) return;
  await deps.lake.removePrefix(versionPrefix(run.to, run.dataset, partition, version));
  await deps.lake.removePrefix(quarantineKey(run.dataset, partition, version));
}
