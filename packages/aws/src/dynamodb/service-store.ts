import {
  type DynamoDBClient,
  type Put,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { Catalog, fail } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { queryTeamPage } from "./team-index";

/**
 * Catalog services.
 *
 * Access patterns:
 *   service by id              GetItem  pk=SVC#<id>  sk=META
 *   services of a team         Query    gsi1pk=TEAM#<team>#SVC      gsi1sk=<id>               (by id)
 *   … whose id starts with q   Query    gsi1pk=TEAM#<team>#SVC      begins_with(gsi1sk, q)
 *   … whose name starts with q Query    gsi1pk=TEAM#<team>#SVCNAME  begins_with(gsi1sk, q)   (pk=SVC#<id> sk=NAME)
 *
 * A service is two items written in one transaction: the record, and a copy keyed by its lower-cased
 * name, so both prefix searches are key conditions (one read each) rather than filters over the whole
 * team. Lifecycle and tier are filters on a page. Every write is conditional: a create on the id
 * being free, a change and a removal on the version read.
 */
const key = (id: string) => ({ pk: `SVC#${id}`, sk: "META" });
const nameKey = (id: string) => ({ pk: `SVC#${id}`, sk: "NAME" });

export class DynamoServiceStore implements Catalog.ServiceStore, Catalog.ServiceDirectory {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(service: Catalog.Service): Promise<Catalog.Service> {
    try {
      await this.write(service, { ConditionExpression: "attribute_not_exists(pk)" });
      return service;
    } catch (error) {
      if (firstConditionFailed(error))
        fail("conflict", `a service named ${service.id} exists`, [
          { field: "body.id", message: "taken: service ids are unique in the stage" },
        ]);
      throw error;
    }
  }

  async get(id: string): Promise<Catalog.Service | undefined> {
    return await readRecord(this.client, this.tableName, key(id), Catalog.Service);
  }

  async ownerOf(service: string): Promise<string | undefined> {
    return (await this.get(service))?.team;
  }

  async list(query: Catalog.ServiceQuery & { team: string }) {
    const filters = {
      type: "Service",
      equals: { lifecycle: query.lifecycle },
      ascending: true,
      ...(query.tier !== undefined
        ? { where: { expression: "#tier = :tier", names: { "#tier": "tier" }, values: { ":tier": query.tier } } }
        : {}),
    };
    if (!query.q) {
      const page = await queryTeamPage(this.client, this.tableName, {
        partition: `TEAM#${query.team}#SVC`,
        limit: query.limit,
        cursor: query.cursor,
        ...filters,
      });
      return { ...page, items: page.items.map((item) => recordFrom(item, Catalog.Service)) };
    }
    // A search: the first `limit` services whose id or name starts with q, by id (one read each way).
    if (query.cursor)
      fail("invalid_cursor", "a search answers its first page only; narrow the search instead", [
        { field: "query.cursor", message: "not with q" },
      ]);
    const [byId, byName] = await Promise.all([
      queryTeamPage(this.client, this.tableName, {
        partition: `TEAM#${query.team}#SVC`,
        sortKeyPrefix: query.q,
        limit: query.limit,
        ...filters,
      }),
      queryTeamPage(this.client, this.tableName, {
        partition: `TEAM#${query.team}#SVCNAME`,
        sortKeyPrefix: query.q,
        limit: query.limit,
        ...filters,
        type: "ServiceName",
      }),
    ]);
    const found = new Map<string, Catalog.Service>();
    for (const item of [...byId.items, ...byName.items]) {
      const service = recordFrom(item, Catalog.Service);
      found.set(service.id, service);
    }
    const items = [...found.values()].sort((a, b) => a.id.localeCompare(b.id)).slice(0, query.limit);
    return { items, reads: byId.reads + byName.reads };
  }

  async update(next: Catalog.Service): Promise<Catalog.Service> {
    try {
      await this.write(next, {
        ConditionExpression: "#version = :previous",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: marshall({ ":previous": next.version - 1 }),
      });
      return next;
    } catch (error) {
      if (firstConditionFailed(error))
        fail("version_conflict", `service ${next.id} changed since version ${next.version - 1}; reload it`);
      throw error;
    }
  }

  async remove(service: Catalog.Service): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: marshall(key(service.id)),
                ConditionExpression: "#version = :version",
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: marshall({ ":version": service.version }),
              },
            },
            { Delete: { TableName: this.tableName, Key: marshall(nameKey(service.id)) } },
          ],
        }),
      );
    } catch (error) {
      if (firstConditionFailed(error))
        fail("version_conflict", `service ${service.id} changed since version ${service.version}; reload it`);
      throw error;
    }
  }

  /** The record (under `condition`) and its name copy, in one transaction. */
  private async write(
    service: Catalog.Service,
    condition: Pick<Put, "ConditionExpression" | "ExpressionAttributeNames" | "ExpressionAttributeValues">,
  ): Promise<void> {
    const common = {
      serviceId: service.id,
      lifecycle: service.lifecycle,
      tier: service.tier,
      version: service.version,
      createdAt: service.createdAt,
      updatedAt: service.updatedAt,
      ...recordAttributes(service),
    };
    await this.client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: marshall({
                ...key(service.id),
                type: "Service",
                gsi1pk: `TEAM#${service.team}#SVC`,
                gsi1sk: service.id,
                ...common,
              }),
              ...condition,
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: marshall({
                ...nameKey(service.id),
                type: "ServiceName",
                gsi1pk: `TEAM#${service.team}#SVCNAME`,
                gsi1sk: `${service.name.toLowerCase()}#${service.id}`,
                ...common,
              }),
            },
          },
        ],
      }),
    );
  }
}

function firstConditionFailed(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === "ConditionalCheckFailed"
  );
}
