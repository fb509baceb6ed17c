import type { Identity } from "./api";

/**
 * The developer portal in AWS: one CloudFront Router in front of the API (every path) and the portal's
 * static files (/portal/), so the browser talks to one origin and needs no CORS — the same layout
 * `npm start` serves locally. Sign-in is OpenID Connect authorization code + PKCE against the stage's
 * issuer; the portal reads its settings from the build's environment.
 */
export function portalRouter() {
  return new sst.aws.Router("Portal");
}

/** Where the issuer sends the browser back after sign-in (registered with the Cognito client). */
export const portalCallbackUrl = (router: sst.aws.Router) => $interpolate`${router.url}/portal/auth/callback`;

export function portal({
  router,
  api,
  identity,
}: {
  router: sst.aws.Router;
  api: sst.aws.ApiGatewayV2;
  identity: Identity;
}) {
  router.route("/", api.url);
  const site = new sst.aws.StaticSite("PortalSite", {
    path: "packages/portal",
    build: { command: "npx vite build", output: "dist" },
    router: { instance: router, path: "/portal" },
    environment: {
      VITE_PLINTH_CONFIG: $jsonStringify({
        stage: $app.stage,
        apiUrl: "",
        docsUrl: "/docs",
        auth: {
          kind: "oidc",
          issuer: identity.issuer,
          clientId: identity.portalClientId,
          scope: "openid email profile",
        },
      }),
    },
  });
  return { router, site, url: $interpolate`${router.url}/portal/` };
}
