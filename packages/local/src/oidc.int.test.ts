import { createHash, randomBytes } from "node:crypto";
import { decodeJwt, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser, form } from "../../../test/support/oidc-browser";
import { DevIdentity } from "./dev-identity";
import { CLI_CLIENT_ID, type LocalOidc, listenLocalOidc, OIDC_SCOPES, PORTAL_CLIENT_ID } from "./oidc";

// The local OpenID provider at the protocol level, as any standards-compliant client meets it:
// discovery, authorization code + PKCE through the dev users' login page, refresh rotation with reuse
// detection, the device flow, and the refusals a reviewer checks (redirect, PKCE, reused code).
let oidc: LocalOidc;
let identity: DevIdentity;
const portalUrl = "http://127.0.0.1:39999/portal/";

beforeAll(async () => {
  oidc = await listenLocalOidc(0);
  identity = await DevIdentity.create(oidc.issuer);
  oidc.attach({ signingKey: identity.signingJwk, audience: identity.audience, portalUrl });
});
afterAll(async () => oidc?.close());

const pkce = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};
const token = async (fields: Record<string, string>) => {
  const response = await fetch(`${oidc.issuer}/token`, form(fields));
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

/** Signs `user` in through the login page; answers where the provider sent the browser back. */
async function signIn(browser: Browser, query: Record<string, string>, user = "alice") {
  const start = await browser.follow(`${oidc.issuer}/auth?${new URLSearchParams(query)}`);
  if (!start.url.startsWith(oidc.issuer)) return start.url;
  const page = await start.response.text();
  expect(page).toContain("Alice Payne");
  const action = /action="([^"]+)"/.exec(page)?.[1] ?? "";
  return (await browser.follow(new URL(action, oidc.issuer).toString(), form({ user }))).url;
}

const cliQuery = (redirect: string, challenge: string, extra: Record<string, string> = {}) => ({
  client_id: CLI_CLIENT_ID,
  response_type: "code",
  scope: OIDC_SCOPES,
  redirect_uri: redirect,
  code_challenge: challenge,
  code_challenge_method: "S256",
  state: randomBytes(8).toString("hex"),
  nonce: randomBytes(8).toString("hex"),
  ...extra,
});

