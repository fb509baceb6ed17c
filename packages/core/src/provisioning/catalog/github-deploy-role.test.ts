import { describe, expect, it } from "vitest";
import { githubDeployRole } from "./github-deploy-role";

type Json = Record<string, unknown>;
/** The role's properties as rendered for one environment. */
const roleOf = (environment: "dev" | "production"): Json =>
  githubDeployRole.render(githubDeployRole.parameters.parse(githubDeployRole.example), {
    stackName: `plinth-s-payments-${environment}-deploy`,
    environment,
    tags: [{ Key: "plinth:service", Value: "checkout-api" }],
  }).Resources.Role?.Properties ?? {};

describe("the GitHub deploy role", () => {
  it("trusts exactly one repository's one environment, through GitHub's OIDC provider, for STS", () => {
    const trust = (roleOf("production").AssumeRolePolicyDocument as { Statement: Json[] }).Statement;
    expect(trust).toHaveLength(1);
    expect(trust[0]).toMatchObject({
      Effect: "Allow",
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: {
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          "token.actions.githubusercontent.com:sub": "repo:acme/checkout-api:environment:production",
        },
      },
    });
    // StringEquals, never StringLike: no wildcard can widen the subject.
    expect(JSON.stringify(trust)).not.toContain("StringLike");
    expect(JSON.stringify(trust)).not.toContain("*");
  });

  it("lets the pipeline change only the service's tagged resources", () => {
    const policy = (roleOf("dev").Policies as { PolicyDocument: { Statement: Json[] } }[])[0];
    const statements = policy?.PolicyDocument.Statement ?? [];
    const unscoped = statements.filter((s) => s.Condition === undefined);
    expect(unscoped.map((s) => s.Action)).toEqual([
      ["ecr:GetAuthorizationToken", "ecs:DescribeTaskDefinition", "sts:GetCallerIdentity"],
    ]);
    expect(statements.filter((s) => s.Condition !== undefined).map((s) => s.Condition)).toEqual([
      { StringEquals: { "aws:ResourceTag/plinth:service": "checkout-api" } },
      { StringEquals: { "aws:RequestTag/plinth:service": "checkout-api" } },
    ]);
  });

  it("refuses a repository GitHub would not have", () => {
    const parsed = githubDeployRole.parameters.safeParse({ ...githubDeployRole.example, repositoryOwner: "-acme" });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["repositoryOwner"]);
  });
});
