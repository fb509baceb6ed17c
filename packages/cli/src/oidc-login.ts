import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CliError, Exit } from "./exit";

/**
 * Signing in against any standards-compliant OpenID provider: authorization code + PKCE with a
 * loopback redirect (RFC 8252: `http://127.0.0.1:<random port>/callback`, one request, then closed),
 * or the device authorization grant (RFC 8628) for a machine without a browser; refresh with
 * rotation; revocation. Tokens never appear in a URL or in output.
 */
export interface SignInClient {
  issuer: string;
  clientId: string;
  /**
   * A redirect registered exactly (Cognito matches the port, and takes plain http only for
   * `localhost`): the listener takes that port. Without it, any loopback port (RFC 8252).
   */
  redirectUri?: string;
  /** The token the API verifies: the access token (default) or the ID token (Cognito's carries the teams). */
  token?: "access_token" | "id_token";
}

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  device_authorization_endpoint?: string;
  revocation_endpoint?: string;
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch seconds. */
  expiresAt?: number;
}

const SCOPE = "openid profile email offline_access";

async function post(url: string, fields: Record<string, string>) {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams(fields).toString(),
    });
  } catch (error) {
    throw new CliError(Exit.unreachable, `${url} did not answer (${(error as Error).message})`);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { ok: response.ok, status: response.status, body };
}

export async function discover(issuer: string): Promise<Discovery> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CliError(Exit.unreachable, `${url} did not answer (${(error as Error).message})`);
  }
  if (!response.ok)
    throw new CliError(Exit.failed, `${url} answered ${response.status}: is ${issuer} an OpenID provider?`);
  const discovery = (await response.json()) as Discovery;
  if (discovery.issuer !== issuer.replace(/\/$/, ""))
    throw new CliError(Exit.auth, `${url} names another issuer (${discovery.issuer}): refusing it`);
  return discovery;
}

function tokenSet(body: Record<string, unknown>, client: SignInClient, nonce?: string): TokenSet {
  const kind = client.token ?? "access_token";
  const accessToken = typeof body[kind] === "string" ? body[kind] : "";
  if (!accessToken) throw new CliError(Exit.auth, `the provider answered no ${kind.replace("_", " ")}`);
  if (nonce) {
    // From the token endpoint itself (not the browser): its issuer, audience, nonce and time are checked.
    const id = claimsOf(typeof body.id_token === "string" ? body.id_token : "");
    const audience = Array.isArray(id.aud) ? id.aud : [id.aud];
    if (id.iss !== client.issuer || !audience.includes(client.clientId) || id.nonce !== nonce)
      throw new CliError(Exit.auth, "the ID token does not match this sign-in (issuer, audience or nonce)");
  }
  return {
    accessToken,
    ...(typeof body.refresh_token === "string" ? { refreshToken: body.refresh_token } : {}),
    ...(kind === "id_token" && typeof claimsOf(accessToken).exp === "number"
      ? { expiresAt: claimsOf(accessToken).exp as number }
      : typeof body.expires_in === "number"
        ? { expiresAt: Math.floor(Date.now() / 1000) + body.expires_in }
        : {}),
  };
}

export function claimsOf(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No browser to open: the URL is printed anyway.
  }
}

