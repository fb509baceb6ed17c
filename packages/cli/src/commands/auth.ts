import { createPlinthClient, type DevUser, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import { configPath, DEFAULT_PROFILE, LOCAL_API_URL, readConfig, resolveTarget, writeConfig } from "../config";
import { type Context, freshToken } from "../context";
import { CliError, Exit } from "../exit";
import { deviceLogin, revokeToken, type SignInClient, webLogin } from "../oidc-login";
import type { Run } from "../program";

interface PortalConfig {
  auth: { kind: "oidc"; issuer: string; clientId: string };
  /** `npm start` only: where the local cloud mints dev users' tokens (`/_plinth/identity/*`). */
  devIdentity?: string;
  /** The OpenID provider and the public client the CLI signs in with, when the stage has one. */
  cli?: SignInClient;
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new CliError(
      Exit.unreachable,
      `${url} did not answer (${(error as Error).message})`,
      "start the local cloud with `npm start`",
    );
  }
  if (!response.ok) throw new CliError(Exit.failed, `${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The token's expiry, read from its claims (display only; the API verifies tokens). */
function expiresAt(token: string): string | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: number };
    return claims.exp ? new Date(claims.exp * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

async function whoAmI(apiUrl: string, token: string): Promise<Schemas["Me"]> {
  return (await createPlinthClient({ baseUrl: apiUrl, token: () => token }).GET("/v1/me")).data as Schemas["Me"];
}

/** A dev user's token from `npm start`'s identity provider (found through the portal's configuration). */
async function localToken(apiUrl: string, who: string | undefined): Promise<string> {
  const portal = await getJson<PortalConfig>(`${apiUrl}/portal/config.json`);
  const issuer = portal.devIdentity;
  if (!issuer)
    throw new CliError(
      Exit.usage,
      `${apiUrl} has no dev users: it signs in through ${portal.auth.issuer}`,
      "plinth auth login --web (or --device on a machine without a browser)",
    );
  const { items } = await getJson<{ items: DevUser[] }>(`${issuer}/_plinth/identity/users`);
  const list = items.map((u) => `${u.sub} (${u.teams.join(",")} ${u.roles.join(",")})`).join(", ");
  if (!who) throw new CliError(Exit.usage, "say which dev user: --as <user>", `one of ${list}`);
  const user = items.find((u) => u.sub === who.toLowerCase() || u.key === who.toUpperCase());
  if (!user) throw new CliError(Exit.usage, `there is no dev user "${who}"`, `one of ${list}`);
  const { token } = await getJson<{ token: string }>(`${issuer}/_plinth/identity/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user: user.sub }),
  });
  return token;
}

function save(
  ctx: Context,
  profileName: string,
  apiUrl: string,
  token: string | undefined,
  user?: string,
  signIn?: { client: SignInClient; refreshToken?: string | undefined },
): string {
  const config = readConfig(ctx.env);
  config.profiles[profileName] = {
    apiUrl,
    ...(token ? { token } : {}),
    ...(user ? { user } : {}),
    ...(signIn ? { signIn: signIn.client } : {}),
    ...(signIn?.refreshToken ? { refreshToken: signIn.refreshToken } : {}),
  };
  return writeConfig(ctx.env, config);
}

/** The provider and client to sign in with: the flags, else the stage's portal configuration. */
async function signInClient(
  apiUrl: string,
  o: { issuer?: string; clientId?: string; redirectUri?: string; idToken?: boolean },
): Promise<SignInClient> {
  const given = {
    ...(o.redirectUri ? { redirectUri: o.redirectUri } : {}),
    ...(o.idToken ? { token: "id_token" as const } : {}),
  };
  if (o.issuer && o.clientId) return { issuer: o.issuer.replace(/\/$/, ""), clientId: o.clientId, ...given };
  const portal = await getJson<PortalConfig>(`${apiUrl}/portal/config.json`).catch(() => undefined);
  const found = portal?.cli;
  if (!found && !(o.issuer && o.clientId))
    throw new CliError(
      Exit.usage,
      `${apiUrl} does not say which OpenID provider the CLI signs in with`,
      "pass --issuer <url> --client-id <id> (a public client with a loopback redirect)",
    );
  return {
    issuer: (o.issuer ?? found?.issuer ?? "").replace(/\/$/, ""),
    clientId: o.clientId ?? found?.clientId ?? "",
    ...(found?.redirectUri ? { redirectUri: found.redirectUri } : {}),
    ...(found?.token ? { token: found.token } : {}),
    ...given,
  };
}

