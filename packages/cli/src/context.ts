import { createPlinthClient, type PlinthClient } from "@plinth/client";
import { readConfig, resolveTarget, writeConfig } from "./config";
import { CliError, Exit } from "./exit";
import { claimsOf, refreshTokens } from "./oidc-login";
import { type Io, type Style, styleFor } from "./output";

export interface GlobalOptions {
  json?: boolean;
  profile?: string;
  verbose?: boolean;
  apiUrl?: string;
}

/** What every command runs with: where the API is, who you are, how to print. */
export class Context {
  readonly style: Style;
  private made: PlinthClient | undefined;

  constructor(
    readonly io: Io,
    readonly env: Record<string, string | undefined>,
    readonly options: GlobalOptions,
    /** Between polls of --wait and watch; tests of the command library shorten it. */
    readonly pollMs = 1_000,
  ) {
    this.style = styleFor(io, env);
  }

  get target() {
    return resolveTarget(this.env, { profile: this.options.profile, apiUrl: this.options.apiUrl });
  }

  get client(): PlinthClient {
    if (!this.made) {
      const { apiUrl, profileName } = this.target;
      let token = this.target.token;
      this.made = createPlinthClient({
        baseUrl: apiUrl,
        token: () => token,
        // A token about to expire is refreshed first (a browser or device sign-in keeps a refresh token).
        fetch: async (input, init) => {
          const fresh = this.env.PLINTH_TOKEN ? token : await freshToken(this.env, profileName, token);
          if (fresh === token) return await fetch(input, init);
          token = fresh;
          const request = new Request(input, init);
          request.headers.set("authorization", `Bearer ${fresh}`);
          return await fetch(request);
        },
      });
    }
    return this.made;
  }

  /** `--json` prints the API's answer as it is; otherwise the human view. */
  print(value: unknown, human: () => string): void {
    this.io.out(this.options.json ? JSON.stringify(value, null, 2) : human());
  }

  /** A line about progress: to stderr when --json owns stdout. */
  note(text: string): void {
    if (this.options.json) this.io.err(text);
    else this.io.out(text);
  }
}

/** `24h`, `90m`, `7d`, `30s` → milliseconds. */
export function parseDuration(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) throw new CliError(Exit.usage, `${flag} ${text}: use a number and a unit, such as 90s, 30m, 24h or 7d`);
  const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
  return Number(match[1]) * units[match[2] as keyof typeof units];
}

/** `--set size=10 --set fifo=true`: values are JSON when they parse as JSON, else strings. */
export function parseAssignments(pairs: string[], flag: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at < 1) throw new CliError(Exit.usage, `${flag} ${pair}: expected key=value`);
    const key = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    setPath(result, key.split("."), value);
  }
  return result;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  target[head] ??= {};
  setPath(target[head] as Record<string, unknown>, rest, value);
}

export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The profile's token, refreshed (and saved, rotated) when it expires within 30 seconds. */
export async function freshToken(
  env: Record<string, string | undefined>,
  profileName: string,
  token: string | undefined,
): Promise<string | undefined> {
  const config = readConfig(env);
  const profile = config.profiles[profileName];
  if (!profile?.refreshToken || !profile.signIn || !token) return token;
  const exp = claimsOf(token).exp;
  if (typeof exp === "number" && exp * 1000 > Date.now() + 30_000) return token;
  const tokens = await refreshTokens(profile.signIn, profile.refreshToken);
  profile.token = tokens.accessToken;
  profile.refreshToken = tokens.refreshToken ?? profile.refreshToken;
  writeConfig(env, config);
  return tokens.accessToken;
}
