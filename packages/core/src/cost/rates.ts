import { HOURS_PER_MONTH, Prices } from "../provisioning/catalog/prices";

/**
 * What a live AWS resource costs by the hour, and per request it serves, from the same price table
 * the plans use. The local Cost Explorer bills the CloudFormation stand-in's resources with it
 * (so a plan's estimate and the "measured" bill come from one table, and differ only by what
 * really happened: how long a resource lived and how much traffic it saw).
 */
export interface ResourceRate {
  /** Charged every hour the resource exists (a KMS key, provisioned capacity, an alarm). */
  hourlyUsd: number;
  /** Charged per request it serves (an SQS request, a Lambda invocation, a DynamoDB on-demand read). */
  perRequestUsd: number;
}

const FREE: ResourceRate = { hourlyUsd: 0, perRequestUsd: 0 };

const numberOf = (value: unknown, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function resourceRate(type: string, properties: Record<string, unknown>): ResourceRate {
  switch (type) {
    case "AWS::KMS::Key":
      return { hourlyUsd: Prices.kms.keyMonth / HOURS_PER_MONTH, perRequestUsd: Prices.kms.per10000Requests / 10_000 };
    case "AWS::CloudWatch::Alarm":
      return { hourlyUsd: Prices.cloudwatch.alarmMonth / HOURS_PER_MONTH, perRequestUsd: 0 };
    case "AWS::SQS::Queue":
      return {
        hourlyUsd: 0,
        perRequestUsd: (properties.FifoQueue ? Prices.sqs.fifoPerMillion : Prices.sqs.standardPerMillion) / 1_000_000,
      };
    case "AWS::DynamoDB::Table": {
      const throughput = properties.ProvisionedThroughput as Record<string, unknown> | undefined;
      if (properties.BillingMode === "PROVISIONED" || throughput) {
        const rcu = numberOf(throughput?.ReadCapacityUnits, 1);
        const wcu = numberOf(throughput?.WriteCapacityUnits, 1);
        return { hourlyUsd: rcu * Prices.dynamodb.rcuHour + wcu * Prices.dynamodb.wcuHour, perRequestUsd: 0 };
      }
      return { hourlyUsd: 0, perRequestUsd: Prices.dynamodb.readRequestPerMillion / 1_000_000 };
    }
    case "AWS::Lambda::Function": {
      // An invocation of 100 ms at the function's memory, plus the request charge.
      const gb = numberOf(properties.MemorySize, 128) / 1024;
      return {
        hourlyUsd: 0,
        perRequestUsd: Prices.lambda.requestsPerMillion / 1_000_000 + gb * 0.1 * Prices.lambda.gbSecond,
      };
    }
    case "AWS::S3::Bucket":
      return { hourlyUsd: 0, perRequestUsd: Prices.s3.readPer1000 / 1000 };
    default:
      return FREE;
  }
}
