import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { fail, Remediation } from "@plinth/core";
import { recordAttributes, recordFrom } from "./record-item";

/**
 * The guardrails' state, all under one partition (`pk=REMEDIATION`) except cooldowns:
 *
 *   settings           GetItem  sk=SETTINGS
 *   kill switch        GetItem  sk=KILL_SWITCH
 *   runbook modes      Query    sk begins_with MODE#
 *   breakers           Query    sk begins_with BREAKER#  (one GetItem for one runbook)
 *   hourly budgets     Query    sk begins_with BUDGET#<hour>#  (GLOBAL and TEAM#<team>; expire after 2 days)
 *   cooldown           GetItem  pk=COOLDOWN#<resource> sk=COOLDOWN (expires with the cooldown)
 *
 * `reserve` is one transaction: kill switch off (ConditionCheck), cooldown free or ours, team and
 * global counters below their limits. Either all hold and all are taken, or nothing changes and
 * the first failing condition names the guard.
 */
const PK = "REMEDIATION";
const key = (sk: string) => ({ pk: PK, sk });
const cooldownKey = (resource: string) => ({ pk: `COOLDOWN#${resource}`, sk: "COOLDOWN" });
const RESERVE_ORDER: Remediation.ReservationBlock[] = ["kill-switch", "cooldown", "team-budget", "global-budget"];

