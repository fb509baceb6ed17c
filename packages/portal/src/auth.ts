import type { User, UserManager } from "oidc-client-ts";
import type { PortalConfig } from "./config";
import { signIn, signOut } from "./session";

/**
 * Sign-in through the stage's OpenID provider — the local cloud's oidc-provider, Cognito or the
 * company's IdP, one code path: authorization code with PKCE (S256), the tokens renewed with the
 * refresh token before they expire (the page stays where it is), sign-out ending the provider's
 * session. oidc-client-ts keeps the provider's answer (refresh token included) in localStorage;
 * the token the API sees is copied into the session (session.ts), which every page reads.
 */
type OidcAuth = PortalConfig["auth"];

let manager: Promise<UserManager> | undefined;
let renewal: ReturnType<typeof setTimeout> | undefined;

const portalRoot = () => `${location.origin}${import.meta.env.BASE_URL}`;

function userManager(auth: OidcAuth): Promise<UserManager> {
  manager ??= import("oidc-client-ts").then(
    ({ UserManager, WebStorageStateStore }) =>
      new UserManager({
        authority: auth.issuer,
        client_id: auth.clientId,
        redirect_uri: `${portalRoot()}auth/callback`,
        post_logout_redirect_uri: portalRoot(),
        response_type: "code",
        scope: auth.scope,
        // Shared by the portal's tabs, as the session is.
        userStore: new WebStorageStateStore({ store: localStorage }),
        // Renewal is scheduled here (renewAt), once for all tabs.
        automaticSilentRenew: false,
        // Cognito's discovery has no end_session_endpoint: the stage names its logout page.
        ...(auth.logout ? { metadataSeed: { end_session_endpoint: auth.logout.url } } : {}),
      }),
  );
  return manager;
}

/** The token the API verifies: the access token where it carries teams and roles, else the ID token (Cognito). */
function apiToken(auth: OidcAuth, user: User): string {
  const token = auth.token === "access_token" ? user.access_token : user.id_token;
  if (!token) throw new Error(`the identity provider sent no ${auth.token ?? "id_token"}`);
  return token;
}

/** Off to the provider's sign-in page; back at `back` once signed in. */
export async function startSignIn(auth: OidcAuth, back: string): Promise<void> {
  await (await userManager(auth)).signinRedirect({ state: { back } });
}

/** The provider's answer at /auth/callback: state, PKCE and nonce checked by oidc-client-ts. */
export async function completeSignIn(auth: OidcAuth): Promise<string> {
  const user = await (await userManager(auth)).signinRedirectCallback();
  adopt(auth, user);
  const state = user.state as { back?: string } | undefined;
  return state?.back?.startsWith("/") && !state.back.startsWith("//") ? state.back : "/";
}

/** On every page load: keeps a provider sign-in fresh (nothing to do for a token pasted in by hand). */
export async function keepSignedIn(auth: OidcAuth): Promise<void> {
  const user = await (await userManager(auth)).getUser();
  if (user?.refresh_token) schedule(auth, user);
}

function adopt(auth: OidcAuth, user: User): void {
  signIn(apiToken(auth, user));
  if (user.refresh_token) schedule(auth, user);
}

/** When four fifths of the token's life have passed: an hour's token is renewed after 48 minutes. */
function renewAt(user: User): number {
  const lifetime = user.expires_in ?? 0;
  const issued = (user.expires_at ?? 0) - lifetime;
  return (issued + lifetime * 0.8) * 1000;
}

function schedule(auth: OidcAuth, user: User): void {
  clearTimeout(renewal);
  renewal = setTimeout(() => void renew(auth), Math.max(0, renewAt(user) - Date.now()));
}

/**
 * One tab renews at a time (the provider rotates refresh tokens and revokes the sign-in when one is
 * used twice): under a lock, a tab that finds the tokens already renewed by another just takes them.
 * A failed renewal changes nothing: the session ends at the token's expiry and sign-in says so.
 */
async function renew(auth: OidcAuth): Promise<void> {
  const users = await userManager(auth);
  const run = async () => {
    const stored = await users.getUser();
    if (!stored?.refresh_token) return;
    if (renewAt(stored) > Date.now()) return adopt(auth, stored);
    const renewed = await users.signinSilent();
    if (renewed) adopt(auth, renewed);
  };
  try {
    if (navigator.locks) await navigator.locks.request("plinth.renew", run);
    else await run();
  } catch {
    // The provider refused (signed out elsewhere, refresh token revoked): expiry will tell.
  }
}

/** Ends the session here and at the provider (which revokes the refresh token); back to the portal. */
export async function endSignIn(config: PortalConfig): Promise<void> {
  clearTimeout(renewal);
  const users = await userManager(config.auth);
  const user = await users.getUser();
  signOut();
  if (!user) return;
  await users.signoutRedirect({
    ...(user.id_token ? { id_token_hint: user.id_token } : {}),
    // Cognito's /logout wants its own parameter for the return address.
    ...(config.auth.logout ? { extraQueryParams: { logout_uri: portalRoot(), client_id: config.auth.clientId } } : {}),
  });
}
