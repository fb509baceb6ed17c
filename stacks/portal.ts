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

/** Where the portal is served: the issuer's redirect (`auth/callback`) and sign-out's return are under it. */
export const portalUrl = (router: sst.aws.Router) => $interpolate`${router.url}/portal/`;

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
          token: identity.apiToken,
          ...(identity.logoutUrl ? { logout: { url: identity.logoutUrl } } : {}),
        },
        // `plinth auth login --web | --device` reads this (from /portal/config.json).
        ...(identity.cli ? { cli: { issuer: identity.issuer, token: identity.apiToken, ...identity.cli } } : {}),
      }),
    },
  });
  return { router, site, url: $interpolate`${router.url}/portal/` };
}
