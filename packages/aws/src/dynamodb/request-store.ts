import {
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fail, Provisioning, workingKeys } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { serviceIndexKeys } from "./service-index";
import { isVersionConflict, queryTeamPage } from "./team-index";
import { addTeams, readTeams } from "./team-set";

/**
 * Provisioning requests and the team budgets they reserve.
 *
 * Access patterns:
 *   request by id           GetItem  pk=PR#<id>          sk=META
 *   requests of a team      Query    gsi1pk=TEAM#<team>#PR  gsi1sk=<createdAt>#<id> (newest first;
 *                                    status and template are filters on the page)
 *   team's committed spend  GetItem  pk=TEAM#<team>       sk=BUDGET   (committedCents)
 *   teams with requests     GetItem  pk=PR                sk=TEAMS    (a string set, added to after each create)
 *   working requests        Query    working: wpk=WORKING#ProvisioningRequest  wsk=<updatedAt>#<id> (the sweep)
 *   requests of a service   Query    service: spk=SVC#<service>  ssk=PR#<createdAt>#<id> (service-index.ts)
 *
 * The record is stored whole as JSON in `data` beside the attributes keys and filters need; every
 * replace is conditional on the version it replaces. Creating a request and reserving its cost
 * from the budget is one transaction, so concurrent requests can never overspend a budget.
 */
const requestKey = (id: string) => ({ pk: `PR#${id}`, sk: "META" });
const budgetKey = (team: string) => ({ pk: `TEAM#${team}`, sk: "BUDGET" });
const TEAMS = { pk: "PR", sk: "TEAMS" };

export class DynamoRequestStore implements Provisioning.RequestStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(
    record: Provisioning.RequestRecord,
    budgetCents: number,
  ): Promise<{ created: boolean; record: Provisioning.RequestRecord }> {
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: this.item(record),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            this.budgetChange(record.team, record.reservedCents, budgetCents),
          ],
        }),
      );
      // Outside the transaction: one item every create would touch must not make creates conflict.
      // A create that stops between the two is repaired by the team's next create.
      await addTeams(this.client, this.tableName, TEAMS, "RequestTeams", [record.team]);
      return { created: true, record };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [requestReason, budgetReason] = error.CancellationReasons ?? [];
      if (requestReason?.Code === "ConditionalCheckFailed") {
        const existing = await this.get(record.id);
        if (existing) return { created: false, record: existing };
      }
      if (budgetReason?.Code === "ConditionalCheckFailed") {
        const use = await this.budgetUse(record.team);
        const basis = Math.max(use.committedCents, use.measuredCents);
        const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;
        fail("policy_violation", "the request would exceed the team's monthly budget", [
          {
            field: "policy.team-budget",
            message: `${usd(record.reservedCents)}/month would bring team ${record.team} to ${usd(basis + record.reservedCents)} of its ${usd(budgetCents)} monthly budget${use.measuredCents > use.committedCents ? ` (measured: its resources cost ${usd(use.measuredCents)}/month)` : ""}`,
          },
        ]);
      }
      throw error;
    }
  }

  async get(id: string): Promise<Provisioning.RequestRecord | undefined> {
    return await readRecord(this.client, this.tableName, requestKey(id), Provisioning.RequestRecord);
  }

  async update(
    next: Provisioning.RequestRecord,
    options: { releaseReservation?: boolean } = {},
  ): Promise<Provisioning.RequestRecord> {
    const release = options.releaseReservation === true && next.reservedCents > 0 ? next.reservedCents : 0;
    const stored = release > 0 ? { ...next, reservedCents: 0 } : next;
    const put = {
      TableName: this.tableName,
      Item: this.item(stored),
      ConditionExpression: "#version = :previous",
      ExpressionAttributeNames: { "#version": "version" },
      ExpressionAttributeValues: marshall({ ":previous": next.version - 1 }),
    };
    try {
      if (release > 0) {
        await this.client.send(
          new TransactWriteItemsCommand({ TransactItems: [{ Put: put }, this.budgetChange(next.team, -release)] }),
        );
      } else {
        await this.client.send(new PutItemCommand(put));
      }
      return stored;
    } catch (error) {
      if (isVersionConflict(error))
        fail("version_conflict", `provisioning request ${next.id} changed since version ${next.version - 1}`);
      throw error;
    }
  }

  async list(query: Provisioning.RequestQuery): Promise<{ items: Provisioning.RequestRecord[]; cursor?: string }> {
    const page = await queryTeamPage(this.client, this.tableName, {
      partition: `TEAM#${query.team}#PR`,
      type: "ProvisioningRequest",
      equals: { status: query.status, template: query.template },
      limit: query.limit,
      cursor: query.cursor,
    });
    return {
      ...(page.cursor ? { cursor: page.cursor } : {}),
      items: page.items.map((item) => recordFrom(item, Provisioning.RequestRecord)),
    };
  }

  async budgetUse(team: string): Promise<{ committedCents: number; measuredCents: number }> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(budgetKey(team)), ConsistentRead: true }),
    );
    const item = Item === undefined ? {} : unmarshall(Item);
    return { committedCents: Number(item.committedCents ?? 0), measuredCents: Number(item.measuredCents ?? 0) };
  }

  async teams(): Promise<string[]> {
    return await readTeams(this.client, this.tableName, TEAMS);
  }

  async committedCents(team: string): Promise<number> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(budgetKey(team)), ConsistentRead: true }),
    );
    return Item === undefined ? 0 : Number(unmarshall(Item).committedCents ?? 0);
  }

  private item(record: Provisioning.RequestRecord) {
    return marshall({
      ...requestKey(record.id),
      gsi1pk: `TEAM#${record.team}#PR`,
      gsi1sk: `${record.createdAt}#${record.id}`,
      type: "ProvisioningRequest",
      version: record.version,
      status: record.status,
      template: record.template.id,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      ...workingKeys("ProvisioningRequest", record, record.updatedAt),
      ...serviceIndexKeys("PR", record),
      ...recordAttributes(record),
    });
  }

  /** Adds to the team's committed cents; with a limit, only while the total stays within it. */
  private budgetChange(team: string, cents: number, limitCents?: number): TransactWriteItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: marshall(budgetKey(team)),
        UpdateExpression: "SET committedCents = if_not_exists(committedCents, :zero) + :cents, #type = :type",
        ...(limitCents === undefined
          ? {}
          : {
              // Within the budget over the estimates, and over the measured run rate (Cost Explorer's).
              ConditionExpression:
                "(attribute_not_exists(committedCents) OR committedCents <= :max) AND (attribute_not_exists(measuredCents) OR measuredCents <= :max)",
            }),
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall({
          ":zero": 0,
          ":cents": cents,
          ":type": "TeamBudget",
          ...(limitCents === undefined ? {} : { ":max": limitCents - cents }),
        }),
      },
    };
  }
}