describe("the local OpenID provider", () => {
  it("publishes discovery: S256 only, ES256, the device flow, revocation and logout", async () => {
    const discovery = (await (await fetch(`${oidc.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: oidc.issuer,
      code_challenge_methods_supported: ["S256"],
      id_token_signing_alg_values_supported: ["ES256"],
    });
    for (const endpoint of ["device_authorization_endpoint", "revocation_endpoint", "end_session_endpoint", "jwks_uri"])
      expect(discovery[endpoint], endpoint).toEqual(expect.stringContaining(oidc.issuer));
    const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as { keys: Record<string, string>[] };
    expect(jwks.keys.map((key) => [key.kty, key.crv, key.kid])).toEqual([["EC", "P-256", "plinth-local-1"]]);
    expect(jwks.keys[0]).not.toHaveProperty("d");
  });

  it("code + PKCE on any loopback port: tokens the API trusts (issuer, JWKS, audience, teams and roles)", async () => {
    const browser = new Browser(oidc.issuer);
    const { verifier, challenge } = pkce();
    const redirect = "http://127.0.0.1:51234/callback";
    const query = cliQuery(redirect, challenge);
    const back = new URL(await signIn(browser, query));
    expect(`${back.origin}${back.pathname}`).toBe(redirect);
    expect(back.searchParams.get("state")).toBe(query.state);
    expect(back.searchParams.get("iss")).toBe(oidc.issuer);
    const code = back.searchParams.get("code") ?? "";
    const exchange = { grant_type: "authorization_code", code, redirect_uri: redirect, client_id: CLI_CLIENT_ID };

    const tokens = await token({ ...exchange, code_verifier: verifier });
    expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);
    const { payload } = await jwtVerify(tokens.body.access_token ?? "", identity.keys, {
      issuer: oidc.issuer,
      audience: identity.audience,
    });
    expect(payload).toMatchObject({ sub: "alice", teams: ["payments"], roles: ["developer"] });
    expect(decodeJwt(tokens.body.id_token ?? "")).toMatchObject({
      sub: "alice",
      nonce: query.nonce,
      aud: CLI_CLIENT_ID,
    });
    expect(tokens.body.refresh_token).toBeDefined();
    // A code works once: the second exchange is refused.
    expect((await token({ ...exchange, code_verifier: verifier })).body.error).toBe("invalid_grant");
  });

  it("rotates refresh tokens, and a reused one revokes the grant", async () => {
    const browser = new Browser(oidc.issuer);
    const { verifier, challenge } = pkce();
    const redirect = "http://127.0.0.1:40001/callback";
    const code = new URL(await signIn(browser, cliQuery(redirect, challenge), "bob")).searchParams.get("code") ?? "";
    const first = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirect,
      client_id: CLI_CLIENT_ID,
      code_verifier: verifier,
    });
    const refresh = (refreshToken: string) =>
      token({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: CLI_CLIENT_ID });
    const second = await refresh(first.body.refresh_token ?? "");
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(decodeJwt(second.body.access_token ?? "")).toMatchObject({ sub: "bob", roles: ["approver"] });
    // Reuse of the rotated-out token: refused, and the newest one dies with the grant.
    expect((await refresh(first.body.refresh_token ?? "")).body.error).toBe("invalid_grant");
    expect((await refresh(second.body.refresh_token ?? "")).body.error).toBe("invalid_grant");
  });

  it("refuses a redirect it does not know, an authorization without PKCE, and a wrong verifier", async () => {
    const { challenge, verifier } = pkce();
    const wrong = await new Browser(oidc.issuer).follow(
      `${oidc.issuer}/auth?${new URLSearchParams(cliQuery("http://evil.example/callback", challenge))}`,
    );
    expect(wrong.url.startsWith(oidc.issuer)).toBe(true);
    expect(wrong.response.status).toBe(400);
    expect(await wrong.response.text()).toContain("redirect_uri");
    const portalElsewhere = await new Browser(oidc.issuer).follow(
      `${oidc.issuer}/auth?${new URLSearchParams({ ...cliQuery(`${portalUrl}other`, challenge), client_id: PORTAL_CLIENT_ID })}`,
    );
    expect(portalElsewhere.response.status).toBe(400);

    const redirect = "http://127.0.0.1:40002/callback";
    const { code_challenge: _c, code_challenge_method: _m, ...withoutPkce } = cliQuery(redirect, challenge);
    const refused = new URL(await signIn(new Browser(oidc.issuer), withoutPkce));
    expect(refused.searchParams.get("error")).toBe("invalid_request");
    expect(refused.searchParams.has("code")).toBe(false);

    const code =
      new URL(await signIn(new Browser(oidc.issuer), cliQuery(redirect, challenge))).searchParams.get("code") ?? "";
    const bad = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: redirect,
      client_id: CLI_CLIENT_ID,
      code_verifier: `${verifier}x`,
    });
    expect(bad.body.error).toBe("invalid_grant");
  });

  it("the device flow: a code to confirm in a browser, polled with the server's interval", async () => {
    const started = await fetch(`${oidc.issuer}/device/auth`, form({ client_id: CLI_CLIENT_ID, scope: OIDC_SCOPES }));
    const device = (await started.json()) as Record<string, string | number>;
    expect(device, JSON.stringify(device)).toMatchObject({ expires_in: expect.any(Number) });
    const poll = () =>
      token({
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        device_code: String(device.device_code),
        client_id: CLI_CLIENT_ID,
      });
    expect((await poll()).body.error).toBe("authorization_pending");

    // The user opens the verification page (the code filled in), confirms it, signs in as dan.
    const browser = new Browser(oidc.issuer);
    const fieldsOf = (page: string) =>
      Object.fromEntries(
        [...page.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]),
      );
    const actionOf = (page: string) =>
      new URL(/<form[^>]*action="([^"]+)"/.exec(page)?.[1] ?? "", oidc.issuer).toString();
    const entry = await browser.follow(String(device.verification_uri_complete));
    const autoSubmit = await entry.response.text();
    const confirm = await browser.follow(actionOf(autoSubmit), form(fieldsOf(autoSubmit)));
    const confirmPage = await confirm.response.text();
    expect(confirmPage).toContain(String(device.user_code));
    expect(confirmPage).not.toContain("googleapis");
    const login = await browser.follow(actionOf(confirmPage), form(fieldsOf(confirmPage)));
    const loginPage = await login.response.text();
    expect(loginPage).toContain("Dan Sears");
    const done1 = await browser.follow(actionOf(loginPage), form({ user: "dan" }));
    expect(await done1.response.text()).toContain("The device is signed in");
    const done = await poll();
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(decodeJwt(done.body.access_token ?? "")).toMatchObject({ sub: "dan", teams: ["search"] });
  });

  it("tokens from another issuer, or for another audience, do not verify", async () => {
    const foreign = await DevIdentity.create("http://127.0.0.1:1/other-issuer");
    const stranger = await foreign.sign({ sub: "alice", teams: ["payments"], roles: ["admin"] });
    await expect(
      jwtVerify(stranger, identity.keys, { issuer: oidc.issuer, audience: identity.audience }),
    ).rejects.toThrow();
    const elsewhere = await identity.sign({ sub: "alice", teams: [], roles: [] }, { audience: "another-api" });
    await expect(
      jwtVerify(elsewhere, identity.keys, { issuer: oidc.issuer, audience: identity.audience }),
    ).rejects.toThrow();
  });
});
