import { type DynamoDBClient, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { Catalog } from "@plinth/core";

/**
 * A service's docs by commit: pk=DOCS#<owner/name>@<sha>  sk=<path> ("" holds the list of pages).
 * A commit never changes, so entries are only ever written once; DynamoDB's TTL drops them after 30
 * days. A page larger than fits an item (400 KB) is not cached: it is read from GitHub each time.
 */
const DAYS_KEPT = 30;
const MAX_ITEM_CONTENT = 350_000;

export class DynamoDocsCache implements Catalog.DocsCache {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(repository: string, sha: string, path: string) {
    const { Item } = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall({ pk: `DOCS#${repository}@${sha}`, sk: path || "#" }),
      }),
    );
    if (!Item) return undefined;
    const content = unmarshall(Item).content;
    return typeof content === "string" ? content : undefined;
  }

  async put(repository: string, sha: string, path: string, content: string) {
    if (Buffer.byteLength(content) > MAX_ITEM_CONTENT) return;
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: marshall({
          pk: `DOCS#${repository}@${sha}`,
          sk: path || "#",
          type: "ServiceDocsPage",
          content,
          expiresAt: Math.floor(this.now().getTime() / 1000) + DAYS_KEPT * 86_400,
        }),
      }),
    );
  }
}
