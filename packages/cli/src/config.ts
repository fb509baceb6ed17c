import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { CliError, Exit } from "./exit";
import type { SignInClient } from "./oidc-login";

/**
 * Profiles in `$XDG_CONFIG_HOME/plinth/config.json` (else ~/.config/plinth/config.json), like `aws`
 * and `gh`: each has an API URL and a token. The file holds tokens, so it is written 0600.
 */
export interface Profile {
  apiUrl: string;
  token?: string;
  /** Who the token says you are, for `auth status` without a call. */
  user?: string;
  /** After a browser or device sign-in: the refresh token (rotated on each use) and where to use it. */
  refreshToken?: string;
  signIn?: SignInClient;
}

export interface ConfigFile {
  profiles: Record<string, Profile>;
}

export const DEFAULT_PROFILE = "default";
export const LOCAL_API_URL = "http://127.0.0.1:3000";

export function configPath(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "plinth", "config.json");
}

export function readConfig(env: Record<string, string | undefined>): ConfigFile {
  const path = configPath(env);
  if (!existsSync(path)) return { profiles: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<ConfigFile>;
    return { profiles: parsed.profiles ?? {} };
  } catch (error) {
    throw new CliError(Exit.usage, `${path} is not valid JSON (${(error as Error).message})`, "fix or delete it");
  }
}

export function writeConfig(env: Record<string, string | undefined>, config: ConfigFile): string {
  const path = configPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

/** Where calls go and with which token: PLINTH_API_URL / PLINTH_TOKEN override the profile. */
export function resolveTarget(
  env: Record<string, string | undefined>,
  options: { profile?: string | undefined; apiUrl?: string | undefined },
): { profileName: string; apiUrl: string; token: string | undefined } {
  const profileName = options.profile ?? env.PLINTH_PROFILE ?? DEFAULT_PROFILE;
  const profile = readConfig(env).profiles[profileName];
  if (options.profile && !profile && !env.PLINTH_API_URL)
    throw new CliError(
      Exit.usage,
      `there is no profile "${profileName}"`,
      `plinth auth login --profile ${profileName}`,
    );
  return {
    profileName,
    apiUrl: options.apiUrl ?? env.PLINTH_API_URL ?? profile?.apiUrl ?? LOCAL_API_URL,
    token: env.PLINTH_TOKEN ?? profile?.token,
  };
}
