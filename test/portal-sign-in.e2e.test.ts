import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useLocalCloud } from "./support/local-cloud";
import { portalOption, signInThroughProvider, useBrowser } from "./support/portal";

/**
 * The portal signs in through the local cloud's OpenID provider (oidc-provider) exactly as through
 * Cognito or a company IdP: authorization code with PKCE, tokens renewed with the refresh token
 * before they expire, sign-out ending the provider's session. Access tokens live 12 s here, so the
 * renewal (at four fifths of a token's life) happens within the test; the provider's clock is real.
 */
const TOKEN_SECONDS = 12;
const local = useLocalCloud("signin", { portal: portalOption, accessTokenSeconds: TOKEN_SECONDS });
const { cloud } = local;
const { url, openAs, expectAccessible } = useBrowser(() => cloud().apiUrl);

interface Payload {
  iss: string;
  aud: string | string[];
  sub: string;
  exp: number;
  teams: string[];
}

const payloadOf = (token: string): Payload =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Payload;

const sessionToken = async (page: Page) => String(await page.evaluate('localStorage.getItem("plinth.session")'));

/** What oidc-client-ts kept of the provider's answer (the refresh token among it). */
const providerUser = async (page: Page): Promise<{ refresh_token?: string; id_token?: string } | null> => {
  const key = `oidc.user:${cloud().identity.issuer}:plinth-portal`;
  const stored = await page.evaluate(`localStorage.getItem(${JSON.stringify(key)})`);
  return typeof stored === "string" ? (JSON.parse(stored) as { refresh_token?: string; id_token?: string }) : null;
};

const refresh = async (refreshToken: string) => {
  const discovery = (await (await fetch(`${cloud().identity.issuer}/.well-known/openid-configuration`)).json()) as {
    token_endpoint: string;
  };
  const response = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "plinth-portal" }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
};

describe("portal sign-in through the local OpenID provider", () => {
  it("signs in with an authorization code and PKCE, and the API takes the provider's token", async () => {
    const page = await openAs(/Carol/, "/requests?status=SUCCEEDED");
    await page.getByRole("heading", { name: "Requests and resources" }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/portal/requests?status=SUCCEEDED");

    const token = payloadOf(await sessionToken(page));
    expect(token.iss).toBe(cloud().identity.issuer);
    expect(token.aud).toBe(cloud().identity.audience);
    expect(token.sub).toBe("carol");
    expect(token.exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(TOKEN_SECONDS);
    // No token ever in the address bar: the callback's code is replaced by the page signed in.
    expect(page.url()).not.toMatch(/code=|token/);
    await expectAccessible(page);
  });

  it("sends S256 PKCE and checks the state: the provider's code is exchanged with its verifier", async () => {
    const context = await openAs(/Alice Payne/).then((page) => page.context());
    const page = await context.newPage();
    const authorizations: URL[] = [];
    const exchanges: URLSearchParams[] = [];
    page.on("request", (request) => {
      const at = new URL(request.url());
      if (at.pathname.endsWith("/auth")) authorizations.push(at);
      if (request.method() === "POST" && at.pathname.endsWith("/token"))
        exchanges.push(new URLSearchParams(request.postData() ?? ""));
    });
    // A second sign-in in the same browser: the provider's session answers without its login page.
    await page.goto(url("/sign-in"));
    await page.getByRole("button", { name: /Sign in with/ }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    const [authorization] = authorizations;
    expect(authorization?.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization?.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    // oidc-client-ts's state: 128 random bits, kept in this browser's storage until the answer comes back.
    expect(authorization?.searchParams.get("state")).toMatch(/^[0-9a-f]{32}$/);
    expect(authorization?.searchParams.get("redirect_uri")).toBe(url("/auth/callback"));
    const exchange = exchanges.find((body) => body.get("grant_type") === "authorization_code");
    expect(exchange?.get("code_verifier")).toMatch(/^[\w-]{43,128}$/);

    // An answer this browser did not ask for (a forged state) is refused, and says so.
    await page.goto(url("/auth/callback?code=forged&state=not-ours"));
    await page.getByText(/No matching state found/i).waitFor();
    await page.getByRole("link", { name: "Try again" }).waitFor();
  });

  // Real time (the provider's clock): up to a token's life and a half, on a machine that may be busy.
  it("renews the token with the refresh token before it expires, without leaving the page", {
    timeout: 90_000,
  }, async () => {
    const page = await openAs(/Alice Payne/, "/requests");
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    const first = await sessionToken(page);
    const firstExpiry = payloadOf(first).exp;
    // Renewed at four fifths of its life: a new token, expiring later, while the page stays.
    await expect.poll(() => sessionToken(page), { timeout: 30_000, interval: 250 }).not.toBe(first);
    const renewed = payloadOf(await sessionToken(page));
    expect(renewed.exp).toBeGreaterThan(firstExpiry);
    expect(renewed.sub).toBe("alice");
    // Past the first token's expiry the page still works: the next API call carries the new token.
    await expect.poll(() => Date.now() > (firstExpiry + 1) * 1000, { timeout: 20_000, interval: 250 }).toBe(true);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).click();
    await page.getByRole("heading", { name: "Catalog" }).waitFor();
    await page.locator(".cards .card").first().waitFor();
    expect(navigations.filter((address) => address.includes("/sign-in"))).toEqual([]);
  });

  it("signs out at the provider: the refresh token is revoked and the next sign-in asks again", async () => {
    const page = await openAs(/Bob/, "/");
    const user = await providerUser(page);
    expect(user?.refresh_token).toMatch(/^[\w-]{20,}$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    // Through the provider's end-session endpoint and back to the portal, signed out.
    await page.getByRole("heading", { name: "Sign in to Plinth", exact: true }).waitFor();
    expect(await page.evaluate('localStorage.getItem("plinth.session")')).toBeNull();
    expect(await providerUser(page)).toBeNull();
    const refused = await refresh(user?.refresh_token ?? "");
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe("invalid_grant");
    // The provider's session ended too: signing in shows its login page again.
    await signInThroughProvider(page, /Alice Payne/);
    expect(payloadOf(await sessionToken(page)).sub).toBe("alice");
  });
});
