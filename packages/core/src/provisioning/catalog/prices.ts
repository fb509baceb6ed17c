/**
 * The price table cost estimates come from: AWS list prices for us-east-1, on demand, without free
 * tiers or discounts, as published on each service's pricing page (checked 2026-11). Estimates are a
 * planning aid for budgets, not a bill; the table is versioned so a plan says which prices it used.
 */
export const PRICE_TABLE = "aws-us-east-1-2026-11";

export const Prices = {
  s3: {
    /** S3 Standard, first 50 TB. https://aws.amazon.com/s3/pricing/ */
    storageGbMonth: 0.023,
    /** PUT, COPY, POST, LIST per 1,000 requests. */
    writePer1000: 0.005,
    /** GET and all other requests per 1,000. */
    readPer1000: 0.0004,
  },
  kms: {
    /** One customer managed key per month. https://aws.amazon.com/kms/pricing/ */
    keyMonth: 1.0,
    per10000Requests: 0.03,
  },
  sqs: {
    /** Standard queue, per million requests (64 KB chunks). https://aws.amazon.com/sqs/pricing/ */
    standardPerMillion: 0.4,
    fifoPerMillion: 0.5,
  },
  dynamodb: {
    /** On-demand, per million write / read request units. https://aws.amazon.com/dynamodb/pricing/ */
    writeRequestPerMillion: 0.625,
    readRequestPerMillion: 0.125,
    /** Provisioned capacity per unit-hour. */
    wcuHour: 0.00065,
    rcuHour: 0.00013,
    storageGbMonth: 0.25,
    /** Continuous backups (point-in-time recovery) per GB-month. */
    pitrGbMonth: 0.2,
  },
  lambda: {
    /** x86, per GB-second and per million requests. https://aws.amazon.com/lambda/pricing/ */
    gbSecond: 0.0000166667,
    requestsPerMillion: 0.2,
  },
  logs: {
    /** CloudWatch Logs ingestion per GB. https://aws.amazon.com/cloudwatch/pricing/ */
    ingestionGb: 0.5,
    storageGbMonth: 0.03,
  },
  cloudwatch: {
    /** Standard-resolution metric alarm per month. */
    alarmMonth: 0.1,
  },
} as const;

export const HOURS_PER_MONTH = 730;