export function authCommands(program: Command, run: Run): void {
  const auth = program.command("auth").description("sign in, see who you are, sign out (profiles)");

  auth
    .command("login")
    .description("sign in and save a profile: a dev user of `npm start` (--as), or a token from stdin (--with-token)")
    .option("--as <user>", "a dev user of the local identity provider: alice, bob, carol, dan, erin, vic, root")
    .option("--with-token", "read a bearer token from standard input (any stage)")
    .option("--web", "sign in in a browser: authorization code + PKCE, back to this machine (127.0.0.1)")
    .option("--device", "sign in on another device: enter the code shown here (the device flow)")
    .option("--no-browser", "with --web: print the sign-in URL instead of opening a browser")
    .option("--issuer <url>", "the OpenID provider (default: the stage's, from its portal configuration)")
    .option("--client-id <id>", "the public client the CLI signs in as (default: the stage's)")
    .option("--redirect-uri <url>", "with --web: the exact loopback redirect the client registered (Cognito)")
    .option("--id-token", "present the ID token to the API, not the access token (Cognito)")
    .addHelpText(
      "after",
      `
Examples:
  $ plinth auth login --as alice                            # npm start's local cloud
  $ plinth auth login --as bob --profile bob                # a second profile, used with --profile bob
  $ plinth auth login --web                                 # a browser sign-in (refreshed by itself)
  $ plinth auth login --device                              # no browser here: a code to confirm elsewhere
  $ plinth auth login --api-url https://api.example.com --with-token < token.txt`,
    )
    .action(
      run(
        async (
          ctx,
          o: {
            as?: string;
            withToken?: boolean;
            web?: boolean;
            device?: boolean;
            browser?: boolean;
            issuer?: string;
            clientId?: string;
            redirectUri?: string;
            idToken?: boolean;
          },
        ) => {
          const profileName = ctx.options.profile ?? ctx.env.PLINTH_PROFILE ?? DEFAULT_PROFILE;
          const existing = readConfig(ctx.env).profiles[profileName];
          const apiUrl = (ctx.options.apiUrl ?? ctx.env.PLINTH_API_URL ?? existing?.apiUrl ?? LOCAL_API_URL).replace(
            /\/$/,
            "",
          );
          if ([o.as, o.withToken, o.web, o.device].filter(Boolean).length > 1)
            throw new CliError(Exit.usage, "choose one of --as, --with-token, --web and --device");
          let signIn: { client: SignInClient; refreshToken?: string | undefined } | undefined;
          let token: string;
          if (o.web || o.device) {
            const client = await signInClient(apiUrl, o);
            // The URL or code goes to stderr: stdout stays the answer (and --json's).
            const tell = (line: string) => ctx.io.err(line);
            const tokens = o.web
              ? await webLogin(client, tell, {
                  browser: o.browser !== false,
                  timeoutMs: Number(ctx.env.PLINTH_LOGIN_TIMEOUT_SECONDS ?? 300) * 1000,
                })
              : await deviceLogin(client, tell);
            token = tokens.accessToken;
            signIn = { client, refreshToken: tokens.refreshToken };
          } else token = o.withToken ? (await ctx.io.readStdin()).trim() : await localToken(apiUrl, o.as);
          if (!token) throw new CliError(Exit.usage, "no token on standard input");
          const me = await whoAmI(apiUrl, token);
          const path = save(ctx, profileName, apiUrl, token, me.sub, signIn);
          ctx.print(
            { profile: profileName, apiUrl, sub: me.sub, teams: me.teams, roles: me.roles },
            () =>
              `Logged in to ${apiUrl} as ${me.sub} (${me.teams.join(",") || "no team"} · ${me.roles.join(",") || "no role"}); profile "${profileName}" in ${path}`,
          );
        },
      ),
    );

  auth
    .command("status")
    .description("who you are on the current profile, and until when")
    .addHelpText("after", "\nExample:\n  $ plinth auth status --profile bob")
    .action(
      run(async (ctx) => {
        const target = resolveTarget(ctx.env, ctx.options);
        const { profileName, apiUrl } = target;
        if (!target.token)
          throw new CliError(Exit.auth, `not logged in (profile "${profileName}", ${apiUrl})`, "plinth auth login");
        const token = ctx.env.PLINTH_TOKEN
          ? target.token
          : ((await freshToken(ctx.env, profileName, target.token)) ?? "");
        const me = await whoAmI(apiUrl, token);
        const expires = expiresAt(token);
        ctx.print(
          { profile: profileName, apiUrl, sub: me.sub, teams: me.teams, roles: me.roles, expiresAt: expires },
          () =>
            [
              `${apiUrl}  profile "${profileName}"${ctx.env.PLINTH_TOKEN ? " (token from PLINTH_TOKEN)" : ""}`,
              `  logged in as ${me.sub}`,
              `  teams    ${me.teams.join(", ") || "none"}`,
              `  roles    ${me.roles.join(", ") || "none"}`,
              ...(expires ? [`  expires  ${expires}`] : []),
            ].join("\n"),
        );
      }),
    );

  auth
    .command("logout")
    .description("forget the current profile's token (and revoke a browser or device sign-in)")
    .action(
      run(async (ctx) => {
        const profileName = ctx.options.profile ?? ctx.env.PLINTH_PROFILE ?? DEFAULT_PROFILE;
        const config = readConfig(ctx.env);
        const profile = config.profiles[profileName];
        if (!profile?.token) throw new CliError(Exit.auth, `profile "${profileName}" is not logged in`);
        // A browser or device sign-in is revoked at the provider too (its refresh token ends the grant).
        if (profile.signIn && profile.refreshToken) await revokeToken(profile.signIn, profile.refreshToken);
        delete profile.token;
        delete profile.refreshToken;
        writeConfig(ctx.env, config);
        ctx.print(
          { profile: profileName, loggedOut: true },
          () => `Logged out of profile "${profileName}" (${configPath(ctx.env)})`,
        );
      }),
    );
}
