import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliUser } from "./support/cli";
import { useLocalCloud } from "./support/local-cloud";
import { Browser, form } from "./support/oidc-browser";
import { portalOption } from "./support/portal";

// `plinth auth login --web | --device` on the built binary against the local OpenID provider
// (issue 31): the test is the user's browser, following the provider's pages by HTTP. Access tokens
// live 20 s here, so every command refreshes first (inside the 30 s margin): rotation is exercised.
const { cloud } = useLocalCloud("cliauth", { portal: portalOption, timeScale: 0.01, accessTokenSeconds: 20 });

type Profiles = { profiles: Record<string, { token?: string; refreshToken?: string; signIn?: { issuer: string } }> };
const profilesOf = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Profiles;

/** Signs `user` in on the provider's page the CLI sent us to; answers where the provider sent the browser back. */
async function signInAt(url: string, user: string) {
  const browser = new Browser(cloud().identity.issuer);
  const page = await browser.follow(url);
  return await browser.submit(await page.response.text(), page.url, { user });
}

describe("plinth auth login against an OpenID provider", () => {
  it("--web: code + PKCE back to a one-shot loopback listener; tokens refresh by themselves; logout revokes", async () => {
    const user = cliUser();
    const login = user.start(["auth", "login", "--web", "--no-browser", "--api-url", cloud().apiUrl]);
    const [, url = ""] = await login.stderrMatch(/Sign in at (\S+)/);
    const authorize = new URL(url);
    expect(authorize.origin).toBe(cloud().identity.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const redirect = authorize.searchParams.get("redirect_uri") ?? "";
    expect(redirect).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const back = await signInAt(url, "alice");
    expect(back.url.startsWith(redirect)).toBe(true);
    expect(back.url).not.toContain("access_token");
    const landed = await fetch(back.url);
    expect(await landed.text()).toContain("You can close this page");
    const done = await login.ended;
    expect(done, done.stderr).toMatchObject({ code: 0 });
    expect(done.stdout).toContain("as alice (payments · developer)");
    // One request only: the listener is gone.
    await expect(fetch(back.url)).rejects.toThrow();

    const saved = profilesOf(user.configFile).profiles.default;
    expect(saved).toMatchObject({ signIn: { issuer: cloud().identity.issuer, clientId: "plinth-cli" } });
    expect(saved?.refreshToken).toBeDefined();
    expect(done.stdout + done.stderr).not.toContain(saved?.refreshToken as string);

    // The token expires within the margin: the next command refreshes it, and the refresh token rotates.
    const status = await user.plinth(["auth", "status"]);
    expect(status, status.stderr).toMatchObject({ code: 0 });
    expect(status.stdout).toMatch(/logged in as alice[\s\S]*expires {2}\d{4}-/);
    const rotated = profilesOf(user.configFile).profiles.default;
    expect(rotated?.refreshToken).not.toBe(saved?.refreshToken);
    expect(rotated?.token).not.toBe(saved?.token);
    expect((await user.plinth(["template", "list"])).code).toBe(0);

    // Logout revokes the sign-in at the provider: its refresh token no longer works anywhere.
    const before = profilesOf(user.configFile).profiles.default?.refreshToken as string;
    expect((await user.plinth(["auth", "logout"])).code).toBe(0);
    const reuse = await fetch(
      `${cloud().identity.issuer}/token`,
      form({ grant_type: "refresh_token", refresh_token: before, client_id: "plinth-cli" }),
    );
    expect(((await reuse.json()) as { error: string }).error).toBe("invalid_grant");
  });

  it("--device: the code is confirmed in a browser elsewhere; the CLI polls until it is", async () => {
    const user = cliUser();
    const login = user.start(["auth", "login", "--device", "--api-url", cloud().apiUrl]);
    const [, code = ""] = await login.stderrMatch(/enter the code (\S+)/);
    const [, complete = ""] = await login.stderrMatch(/\(or open (\S+)\)/);
    expect(complete).toContain(encodeURIComponent(code).replace("%2D", "-"));

    const browser = new Browser(cloud().identity.issuer);
    const entry = await browser.follow(complete);
    const confirm = await browser.submit(await entry.response.text(), entry.url);
    const confirmPage = await confirm.response.text();
    expect(confirmPage).toContain(code);
    const loginPage = await browser.submit(confirmPage, confirm.url);
    const signedIn = await browser.submit(await loginPage.response.text(), loginPage.url, { user: "dan" });
    expect(await signedIn.response.text()).toContain("The device is signed in");

    const done = await login.ended;
    expect(done, done.stderr).toMatchObject({ code: 0 });
    expect(done.stdout).toContain("as dan (search · developer)");
  }, 30_000);

  it("a revoked sign-in ends with exit 3 and says how to sign in again", async () => {
    const user = cliUser();
    const login = user.start(["auth", "login", "--web", "--no-browser", "--api-url", cloud().apiUrl]);
    const [, url = ""] = await login.stderrMatch(/Sign in at (\S+)/);
    await fetch((await signInAt(url, "bob")).url);
    expect((await login.ended).code).toBe(0);
    const refreshToken = profilesOf(user.configFile).profiles.default?.refreshToken as string;
    const revoked = await fetch(
      `${cloud().identity.issuer}/token/revocation`,
      form({ token: refreshToken, client_id: "plinth-cli" }),
    );
    expect(revoked.status).toBe(200);
    const refused = await user.plinth(["template", "list"]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("your sign-in has ended");
    expect(refused.stderr).toContain("plinth auth login --web");
  });
});
