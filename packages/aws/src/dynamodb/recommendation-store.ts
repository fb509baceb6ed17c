import { type DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Cost, fail, type Provisioning } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys } from "./service-index";
import { createOnce, replaceVersioned } from "./team-index";

/**
 * Recommendations (idle resources) and what the daily scan reads of provisioning requests.
 *
 * Access patterns:
 *   a recommendation              GetItem  pk=REC#<id>  sk=META
 *   a team's recommendations      Query    gsi1pk=TEAM#<team>#REC  gsi1sk=<openedAt>#<id>  (newest first)
 *   a service's recommendations   Query    service: spk=SVC#<service>  ssk=REC#<openedAt>#<id> (its scorecard)
 * A team has at most one recommendation per request and kind (the id is derived from both), so a
 * team's list is bounded by its requests; it is read whole.
 */
const key = (id: string) => ({ pk: `REC#${id}`, sk: "META" });

export class DynamoRecommendationStore implements Cost.RecommendationStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(id: string) {
    return await readRecord(this.client, this.tableName, key(id), Cost.Recommendation);
  }

  async list(team: string) {
    const items: Cost.Recommendation[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: "gsi1",
          KeyConditionExpression: "gsi1pk = :p",
          ExpressionAttributeValues: marshall({ ":p": `TEAM#${team}#REC` }),
          ScanIndexForward: false,
          ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
        }),
      );
      for (const item of page.Items ?? []) items.push(recordFrom(unmarshall(item), Cost.Recommendation));
      start = page.LastEvaluatedKey ? unmarshall(page.LastEvaluatedKey) : undefined;
    } while (start);
    return items;
  }

  async put(next: Cost.Recommendation) {
    const item = marshall({
      ...key(next.id),
      type: "Recommendation",
      version: next.version,
      status: next.status,
      gsi1pk: `TEAM#${next.team}#REC`,
      gsi1sk: `${next.openedAt}#${next.id}`,
      ...serviceIndexKeys("REC", { service: next.service, createdAt: next.openedAt, id: next.id }),
      ...recordAttributes(next),
    });
    if (next.version === 1) {
      const { created } = await createOnce(this.client, this.tableName, item, next, () => this.get(next.id));
      if (!created) fail("version_conflict", `recommendation ${next.id} exists already`);
      return;
    }
    await replaceVersioned(this.client, this.tableName, item, next.version, `recommendation ${next.id}`);
  }
}

/** The provisioning requests as the recommendation scan reads them: every team's live ones. */
export function scannedRequests(
  requests: Pick<Provisioning.RequestStore, "get" | "list" | "teams">,
): Cost.ScannedRequests {
  return {
    teams: () => requests.teams(),
    get: (id) => requests.get(id),
    live: async (team) => {
      const live: Provisioning.RequestRecord[] = [];
      let cursor: string | undefined;
      do {
        const page = await requests.list({ team, status: "SUCCEEDED", limit: 100, ...(cursor ? { cursor } : {}) });
        live.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      return live;
    },
  };
}
