/**
 * The HTTPS API: API Gateway HTTP API with a JWT authorizer in front of the one Hono function.
 * The issuer is the company's OIDC provider when PLINTH_OIDC_ISSUER / PLINTH_OIDC_AUDIENCE are set
 * at deploy time; otherwise the stack creates a Cognito user pool (teams in `custom:teams`, roles
 * as groups) and trusts its ID tokens.
 */
export function api({ link }: { link: sst.aws.FunctionArgs["link"] }) {
  const oidcIssuer = process.env.PLINTH_OIDC_ISSUER;
  const oidcAudience = process.env.PLINTH_OIDC_AUDIENCE;
  if (Boolean(oidcIssuer) !== Boolean(oidcAudience)) {
    throw new Error(
      "set both PLINTH_OIDC_ISSUER and PLINTH_OIDC_AUDIENCE, or neither (a Cognito user pool is created)",
    );
  }
  const jwt = oidcIssuer && oidcAudience ? { issuer: oidcIssuer, audiences: [oidcAudience] } : cognito();

  const handler = new sst.aws.Function("ApiHandler", {
    handler: "functions/api.handler",
    memory: "1024 MB",
    timeout: "29 seconds",
    link,
    // Manual incident reports name resources in this account.
    environment: { POWERTOOLS_SERVICE_NAME: "plinth-api", PLINTH_ACCOUNT: aws.getCallerIdentityOutput().accountId },
  });
  const gateway = new sst.aws.ApiGatewayV2("Api", { accessLog: { retention: "1 month" } });
  const authorizer = gateway.addAuthorizer({ name: "Jwt", jwt });
  for (const route of ["GET /healthz", "GET /openapi.json", "GET /docs", "GET /v1"]) {
    gateway.route(route, handler.arn, { auth: false });
  }
  gateway.route("$default", handler.arn, { auth: { jwt: { authorizer: authorizer.id } } });
  return { gateway, handler };
}

function cognito() {
  const pool = new sst.aws.CognitoUserPool("Users", {
    usernames: ["email"],
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
  return {
    issuer: $interpolate`https://cognito-idp.${aws.getRegionOutput().region}.amazonaws.com/${pool.id}`,
    audiences: [client.id],
  };
}
