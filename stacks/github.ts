import { GITHUB_OIDC_HOST } from "../packages/core/src/provisioning/catalog/github-deploy-role";

/**
 * GitHub Actions' OpenID Connect provider in the account, which every `github-deploy-role` trusts.
 * An account holds one provider per issuer URL, so one stage creates it — production, or the stage
 * deployed with PLINTH_GITHUB_OIDC_PROVIDER=create — and every other stage finds the existing one.
 * Thumbprints are no longer checked by AWS for this issuer (its certificate is verified through
 * AWS's trusted CAs), so none is pinned.
 */
export function githubOidcProvider() {
  const url = `https://${GITHUB_OIDC_HOST}`;
  const create = $app.stage === "production" || process.env.PLINTH_GITHUB_OIDC_PROVIDER === "create";
  if (create)
    return new aws.iam.OpenIdConnectProvider("GitHubActions", { url, clientIdLists: ["sts.amazonaws.com"] }).arn;
  return aws.iam.getOpenIdConnectProviderOutput({ url }).arn;
}
