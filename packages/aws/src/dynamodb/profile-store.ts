import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fail, type Profile, type ProfileStore } from "@plinth/core";

/**
 * Profiles of people who call Plinth.
 *
 * Access patterns:
 *   profile by subject   GetItem  pk=USER#<sub>  sk=PROFILE
 */
const key = (sub: string) => ({ pk: `USER#${sub}`, sk: "PROFILE" });

export class DynamoProfileStore implements ProfileStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(sub: string): Promise<Profile | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(key(sub)), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toProfile(unmarshall(Item));
  }

  async create(profile: Profile): Promise<Profile> {
    await this.put(profile, "attribute_not_exists(pk)", {}, () =>
      fail("conflict", `a profile for ${profile.sub} already exists`),
    );
    return profile;
  }

  async update(next: Profile): Promise<Profile> {
    await this.put(next, "#version = :previous", { ":previous": next.version - 1 }, () =>
      fail("version_conflict", `the profile of ${next.sub} changed since version ${next.version - 1}`),
    );
    return next;
  }

  private async put(
    profile: Profile,
    condition: string,
    values: Record<string, number>,
    onConflict: () => never,
  ): Promise<void> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ ...key(profile.sub), type: "Profile", ...profile }, { removeUndefinedValues: true }),
          ConditionExpression: condition,
          ...(condition.includes("#version") ? { ExpressionAttributeNames: { "#version": "version" } } : {}),
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: marshall(values) } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) onConflict();
      throw error;
    }
  }
}

function toProfile(item: Record<string, unknown>): Profile {
  return {
    sub: String(item.sub),
    displayName: String(item.displayName),
    email: (item.email as string | null | undefined) ?? null,
    slackHandle: (item.slackHandle as string | null | undefined) ?? null,
    version: Number(item.version),
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
  };
}
