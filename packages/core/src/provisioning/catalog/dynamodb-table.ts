import { z } from "zod";
import { strictObject } from "../../schema";
import { HOURS_PER_MONTH, PRICE_TABLE, Prices } from "./prices";
import { defineTemplate, estimate, line } from "./template";

const Key = z.object({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/, "an attribute name: letters, digits, _ . -"),
  type: z.enum(["S", "N", "B"]).default("S"),
});

const Parameters = strictObject(
  {
    partitionKey: Key,
    sortKey: Key.optional(),
    billingMode: z.enum(["PAY_PER_REQUEST", "PROVISIONED"]).default("PAY_PER_REQUEST"),
    readCapacityUnits: z.number().int().min(1).max(40_000).optional(),
    writeCapacityUnits: z.number().int().min(1).max(40_000).optional(),
    pointInTimeRecovery: z.boolean().default(true),
    timeToLiveAttribute: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,255}$/)
      .optional(),
    deletionProtection: z.boolean().default(false),
    expectedStorageGb: z.number().min(0).default(1).describe("For the cost estimate"),
    expectedReadsPerMonth: z.number().int().min(0).default(10_000_000).describe("For the cost estimate"),
    expectedWritesPerMonth: z.number().int().min(0).default(1_000_000).describe("For the cost estimate"),
  },
  "parameter",
).refine((p) => p.billingMode === "PAY_PER_REQUEST" || (p.readCapacityUnits && p.writeCapacityUnits), {
  message: "PROVISIONED billing needs readCapacityUnits and writeCapacityUnits",
  path: ["readCapacityUnits"],
});

/** A DynamoDB table with point-in-time recovery, optional TTL and deletion protection. */
export const dynamodbTable = defineTemplate({
  id: "dynamodb-table",
  version: "1.0.0",
  title: "DynamoDB table",
  description:
    "A DynamoDB table, on-demand or provisioned, encrypted, with point-in-time recovery, an optional TTL " +
    "attribute and optional deletion protection.",
  risk: "medium",
  parameters: Parameters,
  example: {
    partitionKey: { name: "pk", type: "S" },
    sortKey: { name: "sk", type: "S" },
    timeToLiveAttribute: "expiresAt",
  },
  resourceTypes: ["AWS::DynamoDB::Table"],
  render(p, { stackName, tags }) {
    const keys = [p.partitionKey, ...(p.sortKey ? [p.sortKey] : [])];
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Plinth dynamodb-table 1.0.0: ${stackName}`,
      Resources: {
        Table: {
          Type: "AWS::DynamoDB::Table",
          DeletionPolicy: "Delete",
          Properties: {
            TableName: stackName,
            BillingMode: p.billingMode,
            AttributeDefinitions: keys.map((k) => ({ AttributeName: k.name, AttributeType: k.type })),
            KeySchema: keys.map((k, i) => ({ AttributeName: k.name, KeyType: i === 0 ? "HASH" : "RANGE" })),
            ...(p.billingMode === "PROVISIONED"
              ? {
                  ProvisionedThroughput: {
                    ReadCapacityUnits: p.readCapacityUnits,
                    WriteCapacityUnits: p.writeCapacityUnits,
                  },
                }
              : {}),
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: p.pointInTimeRecovery },
            SSESpecification: { SSEEnabled: true },
            DeletionProtectionEnabled: p.deletionProtection,
            ...(p.timeToLiveAttribute
              ? { TimeToLiveSpecification: { AttributeName: p.timeToLiveAttribute, Enabled: true } }
              : {}),
            Tags: tags,
          },
        },
      },
      Outputs: {
        TableName: { Description: "The table's name", Value: { Ref: "Table" } },
        TableArn: { Description: "The table's ARN", Value: { "Fn::GetAtt": ["Table", "Arn"] } },
      },
    };
  },
  cost(p) {
    const lines =
      p.billingMode === "PAY_PER_REQUEST"
        ? [
            line(
              "DynamoDB on-demand reads",
              p.expectedReadsPerMonth / 1e6,
              "million read units",
              Prices.dynamodb.readRequestPerMillion,
            ),
            line(
              "DynamoDB on-demand writes",
              p.expectedWritesPerMonth / 1e6,
              "million write units",
              Prices.dynamodb.writeRequestPerMillion,
            ),
          ]
        : [
            line(
              "DynamoDB provisioned reads",
              (p.readCapacityUnits ?? 0) * HOURS_PER_MONTH,
              "RCU-hours",
              Prices.dynamodb.rcuHour,
            ),
            line(
              "DynamoDB provisioned writes",
              (p.writeCapacityUnits ?? 0) * HOURS_PER_MONTH,
              "WCU-hours",
              Prices.dynamodb.wcuHour,
            ),
          ];
    lines.push(line("DynamoDB storage", p.expectedStorageGb, "GB-month", Prices.dynamodb.storageGbMonth));
    if (p.pointInTimeRecovery) {
      lines.push(line("Point-in-time recovery", p.expectedStorageGb, "GB-month", Prices.dynamodb.pitrGbMonth));
    }
    return estimate(PRICE_TABLE, lines);
  },
});
