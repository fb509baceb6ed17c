import { type DynamoDBClient, ScanCommand, type ScanCommandOutput } from "@aws-sdk/client-dynamodb";
import { DescribeExecutionCommand, ExecutionDoesNotExist, type SFNClient } from "@aws-sdk/client-sfn";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { expect } from "vitest";

/**
 * The invariant of issue 16: no record says it is working unless an execution is running for it.
 * Test-only (it scans the table; the product never does). Records keep their fields in `data`
 * (requests, incidents) or at the top level (promotion runs).
 */
const WORKING: Record<string, { statuses: string[]; execution: (record: Record<string, unknown>) => unknown }> = {
  ProvisioningRequest: {
    statuses: ["VALIDATING", "PLANNED", "AWAITING_APPROVAL", "APPLYING", "DESTROYING"],
    execution: (record) => record.execution,
  },
  PromotionRun: { statuses: ["RUNNING"], execution: (record) => record.execution },
  Incident: {
    statuses: ["OPEN", "AWAITING_APPROVAL", "ACTING", "VERIFYING"],
    execution: (record) => record.executionArn,
  },
};

export async function stuckRecords(dynamodb: DynamoDBClient, tableName: string, sfn: SFNClient): Promise<string[]> {
  const stuck: string[] = [];
  let start: ScanCommandOutput["LastEvaluatedKey"];
  do {
    const page = await dynamodb.send(
      new ScanCommand({ TableName: tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const raw of page.Items ?? []) {
      const item = unmarshall(raw);
      const kind = WORKING[String(item.type)];
      if (!kind) continue;
      const record = typeof item.data === "string" ? (JSON.parse(item.data) as Record<string, unknown>) : item;
      const status = String(record.status ?? item.status);
      if (!kind.statuses.includes(status)) continue;
      const arn = kind.execution(record);
      const name = `${String(item.type)} ${String(record.id ?? item.pk)} is ${status}`;
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
    start = page.LastEvaluatedKey;
  } while (start);
  return stuck;
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
