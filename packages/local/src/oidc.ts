import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { JWK } from "jose";
import Provider, { type Configuration, errors } from "oidc-provider";
import { type DevUser, devUsers } from "./dev-identity";
import { memoryAdapterFactory } from "./oidc-adapter";

/**
 * The local cloud's identity provider: `oidc-provider` (panva's, OpenID Certified) on its own
 * loopback port — discovery, JWKS, authorization code with PKCE (S256, required), refresh tokens
 * rotated on every use (a reused one revokes the grant), RP-initiated logout, token revocation and
 * the device authorization grant (RFC 8628). Access tokens are ES256 JWTs for the API's audience
 * carrying the claims the API reads (teams, roles), signed with the same key as the dev tokens, so
 * the API trusts this issuer exactly as it trusts Cognito or a company's IdP: issuer, JWKS, audience.
 *
 * Its login page lists the dev users, one click each. Clients: the portal (public, PKCE, redirect to
 * the portal's callback) and the CLI (public, native: any loopback port, and the device flow).
 */
export const PORTAL_CLIENT_ID = "plinth-portal";
export const CLI_CLIENT_ID = "plinth-cli";
export const OIDC_SCOPES = "openid profile email offline_access";
/** The API as a resource indicator (RFC 8707); its tokens carry the API's audience. */
export const API_RESOURCE = "urn:plinth:api";

export interface LocalOidc {
  /** Known as soon as it listens: the API trusts it before the provider behind it is configured. */
  issuer: string;
  /** Configures the provider (the portal's URL is known only once the API listens); until then it answers 503. */
  attach(options: LocalOidcOptions): Provider;
  close(): Promise<void>;
}

export interface LocalOidcOptions {
  /** The ES256 private key (JWK, with `kid`) the dev identity signs with. */
  signingKey: JWK;
  audience: string;
  /** Where the portal is served (`…/portal/`): its callback and post-logout return. */
  portalUrl?: string;
  /** Seconds an access token lives (the portal renews before it ends). */
  accessTokenSeconds?: number;
}

const userOf = (sub: string): DevUser | undefined => devUsers.find((user) => user.sub === sub);

