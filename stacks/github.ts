import { GITHUB_OIDC_HOST } from "../packages/core/src/provisioning/catalog/github-deploy-role";
import { ResourceNames } from "../packages/core/src/resources";

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

/** What a secret holds until `sst secret set` gives it a value: the stage starts, pipelines answer 409 until then. */
export const SECRET_NOT_SET = "not-set";

/**
 * The Plinth GitHub App of this stage: its id and private key as SST secrets
 * (`npx sst secret set GithubAppId 123456 --stage <stage>`, and the key's PEM for GithubAppPrivateKey),
 * linked to the API (dry runs, connecting organisations) and to the PipelineSetup task function.
 * `PLINTH_GITHUB_API_URL` at deploy time points both at a GitHub Enterprise Server instead of github.com.
 */
export function githubApp() {
  return {
    secrets: [
      new sst.Secret(ResourceNames.githubAppId, SECRET_NOT_SET),
      new sst.Secret(ResourceNames.githubAppPrivateKey, SECRET_NOT_SET),
    ],
    environment: { PLINTH_GITHUB_API_URL: process.env.PLINTH_GITHUB_API_URL ?? "https://api.github.com" },
    /**
     * The webhook secret GitHub signs deliveries with (the app's settings → Webhook secret), linked to the
     * API only. To rotate: set the old value as GithubWebhookSecretPrevious, the new one as
     * GithubWebhookSecret, change it in GitHub, then set the previous one back to `not-set`.
     */
    webhookSecrets: [
      new sst.Secret(ResourceNames.githubWebhookSecret, SECRET_NOT_SET),
      new sst.Secret(ResourceNames.githubWebhookSecretPrevious, SECRET_NOT_SET),
    ],
  };
}
