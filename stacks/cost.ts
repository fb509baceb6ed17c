import { Catalog, Cost } from "@plinth/core";

/** The tags measured cost is grouped by, on every catalog resource (CloudFormation copies stack tags). */
export const costAllocationTagKeys = [Cost.STAGE_TAG, Cost.REQUEST_TAG, "plinth:team", Catalog.SERVICE_TAG];

/**
 * Activates Plinth's tags as **cost allocation tags**, which CloudFormation cannot do: only then do
 * Cost Explorer's answers group by them. Opt-in (`PLINTH_COST_TAGS=activate`), because AWS imposes
 * two delays: a tag key can be activated only once billing has seen a resource carrying it (up to
 * 24 hours after the first one is created), and activated tags apply to cost data from then on (up
 * to 24 hours more). It works in the payer (management) account only. The tags are kept when a
 * stage is removed (`retainOnDelete`): other stages, and production, depend on them.
 */
export function costAllocationTags() {
  if (process.env.PLINTH_COST_TAGS !== "activate") return [];
  return costAllocationTagKeys.map(
    (tagKey) =>
      new aws.costexplorer.CostAllocationTag(
        `CostTag${tagKey.replace(/[^A-Za-z0-9]/g, "")}`,
        { tagKey, status: "Active" },
        { retainOnDelete: true },
      ),
  );
}
