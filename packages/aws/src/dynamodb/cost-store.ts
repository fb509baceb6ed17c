import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { Cost, type Provisioning } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { addTeams, readTeams } from "./team-set";

/**
 * Measured cost, as the CostIngestion workflow reads it from Cost Explorer:
 *   a day of a request's spend   pk=COST#<team>     sk=DAY#<day>#<request>  (overwritten when AWS restates)
 *   the teams with spend         pk=COST            sk=TEAMS                (a string set)
 *   a team's month, announced    pk=COST#<team>     sk=STATE#<month>
 *   the last ingestion           pk=COST            sk=MARK
 *   the measured run rate        pk=TEAM#<team>     sk=BUDGET               (measuredCents, beside committedCents)
 * A team's window is one Query on its partition (a year of a team with 200 requests: ~73k items,
 * paged); nothing here scans.
 */
const teamKey = (team: string) => `COST#${team}`;
const TEAMS = { pk: "COST", sk: "TEAMS" };
const lineKey = (line: { team: string; day: string; request: string }) => ({
  pk: teamKey(line.team),
  sk: `DAY#${line.day}#${line.request || "-"}`,
});

export class DynamoCostStore implements Cost.CostStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async put(records: Cost.CostRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += 25) {
      let pending = records.slice(i, i + 25).map((record) => ({
        PutRequest: { Item: marshall({ ...lineKey(record), type: "CostLine", ...recordAttributes(record) }) },
      }));
      // Unprocessed items (throttling) are written again, with a short back-off.
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
        const { UnprocessedItems } = await this.client.send(
          new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = (UnprocessedItems?.[this.tableName] ?? []) as typeof pending;
        if (attempt > 8 && pending.length > 0) throw new Error(`${pending.length} cost lines were not written`);
      }
    }
    await addTeams(this.client, this.tableName, TEAMS, "CostTeams", [...new Set(records.map((record) => record.team))]);
  }

  async lines(team: string, from: string, to: string): Promise<Cost.CostRecord[]> {
    const lines: Cost.CostRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
          ExpressionAttributeValues: marshall({ ":pk": teamKey(team), ":from": `DAY#${from}`, ":to": `DAY#${to}#~` }),
          ...(start ? { ExclusiveStartKey: marshall(start) } : {}),
        }),
      );
      for (const item of page.Items ?? []) lines.push(recordFrom(unmarshall(item), Cost.CostRecord));
      start = page.LastEvaluatedKey ? unmarshall(page.LastEvaluatedKey) : undefined;
    } while (start);
    return lines;
  }

  async teams(): Promise<string[]> {
    return await readTeams(this.client, this.tableName, TEAMS);
  }

  async state(team: string, month: string): Promise<Cost.CostState> {
    return (
      (await readRecord(this.client, this.tableName, { pk: teamKey(team), sk: `STATE#${month}` }, Cost.CostState)) ?? {
        crossed: [],
        drifted: [],
      }
    );
  }

  async saveState(team: string, month: string, state: Cost.CostState): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ pk: teamKey(team), sk: `STATE#${month}`, type: "CostState", ...recordAttributes(state) }),
      }),
    );
  }

  async setMeasuredCents(team: string, cents: number): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `TEAM#${team}`, sk: "BUDGET" }),
        UpdateExpression: "SET measuredCents = :cents, #type = :type",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall({ ":cents": cents, ":type": "TeamBudget" }),
      }),
    );
  }

  async mark(): Promise<Cost.CostIngestionMark | undefined> {
    return await readRecord(this.client, this.tableName, { pk: "COST", sk: "MARK" }, Cost.CostIngestionMark);
  }

  async saveMark(mark: Cost.CostIngestionMark): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({ pk: "COST", sk: "MARK", type: "CostIngestionMark", ...recordAttributes(mark) }),
      }),
    );
  }
}

/** A provisioning request as a cost report needs it: its estimate, team, service and status. */
export function costedRequests(requests: Pick<Provisioning.RequestStore, "get" | "list">): Cost.CostRequests {
  const costed = (request: Provisioning.RequestRecord): Cost.CostedRequest => ({
    id: request.id,
    team: request.team,
    name: request.name,
    ...(request.service ? { service: request.service } : {}),
    template: request.template.id,
    status: request.status,
    estimateMonthlyUsd: request.plan.cost.monthlyUsd,
    createdAt: request.createdAt,
  });
  return {
    get: async (id) => {
      const request = await requests.get(id);
      return request ? costed(request) : undefined;
    },
    live: async (team, max) => {
      const live: Cost.CostedRequest[] = [];
      let cursor: string | undefined;
      do {
        const page = await requests.list({ team, status: "SUCCEEDED", limit: 100, ...(cursor ? { cursor } : {}) });
        live.push(...page.items.map(costed));
        cursor = page.cursor;
      } while (cursor && live.length < max);
      return live.slice(0, max);
    },
  };
}
