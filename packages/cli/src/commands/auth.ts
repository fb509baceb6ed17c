import { createPlinthClient, type DevUser, type Schemas } from "@plinth/client";
import type { Command } from "commander";
import { configPath, DEFAULT_PROFILE, LOCAL_API_URL, readConfig, resolveTarget, writeConfig } from "../config";
import type { Context } from "../context";
import { CliError, Exit } from "../exit";
import type { Run } from "../program";

interface PortalConfig {
  auth: { kind: "local"; issuer: string } | { kind: "oidc"; issuer: string; clientId: string };
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
  if (portal.auth.kind !== "local")
    throw new CliError(
      Exit.usage,
      `${apiUrl} signs in through ${portal.auth.issuer} in a browser, which this CLI cannot do yet`,
      "sign in to the portal, copy your token, then: plinth auth login --with-token < token.txt",
    );
  const issuer = portal.auth.issuer;
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

function save(ctx: Context, profileName: string, apiUrl: string, token: string | undefined, user?: string): string {
  const config = readConfig(ctx.env);
  config.profiles[profileName] = { apiUrl, ...(token ? { token } : {}), ...(user ? { user } : {}) };
  return writeConfig(ctx.env, config);
}

export function authCommands(program: Command, run: Run): void {
  const auth = program.command("auth").description("sign in, see who you are, sign out (profiles)");

  auth
    .command("login")
    .description("sign in and save a profile: a dev user of `npm start` (--as), or a token from stdin (--with-token)")
    .option("--as <user>", "a dev user of the local identity provider: alice, bob, carol, dan, erin, vic, root")
    .option("--with-token", "read a bearer token from standard input (any stage)")
    .addHelpText(
      "after",
      `
Examples:
  $ plinth auth login --as alice                            # npm start's local cloud
  $ plinth auth login --as bob --profile bob                # a second profile, used with --profile bob
  $ plinth auth login --api-url https://api.example.com --with-token < token.txt`,
    )
    .action(
      run(async (ctx, o: { as?: string; withToken?: boolean }) => {
        const profileName = ctx.options.profile ?? ctx.env.PLINTH_PROFILE ?? DEFAULT_PROFILE;
        const existing = readConfig(ctx.env).profiles[profileName];
        const apiUrl = (ctx.options.apiUrl ?? ctx.env.PLINTH_API_URL ?? existing?.apiUrl ?? LOCAL_API_URL).replace(
          /\/$/,
          "",
        );
        const token = o.withToken ? (await ctx.io.readStdin()).trim() : await localToken(apiUrl, o.as);
        if (!token) throw new CliError(Exit.usage, "no token on standard input");
        const me = await whoAmI(apiUrl, token);
        const path = save(ctx, profileName, apiUrl, token, me.sub);
        ctx.print(
          { profile: profileName, apiUrl, sub: me.sub, teams: me.teams, roles: me.roles },
          () =>
            `Logged in to ${apiUrl} as ${me.sub} (${me.teams.join(",") || "no team"} · ${me.roles.join(",") || "no role"}); profile "${profileName}" in ${path}`,
        );
      }),
    );

  auth
    .command("status")
    .description("who you are on the current profile, and until when")
    .addHelpText("after", "\nExample:\n  $ plinth auth status --profile bob")
    .action(
      run(async (ctx) => {
        const { profileName, apiUrl, token } = resolveTarget(ctx.env, ctx.options);
        if (!token)
          throw new CliError(Exit.auth, `not logged in (profile "${profileName}", ${apiUrl})`, "plinth auth login");
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
    .description("forget the current profile's token")
    .action(
      run((ctx) => {
        const profileName = ctx.options.profile ?? ctx.env.PLINTH_PROFILE ?? DEFAULT_PROFILE;
        const config = readConfig(ctx.env);
        const profile = config.profiles[profileName];
        if (!profile?.token) throw new CliError(Exit.auth, `profile "${profileName}" is not logged in`);
        delete profile.token;
        writeConfig(ctx.env, config);
        ctx.print(
          { profile: profileName, loggedOut: true },
          () => `Logged out of profile "${profileName}" (${configPath(ctx.env)})`,
        );
      }),
    );
}
