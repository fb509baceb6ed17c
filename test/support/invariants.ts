import { type DynamoDBClient, ScanCommand, type ScanCommandOutput } from "@aws-sdk/client-dynamodb";
import { DescribeExecutionCommand, ExecutionDoesNotExist, type SFNClient } from "@aws-sdk/client-sfn";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { Data, isWorking, type WorkingKind, WorkingKinds } from "@plinth/core";
import { expect } from "vitest";

/**
 * The invariants of issue 16, test-only (they scan the table; the product never does):
 * - nothing stuck: no record in a working status (core's `isWorking`, the sweep's definition) unless
 *   an execution is running for it;
 * - nothing leaked: a team's committed budget is the sum of its requests' reservations, every
 *   open-incident slot belongs to an incident that has not been resolved, and (given the lake) every
 *   version folder in the lake is a recorded version or one a running promotion is writing.
 * Records keep their fields in `data` (requests, incidents) or at the top level (promotion runs).
 */
const EXECUTION: Record<WorkingKind, (record: Record<string, unknown>) => unknown> = {
  ProvisioningRequest: (record) => record.execution,
  PromotionRun: (record) => record.execution,
  Incident: (record) => record.executionArn,
  Pipeline: (record) => record.execution,
};

async function scan(dynamodb: DynamoDBClient, tableName: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: ScanCommandOutput["LastEvaluatedKey"];
  do {
    const page = await dynamodb.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(page.Items ?? []).map((raw) => unmarshall(raw)));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

const recordOf = (item: Record<string, unknown>) =>
  typeof item.data === "string" ? (JSON.parse(item.data) as Record<string, unknown>) : item;

export async function leaks(dynamodb: DynamoDBClient, tableName: string): Promise<string[]> {
  const items = await scan(dynamodb, tableName);
  const found: string[] = [];
  const reserved = new Map<string, number>();
  for (const item of items.filter((i) => i.type === "ProvisioningRequest")) {
    const record = recordOf(item);
    const team = String(record.team);
    reserved.set(team, (reserved.get(team) ?? 0) + Number(record.reservedCents ?? 0));
  }
  for (const item of items.filter((i) => i.type === "TeamBudget")) {
    const team = String(item.pk).replace(/^TEAM#/, "");
    const committed = Number(item.committedCents ?? 0);
    if (committed !== (reserved.get(team) ?? 0))
      found.push(`team ${team} has ${committed} cents committed but its requests reserve ${reserved.get(team) ?? 0}`);
  }
  const incidents = new Map(
    items.filter((i) => i.type === "Incident").map((i) => [String(recordOf(i).id), String(recordOf(i).status)]),
  );
  for (const slot of items.filter((i) => i.type === "OpenIncident")) {
    const status = incidents.get(String(slot.incidentId));
    if (status === undefined || status === "RESOLVED")
      found.push(
        `open-incident slot ${String(slot.pk)} names incident ${String(slot.incidentId)} (${status ?? "missing"})`,
      );
  }
  return found;
}

export async function stuckRecords(dynamodb: DynamoDBClient, tableName: string, sfn: SFNClient): Promise<string[]> {
  const stuck: string[] = [];
  for (const item of await scan(dynamodb, tableName)) {
    const kind = WorkingKinds.find((k) => k === item.type);
    if (!kind) continue;
    const record = recordOf(item);
    const status = String(record.status ?? item.status);
    if (!isWorking(kind, status)) continue;
    const arn = EXECUTION[kind](record);
    const name = `${kind} ${String(record.id ?? item.pk)} is ${status}`;
    if (typeof arn !== "string") {
      stuck.push(`${name} with no execution`);
      continue;
    }
    try {
      const { status: running } = await sfn.send(new DescribeExecutionCommand({ executionArn: arn }));
      if (running !== "RUNNING") stuck.push(`${name} but its execution is ${running}`);
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) stuck.push(`${name} but its execution does not exist`);
      else throw error;
    }
  }
  return stuck;
}

const VERSION_FOLDER = /^lake\/(bronze|silver|gold|quarantine)\/([^/]+)\/([^/]+)\/v=(\d+)\//;

/** Version folders (`lake/<stage>/<dataset>/<partition>/v=<n>/`, and silver's quarantine) no record names. */
export async function lakeLeaks(
  dynamodb: DynamoDBClient,
  tableName: string,
  lake: Data.LakeStorage,
): Promise<string[]> {
  const items = await scan(dynamodb, tableName);
  const recorded = new Set(
    items
      .filter((i) => i.type === "DataVersion")
      .map((i) => `${String(i.pk).replace(/^VER#/, "")}#${Number(String(i.sk).replace(/^V#/, ""))}`),
  );
  const writing = new Set<string>();
  for (const item of items.filter((i) => i.type === "PromotionRun")) {
    const run = Data.PromotionRecord.parse(item);
    if (run.status !== "RUNNING") continue;
    for (const [partition, result] of Object.entries(run.results))
      if (result?.status === "RUNNING" && result.version !== undefined)
        writing.add(`${run.dataset}#${run.to}#${partition}#${result.version}`);
  }
  const found = new Set<string>();
  for (const { key } of await lake.list("lake/")) {
    const match = VERSION_FOLDER.exec(key);
    if (!match) continue;
    const [folder, stage, dataset, partition, version] = match;
    // Set-aside rows belong to the silver version of the same number.
    const id = `${dataset}#${stage === "quarantine" ? "silver" : stage}#${partition}#${Number(version)}`;
    if (!recorded.has(id) && !writing.has(id)) found.add(`${folder} is in the lake, but no version record names it`);
  }
  return [...found];
}

/** Both invariants: what is stuck, then what leaked (the lake's version folders too, when given the lake). */
export async function breaches(
  dynamodb: DynamoDBClient,
  tableName: string,
  sfn: SFNClient,
  lake?: Data.LakeStorage,
): Promise<string[]> {
  return [
    ...(await stuckRecords(dynamodb, tableName, sfn)),
    ...(await leaks(dynamodb, tableName)),
    ...(lake ? await lakeLeaks(dynamodb, tableName, lake) : []),
  ];
}

/** Waits (bounded) until nothing is stuck: the reconciler has its chance to act on what just ended. */
export async function expectNothingStuck(
  read: () => Promise<string[]>,
  { withinMs = 20_000 }: { withinMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + withinMs;
  let stuck = await read();
  while (stuck.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    stuck = await read();
  }
  expect(stuck).toEqual([]);
}
