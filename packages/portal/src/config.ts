/** What the host tells the portal at /portal/config.json: the stage, and how to sign in there. */
export interface PortalConfig {
  stage: string;
  /** The API's origin; "" when the portal is served by the API's own host. */
  apiUrl: string;
  docsUrl: string;
  /**
   * Real seconds per second of the API's clock: the local cloud's PLINTH_TIME_SCALE (1/60 runs a
   * minute a second). Absent in a deployed stage, where the API's clock is the real one.
   */
  timeScale?: number;
  auth: {
    kind: "oidc";
    issuer: string;
    /** The portal's public client at the issuer (authorization code + PKCE, redirect to /portal/auth/callback). */
    clientId: string;
    scope: string;
    /** Which of the provider's tokens the API verifies (default the ID token: Cognito's access token has no teams). */
    token?: "id_token" | "access_token";
    /** Where sign-out goes when discovery names no end_session_endpoint (Cognito's /logout). */
    logout?: { url: string };
    /** How the sign-in button names the provider: "your company account", "the local identity provider". */
    provider?: string;
  };
  /** `npm start` only: where the local cloud mints dev users' tokens for scripts (`/_plinth/identity/*`). */
  devIdentity?: string;
  /** The CLI's public client: `plinth auth login --web | --device` finds it here. */
  cli?: { issuer: string; clientId: string; redirectUri?: string; token?: "access_token" | "id_token" };
}

/** A deployed stage bakes its settings into the build (VITE_PLINTH_CONFIG); `npm start` serves config.json. */
export async function loadConfig(): Promise<PortalConfig> {
  const baked = import.meta.env.VITE_PLINTH_CONFIG as string | undefined;
  if (baked) return JSON.parse(baked) as PortalConfig;
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`);
  if (!response.ok) throw new Error(`the portal's configuration did not load (${response.status})`);
  return (await response.json()) as PortalConfig;
}