export class DynamoGuardrailStore implements Remediation.GuardrailStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async settings(): Promise<Remediation.RemediationSettings> {
    const item = await this.getItem("SETTINGS");
    return item ? recordFrom(item, Remediation.RemediationSettings) : Remediation.RemediationSettings.parse({});
  }

  async saveSettings(settings: Remediation.RemediationSettings): Promise<void> {
    await this.put({ ...key("SETTINGS"), type: "RemediationSettings", ...recordAttributes(settings) });
  }

  async killSwitch(): Promise<Remediation.KillSwitch> {
    const item = await this.getItem("KILL_SWITCH");
    if (!item) return { on: false };
    const { on, by, at, reason } = item as { on: boolean; by?: string; at?: string; reason?: string };
    return { on, ...(by ? { by } : {}), ...(at ? { at } : {}), ...(reason ? { reason } : {}) };
  }

  async setKillSwitch(state: Remediation.KillSwitch): Promise<void> {
    await this.put({ ...key("KILL_SWITCH"), type: "KillSwitch", ...state });
  }

  async modes(): Promise<Record<string, Remediation.ModeSetting>> {
    const items = await this.query("MODE#");
    return Object.fromEntries(
      items.map((item) => [
        String(item.sk).slice("MODE#".length),
        { mode: item.mode, by: item.by, at: item.at } as Remediation.ModeSetting,
      ]),
    );
  }

  async setMode(runbookId: string, setting: Remediation.ModeSetting): Promise<void> {
    await this.put({ ...key(`MODE#${runbookId}`), type: "RunbookMode", ...setting });
  }

  async breaker(runbookId: string): Promise<Remediation.Breaker> {
    const item = await this.getItem(`BREAKER#${runbookId}`);
    return item ? recordFrom(item, Remediation.Breaker) : Remediation.closedBreaker(runbookId);
  }

  async breakers(): Promise<Remediation.Breaker[]> {
    return (await this.query("BREAKER#")).map((item) => recordFrom(item, Remediation.Breaker));
  }

  async saveBreaker(next: Remediation.Breaker): Promise<Remediation.Breaker> {
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall(
            { ...key(`BREAKER#${next.runbookId}`), type: "Breaker", version: next.version, ...recordAttributes(next) },
            { removeUndefinedValues: true },
          ),
          ConditionExpression: next.version === 1 ? "attribute_not_exists(pk)" : "#version = :previous",
          ...(next.version === 1
            ? {}
            : {
                ExpressionAttributeNames: { "#version": "version" },
                ExpressionAttributeValues: marshall({ ":previous": next.version - 1 }),
              }),
        }),
      );
      return next;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException)
        fail("version_conflict", `breaker ${next.runbookId} changed since version ${next.version - 1}`);
      throw error;
    }
  }

  async reserve(request: Parameters<Remediation.GuardrailStore["reserve"]>[0]) {
    const { team, resourceKey, incidentId, now, settings } = request;
    const hour = Remediation.hourOf(now);
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const until = nowSeconds + settings.cooldownMinutes * 60;
    const budget = (sk: string, limit: number) => ({
      Update: {
        TableName: this.tableName,
        Key: marshall(key(sk)),
        UpdateExpression: "ADD used :one SET #type = :type, expiresAt = :expires",
        ConditionExpression: "(attribute_not_exists(used) AND :limit > :zero) OR used < :limit",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: marshall({
          ":one": 1,
          ":zero": 0,
          ":limit": limit,
          ":type": "RemediationBudget",
          ":expires": nowSeconds + 2 * 86_400,
        }),
      },
    });
    const transaction = new TransactWriteItemsCommand({
      TransactItems: [
        {
          ConditionCheck: {
            TableName: this.tableName,
            Key: marshall(key("KILL_SWITCH")),
            ConditionExpression: "attribute_not_exists(pk) OR #on = :off",
            ExpressionAttributeNames: { "#on": "on" },
            ExpressionAttributeValues: marshall({ ":off": false }),
          },
        },
        {
          Put: {
            TableName: this.tableName,
            Item: marshall({ ...cooldownKey(resourceKey), type: "Cooldown", incidentId, until, expiresAt: until }),
            ConditionExpression: "attribute_not_exists(pk) OR #until <= :now OR incidentId = :incident",
            ExpressionAttributeNames: { "#until": "until" },
            ExpressionAttributeValues: marshall({ ":now": nowSeconds, ":incident": incidentId }),
          },
        },
        budget(`BUDGET#${hour}#TEAM#${team}`, settings.teamActionsPerHour),
        budget(`BUDGET#${hour}#GLOBAL`, settings.globalActionsPerHour),
      ],
    });
    // Concurrent reservations touch the same budget items; DynamoDB cancels all but one of them
    // with TransactionConflict, and those simply try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(transaction);
        return { ok: true as const };
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
        if (failed >= 0) {
          const blockedBy = RESERVE_ORDER[failed] as Remediation.ReservationBlock;
          return { ok: false as const, blockedBy, detail: await this.explain(blockedBy, request) };
        }
        if (attempt >= 12) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  async usage(now: Date) {
    const items = await this.query(`BUDGET#${Remediation.hourOf(now)}#`);
    const teams: Record<string, number> = {};
    let global = 0;
    for (const item of items) {
      const scope = String(item.sk).split("#").slice(2).join("#");
      if (scope === "GLOBAL") global = Number(item.used ?? 0);
      else teams[scope.replace(/^TEAM#/, "")] = Number(item.used ?? 0);
    }
    return { global, teams };
  }

  private async explain(
    block: Remediation.ReservationBlock,
    request: Parameters<Remediation.GuardrailStore["reserve"]>[0],
  ): Promise<string> {
    const { settings, team, resourceKey } = request;
    switch (block) {
      case "kill-switch": {
        const state = await this.killSwitch();
        return `kill switch is on${state.by ? ` (${state.by}${state.reason ? `: ${state.reason}` : ""})` : ""}: nothing acts`;
      }
      case "cooldown": {
        const { Item } = await this.client.send(
          new GetItemCommand({
            TableName: this.tableName,
            Key: marshall(cooldownKey(resourceKey)),
            ConsistentRead: true,
          }),
        );
        const cooldown = unmarshall(Item ?? {}) as { until?: number; incidentId?: string };
        return `${resourceKey} is cooling down until ${new Date((cooldown.until ?? 0) * 1000).toISOString()} after an action for ${cooldown.incidentId ?? "another incident"} (cooldown ${settings.cooldownMinutes} min)`;
      }
      case "team-budget":
        return `team ${team} has used its ${settings.teamActionsPerHour} automatic actions this hour`;
      case "global-budget":
        return `the ${settings.globalActionsPerHour} automatic actions of this hour are used up`;
    }
  }

  private async getItem(sk: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(key(sk)), ConsistentRead: true }),
    );
    return Item ? unmarshall(Item) : undefined;
  }

  private async put(item: Record<string, unknown>): Promise<void> {
    await this.client.send(
      new PutItemCommand({ TableName: this.tableName, Item: marshall(item, { removeUndefinedValues: true }) }),
    );
  }

  private async query(prefix: string): Promise<Record<string, unknown>[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
        ExpressionAttributeValues: marshall({ ":pk": PK, ":prefix": prefix }),
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => unmarshall(item));
  }
}
