import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { Catalog, fail } from "@plinth/core";
import { readRecord, recordAttributes, recordFrom } from "./record-item";
import { queryTeamPage } from "./team-index";

/**
 * Catalog services.
 *
 * Access patterns:
 *   service by id          GetItem  pk=SVC#<id>  sk=META
 *   services of a team     Query    gsi1pk=TEAM#<team>#SVC  gsi1sk=<id> (by id, ascending); `q` matches
 *                                   the start of `id` or of `nameLower`, lifecycle and tier are filters
 *                                   (a filtered page reads at most MAX_READS_PER_PAGE times)
 *
 * Every write is conditional: a create on the id being free, a change and a removal on the version read.
 */
const key = (id: string) => ({ pk: `SVC#${id}`, sk: "META" });

export class DynamoServiceStore implements Catalog.ServiceStore, Catalog.ServiceDirectory {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async create(service: Catalog.Service): Promise<Catalog.Service> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: this.item(service),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return service;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
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
    const page = await queryTeamPage(this.client, this.tableName, {
      partition: `TEAM#${query.team}#SVC`,
      type: "Service",
      equals: { lifecycle: query.lifecycle },
      limit: query.limit,
      cursor: query.cursor,
      ascending: true,
      ...(query.q || query.tier !== undefined
        ? {
            where: {
              expression: [
                ...(query.q ? ["(begins_with(#id, :q) OR begins_with(#nameLower, :q))"] : []),
                ...(query.tier !== undefined ? ["#tier = :tier"] : []),
              ].join(" AND "),
              names: {
                ...(query.q ? { "#id": "serviceId", "#nameLower": "nameLower" } : {}),
                ...(query.tier !== undefined ? { "#tier": "tier" } : {}),
              },
              values: {
                ...(query.q ? { ":q": query.q } : {}),
                ...(query.tier !== undefined ? { ":tier": query.tier } : {}),
              },
            },
          }
        : {}),
    });
    return { ...page, items: page.items.map((item) => recordFrom(item, Catalog.Service)) };
  }

  async update(next: Catalog.Service): Promise<Catalog.Service> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: this.item(next),
          ConditionExpression: "#version = :previous",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: marshall({ ":previous": next.version - 1 }),
        }),
      );
      return next;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        fail("version_conflict", `service ${next.id} changed since version ${next.version - 1}; reload it`);
      throw error;
    }
  }

  async remove(service: Catalog.Service): Promise<void> {
    try {
      await this.client.send(
        new DeleteItemCommand({
          TableName: this.tableName,
          Key: marshall(key(service.id)),
          ConditionExpression: "#version = :version",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: marshall({ ":version": service.version }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        fail("version_conflict", `service ${service.id} changed since version ${service.version}; reload it`);
      throw error;
    }
  }

  private item(service: Catalog.Service) {
    return marshall({
      ...key(service.id),
      type: "Service",
      gsi1pk: `TEAM#${service.team}#SVC`,
      gsi1sk: service.id,
      serviceId: service.id,
      nameLower: service.name.toLowerCase(),
      lifecycle: service.lifecycle,
      tier: service.tier,
      version: service.version,
      createdAt: service.createdAt,
      updatedAt: service.updatedAt,
      ...recordAttributes(service),
    });
  }
}
