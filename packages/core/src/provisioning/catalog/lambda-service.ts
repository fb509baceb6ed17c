import { z } from "zod";
import { strictObject } from "../../schema";
import { PRICE_TABLE, Prices } from "./prices";
import { defineTemplate, estimate, line } from "./template";

const LogRetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1827, 3653] as const;

const Parameters = strictObject(
  {
    // Runtimes Lambda still lets you create (cfn-lint E2533 knows the deprecation dates: nodejs20.x went in 2026).
    runtime: z.enum(["nodejs22.x", "nodejs24.x", "python3.12", "python3.13", "java21"]).default("nodejs24.x"),
    handler: z.string().min(1).max(128).default("index.handler"),
    codeS3Bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "an S3 bucket name"),
    codeS3Key: z.string().min(1).max(1024),
    memoryMb: z.number().int().min(128).max(10_240).default(256),
    timeoutSeconds: z.number().int().min(1).max(900).default(30),
    architecture: z.enum(["arm64", "x86_64"]).default("arm64"),
    environment: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "an environment variable name"), z.string().max(1024))
      .default({}),
    logRetentionDays: z
      .number()
      .int()
      .refine((days) => (LogRetentionDays as readonly number[]).includes(days), {
        message: `one of ${LogRetentionDays.join(", ")} (what CloudWatch Logs accepts)`,
      })
      .default(30),
    errorAlarmThreshold: z.number().int().min(1).default(1).describe("Errors in 5 minutes that raise the alarm"),
    expectedInvocationsPerMonth: z.number().int().min(0).default(1_000_000).describe("For the cost estimate"),
    averageDurationMs: z.number().min(1).max(900_000).default(100).describe("For the cost estimate"),
    expectedLogGbPerMonth: z.number().min(0).default(1).describe("For the cost estimate"),
  },
  "parameter",
);

/** A function with its own least-privilege role, a log group with retention, and an error alarm. */
export const lambdaService = defineTemplate({
  id: "lambda-service",
  version: "1.1.0",
  title: "Lambda service",
  description:
    "A Lambda function from code in S3, with its own execution role (logs only), a log group with retention, " +
    "and a CloudWatch alarm on errors. It creates an IAM role, so production requests need an approval.",
  risk: "high",
  parameters: Parameters,
  example: {
    runtime: "nodejs24.x",
    codeS3Bucket: "payments-artifacts",
    codeS3Key: "checkout/1.4.2.zip",
    memoryMb: 512,
  },
  resourceTypes: ["AWS::IAM::Role", "AWS::Logs::LogGroup", "AWS::Lambda::Function", "AWS::CloudWatch::Alarm"],
  render(p, { stackName, tags }) {
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Plinth lambda-service 1.0.0: ${stackName}`,
      Resources: {
        LogGroup: {
          Type: "AWS::Logs::LogGroup",
          DeletionPolicy: "Delete",
          Properties: { LogGroupName: `/aws/lambda/${stackName}`, RetentionInDays: p.logRetentionDays, Tags: tags },
        },
        Role: {
          Type: "AWS::IAM::Role",
          Properties: {
            RoleName: `${stackName}-role`.slice(0, 64),
            AssumeRolePolicyDocument: {
              Version: "2012-10-17",
              Statement: [
                { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
              ],
            },
            Policies: [
              {
                PolicyName: "logs",
                PolicyDocument: {
                  Version: "2012-10-17",
                  Statement: [
                    {
                      Effect: "Allow",
                      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                      Resource: { "Fn::Sub": "${LogGroup.Arn}:*" },
                    },
                  ],
                },
              },
            ],
            Tags: tags,
          },
        },
        Function: {
          Type: "AWS::Lambda::Function",
          Properties: {
            FunctionName: stackName,
            Runtime: p.runtime,
            Handler: p.handler,
            Code: { S3Bucket: p.codeS3Bucket, S3Key: p.codeS3Key },
            MemorySize: p.memoryMb,
            Timeout: p.timeoutSeconds,
            Architectures: [p.architecture],
            Role: { "Fn::GetAtt": ["Role", "Arn"] },
            LoggingConfig: { LogGroup: { Ref: "LogGroup" } },
            Environment: { Variables: p.environment },
            Tags: tags,
          },
        },
        ErrorAlarm: {
          Type: "AWS::CloudWatch::Alarm",
          Properties: {
            AlarmName: `${stackName}-errors`,
            AlarmDescription: `Errors of ${stackName}`,
            Namespace: "AWS/Lambda",
            MetricName: "Errors",
            Dimensions: [{ Name: "FunctionName", Value: { Ref: "Function" } }],
            Statistic: "Sum",
            Period: 300,
            EvaluationPeriods: 1,
            Threshold: p.errorAlarmThreshold,
            ComparisonOperator: "GreaterThanOrEqualToThreshold",
            TreatMissingData: "notBreaching",
          },
        },
      },
      Outputs: {
        FunctionName: { Description: "The function's name", Value: { Ref: "Function" } },
        FunctionArn: { Description: "The function's ARN", Value: { "Fn::GetAtt": ["Function", "Arn"] } },
        LogGroupName: { Description: "Where it logs", Value: { Ref: "LogGroup" } },
        ErrorAlarmName: { Description: "Raised on errors", Value: { Ref: "ErrorAlarm" } },
      },
    };
  },
  cost(p) {
    const gbSeconds = p.expectedInvocationsPerMonth * (p.averageDurationMs / 1000) * (p.memoryMb / 1024);
    // Graviton (arm64) is priced 20% below x86.
    const perGbSecond = Prices.lambda.gbSecond * (p.architecture === "arm64" ? 0.8 : 1);
    return estimate(PRICE_TABLE, [
      line(
        "Lambda requests",
        p.expectedInvocationsPerMonth / 1e6,
        "million requests",
        Prices.lambda.requestsPerMillion,
      ),
      line(`Lambda compute (${p.architecture})`, Math.round(gbSeconds), "GB-seconds", perGbSecond),
      line("CloudWatch Logs ingestion", p.expectedLogGbPerMonth, "GB", Prices.logs.ingestionGb),
      line("CloudWatch alarm", 1, "alarm-month", Prices.cloudwatch.alarmMonth),
    ]);
  },
});
