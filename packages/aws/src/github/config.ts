import { type Delivery, fail, ResourceNames } from "@plinth/core";
import { z } from "zod";
import { OctokitGitHubApp } from "./github-app";

const SecretResource = z.object({ value: z.string() });

function secret(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const raw = env[`SST_RESOURCE_${name}`];
  if (!raw) return undefined;
  const parsed = SecretResource.safeParse(JSON.parse(raw));
  // "not-set": the placeholder stacks/github.ts gives the secrets until `sst secret set` does.
  return parsed.success && !["", "not-set"].includes(parsed.data.value.trim()) ? parsed.data.value : undefined;
}

/**
 * The stage's GitHub App from its linked secrets (`GithubAppId`, `GithubAppPrivateKey`) and
 * `PLINTH_GITHUB_API_URL` (GitHub Enterprise Server, or the local stand-in; api.github.com when
 * absent). A stage whose secrets are not set still starts: every pipeline call then answers a 428
 * saying which secrets to set, rather than failing the whole API.
 */
export function githubAppFromLinks(env: NodeJS.ProcessEnv = process.env): Delivery.GitHubApp {
  const appId = secret(ResourceNames.githubAppId, env);
  const privateKey = secret(ResourceNames.githubAppPrivateKey, env);
  if (!appId || !privateKey) return unconfigured;
  return new OctokitGitHubApp({ appId, privateKey, baseUrl: env.PLINTH_GITHUB_API_URL ?? "https://api.github.com" });
}

/** The webhook secrets GitHub's deliveries may be signed with: the current one, then the previous (rotation). */
export function webhookSecretsFromLinks(env: NodeJS.ProcessEnv = process.env): string[] {
  return [ResourceNames.githubWebhookSecret, ResourceNames.githubWebhookSecretPrevious]
    .map((name) => secret(name, env))
    .filter((value): value is string => value !== undefined);
}

const notConfigured = (): never =>
  fail(
    "integration_required",
    "this stage has no GitHub App: set its secrets (npx sst secret set GithubAppId … and GithubAppPrivateKey …; README: Delivery)",
  );

const unconfigured: Delivery.GitHubApp = {
  installationFor: notConfigured,
  repository: notConfigured,
  branchHead: notConfigured,
  createBranch: notConfigured,
  deleteBranch: notConfigured,
  readFile: notConfigured,
  listFiles: notConfigured,
  writeFile: notConfigured,
  openPullFrom: notConfigured,
  openPull: notConfigured,
  pull: notConfigured,
  closePull: notConfigured,
  putEnvironment: notConfigured,
  deleteEnvironment: notConfigured,
  enableGate: notConfigured,
  dispatch: notConfigured,
  workflowRun: notConfigured,
  rerunFailedJobs: notConfigured,
  rerunJob: notConfigured,
  cancelRun: notConfigured,
  reviewGate: notConfigured,
  hookDeliveries: notConfigured,
  redeliver: notConfigured,
};
