import { z } from "zod";
import { strictObject } from "../../schema";
import { PRICE_TABLE, Prices } from "./prices";
import { defineTemplate, estimate, line } from "./template";

const Parameters = strictObject(
  {
    fifo: z.boolean().default(false).describe("Exactly-once, ordered delivery (FIFO queue and FIFO dead-letter queue)"),
    visibilityTimeoutSeconds: z.number().int().min(0).max(43_200).default(30),
    messageRetentionDays: z.number().int().min(1).max(14).default(4),
    maxReceiveCount: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(5)
      .describe("Receives before a message moves to the dead-letter queue"),
    deadLetterRetentionDays: z.number().int().min(1).max(14).default(14),
    expectedMessagesPerMonth: z.number().int().min(0).default(1_000_000).describe("For the cost estimate"),
  },
  "parameter",
);

/** A queue with its dead-letter queue and redrive policy; the DLQ keeps messages the longest SQS allows. */
export const sqsQueue = defineTemplate({
  id: "sqs-queue",
  version: "1.1.0",
  title: "SQS queue with dead-letter queue",
  description:
    "An SQS queue (standard or FIFO) encrypted with SQS-managed keys, with a dead-letter queue, a redrive " +
    "policy after maxReceiveCount receives, and a redrive-allow policy so only its queue can use the DLQ.",
  risk: "low",
  parameters: Parameters,
  example: { fifo: false, visibilityTimeoutSeconds: 60, maxReceiveCount: 5, expectedMessagesPerMonth: 5_000_000 },
  resourceTypes: ["AWS::SQS::Queue"],
  render(p, { stackName, tags }) {
    const suffix = p.fifo ? ".fifo" : "";
    const fifo = p.fifo ? { FifoQueue: true, ContentBasedDeduplication: true } : {};
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Plinth sqs-queue 1.1.0: ${stackName}`,
      Resources: {
        DeadLetterQueue: {
          Type: "AWS::SQS::Queue",
          Properties: {
            QueueName: `${stackName}-dlq${suffix}`,
            MessageRetentionPeriod: p.deadLetterRetentionDays * 86_400,
            SqsManagedSseEnabled: true,
            ...fifo,
            Tags: tags,
          },
        },
        Queue: {
          Type: "AWS::SQS::Queue",
          Properties: {
            QueueName: `${stackName}${suffix}`,
            VisibilityTimeout: p.visibilityTimeoutSeconds,
            MessageRetentionPeriod: p.messageRetentionDays * 86_400,
            SqsManagedSseEnabled: true,
            RedrivePolicy: {
              deadLetterTargetArn: { "Fn::GetAtt": ["DeadLetterQueue", "Arn"] },
              maxReceiveCount: p.maxReceiveCount,
            },
            ...fifo,
            Tags: tags,
          },
        },
      },
      Outputs: {
        QueueUrl: { Description: "Send messages here", Value: { Ref: "Queue" } },
        QueueArn: { Description: "The queue's ARN", Value: { "Fn::GetAtt": ["Queue", "Arn"] } },
        DeadLetterQueueUrl: {
          Description: "Messages that failed maxReceiveCount times",
          Value: { Ref: "DeadLetterQueue" },
        },
      },
    };
  },
  cost(p) {
    // Each message is sent, received and deleted: three requests.
    const millions = (p.expectedMessagesPerMonth * 3) / 1_000_000;
    const price = p.fifo ? Prices.sqs.fifoPerMillion : Prices.sqs.standardPerMillion;
    return estimate(PRICE_TABLE, [
      line(`SQS ${p.fifo ? "FIFO" : "standard"} requests`, millions, "million requests", price),
    ]);
  },
});
