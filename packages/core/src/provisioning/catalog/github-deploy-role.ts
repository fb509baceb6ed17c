import { z } from "zod";
import { ServiceId } from "../../catalog/entity";
import { strictObject } from "../../schema";
import { PRICE_TABLE } from "./prices";
import { defineTemplate, estimate, line } from "./template";

/** GitHub's OIDC issuer: the account's identity provider for it is created once by the platform stack. */
export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";

const Parameters = strictObject(
  {
    service: ServiceId.describe(
      "The catalog service whose pipeline assumes the role: it may touch only resources tagged with it",
    ),
    repositoryOwner: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, "a GitHub user or organisation, e.g. acme"),
    repositoryName: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, "a GitHub repository name, e.g. checkout-api"),
    maxSessionMinutes: z.number().int().min(60).max(720).default(60).describe("How long one deploy may hold it"),
  },
  "parameter",
);

/**
 * The role one GitHub Actions environment of one repository assumes to deploy — no stored keys.
 * Trust: GitHub's OIDC tokens whose audience is STS and whose subject is exactly
 * `repo:<owner>/<repo>:environment:<env>` (the request's environment), so no other repository,
 * branch or environment can use it. Permissions: the deploy actions of the pipeline templates, on
 * resources tagged `plinth:service=<service>` (and creating only such), plus what cannot be scoped
 * by tag (ECR's login token, the caller's identity).
 */
export const githubDeployRole = defineTemplate({
  id: "github-deploy-role",
  version: "1.0.0",
  title: "GitHub Actions deploy role",
  description:
    "An IAM role a repository's GitHub Actions environment assumes through OIDC (no stored keys), limited to the resources of one catalog service. It creates an IAM role, so production requests need an approval.",
  risk: "high",
  parameters: Parameters,
  example: { service: "checkout-api", repositoryOwner: "acme", repositoryName: "checkout-api" },
  resourceTypes: ["AWS::IAM::Role"],
  render(p, { stackName, environment, tags }) {
    const tagged = { StringEquals: { "aws:ResourceTag/plinth:service": p.service } };
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `Plinth github-deploy-role 1.0.0: ${stackName}`,
      Resources: {
        Role: {
          Type: "AWS::IAM::Role",
          Properties: {
            RoleName: `${stackName}-deploy`.slice(0, 64),
            Description: `GitHub Actions ${p.repositoryOwner}/${p.repositoryName} (${environment}) deploys ${p.service}`,
            MaxSessionDuration: p.maxSessionMinutes * 60,
            AssumeRolePolicyDocument: {
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: {
                    Federated: {
                      "Fn::Sub": `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${GITHUB_OIDC_HOST}`,
                    },
                  },
                  Action: "sts:AssumeRoleWithWebIdentity",
                  Condition: {
                    StringEquals: {
                      [`${GITHUB_OIDC_HOST}:aud`]: "sts.amazonaws.com",
                      [`${GITHUB_OIDC_HOST}:sub`]: `repo:${p.repositoryOwner}/${p.repositoryName}:environment:${environment}`,
                    },
                  },
                },
              ],
            },
            Policies: [
              {
                PolicyName: "deploy-tagged",
                PolicyDocument: {
                  Version: "2012-10-17",
                  Statement: [
                    {
                      Sid: "ChangeTheServicesResources",
                      Effect: "Allow",
                      Action: [
                        "cloudformation:*",
                        "lambda:*",
                        "ecs:UpdateService",
                        "ecs:DescribeServices",
                        "ecr:BatchCheckLayerAvailability",
                        "ecr:CompleteLayerUpload",
                        "ecr:InitiateLayerUpload",
                        "ecr:PutImage",
                        "ecr:UploadLayerPart",
                        "s3:PutObject",
                        "s3:DeleteObject",
                        "s3:ListBucket",
                        "cloudfront:CreateInvalidation",
                      ],
                      Resource: "*",
                      Condition: tagged,
                    },
                    {
                      Sid: "CreateOnlyTagged",
                      Effect: "Allow",
                      Action: ["cloudformation:CreateStack", "lambda:CreateFunction", "ecs:RegisterTaskDefinition"],
                      Resource: "*",
                      Condition: { StringEquals: { "aws:RequestTag/plinth:service": p.service } },
                    },
                    {
                      Sid: "NotScopableByTag",
                      Effect: "Allow",
                      Action: ["ecr:GetAuthorizationToken", "ecs:DescribeTaskDefinition", "sts:GetCallerIdentity"],
                      Resource: "*",
                    },
                  ],
                },
              },
            ],
            Tags: tags,
          },
        },
      },
      Outputs: {
        RoleArn: {
          Description: "Set as the environment's AWS_ROLE_ARN variable in GitHub",
          Value: { "Fn::GetAtt": ["Role", "Arn"] },
        },
        Subject: {
          Description: "The only OIDC subject it trusts",
          Value: `repo:${p.repositoryOwner}/${p.repositoryName}:environment:${environment}`,
        },
      },
    };
  },
  cost() {
    return estimate(PRICE_TABLE, [line("IAM role (no charge)", 1, "role", 0)]);
  },
});
