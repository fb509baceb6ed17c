import { z } from "zod";
import { strictObject } from "../../schema";
import { PRICE_TABLE, Prices } from "./prices";
import { defineTemplate, estimate, line } from "./template";

const Parameters = strictObject(
  {
    versioning: z.boolean().default(true).describe("Keep every version of every object"),
    encryption: z
      .enum(["SSE-S3", "SSE-KMS"])
      .default("SSE-S3")
      .describe("SSE-KMS creates a customer managed key with rotation (costs $1/month)"),
    noncurrentVersionExpirationDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .default(30)
      .describe("Delete old object versions after this many days"),
    transitionToInfrequentAccessDays: z
      .number()
      .int()
      .min(30)
      .max(3650)
      .optional()
      .describe("Move objects to S3 Standard-IA after this many days (at least 30, as S3 requires)"),
    expectedStorageGb: z.number().min(0).max(1_000_000).default(10).describe("For the cost estimate"),
    expectedWritesPerMonth: z.number().int().min(0).default(100_000).describe("For the cost estimate"),
    expectedReadsPerMonth: z.number().int().min(0).default(1_000_000).describe("For the cost estimate"),
  },
  "parameter",
);

/** A private bucket: public access blocked, TLS-only, encrypted, versioned, with lifecycle rules. */
export const s3Bucket = defineTemplate({
  id: "s3-bucket",
  version: "1.2.0",
  title: "S3 bucket",
  description:
    "A private S3 bucket: public access blocked, TLS enforced by bucket policy, SSE-S3 or SSE-KMS encryption, " +
    "versioning and lifecycle rules for old versions.",
  risk: "low",
  parameters: Parameters,
  example: { versioning: true, encryption: "SSE-S3", noncurrentVersionExpirationDays: 30, expectedStorageGb: 50 },
  resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy", "AWS::KMS::Key"],
  render(p, { stackName, tags }) {
    const kms = p.encryption === "SSE-KMS";
    const rules: Record<string, unknown>[] = [
      {
        Id: "expire-noncurrent",
        Status: "Enabled",
        NoncurrentVersionExpiration: { NoncurrentDays: p.noncurrentVersionExpirationDays },
      },
      { Id: "abort-incomplete-uploads", Status: "Enabled", AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    ];
    if (p.transitionToInfrequentAccessDays !== undefined) {
      rules.push({
        Id: "to-infrequent-access",
        Status: "Enabled",
        Transitions: [{ StorageClass: "STANDARD_IA", TransitionInDays: p.transitionToInfrequentAccessDays }],
      });
    }
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Plinth s3-bucket 1.2.0: ${stackName}`,
      Resources: {
        ...(kms
          ? {
              Key: {
                Type: "AWS::KMS::Key",
                Properties: {
                  Description: `Encrypts the bucket ${stackName}`,
                  EnableKeyRotation: true,
                  KeyPolicy: {
                    Version: "2012-10-17",
                    Statement: [
                      {
                        Sid: "AccountAdministers",
                        Effect: "Allow",
                        Principal: { AWS: { "Fn::Sub": "arn:aws:iam::${AWS::AccountId}:root" } },
                        Action: "kms:*",
                        Resource: "*",
                      },
                    ],
                  },
                  Tags: tags,
                },
              },
            }
          : {}),
        Bucket: {
          Type: "AWS::S3::Bucket",
          DeletionPolicy: "Delete",
          Properties: {
            BucketName: stackName,
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              BlockPublicPolicy: true,
              IgnorePublicAcls: true,
              RestrictPublicBuckets: true,
            },
            OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
            BucketEncryption: {
              ServerSideEncryptionConfiguration: [
                {
                  ServerSideEncryptionByDefault: kms
                    ? { SSEAlgorithm: "aws:kms", KMSMasterKeyID: { "Fn::GetAtt": ["Key", "Arn"] } }
                    : { SSEAlgorithm: "AES256" },
                  BucketKeyEnabled: kms,
                },
              ],
            },
            VersioningConfiguration: { Status: p.versioning ? "Enabled" : "Suspended" },
            LifecycleConfiguration: { Rules: rules },
            Tags: tags,
          },
        },
        BucketPolicy: {
          Type: "AWS::S3::BucketPolicy",
          Properties: {
            Bucket: { Ref: "Bucket" },
            PolicyDocument: {
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyInsecureTransport",
                  Effect: "Deny",
                  Principal: "*",
                  Action: "s3:*",
                  Resource: [{ "Fn::GetAtt": ["Bucket", "Arn"] }, { "Fn::Sub": "${Bucket.Arn}/*" }],
                  Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
              ],
            },
          },
        },
      },
      Outputs: {
        BucketName: { Description: "The bucket's name", Value: { Ref: "Bucket" } },
        BucketArn: { Description: "The bucket's ARN", Value: { "Fn::GetAtt": ["Bucket", "Arn"] } },
      },
    };
  },
  cost(p) {
    const lines = [
      line("S3 Standard storage", p.expectedStorageGb, "GB-month", Prices.s3.storageGbMonth),
      line("S3 write requests", p.expectedWritesPerMonth / 1000, "1,000 requests", Prices.s3.writePer1000),
      line("S3 read requests", p.expectedReadsPerMonth / 1000, "1,000 requests", Prices.s3.readPer1000),
    ];
    if (p.encryption === "SSE-KMS") lines.push(line("KMS customer managed key", 1, "key-month", Prices.kms.keyMonth));
    return estimate(PRICE_TABLE, lines);
  },
});