export async function listenLocalOidc(port: number): Promise<LocalOidc> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end("starting");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    attach(options) {
      const provider = new Provider(issuer, configuration(options));
      const callback = provider.callback();
      handler = (req, res) => {
        void interactions(provider, req, res).then((handled) => {
          if (!handled) callback(req, res);
        });
      };
      return provider;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function configuration(options: LocalOidcOptions): Configuration {
  const portalCallback = options.portalUrl ? `${options.portalUrl.replace(/\/?$/, "/")}auth/callback` : undefined;
  return {
    adapter: memoryAdapterFactory(),
    clients: [
      {
        client_id: PORTAL_CLIENT_ID,
        client_name: "Plinth portal",
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        redirect_uris: portalCallback ? [portalCallback] : ["http://127.0.0.1/portal/auth/callback"],
        post_logout_redirect_uris: options.portalUrl ? [options.portalUrl] : [],
      },
      {
        client_id: CLI_CLIENT_ID,
        client_name: "plinth CLI",
        application_type: "native",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
        response_types: ["code"],
        // RFC 8252: a native client's loopback redirect matches on any port.
        redirect_uris: ["http://127.0.0.1/callback"],
      },
    ],
    // jose's JWK and oidc-provider's differ only in typing: the EC private key's members, as they are.
    jwks: {
      keys: [(({ kty, crv, x, y, d, kid, alg, use }) => ({ kty, crv, x, y, d, kid, alg, use }))(options.signingKey)],
    },
    enabledJWA: { idTokenSigningAlgValues: ["ES256"] },
    clientDefaults: { id_token_signed_response_alg: "ES256" },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    scopes: ["openid", "profile", "email", "offline_access"],
    claims: { openid: ["sub"], profile: ["name", "teams", "roles"], email: ["email"] },
    async findAccount(_ctx, sub) {
      const user = userOf(sub);
      if (!user) return undefined;
      return {
        accountId: user.sub,
        claims: async () => ({
          sub: user.sub,
          name: user.name,
          email: user.email,
          teams: user.teams,
          roles: user.roles,
        }),
      };
    },
    // The API reads teams and roles from the access token, as from Cognito's.
    async extraTokenClaims(_ctx, token) {
      const user = "accountId" in token && typeof token.accountId === "string" ? userOf(token.accountId) : undefined;
      return user ? { teams: user.teams, roles: user.roles, name: user.name, email: user.email } : undefined;
    },
    // A refresh token for every client allowed one (OIDC ignores offline_access without prompt=consent);
    // it ends with the provider session, so signing out ends it too.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    // A public client's token endpoint answers browsers from its redirect URIs' origins only (the portal's).
    clientBasedCORS: (_ctx, origin, client) =>
      origin !== "null" && (client.redirectUris ?? []).some((uri) => URL.parse(uri)?.origin === origin),
    features: {
      devInteractions: { enabled: false },
      // The provider's pages, in the login page's plain style (its defaults load fonts from a CDN).
      deviceFlow: {
        enabled: true,
        async userCodeInputSource(ctx, form, _out, error) {
          ctx.body = page(
            "Sign in a device",
            `<p${error ? ' role="alert"' : ""}>${error ? "That code did not work; check it and try again." : "Enter the code your device shows."}</p>${form}<p><button type="submit" form="op.deviceInputForm">Continue</button></p>`,
          );
        },
        async userCodeConfirmSource(ctx, form, client, _device, userCode) {
          ctx.body = page(
            "Confirm the device",
            `<p>${escapeHtml(client.clientName ?? client.clientId)} shows the code <strong><code>${escapeHtml(userCode)}</code></strong>. Continue only if it is the code on your screen.</p>${form}<p><button type="submit" form="op.deviceConfirmForm">Continue</button> <button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Abort</button></p>`,
          );
        },
        async successSource(ctx) {
          ctx.body = page("Signed in", "<p>The device is signed in. You can close this page and go back to it.</p>");
        },
      },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          // An application that proves who is signed in (a valid id_token_hint, checked by the
          // provider) signs out at once, as Okta and Entra do; otherwise the person confirms.
          const hinted = Boolean(ctx.oidc.params?.id_token_hint);
          ctx.body = page(
            "Sign out of Plinth (local)",
            hinted
              ? `${form.replace("</form>", '<input type="hidden" name="logout" value="yes"></form>')}<p>Signing you out…</p><noscript><button type="submit" form="op.logoutForm">Sign out</button></noscript><script>document.getElementById("op.logoutForm").submit()</script>`
              : `${form}<p><button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button> <button type="submit" form="op.logoutForm">Stay signed in</button></p>`,
          );
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page("Signed out", "<p>You are signed out of the local cloud's identity provider.</p>");
        },
      },
      resourceIndicators: {
        enabled: true,
        // RFC 8707 names a resource server by an absolute URI; the tokens' audience is the API's own.
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget(`unknown resource ${resource}`);
          return {
            scope: OIDC_SCOPES,
            audience: options.audience,
            accessTokenFormat: "jwt",
            accessTokenTTL: options.accessTokenSeconds ?? 3600,
            jwt: { sign: { alg: "ES256" } },
          };
        },
      },
    },
    ttl: {
      AccessToken: options.accessTokenSeconds ?? 3600,
      IdToken: 3600,
      RefreshToken: 14 * 86_400,
      DeviceCode: 600,
      Interaction: 3600,
      Session: 14 * 86_400,
      Grant: 14 * 86_400,
      AuthorizationCode: 60,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = page(
        "Sign-in error",
        `<p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ""))}</p>`,
      );
    },
  };
}

/** The login page (the dev users, one click each) and its answer; anything else is oidc-provider's. */
async function interactions(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const match = req.url?.match(/^\/interaction\/([\w-]+)(\/login)?(\?.*)?$/);
  if (!match) return false;
  try {
    const details = await provider.interactionDetails(req, res);
    // First-party clients: signing in is consent, so the consent prompt is granted without a screen.
    if (details.prompt.name === "consent" && details.session?.accountId) {
      const missing = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error("the grant of this sign-in is gone");
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
        grant.addResourceScope(resource, scopes.join(" "));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return true;
    }
    if (match[2] && req.method === "POST") {
      const sub = new URLSearchParams(await body(req)).get("user") ?? "";
      if (!userOf(sub)) {
        res.writeHead(400, { "content-type": "text/plain" }).end("no such dev user");
        return true;
      }
      await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
      return true;
    }
    const client = await provider.Client.find(String(details.params.client_id));
    const buttons = devUsers
      .map(
        (user) =>
          `<li><button name="user" value="${user.sub}">${escapeHtml(user.name)}</button> <span>${escapeHtml(user.teams.join(", "))} · ${escapeHtml(user.roles.join(", "))}</span></li>`,
      )
      .join("");
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // form-action covers the redirects after the post too: back to the portal or the CLI's loopback listener.
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://localhost:*",
    });
    res.end(
      page(
        "Sign in to Plinth (local)",
        `<p>${escapeHtml(client?.clientName ?? "An application")} asks who you are. The local cloud's dev users:</p>
<form method="post" action="/interaction/${details.uid}/login"><ul>${buttons}</ul></form>`,
      ),
    );
  } catch (error) {
    res.writeHead(400, { "content-type": "text/plain" }).end(`sign-in: ${(error as Error).message}`);
  }
  return true;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function page(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font:16px system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}ul{list-style:none;padding:0}li{margin:.5rem 0}button{font:inherit;padding:.4rem .8rem;min-width:9rem}span{color:#555}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${content}</main></body></html>`;
}