const DONE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plinth</title></head><body><main><h1>Signed in</h1><p>You can close this page and go back to the terminal.</p></main></body></html>`;

/** Authorization code + PKCE through the browser, back to a one-shot loopback listener. */
export async function webLogin(
  client: SignInClient,
  tell: (line: string) => void,
  options: { browser: boolean; timeoutMs: number },
): Promise<TokenSet> {
  const discovery = await discover(client.issuer);
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const nonce = randomBytes(16).toString("base64url");
  const server = createServer();
  const fixed = client.redirectUri ? new URL(client.redirectUri) : undefined;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) =>
      reject(new CliError(Exit.usage, `cannot listen for the sign-in at ${client.redirectUri}: ${error.message}`)),
    );
    server.listen(Number(fixed?.port || 0), fixed?.hostname === "localhost" ? "localhost" : "127.0.0.1", () =>
      resolve(),
    );
  });
  const redirectUri = fixed ? fixed.toString() : `http://127.0.0.1:${(server.address() as AddressInfo).port}/callback`;
  const callbackPath = new URL(redirectUri).pathname;
  const url = new URL(discovery.authorization_endpoint);
  for (const [key, value] of Object.entries({
    client_id: client.clientId,
    response_type: "code",
    scope: SCOPE,
    redirect_uri: redirectUri,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state,
    nonce,
  }))
    url.searchParams.set(key, value);
  tell(`Sign in at ${url}`);
  if (options.browser) openBrowser(url.toString());
  const code = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      server.close();
      reject(new CliError(Exit.auth, `no sign-in within ${Math.round(options.timeoutMs / 1000)} s`, "run it again"));
    }, options.timeoutMs);
    server.on("request", (req, res) => {
      const answer = new URL(req.url ?? "/", redirectUri);
      if (answer.pathname !== callbackPath) {
        res.writeHead(404).end();
        return;
      }
      clearTimeout(timer);
      // One request only: whatever it says, the listener closes.
      server.close();
      const error = answer.searchParams.get("error");
      const fail = (message: string) => {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`plinth: ${message}`);
        reject(new CliError(Exit.auth, message));
      };
      if (answer.searchParams.get("state") !== state) return fail("the answer's state does not match this sign-in");
      if (error) return fail(`the provider refused: ${error} ${answer.searchParams.get("error_description") ?? ""}`);
      const iss = answer.searchParams.get("iss");
      if (iss && iss !== client.issuer) return fail(`the answer comes from another issuer (${iss})`);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(DONE_PAGE);
      resolve(answer.searchParams.get("code") ?? "");
    });
  });
  const exchanged = await post(discovery.token_endpoint, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri,
    client_id: client.clientId,
    code_verifier: verifier,
  });
  if (!exchanged.ok) throw new CliError(Exit.auth, `the provider refused the code: ${String(exchanged.body.error)}`);
  return tokenSet(exchanged.body, client, nonce);
}

/** The device flow: a code to enter in a browser anywhere, polled at the provider's pace. */
export async function deviceLogin(
  client: SignInClient,
  tell: (line: string) => void,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<TokenSet> {
  const discovery = await discover(client.issuer);
  if (!discovery.device_authorization_endpoint)
    throw new CliError(
      Exit.usage,
      `${client.issuer} has no device flow (Cognito has none)`,
      "use plinth auth login --web (on a machine with a browser)",
    );
  const started = await post(discovery.device_authorization_endpoint, { client_id: client.clientId, scope: SCOPE });
  if (!started.ok) throw new CliError(Exit.auth, `the provider refused the device flow: ${String(started.body.error)}`);
  const device = started.body as {
    device_code: string;
    user_code: string;
    verification_uri: string;
    verification_uri_complete?: string;
    expires_in: number;
    interval?: number;
  };
  tell(`Open ${device.verification_uri} and enter the code ${device.user_code}`);
  if (device.verification_uri_complete) tell(`(or open ${device.verification_uri_complete})`);
  let interval = (device.interval ?? 5) * 1000;
  const deadline = Date.now() + device.expires_in * 1000;
  while (Date.now() < deadline) {
    await sleep(interval);
    const polled = await post(discovery.token_endpoint, {
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      device_code: device.device_code,
      client_id: client.clientId,
    });
    if (polled.ok) return tokenSet(polled.body, client);
    if (polled.body.error === "authorization_pending") continue;
    if (polled.body.error === "slow_down") {
      interval += 5000;
      continue;
    }
    throw new CliError(Exit.auth, `the device sign-in ended: ${String(polled.body.error)}`, "run it again");
  }
  throw new CliError(Exit.auth, "the device code expired before anyone confirmed it", "run it again");
}

/** New tokens for a refresh token (rotated: the answer's replaces it); a refused one is exit 3. */
export async function refreshTokens(client: SignInClient, refreshToken: string): Promise<TokenSet> {
  const discovery = await discover(client.issuer);
  const answer = await post(discovery.token_endpoint, {
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: client.clientId,
  });
  if (!answer.ok)
    throw new CliError(
      Exit.auth,
      `your sign-in has ended (${String(answer.body.error)}: revoked, reused or expired)`,
      "plinth auth login --web (or --device)",
    );
  return tokenSet(answer.body, client);
}

/** Revokes a token at the provider (best effort: logging out locally happens anyway). */
export async function revokeToken(client: SignInClient, token: string): Promise<boolean> {
  const discovery = await discover(client.issuer).catch(() => undefined);
  if (!discovery?.revocation_endpoint) return false;
  const answer = await post(discovery.revocation_endpoint, { token, client_id: client.clientId }).catch(
    () => undefined,
  );
  return answer?.ok ?? false;
}
